"""Where each node goes, for the pictures, the web page and GEXF: each connected cluster laid out on its
own and the clusters packed in rows, biggest first; lone nodes gathered in one block at the end.

Small clusters use networkx's spring layout; big ones a force layout in numpy whose repulsion is
sampled (each node pushed by a few random others, scaled up), so 5,000 nodes take seconds and need no
scipy (networkx's own layout needs it past 500 nodes)."""
from __future__ import annotations

from typing import Callable

import networkx as nx

Progress = Callable[[int, int], None]  # (nodes placed, nodes in all)

SPRING_LIMIT = 300  # clusters up to this size use networkx's spring layout (its dense numpy version)
LONE_STEP = (3.0, 1.2)  # room for a label beside and below each lone node
REPULSION_SAMPLES = 24  # random other nodes that push each node, per round, in the big-cluster layout


def no_progress(done: int, total: int) -> None:
    pass


def packed_layout(graph: nx.Graph, progress: Progress = no_progress) -> dict:
    """{node: (x, y)}; `progress` hears how many nodes are placed, cluster by cluster."""
    clusters = sorted(nx.connected_components(graph), key=len, reverse=True)
    alone = [next(iter(c)) for c in clusters if len(c) == 1]
    clusters = [c for c in clusters if len(c) > 1]
    per_row = max(1, round(len(clusters) ** 0.5 * 1.4))
    positions, x, y, row_height, done = {}, 0.0, 0.0, 0.0, 0
    for index, cluster in enumerate(clusters):
        size = max(1.0, len(cluster) ** 0.5)
        layout = spread(cluster_layout(graph.subgraph(cluster)))
        if index and index % per_row == 0:
            x, y, row_height = 0.0, y - row_height - 1.0, 0.0
        for node, (px, py) in layout.items():
            positions[node] = (x + size + px * size, y - size + py * size)
        x += 2 * size + 1.0
        row_height = max(row_height, 2 * size)
        done += len(cluster)
        progress(done, graph.number_of_nodes())
    positions.update(block_of(sorted(alone, key=str), y - row_height - 1.0 if clusters else 0.0))
    progress(done + len(alone), graph.number_of_nodes())
    return positions


def cluster_layout(sub: nx.Graph) -> dict:
    if len(sub) <= SPRING_LIMIT:
        return nx.spring_layout(sub, seed=7, k=3.0 / max(1.0, len(sub) ** 0.5),
                                iterations=40 if len(sub) < 20 else 100)  # a small cluster settles fast
    return sampled_force_layout(sub)


def sampled_force_layout(graph: nx.Graph, rounds: int = 120, seed: int = 7) -> dict:
    """Fruchterman-Reingold with sampled repulsion, started from a spectral-free random placement."""
    import numpy as np

    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[a], index[b]) for a, b in graph.edges()], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    count = len(nodes)
    positions = rng.uniform(-1.0, 1.0, size=(count, 2))
    ideal = 2.0 / count ** 0.5  # the ideal distance between neighbours in a [-1, 1] square
    step = 0.1
    for _ in range(rounds):
        others = rng.integers(0, count, size=(count, REPULSION_SAMPLES))
        delta = positions[:, None, :] - positions[others]
        distance2 = np.maximum((delta ** 2).sum(axis=2), 1e-6)
        moves = (delta * (ideal ** 2 / distance2)[..., None]).sum(axis=1) * (count / REPULSION_SAMPLES) ** 0.5
        along = positions[edges[:, 0]] - positions[edges[:, 1]]
        pull = along * (np.sqrt((along ** 2).sum(axis=1)) / ideal)[:, None]
        np.add.at(moves, edges[:, 0], -pull)
        np.add.at(moves, edges[:, 1], pull)
        length = np.maximum(np.sqrt((moves ** 2).sum(axis=1)), 1e-9)
        positions += moves / length[:, None] * np.minimum(length, step)[:, None]
        step *= 0.97
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, positions)}


def block_of(nodes: list, top: float) -> dict:
    """Lone nodes side by side in a block under the clusters, not scattered across the canvas."""
    width = max(1, round(len(nodes) ** 0.5 * 1.5))
    return {node: (LONE_STEP[0] * (i % width), top - LONE_STEP[1] * (i // width)) for i, node in enumerate(nodes)}


def spread(layout: dict) -> dict:
    """Rescales a cluster's layout to fill the square [-1, 1], so dense clusters do not shrink to a dot."""
    xs = [p[0] for p in layout.values()]
    ys = [p[1] for p in layout.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
    return {n: ((x - cx) / half, (y - cy) / half) for n, (x, y) in layout.items()}
