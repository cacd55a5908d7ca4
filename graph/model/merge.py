"""Adding reports to the stored graph without rebuilding it.

Everything a report adds to a node or an edge is a union or a sum (documents, roles, themes, dates,
evidence), except names: which node a name belongs to is decided over the whole corpus. So the names
are resolved again over every mention the graph was built from plus the new reports', and the reports
are merged in only if no name the graph already had moves to another node; otherwise, and when a new
report is a copy of a stored one or anything was removed, the change is merged by working out again the
nodes and edges it touches (graph/model/change.py). Tests check the result equals a rebuild.
"""
from __future__ import annotations

from partnergraph.graph.model.build import count_mentions, gather, name_node, record_mentions, resolve_mentions
from partnergraph.graph.model.change import changed_documents, merge_changes
from partnergraph.graph.model.curation import load_curation
from partnergraph.graph.model.rebuild import cycle_collection_paused, rebuild, stored_records, write_parts
from partnergraph.graph.model.rows import add_edge_row, add_node_row, edge_id
from partnergraph.graph.model.sources import GRAPH_FORMAT, chunks, state, stored_mention_counts, write_sources
from partnergraph.graph.store.db import transaction

def add_pending(db) -> bool:
    """Merges the reports stored since the last graph update; False when that would not equal a rebuild.
    Copies need no marking here: a new report with a copy anywhere is merged by change.py, and one without
    joins no group."""
    if copies_pending(db):
        return False
    records = list(stored_records(db, pending_only=True))
    mentions = [(r.doc_id, m) for r in records for m in record_mentions(r.record)]
    counts = count_mentions((m for _, m in mentions), stored_mention_counts(db))
    orgs, projects = resolve_mentions(counts, load_curation(db))
    if moved_names(db, orgs, projects):
        return False
    parts = gather(records, orgs, projects)
    merge_stored_nodes(db, parts.nodes)
    merge_stored_edges(db, parts.edges)
    for node, data in parts.nodes.items():
        name_node(node, data, orgs, projects)
    with transaction(db):
        write_parts(db, parts)
        write_sources(db, mentions, orgs, projects)
    return True


def copies_pending(db) -> bool:
    """A new report is a copy of a stored one (or the reverse): which copy counts may change."""
    row = db.execute("SELECT 1 FROM graph_pending p JOIN documents a ON a.id = p.doc_id "
                     "JOIN documents b ON b.fingerprint = a.fingerprint AND b.id != a.id LIMIT 1").fetchone()
    return row is not None


def moved_names(db, orgs, projects) -> bool:
    resolutions = {"organisation": orgs, "project": projects}
    for kind, key, node in db.execute("SELECT kind, key, node FROM graph_resolution"):
        if resolutions[kind].canonical.get(key, key) != node:
            return True
    return False


def stored_rows(db, table: str, ids: list[str]):
    for chunk in chunks(ids):
        yield from db.execute(f"SELECT * FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})", chunk)


def merge_stored_nodes(db, nodes: dict) -> None:
    """Adds what the stored graph already says of these nodes; the evidence stays as new rows only."""
    for row in stored_rows(db, "nodes", list(nodes)):
        add_node_row(nodes[row[0]], row, earlier=True)


def merge_stored_edges(db, edges: dict) -> None:
    by_id = {edge_id(kind, a, b): (a, b, kind) for a, b, kind in edges}
    for row in stored_rows(db, "edges", list(by_id)):
        add_edge_row(edges[by_id[row[0]]], row)


MERGED_AT_MOST = 2_000  # a merge holds the changed reports' records and the nodes they touch in memory;
# a rebuild holds one report at a time (graph/model/rebuild.py)


def update_graph(db) -> str:
    """Brings the stored graph up to date after an ingest or a curation: reports only added are merged in
    by adding to the stored nodes and edges ("added"); any other change is merged by working out again
    the nodes and edges it touches ("merged", graph/model/change.py); a graph stored by an older version
    is rebuilt ("rebuilt"), and so is a change of more than MERGED_AT_MOST reports."""
    removed, added = changed_documents(db)
    if state(db, "graph_format") != GRAPH_FORMAT or len(removed) + len(added) > MERGED_AT_MOST:
        rebuild(db)
        return "rebuilt"
    with cycle_collection_paused():
        if not removed and add_pending(db):
            return "added"
        merge_changes(db)
    return "merged"
