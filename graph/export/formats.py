"""Graph file formats written with networkx's own writers: GraphML, node-link JSON, Cytoscape.js JSON,
and a pair of CSV files (nodes and edges). GEXF and DOT have modules of their own."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
from partnergraph.graph.export import flat
from partnergraph.graph.export.safe_text import csv_cell

NODE_COLUMNS = ["id", "label", "kind", "themes", "weight", "documents", "first_seen", "last_seen", "evidence_count",
                "aliases"]
EDGE_COLUMNS = ["source", "target", "kind", "roles", "projects", "themes", "weight", "documents", "first_seen",
                "last_seen", "evidence_count", "evidence", "evidence_document", "evidence_page"]


def write_graphml(graph: nx.MultiGraph, path: Path) -> list[Path]:
    nx.write_graphml(flat(graph), path)
    return [path]


def write_json(graph: nx.MultiGraph, path: Path) -> list[Path]:
    path.write_text(json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False, indent=1), encoding="utf-8")
    return [path]


def write_cytoscape(graph: nx.MultiGraph, path: Path) -> list[Path]:
    data = nx.cytoscape_data(graph, name="label", ident="id")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return [path]


def write_csv(graph: nx.MultiGraph, path: Path) -> list[Path]:
    """Two files: PATH with the nodes and PATH's name with "-edges" for the edges."""
    edges_path = path.with_name(path.stem + "-edges" + path.suffix)
    simple = flat(graph)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=NODE_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(csv_row({"id": node, **data}) for node, data in simple.nodes(data=True))
    with open(edges_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=EDGE_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(csv_row({"source": a, "target": b, **data}) for a, b, data in simple.edges(data=True))
    return [path, edges_path]


def csv_row(row: dict) -> dict:
    return {key: csv_cell(value) for key, value in row.items()}
