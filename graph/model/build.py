"""The graph model of the corpus: organisations, projects, people and places as nodes; participation,
collaboration, derived partnership, affiliation and location as edges. Every node and edge keeps its
documents, first and last report dates, themes and evidence sentences with offsets."""
from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from partnergraph.extract.facts.names import name_key
from partnergraph.extract.record import main_project
from partnergraph.extract.resources import load_csv
from partnergraph.graph.model.resolve import Curation, Resolution, resolve_counted


@dataclass
class StoredRecord:
    doc_id: str
    name: str
    report_date: str | None
    record: dict


def record_mentions(record: dict) -> list[tuple[str, str, list[str]]]:
    """(kind, name, aliases) of every organisation and project a record names: what resolution reads."""
    found = [("organisation", o["name"], o.get("aliases") or []) for o in record.get("organisations", [])]
    found += [("organisation", p["organisation"], []) for pr in record.get("projects", [])
              for p in pr.get("participants", [])]
    found += [("organisation", c[side], []) for c in record.get("collaborations", []) for side in "ab"]
    found += [("project", p["name"], p.get("aliases") or []) for p in record.get("projects", [])]
    return found


def count_mentions(mentions, counts: dict[str, Counter] | None = None) -> dict[str, Counter]:
    """Per kind, how often each (name, aliases) is mentioned, in the order first mentioned (added to
    `counts` when given)."""
    counts = counts or {"organisation": Counter(), "project": Counter()}
    for kind, name, aliases in mentions:
        counts[kind][name, tuple(aliases)] += 1
    return counts


def resolve_mentions(counts: dict[str, Counter], curation: Curation | None = None) -> tuple[Resolution, Resolution]:
    return resolve_counted(counts["organisation"], curation), resolve_counted(counts["project"])


def gather(records: Iterable[StoredRecord], orgs: Resolution, projects: Resolution,
           local: set[str] | None = None) -> "GraphParts":
    """The graph of these records (`local`: the service_keys(), when the caller holds them)."""
    parts = GraphParts()
    local = service_keys() if local is None else local
    for stored in records:
        def org_id(name: str, doc=stored.doc_id) -> str:
            key = orgs.node_of(name)
            return f"org:{key}@{doc[:12]}" if key in local else "org:" + key

        add_record(parts, stored, org_id, lambda n: "project:" + projects.node_of(n))
    return parts


def name_node(node: str, data: dict, orgs: Resolution, projects: Resolution) -> None:
    """Bodies and projects take the corpus-wide display name; every other spelling becomes an alias, and
    a node's own name is none of its aliases."""
    resolution = orgs if data["kind"] == "organisation" else projects if data["kind"] == "project" else None
    if resolution is not None:
        key = node.split(":", 1)[1]
        data["name"] = resolution.names.get(key, data["name"])
        data["aliases"] = set(resolution.aliases.get(key, set())) | data["aliases"]
    data["aliases"] = data["aliases"] - {data["name"]}


class GraphParts:
    """The graph as plain dicts while it is gathered from records and written to SQLite; queries and
    exports load it into networkx from there."""

    def __init__(self):
        self.nodes: dict[str, dict] = {}
        self.edges: dict[tuple[str, str, str], dict] = {}  # (a, b, kind) with a < b: the graph is undirected


def service_keys() -> set[str]:
    """Kinds of service named without a proper name ("the police"): each report's is its own body."""
    return {name_key(row["name"]) for row in load_csv("gazetteers/service_types.csv")}


def add_record(graph: GraphParts, stored: StoredRecord, org_id, project_id) -> None:
    record, seen = stored.record, (stored.doc_id, stored.report_date)
    doc_themes = record.get("themes") or []
    for org in record.get("organisations", []):
        add_node(graph, org_id(org["name"]), "organisation", org["name"], seen, org.get("evidence"), org.get("aliases"))
    for project in record.get("projects", []):
        pid = project_id(project["name"])
        add_node(graph, pid, "project", project["name"], seen, project.get("evidence"), project.get("aliases"),
                 project.get("themes"))
        members = []
        for part in project.get("participants", []):
            oid = org_id(part["organisation"])
            add_node(graph, oid, "organisation", part["organisation"], seen, [], [])
            own = evidence_themes(part.get("evidence"))
            add_edge(graph, oid, pid, "participation", seen, own or project.get("themes"), part.get("evidence"),
                     part["role"])
            members.append((oid, own))
        for (a, a_themes), (b, b_themes) in itertools.combinations(members, 2):
            if a != b:  # the evidence stays on the two participation edges, not copied to every pair
                themes = sorted(set(a_themes) | set(b_themes)) or project.get("themes")
                add_edge(graph, a, b, "partnership", seen, themes, [], project=project["name"], via=pid)
    for collab in record.get("collaborations", []):
        a, b = org_id(collab["a"]), org_id(collab["b"])
        for side, oid in (("a", a), ("b", b)):
            add_node(graph, oid, "organisation", collab[side], seen, [], [])
        if a != b:
            add_edge(graph, a, b, "collaboration", seen, collab.get("themes") or doc_themes, collab.get("evidence"))
    add_people_and_places(graph, record, seen, org_id, project_id)
    for node in {org_id(o["name"]) for o in record.get("organisations", [])}:
        if node in graph.nodes:
            count_into(graph.nodes[node]["themes"], doc_themes)


def evidence_themes(evidence) -> list[str]:
    """The themes the evidence sentences themselves speak of (an edge's own themes, not its report's)."""
    if not evidence:
        return []
    from partnergraph.extract.facts.themes import themes_of_text

    return sorted({theme for e in evidence[:3] for theme in themes_of_text(e.get("sentence") or "")})


def add_people_and_places(graph, record: dict, seen, org_id, project_id) -> None:
    for person in record.get("people", []):
        pid = "person:" + name_key(person["name"])
        add_node(graph, pid, "person", person["name"], seen, person.get("evidence"), [])
        if person.get("organisation"):
            oid = org_id(person["organisation"])
            add_node(graph, oid, "organisation", person["organisation"], seen, [], [])
            add_edge(graph, pid, oid, "affiliation", seen, [], person.get("evidence"))
    main = main_project(record)
    for place in record.get("places", []):
        node = "place:" + name_key(place["name"])
        add_node(graph, node, "place", place["name"], seen, place.get("evidence"), [])
        if main:
            add_edge(graph, project_id(main), node, "location", seen, [], (place.get("evidence") or [])[:1])


def add_node(graph, node: str, kind: str, name: str, seen, evidence, aliases, themes=None) -> None:
    doc_id, date = seen
    data = graph.nodes.get(node)
    if data is None:
        data = graph.nodes[node] = dict(kind=kind, name=name, aliases=set(), documents=set(), themes={},
                                        first_seen=date, last_seen=date, evidence=[])
    else:
        data["name"] = preferred_spelling(data["name"], name)
    if aliases:  # most mentions come without: the graph build calls this 400,000 times at 10,000 reports
        data["aliases"].update(aliases)  # less the node's name when it is named (name_node)
    data["documents"].add(doc_id)
    if themes:
        count_into(data["themes"], themes)
    if date is not None:
        data["first_seen"], data["last_seen"] = span_dates(data["first_seen"], data["last_seen"], date)
    if evidence:
        data["evidence"].extend([evidence_row(doc_id, e) for e in evidence[:3]])


def add_edge(graph, a: str, b: str, kind: str, seen, themes, evidence, role: str | None = None,
             project: str | None = None, via: str | None = None) -> None:
    doc_id, date = seen
    key = (a, b, kind) if a <= b else (b, a, kind)
    data = graph.edges.get(key)
    if data is None:
        data = graph.edges[key] = dict(kind=kind, roles=set(), projects=set(), via=set(), themes={},
                                       documents=set(), first_seen=date, last_seen=date, evidence=[])
    elif date is not None:
        data["first_seen"], data["last_seen"] = span_dates(data["first_seen"], data["last_seen"], date)
    if role:
        data["roles"].add(role)
    if project:
        data["projects"].add(project)
    if via:
        data["via"].add(via)
    if themes:
        count_into(data["themes"], themes)
    data["documents"].add(doc_id)
    if evidence:
        data["evidence"].extend([evidence_row(doc_id, e) for e in evidence])


def evidence_row(doc_id: str, evidence: dict) -> tuple:
    """(doc_id, page, start, end, sentence): a tuple, as a 10,000-report graph holds 600,000 of them."""
    return doc_id, evidence.get("page"), evidence.get("start"), evidence.get("end"), evidence["sentence"]


def count_into(counts: dict[str, int], items) -> None:
    """Counter.update without Counter (creating 60,000 Counters was a sixth of the graph build)."""
    for item in items or ():
        counts[item] = counts.get(item, 0) + 1


def preferred_spelling(a: str, b: str) -> str:
    """One of two spellings, the same whichever report came first (so adding reports never renames a node):
    not all capitals if one is not, then the first in alphabetical order."""
    return min(a, b, key=lambda name: (name.isupper(), name))


def span_dates(first: str | None, last: str | None, date: str | None) -> tuple[str | None, str | None]:
    if date is None:
        return first, last
    return (min(first, date) if first else date), (max(last, date) if last else date)
