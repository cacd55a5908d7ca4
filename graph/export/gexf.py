"""GEXF for Gephi: nodes coloured by kind, sized by reports and placed as in the pictures (viz:color,
viz:size, viz:position), first and last report dates as time values for Gephi's timeline, and no
attribute of networkx's own (its multigraph key)."""
from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import networkx as nx
from partnergraph.graph.export import flat
from partnergraph.graph.export.layout import Progress, no_progress
from partnergraph.graph.export.palette import KIND_COLOURS

GEXF_NS = "http://www.gexf.net/1.2draft"
VIZ_NS = "http://www.gexf.net/1.2draft/viz"
PIXELS = 100  # layout units to Gephi's coordinates


def write_gexf(graph: nx.MultiGraph, path: Path, progress: Progress = no_progress) -> list[Path]:
    from partnergraph.graph.export.layout import packed_layout
    from partnergraph.graph.export.picture import drawable

    simple = flat(graph)
    positions = packed_layout(drawable(graph), progress)
    for node, data in simple.nodes(data=True):
        x, y = positions.get(node, (0.0, 0.0))
        data["viz"] = {"color": rgb(KIND_COLOURS.get(data.get("kind"), "#888888")),
                       "size": 4.0 + 2.0 * min(int(data.get("weight") or 1), 20),
                       "position": {"x": x * PIXELS, "y": y * PIXELS, "z": 0.0}}
        add_times(data)
    for _, _, data in simple.edges(data=True):
        add_times(data)
    nx.write_gexf(simple, path)
    without_networkx_key(path)
    return [path]


def rgb(colour: str) -> dict:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}


def add_times(data: dict) -> None:
    """GEXF dates are whole days: a report dated "2017-08" counts from the month's first day."""
    for field, bound in (("first_seen", "start"), ("last_seen", "end")):
        value = data.get(field) or ""
        if len(value) >= 4 and value[:4].isdigit():
            data[bound] = (value + "-01-01"[len(value) - 4:])[:10]


def without_networkx_key(path: Path) -> None:
    ElementTree.register_namespace("", GEXF_NS)
    ElementTree.register_namespace("viz", VIZ_NS)
    tree = ElementTree.parse(path)
    root = tree.getroot()
    ns = {"g": GEXF_NS}
    for attributes in root.iterfind(".//g:attributes", ns):
        for attribute in list(attributes):
            if attribute.get("title") == "networkx_key":
                attributes.remove(attribute)
                for values in root.iterfind(".//g:attvalues", ns):
                    for value in [v for v in values if v.get("for") == attribute.get("id")]:
                        values.remove(value)
    tree.write(path, encoding="utf-8", xml_declaration=True)
