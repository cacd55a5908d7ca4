"""The graph's nodes and edges as table rows and back: what a rebuild writes, what a merge reads and adds
to, and what the flat rebuild folds one id at a time (graph/model/rebuild.py)."""
from __future__ import annotations

import json
from functools import lru_cache
from json.encoder import encode_basestring_ascii as quoted

from partnergraph.extract.facts.names import name_key
from partnergraph.graph.model.build import preferred_spelling, span_dates

NODE_COLUMNS = 9  # id, kind, name, aliases, themes, documents, doc_count, first_seen, last_seen
EDGE_COLUMNS = 12  # id, source, target, kind, roles, projects, via, themes, documents, weight, first, last


def edge_id(kind: str, a: str, b: str) -> str:
    """The id of the edge the graph parts key (a, b, kind): they keep a <= b, as the graph is undirected."""
    return f"{kind}|{a}|{b}"


def sorted_json(items) -> str:
    """A JSON list of strings, sorted, exactly as json.dumps writes it: joined here with json's own C
    string encoder (a 1,000-report graph writes 170,000 of these lists; json.dumps took 5% of a rebuild).
    Most lists hold one item or none."""
    if len(items) > 1:
        return "[" + ", ".join(map(quoted, sorted(items))) + "]"
    return "[" + quoted(next(iter(items))) + "]" if items else "[]"


def themes_json(themes: dict[str, int]) -> str:
    """Most mentioned first, ties by name (the same whatever order the reports were read in), exactly as
    json.dumps writes the object."""
    if not themes:
        return "{}"
    ordered = sorted(themes.items(), key=lambda item: (-item[1], item[0])) if len(themes) > 1 else themes.items()
    return "{" + ", ".join(f"{quoted(theme)}: {int(count)}" for theme, count in ordered) + "}"


def node_rows(nodes):
    """Rows of the nodes table from (id, data) pairs."""
    for node, d in nodes:
        yield (node, d["kind"], d["name"], sorted_json(d["aliases"]), themes_json(d["themes"]),
               sorted_json(d["documents"]), len(d["documents"]), d["first_seen"], d["last_seen"])


def name_rows(nodes):
    for node, d in nodes:
        for name in {d["name"], *d["aliases"]}:
            yield name_key(name), node


def edge_rows(edges):
    """Rows of the edges table from ((a, b, kind), data) pairs."""
    for (a, b, kind), d in edges:
        yield (edge_id(kind, a, b), a, b, kind, sorted_json(d["roles"]), sorted_json(d["projects"]),
               sorted_json(d["via"]), themes_json(d["themes"]), sorted_json(d["documents"]),
               len(d["documents"]), d["first_seen"], d["last_seen"])


def evidence_rows(parts):
    for (a, b, kind), d in parts.edges.items():
        seen, edge = set(), edge_id(kind, a, b)
        for doc_id, page, start, end, sentence in d["evidence"]:
            if (doc_id, start) not in seen:
                seen.add((doc_id, start))
                yield edge, None, doc_id, page, start, end, sentence
    for node, d in parts.nodes.items():
        for doc_id, page, start, end, sentence in d["evidence"]:
            yield None, node, doc_id, page, start, end, sentence


def loads(text: str):
    """json.loads, but for the empty list and object most cells hold (3 million parses in a rebuild)."""
    return [] if text == "[]" else {} if text == "{}" else json.loads(text)


def node_of_row(row) -> dict:
    _node, kind, name, aliases, themes, documents, _count, first, last = row
    return dict(kind=kind, name=name, aliases=set(loads(aliases)), documents=set(loads(documents)),
                themes=loads(themes), first_seen=first, last_seen=last, evidence=[])


def edge_of_row(row) -> dict:
    _edge, _a, _b, kind, roles, projects, via, themes, documents, _weight, first, last = row
    return dict(kind=kind, roles=set(loads(roles)), projects=set(loads(projects)), via=set(loads(via)),
                themes=loads(themes), documents=set(loads(documents)), first_seen=first, last_seen=last,
                evidence=[])


def add_node_row(data: dict, row) -> None:
    """Adds what a row says of a node to what is known of it (a body's or project's name is then the
    one resolution gives it, when it gives one: name_node). A body most reports name is folded from tens
    of thousands of parts, most with no aliases or themes: those are not parsed."""
    _node, _kind, name, aliases, themes, documents, _count, first, last = row
    if name != data["name"]:
        data["name"] = preferred_spelling(name, data["name"])
    if aliases != "[]":
        data["aliases"].update(loads(aliases))
    add_common(data, themes, documents, first, last)


def add_edge_row(data: dict, row) -> None:
    _edge, _a, _b, _kind, roles, projects, via, themes, documents, _weight, first, last = row
    for field, stored in (("roles", roles), ("projects", projects), ("via", via)):
        if stored != "[]":
            data[field].update(loads(stored))
    add_common(data, themes, documents, first, last)


def add_common(data: dict, themes: str, documents: str, first: str | None, last: str | None) -> None:
    if themes != "{}":
        for theme, count in theme_counts(themes):
            data["themes"][theme] = data["themes"].get(theme, 0) + count
    data["documents"].update(listed(documents))
    for date in (first, last) if first != last else (first,):
        data["first_seen"], data["last_seen"] = span_dates(data["first_seen"], data["last_seen"], date)


@lru_cache(maxsize=4096)
def theme_counts(text: str) -> tuple[tuple[str, int], ...]:
    """A themes cell's (theme, count) pairs, parsed once: a body's parts repeat a few hundred of them."""
    return tuple(json.loads(text).items())


def listed(text: str):
    """The ids of a JSON list of report ids; a part's one id without parsing JSON (ids are hex digits)."""
    return (text[2:-2],) if text.startswith('["') and '"' not in text[2:-2] else loads(text)
