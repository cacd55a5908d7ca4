"""A static picture of the graph for an A4 page (PNG or SVG, matplotlib): nodes coloured by kind and
sized by reports, lines coloured by theme, the best-connected names labelled, legends for both."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from partnergraph.graph.export.layout import Progress, no_progress, packed_layout
from partnergraph.graph.export.palette import KIND_COLOURS, THEME_COLOURS

A4_LANDSCAPE = (11.69, 8.27)
PRINTED_WIDTH = (6.3, 4.7)  # inches: a write-up prints the picture at this size, so its text is 7.5 pt on paper
MAX_LABELS = 50  # more labels than this overlap on an A4 page
LABEL_DROP = 0.012  # labels sit just under their node, as a share of the picture's height


def write_picture(graph: nx.MultiGraph, path: Path, title: str = "", size: tuple = A4_LANDSCAPE,
                  progress: Progress = no_progress) -> list[Path]:
    """`size` in inches is the size it prints at: its text is 7.5 pt there."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    simple = drawable(graph)
    if simple.number_of_edges():
        simple.remove_nodes_from([n for n in list(simple) if simple.degree(n) == 0])
    figure, axes = plt.subplots(figsize=size)
    labels = MAX_LABELS if size == A4_LANDSCAPE else MAX_LABELS // 3  # a smaller page has room for fewer
    positions = packed_layout(simple, progress)
    themes = [first_theme(data) for _, _, data in simple.edges(data=True)]
    nx.draw_networkx_edges(simple, positions, ax=axes, width=1.2, alpha=0.55,
                           edge_color=[THEME_COLOURS.get(t, "#b0b0b0") for t in themes])
    kinds = [data["kind"] for _, data in simple.nodes(data=True)]
    shrink = max(0.4, size[0] / A4_LANDSCAPE[0])  # nodes keep their size relative to the page
    sizes = [(60 + 40 * min(data.get("weight", 1), 20)) * shrink for _, data in simple.nodes(data=True)]
    nx.draw_networkx_nodes(simple, positions, ax=axes, node_size=sizes, linewidths=0.5, edgecolors="white",
                           node_color=[KIND_COLOURS.get(k, "#888888") for k in kinds])
    labelled = sorted(simple, key=lambda n: (-simple.degree(n), simple.nodes[n]["label"]))[:labels]
    below = {n: (x, y - LABEL_DROP * height(positions)) for n, (x, y) in positions.items()}
    nx.draw_networkx_labels(simple, below, ax=axes, font_size=7.5, verticalalignment="top",
                            labels={n: wrap(simple.nodes[n]["label"]) for n in labelled},
                            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.6})
    kind_handles = [Line2D([], [], marker="o", ls="", color=c, label=k) for k, c in KIND_COLOURS.items() if k in kinds]
    theme_handles = [Line2D([], [], color=THEME_COLOURS[t], lw=2, label=t) for t in sorted(set(themes)) if t in THEME_COLOURS]
    first = axes.legend(handles=kind_handles, loc="upper left", fontsize=8, title="nodes", title_fontsize=8)
    axes.add_artist(first)
    if theme_handles:
        axes.legend(handles=theme_handles, loc="lower right", fontsize=8, title="themes", title_fontsize=8, ncol=2)
    axes.set_title(title, fontsize=12)
    axes.axis("off")
    figure.tight_layout()
    figure.savefig(path, dpi=200 if path.suffix.lower() == ".png" else None)
    plt.close(figure)
    return [path]


def drawable(graph: nx.MultiGraph) -> nx.Graph:
    """One line per pair; a partnership line (both bodies in one project) is left out where the project
    is drawn, since the project's star of participation lines already shows it."""
    projects_drawn = {data["label"] for _, data in graph.nodes(data=True) if data["kind"] == "project"}
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for a, b, data in graph.edges(data=True):
        if data["kind"] == "partnership" and set(data.get("projects") or []) <= projects_drawn:
            continue
        if not simple.has_edge(a, b) or data["kind"] != "partnership":
            simple.add_edge(a, b, **data)
    return simple


def first_theme(data: dict) -> str:
    themes = data.get("themes") or []
    return themes[0] if themes else ""


def height(positions: dict) -> float:
    ys = [y for _, y in positions.values()] or [0.0]
    return max(max(ys) - min(ys), 1.0)


def wrap(label: str, width: int = 22) -> str:
    words, lines, line = label.split(), [], ""
    for word in words:
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join(lines + [line])
