"""Exports of the stored graph: pick a subgraph, then write it in one format (one module per kind of output)."""
from __future__ import annotations

import json

import networkx as nx
from partnergraph.extract.errors import PartnergraphError
from partnergraph.graph.export.safe_text import xml_text
from partnergraph.graph.model.lookup import find_node

SCALAR_LISTS = ("themes", "documents", "roles", "projects", "aliases", "via")


def load_graph(db) -> nx.MultiGraph:
    """The stored graph with flat attributes every format can carry (lists joined with "; ")."""
    names = dict(db.execute("SELECT id, name FROM documents"))
    graph = nx.MultiGraph()
    node_evidence = dict(db.execute("SELECT node_id, count(*) FROM evidence WHERE node_id IS NOT NULL GROUP BY node_id"))
    for row in db.query("SELECT * FROM nodes"):
        graph.add_node(row["id"], label=xml_text(row["name"]), kind=row["kind"], aliases=json.loads(row["aliases"]),
                       themes=ranked_themes(row["themes"]), documents=doc_list(row["documents"], names),
                       weight=row["doc_count"], first_seen=row["first_seen"] or "", last_seen=row["last_seen"] or "",
                       evidence_count=node_evidence.get(row["id"], 0))
    edge_evidence = dict(db.execute("SELECT edge_id, count(*) FROM evidence WHERE edge_id IS NOT NULL GROUP BY edge_id"))
    for row in db.query("SELECT * FROM edges"):
        if row["kind"] == "partnership":  # its evidence is the participation of both bodies in the project
            edge_evidence[row["id"]] = sum(edge_evidence.get(f"participation|{org}|{project}", 0)
                                           for project in json.loads(row["via"]) for org in (row["source"], row["target"]))
        graph.add_edge(row["source"], row["target"], key=row["id"], id=row["id"], kind=row["kind"],
                       roles=json.loads(row["roles"]), projects=json.loads(row["projects"]), via=json.loads(row["via"]),
                       themes=ranked_themes(row["themes"]), documents=doc_list(row["documents"], names),
                       weight=row["weight"], first_seen=row["first_seen"] or "", last_seen=row["last_seen"] or "",
                       evidence_count=edge_evidence.get(row["id"], 0))
    add_strongest_evidence(db, graph)
    return graph


def add_strongest_evidence(db, graph: nx.MultiGraph) -> None:
    """Each edge's first evidence sentence (the earliest report's), with its document and page, so every
    format carries a quotable reason for the line it draws."""
    from partnergraph.graph.query.evidence import edge_evidence_by_edge

    edges = {key: (a, b) for a, b, key in graph.edges(keys=True)}
    quotes = edge_evidence_by_edge(db, list(edges))
    for key, (a, b) in edges.items():
        quote = (quotes.get(key) or [{}])[0]
        graph.edges[a, b, key].update(evidence=xml_text(quote.get("sentence") or ""),
                                      evidence_document=quote.get("document") or "",
                                      evidence_page=quote.get("page") or 0)


def ranked_themes(themes_json: str) -> list[str]:
    counts = json.loads(themes_json)
    return sorted(counts, key=lambda t: (-counts[t], t))


def doc_list(ids_json: str, names: dict) -> list[str]:
    return sorted(names[d] for d in json.loads(ids_json) if d in names)


def select(db, graph: nx.MultiGraph, theme: str | None = None, org: str | None = None, depth: int = 1,
           project: str | None = None) -> nx.MultiGraph:
    """The part of the graph the filters ask for; with no filter, the organisations and projects."""
    if org:
        centre = find_node(db, org)["id"]
        graph = nx.ego_graph(graph, centre, radius=depth)
    if project:
        centre = find_node(db, project, kind="project")["id"]
        members = {centre, *graph.neighbors(centre)}
        graph = graph.subgraph(members)
    if theme:
        edges = [(a, b, k) for a, b, k, data in graph.edges(keys=True, data=True) if theme in data["themes"]]
        graph = graph.edge_subgraph(edges)
    if not (org or project):
        graph = graph.subgraph([n for n, d in graph.nodes(data=True) if d["kind"] in ("organisation", "project")])
    if graph.number_of_nodes() == 0:
        raise PartnergraphError("the filters leave nothing to export")
    return nx.MultiGraph(graph)


def flat(graph: nx.MultiGraph) -> nx.MultiGraph:
    """A copy whose list attributes are "; "-joined strings, for formats that hold only scalars; without the
    characters XML forbids (a report's control characters would make GraphML and GEXF unreadable)."""
    def scalars(data: dict) -> dict:
        return {k: xml_text("; ".join(v) if k in SCALAR_LISTS else v) for k, v in data.items()}

    out = nx.MultiGraph()
    for node, data in graph.nodes(data=True):
        out.add_node(xml_text(node), **scalars(data))
    for a, b, key, data in graph.edges(keys=True, data=True):
        out.add_edge(xml_text(a), xml_text(b), key=key, **scalars(data))
    return out
