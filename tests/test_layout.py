"""The layout every picture, web page and GEXF file uses, on generated graphs of 5,000 nodes: every node
placed, clusters apart, lone nodes in one block, and no scipy needed past networkx's 500-node limit."""
from __future__ import annotations

import math
import sys

import networkx as nx
import pytest
from conftest import REPO
from partnergraph.graph.export.layout import packed_layout

sys.path.insert(0, str(REPO / "bench"))
from generate import generated_graph  # noqa: E402


@pytest.fixture(scope="module")
def laid_out():
    graph = generated_graph()
    placed = []
    return graph, packed_layout(graph, progress=lambda done, total: placed.append((done, total))), placed


def test_every_node_is_placed_at_a_finite_point(laid_out):
    graph, positions, placed = laid_out
    assert set(positions) == set(graph)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())
    assert placed[-1] == (graph.number_of_nodes(), graph.number_of_nodes())
    assert placed == sorted(placed) and len(placed) > 100  # progress goes forward, cluster by cluster


def box(positions: dict, nodes) -> tuple[float, float, float, float]:
    xs, ys = [positions[n][0] for n in nodes], [positions[n][1] for n in nodes]
    return min(xs), min(ys), max(xs), max(ys)


def test_clusters_do_not_overlap_and_lone_nodes_sit_in_one_block_below(laid_out):
    graph, positions, _ = laid_out
    clusters = [c for c in nx.connected_components(graph) if len(c) > 1]
    boxes = [box(positions, c) for c in clusters]
    for i, a in enumerate(boxes[:60]):
        for b in boxes[i + 1:60]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
    lone = [n for n in graph if graph.degree(n) == 0]
    assert max(positions[n][1] for n in lone) < min(b[1] for b in boxes)


def test_the_large_cluster_is_spread_not_collapsed(laid_out):
    graph, positions, _ = laid_out
    biggest = max(nx.connected_components(graph), key=len)
    points = {(round(positions[n][0], 3), round(positions[n][1], 3)) for n in biggest}
    assert len(points) > 0.95 * len(biggest)  # almost no two nodes on the same spot
    neighbours = [math.dist(positions[a], positions[b]) for a, b in graph.subgraph(biggest).edges()]
    strangers = [math.dist(positions[a], positions[b]) for a, b in zip(list(biggest)[::2], list(biggest)[1::2])]
    assert sum(neighbours) / len(neighbours) < sum(strangers) / len(strangers)  # linked nodes sit closer


def test_a_picture_of_a_cluster_past_networkx_limit_needs_no_scipy(tmp_path):
    from partnergraph.graph.export.picture import write_picture

    graph = nx.MultiGraph()
    for node in range(700):
        graph.add_node(f"org:{node}", label=f"Body {node}", kind="organisation", weight=1, themes=[])
    for a, b in nx.barabasi_albert_graph(700, 2, seed=1).edges():
        graph.add_edge(f"org:{a}", f"org:{b}", key=f"c{a}-{b}", kind="collaboration", themes=["housing"], projects=[])
    (path,) = write_picture(graph, tmp_path / "big.png", "700 bodies")
    assert path.stat().st_size > 10_000
