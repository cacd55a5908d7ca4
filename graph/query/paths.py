"""Chains and connectors: the shortest chain of collaborations between two bodies, and the bodies that
broker between clusters (betweenness) or simply know many others (degree)."""
from __future__ import annotations

import json
import sqlite3
from collections import deque

from partnergraph.extract.errors import NotFound
from partnergraph.graph.model.lookup import find_node
from partnergraph.graph.query.evidence import edge_evidence
from partnergraph.graph.query.organisations import PARTNER_KINDS, doc_names

MAX_HOPS = 8


NEIGHBOURS = ("SELECT target, rowid FROM edges WHERE source = :n AND kind IN ('collaboration', 'partnership') UNION ALL "
              "SELECT source, rowid FROM edges WHERE target = :n AND kind IN ('collaboration', 'partnership')")


def neighbours(db, node_id: str) -> list[tuple[str, int]]:
    """(the other end, the edge's rowid) of the node's partner edges, read from the indexes of the ends."""
    return db.execute(NEIGHBOURS, {"n": node_id}).fetchall()


def path(db, a: str, b: str) -> list[dict]:
    """Breadth-first from both ends, a level at a time on the side with the smaller frontier, reading
    neighbours from the indexed edges table; a side with nowhere left to go means no chain (a rare body
    beside a busy one: 7.3 s -> ms at 39,000 reports)."""
    start, goal = find_node(db, a), find_node(db, b)
    if start["id"] == goal["id"]:
        return []
    parents = {start["id"]: (None, None)}, {goal["id"]: (None, None)}
    frontiers = deque([start["id"]]), deque([goal["id"]])
    for _ in range(2 * MAX_HOPS):
        if not frontiers[0] or not frontiers[1]:
            break
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        meeting = expand(db, frontiers[side], parents[side], parents[1 - side])
        if meeting:
            return hops(db, chain(meeting, parents))
    raise NotFound(f"no chain of collaborations links '{start['name']}' and '{goal['name']}'")


def expand(db, frontier: deque, mine: dict, theirs: dict) -> str | None:
    for _ in range(len(frontier)):
        node = frontier.popleft()
        for other, edge in neighbours(db, node):
            if other not in mine:
                mine[other] = (node, edge)
                if other in theirs:
                    return other
                frontier.append(other)
    return None


def chain(meeting: str, parents: tuple[dict, dict]) -> list[tuple[str, str, int]]:
    """(from, to, edge rowid) hops from the start to the goal."""
    left, node = [], meeting
    while parents[0][node][0] is not None:
        previous, edge = parents[0][node]
        left.append((previous, node, edge))
        node = previous
    right, node = [], meeting
    while parents[1][node][0] is not None:
        following, edge = parents[1][node]
        right.append((node, following, edge))
        node = following
    return list(reversed(left)) + right


def hops(db, links: list[tuple[str, str, int]]) -> list[dict]:
    names = dict(db.execute("SELECT id, name FROM nodes WHERE id IN (%s)" % ",".join("?" * (2 * len(links))),
                            [n for a, b, _ in links for n in (a, b)]).fetchall())
    rows = []
    for a, b, edge in links:
        edge_id, kind, documents, projects = db.execute(
            "SELECT id, kind, documents, projects FROM edges WHERE rowid = ?", [edge]).fetchone()
        rows.append({"from": names[a], "to": names[b], "relation": kind, "projects": json.loads(projects),
                     "documents": doc_names(db, json.loads(documents)), "evidence": edge_evidence(db, [edge_id], 2)})
    return rows


BROKER_SAMPLES = 100  # sources of sampled betweenness: 500 took 150 s on a 10,000-report graph
CACHED_BROKERS = 500  # rankings this long are kept with the graph until it changes


def brokers(db, theme: str | None = None, top: int = 10) -> list[dict]:
    """The bodies ranked by sampled betweenness on the partner graph, then degree. The ranking is kept
    in graph_cache until the graph next changes (every change empties it), so only the first question
    after a change waits for it."""
    key = f"brokers|{theme or ''}"
    row = db.execute("SELECT value FROM graph_cache WHERE key = ?", [key]).fetchone()
    if row and top <= CACHED_BROKERS:
        return json.loads(row[0])[:top]
    ranked = ranked_brokers(db, theme, max(top, CACHED_BROKERS))
    try:
        with db.conn:
            db.execute("INSERT OR REPLACE INTO graph_cache (key, value) VALUES (?, ?)", [key, json.dumps(ranked)])
    except sqlite3.OperationalError:
        pass  # a read-only or busy database answers all the same, without keeping the ranking
    return ranked[:top]


def ranked_brokers(db, theme: str | None, top: int) -> list[dict]:
    import networkx as nx

    graph = nx.Graph()
    placeholders = ",".join("?" * len(PARTNER_KINDS))
    sql = (f"SELECT e.source, e.target, e.themes, s.name, t.name FROM edges e JOIN nodes s ON s.id = e.source "
           f"JOIN nodes t ON t.id = e.target WHERE e.kind IN ({placeholders})")
    for source, target, themes, source_name, target_name in db.execute(sql, PARTNER_KINDS):
        if theme is None or theme in json.loads(themes):
            graph.add_node(source, name=source_name)
            graph.add_node(target, name=target_name)
            graph.add_edge(source, target)
    if not graph:
        return []
    samples = min(len(graph), BROKER_SAMPLES)
    betweenness = nx.betweenness_centrality(graph, k=samples, seed=0) if len(graph) > 2 else {}
    ranked = sorted(graph, key=lambda n: (-betweenness.get(n, 0), -graph.degree(n), graph.nodes[n]["name"]))
    return [{"organisation": graph.nodes[n]["name"], "betweenness": round(betweenness.get(n, 0.0), 4),
             "degree": graph.degree(n)} for n in ranked[:top]]
