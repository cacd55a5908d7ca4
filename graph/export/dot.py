"""DOT for Graphviz: every id quoted (a node id such as "org:bcc" would otherwise be read as a node
"org" with a port), labels escaped, node colours and sizes as the pictures use, and each edge's kind,
weight and evidence sentence as attributes."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from partnergraph.graph.export import flat
from partnergraph.graph.export.palette import KIND_COLOURS

SHAPES = {"organisation": "ellipse", "project": "box", "person": "plaintext", "place": "diamond"}
DASHED = {"partnership"}  # in the same project, not said to work together: drawn dashed, as on the web page


def quoted(value) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "")
    return f'"{text}"'


def attributes(items: dict) -> str:
    return ", ".join(f"{key}={quoted(value)}" for key, value in items.items() if value not in (None, ""))


def write_dot(graph: nx.MultiGraph, path: Path) -> list[Path]:
    simple = flat(graph)
    lines = ["graph partnergraph {", '  graph [overlap="false", splines="true", outputorder="edgesfirst"];',
             '  node [style="filled", fontname="Helvetica", fontsize="10"];']
    for node, data in simple.nodes(data=True):
        kind = data.get("kind")
        node_attributes = {"label": data.get("label", node), "shape": SHAPES.get(kind, "ellipse"),
                           "fillcolor": KIND_COLOURS.get(kind, "#888888"), "kind": kind, "weight": data.get("weight"),
                           "themes": data.get("themes"), "first_seen": data.get("first_seen"),
                           "last_seen": data.get("last_seen")}
        lines.append(f"  {quoted(node)} [{attributes(node_attributes)}];")
    for a, b, key, data in simple.edges(keys=True, data=True):
        edge_attributes = {"id": key, "kind": data.get("kind"),
                           "style": "dashed" if data.get("kind") in DASHED else "solid",
                           "penwidth": 1 + min(int(data.get("weight") or 1), 5) / 2, "weight": data.get("weight"),
                           "projects": data.get("projects"), "themes": data.get("themes"),
                           "evidence": data.get("evidence"), "evidence_document": data.get("evidence_document")}
        lines.append(f"  {quoted(a)} -- {quoted(b)} [{attributes(edge_attributes)}];")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [path]
