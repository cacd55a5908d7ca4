"""A rebuild of the stored graph from every stored report, in flat memory: the graph of each report is
worked out alone and written as its parts (and evidence) as it is read; the nodes and edges are then
folded from their parts in id order, one at a time, so memory holds one report and one node or edge,
not the corpus (SQLite sorts on disk)."""
from __future__ import annotations

import gc
import json
import re
from contextlib import contextmanager
from itertools import groupby
from operator import itemgetter
from typing import Iterator

from partnergraph.extract.resources import load_text
from partnergraph.graph.model.build import StoredRecord, name_node, resolve_mentions
from partnergraph.graph.model.curation import load_curation
from partnergraph.graph.model.parts import (
    EDGE_PARTS,
    NODE_PARTS,
    BatchedInsert,
    folded_edge,
    folded_node,
    write_report_parts,
)
from partnergraph.graph.model.rows import EDGE_COLUMNS, NODE_COLUMNS, name_rows, node_rows
from partnergraph.graph.model.sources import GRAPH_FORMAT, mark_built, recount_mentions, stored_mention_counts
from partnergraph.graph.model.sums import SUMS_FROM, counts_of
from partnergraph.graph.store.db import transaction
from partnergraph.graph.store.documents import mark_duplicates


def stored_records(db) -> Iterator[StoredRecord]:
    """The records the graph is built from (a report stored in several formats counts once), one at a
    time: held all at once they were most of a 10,000-report rebuild's memory."""
    rows = db.execute("SELECT id, name, report_date, record FROM documents WHERE duplicate_of IS NULL ORDER BY name")
    for doc_id, name, report_date, record in rows:
        yield StoredRecord(doc_id, name, report_date, json.loads(record))


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """The graph build makes millions of small objects and frees none until it ends, so Python's cycle
    collector rescans them again and again (a third of a rebuild: 3.2 s -> 2.1 s at 1,000 reports). It
    makes no cycles; reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def rebuild(db) -> None:
    """Replaces the stored graph with one built from every stored report, in one transaction."""
    with_foreign_keys(db)
    with transaction(db):
        mark_duplicates(db, everywhere=True)
        db.execute("DROP TABLE IF EXISTS graph_retired")  # what a change took out before parts were kept
    with cycle_collection_paused(), transaction(db):
        recount_mentions(db)
        orgs, projects = resolve_mentions(stored_mention_counts(db), load_curation(db))
        indexes = table_indexes(BUILT_TABLES)
        for name, _ in indexes:
            db.execute(f"DROP INDEX IF EXISTS {name}")
        for table in BUILT_TABLES:
            db.execute(f"DELETE FROM {table}")
        write_report_parts(db, stored_records(db), orgs, projects)
        write_folded(db, orgs, projects)
        mark_built(db, orgs, projects)
        for _, create in indexes:
            db.execute(create)
        db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('graph_format', ?)", [GRAPH_FORMAT])


def write_folded(db, orgs, projects) -> None:
    """Every node's and edge's parts folded into its row, read in id order (SQLite sorts on disk: the
    parts' indexes are made after)."""
    nodes = BatchedInsert(db, "nodes", NODE_COLUMNS)
    names = BatchedInsert(db, "node_names", 2, after=nodes, verb="INSERT OR IGNORE")
    sums = BatchedInsert(db, "graph_sums", 2)
    for group in id_runs(db.conn.execute(NODE_PARTS + " ORDER BY node_id")):
        node, data = group[0][0], folded_node(group)
        name_node(node, data, orgs, projects)
        nodes.add(node_rows([(node, data)]), weight=len(group))
        names.add(name_rows([(node, data)]))
        sums.add(kept_sums(group, True), weight=len(group))
    names.flush()
    edges = BatchedInsert(db, "edges", EDGE_COLUMNS)
    for group in id_runs(db.conn.execute(EDGE_PARTS + " ORDER BY edge_id")):
        edges.add([folded_edge(group)], weight=len(group))
        sums.add(kept_sums(group, False), weight=len(group))
    edges.flush()
    sums.flush()


def kept_sums(parts: list, node: bool) -> list[tuple[str, str]]:
    """The graph_sums row of a node or edge of at least SUMS_FROM reports (graph/model/sums.py)."""
    if len(parts) < SUMS_FROM:
        return []
    return [(parts[0][0], json.dumps(counts_of(parts, node), sort_keys=True))]


def id_runs(rows):
    """The rows, sorted by id, as lists of the rows of one id."""
    for _, group in groupby(rows, key=itemgetter(0)):
        yield list(group)


def with_foreign_keys(db) -> None:
    """A database made before edges and names referred to their nodes by foreign keys gets the tables
    anew (empty: the rebuild that follows fills them)."""
    if db.execute("PRAGMA foreign_key_list(edges)").fetchall():
        return
    for table in ("edges", "node_names"):
        db.execute(f"DROP TABLE IF EXISTS {table}")
    db.conn.executescript(load_text("schema.sql"))


# written anew (what they came from: sources.py)
BUILT_TABLES = ("evidence", "edges", "node_names", "nodes", "node_parts", "edge_parts", "graph_sums")
CREATE_INDEX = re.compile(r"CREATE INDEX IF NOT EXISTS (\w+) ON (\w+)\(.*?\);")


def table_indexes(tables) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the schema's secondary indexes on these tables. A rebuild drops them
    and creates them again after writing (in the same transaction): one sorted build is cheaper than
    keeping them up to date row by row (10,000 reports: emptying and writing 10.5 s -> 9.1 s, builds included)."""
    return [(match.group(1), match.group(0)) for match in CREATE_INDEX.finditer(load_text("schema.sql"))
            if match.group(2) in tables]
