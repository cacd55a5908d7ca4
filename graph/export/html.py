"""A self-contained interactive page: Cytoscape.js (bundled from npm) draws the graph; a theme filter, a
search box and a side panel with the evidence of a clicked node or edge. Document text only ever
reaches the page as JSON data and is shown with textContent, so nothing in a report can run."""
from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import networkx as nx
from partnergraph.graph.export.palette import KIND_COLOURS, RELATION_COLOURS, RELATION_MEANINGS, THEME_COLOURS
from partnergraph.graph.export.layout import Progress, no_progress, packed_layout
from partnergraph.graph.export.picture import drawable

EVIDENCE_PER_ITEM = 5
PIXELS = 35  # layout units to screen pixels: the page opens near zoom 1, labels readable
LABELLED = 60  # the most connected nodes are labelled at any zoom; the others when zoomed in
LARGE_EDGES = 2000  # past this many lines the page draws them straight and hides them while panning


def evidence_for(db, graph: nx.MultiGraph) -> tuple[dict, dict]:
    """(node id -> quotes, edge id -> quotes), each quote {sentence, document, page}."""
    from partnergraph.graph.query.evidence import edge_evidence_by_edge

    nodes: dict[str, list] = {}
    sql = ("SELECT v.node_id, v.sentence, d.name AS document, v.page FROM evidence v "
           "JOIN documents d ON d.id = v.doc_id WHERE d.duplicate_of IS NULL AND v.node_id IS NOT NULL")
    for row in db.query(sql):
        quotes = nodes.setdefault(row["node_id"], []) if row["node_id"] in graph else []
        quote = {"sentence": row["sentence"], "document": row["document"], "page": row["page"]}
        if row["node_id"] in graph and len(quotes) < EVIDENCE_PER_ITEM and quote not in quotes:
            quotes.append(quote)
    by_edge = edge_evidence_by_edge(db, [data["id"] for _, _, data in graph.edges(data=True)])
    edges = {edge: [{"sentence": q["sentence"], "document": q["document"], "page": q["page"]} for q in quotes][
        :EVIDENCE_PER_ITEM] for edge, quotes in by_edge.items()}
    return nodes, edges


def page_data(db, graph: nx.MultiGraph, progress: Progress = no_progress) -> dict:
    """Elements with preset positions: the picture's layout, and its lines (partnership lines give way to
    the project's star of participation lines)."""
    node_quotes, edge_quotes = evidence_for(db, graph)
    lines = drawable(graph)
    positions = packed_layout(lines, progress)
    elements = []
    labelled = set(sorted(lines, key=lambda n: (-lines.degree(n), str(n)))[:LABELLED])
    for node, data in graph.nodes(data=True):
        x, y = positions[node]
        elements.append({"group": "nodes", "position": {"x": x * PIXELS, "y": -y * PIXELS},
                         "data": {**data, "id": node, "evidence": node_quotes.get(node, []),
                                  "major": node in labelled, "colour": KIND_COLOURS.get(data["kind"], "#888888")}})
    for a, b, data in lines.edges(data=True):
        elements.append({"group": "edges", "data": {**data, "source": a, "target": b,
                                                    "evidence": edge_quotes.get(data["id"], []),
                                                    "colour": RELATION_COLOURS.get(data["kind"], "#9e9e9e")}})
    kinds = {data["kind"] for _, data in graph.nodes(data=True)}
    relations = {data["kind"] for _, _, data in lines.edges(data=True)}
    return {"elements": elements, "themes": sorted({t for _, _, d in lines.edges(data=True) for t in d["themes"]}),
            "kinds": {k: c for k, c in KIND_COLOURS.items() if k in kinds},
            "relations": {k: [RELATION_COLOURS[k], RELATION_MEANINGS[k]] for k in RELATION_COLOURS if k in relations},
            "themeColours": THEME_COLOURS, "large": lines.number_of_edges() > LARGE_EDGES}


def page_title(graph: nx.MultiGraph, title: str) -> str:
    """What the page shows: the selection, how many bodies and links, and the reports' date range."""
    dates = sorted(d for _, data in graph.nodes(data=True) for d in (data["first_seen"], data["last_seen"]) if d)
    bodies = sum(1 for _, data in graph.nodes(data=True) if data["kind"] == "organisation")
    span = f", reports {dates[0]} to {dates[-1]}" if dates else ""
    return f"{title}: {bodies} organisations, {graph.number_of_edges()} links{span}"


def safe_json(data: dict) -> str:
    """JSON that cannot close its <script> element or open a comment, whatever the documents say."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def write_html(db, graph: nx.MultiGraph, path: Path, title: str, progress: Progress = no_progress) -> list[Path]:
    library = files("partnergraph.graph.export").joinpath("assets/cytoscape.min.js").read_text(encoding="utf-8")
    template = files("partnergraph.graph.export").joinpath("assets/page.html").read_text(encoding="utf-8")
    page = (template.replace("/*CYTOSCAPE*/", library.replace("</script", "<\\/script"))
            .replace("/*DATA*/", safe_json(page_data(db, graph, progress)))
            .replace("<!--TITLE-->", page_title(graph, title).replace("&", "&amp;").replace("<", "&lt;")
                     .replace(">", "&gt;")))
    path.write_text(page, encoding="utf-8")
    return [path]
