"""A rebuild of the stored graph from every stored report, in flat memory: the graph of each batch of
reports is worked out alone and written to temporary tables as it is read (its evidence straight to the
evidence table); the nodes and edges are then folded from those rows in id order, one at a time, so
memory holds one batch and one node or edge, not the corpus (SQLite sorts on disk)."""
from __future__ import annotations

import gc
import json
import re
from contextlib import contextmanager
from itertools import groupby, islice
from operator import itemgetter
from typing import Iterator

from partnergraph.extract.resources import load_text
from partnergraph.graph.model.build import StoredRecord, gather, name_node, resolve_mentions
from partnergraph.graph.model.curation import load_curation
from partnergraph.graph.model.rows import (
    EDGE_COLUMNS,
    NODE_COLUMNS,
    add_edge_row,
    add_node_row,
    edge_of_row,
    edge_rows,
    evidence_rows,
    name_rows,
    node_of_row,
    node_rows,
)
from partnergraph.graph.model.sources import GRAPH_FORMAT, mark_built, recount_mentions, stored_mention_counts
from partnergraph.graph.store.db import transaction
from partnergraph.graph.store.documents import mark_duplicates


def stored_records(db, pending_only: bool = False) -> Iterator[StoredRecord]:
    """The records the graph is built from (a report stored in several formats counts once), one at a
    time: held all at once they were most of a 10,000-report rebuild's memory."""
    only = " AND id IN (SELECT doc_id FROM graph_pending)" if pending_only else ""
    rows = db.execute(f"SELECT id, name, report_date, record FROM documents WHERE duplicate_of IS NULL{only} "
                      "ORDER BY name")
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
        mark_duplicates(db)
    with cycle_collection_paused(), transaction(db):
        recount_mentions(db)
        orgs, projects = resolve_mentions(stored_mention_counts(db), load_curation(db))
        indexes = table_indexes(BUILT_TABLES)
        for name, _ in indexes:
            db.execute(f"DROP INDEX IF EXISTS {name}")
        for table in BUILT_TABLES:
            db.execute(f"DELETE FROM {table}")
        stage_records(db, orgs, projects)
        write_folded(db, orgs, projects)
        mark_built(db, orgs, projects)
        for _, create in indexes:
            db.execute(create)
        db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('graph_format', ?)", [GRAPH_FORMAT])


STAGED = ("staged_nodes", NODE_COLUMNS), ("staged_edges", EDGE_COLUMNS)
WRITE_BATCH = 20_000  # rows held before an executemany writes them
RECORDS_PER_STAGE = 500  # reports gathered together: fewer staged rows where they share nodes and edges


def stage_records(db, orgs, projects) -> None:
    """The nodes and edges of each batch of reports as rows of the temporary staged tables, their evidence
    as rows of the evidence table (an edge's evidence is told apart by report, so nothing repeats across
    batches)."""
    for table, columns in STAGED:
        db.execute(f"DROP TABLE IF EXISTS temp.{table}")
        db.execute(f"CREATE TEMP TABLE {table} ({', '.join(f'c{i}' for i in range(columns))})")
    writers = {"nodes": BatchedInsert(db, "temp.staged_nodes", NODE_COLUMNS),
               "edges": BatchedInsert(db, "temp.staged_edges", EDGE_COLUMNS),
               "evidence": BatchedInsert(db, "evidence (edge_id, node_id, doc_id, page, start, end, sentence)", 7)}
    for batch in batched(stored_records(db), RECORDS_PER_STAGE):
        parts = gather(batch, orgs, projects)
        writers["nodes"].add(node_rows(parts.nodes.items()))
        writers["edges"].add(edge_rows(parts.edges.items()))
        writers["evidence"].add(evidence_rows(parts))
    for writer in writers.values():
        writer.flush()


def batched(items, size: int):
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


class BatchedInsert:
    """Rows for one table, written WRITE_BATCH at a time (an executemany per report was a fifth of a rebuild)."""

    def __init__(self, db, table: str, columns: int, after: "BatchedInsert | None" = None, verb: str = "INSERT"):
        self.conn, self.rows, self.after = db.conn, [], after  # `after`'s rows go first (they are referred to)
        self.sql = f"{verb} INTO {table} VALUES ({', '.join('?' * columns)})"

    def add(self, rows) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= WRITE_BATCH:
            self.flush()

    def flush(self) -> None:
        if self.after is not None:
            self.after.flush()
        self.conn.executemany(self.sql, self.rows)
        self.rows = []


def write_folded(db, orgs, projects) -> None:
    """The staged rows folded into one row per node and per edge (in the order the reports were read, as
    a body keeps the name it was first written with until resolution names it), then dropped."""
    nodes = BatchedInsert(db, "nodes", NODE_COLUMNS)
    names = BatchedInsert(db, "node_names", 2, after=nodes, verb="INSERT OR IGNORE")
    for group in id_runs(db.conn.execute("SELECT * FROM temp.staged_nodes ORDER BY c0, rowid")):
        node, data = group[0][0], node_of_row(group[0])
        for row in group[1:]:
            add_node_row(data, row, earlier=False)
        name_node(node, data, orgs, projects)
        nodes.add(node_rows([(node, data)]))
        names.add(name_rows([(node, data)]))
    names.flush()
    db.conn.executemany(f"INSERT INTO edges VALUES ({', '.join('?' * EDGE_COLUMNS)})",
                        folded_edges(db.conn.execute("SELECT * FROM temp.staged_edges ORDER BY c0, rowid")))
    for table, _ in STAGED:
        db.execute(f"DROP TABLE temp.{table}")


def folded_edges(rows):
    """One row per edge. Most edges come from one report, whose staged row is already the edge's row."""
    for group in id_runs(rows):
        if len(group) == 1:
            yield group[0]
            continue
        data = edge_of_row(group[0])
        for row in group[1:]:
            add_edge_row(data, row)
        yield from edge_rows([(tuple(group[0][1:4]), data)])


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


BUILT_TABLES = ("evidence", "edges", "node_names", "nodes")  # written anew (what they came from: sources.py)
CREATE_INDEX = re.compile(r"CREATE INDEX IF NOT EXISTS (\w+) ON (\w+)\(.*?\);")


def table_indexes(tables) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the schema's secondary indexes on these tables. A rebuild drops them
    and creates them again after writing (in the same transaction): one sorted build is cheaper than
    keeping them up to date row by row (10,000 reports: emptying and writing 10.5 s -> 9.1 s, builds included)."""
    return [(match.group(1), match.group(0)) for match in CREATE_INDEX.finditer(load_text("schema.sql"))
            if match.group(2) in tables]


def write_parts(db, parts) -> None:
    """Nodes and edges whole (replacing stored rows of the same id); evidence and names added."""
    db.conn.executemany(f"INSERT OR REPLACE INTO nodes VALUES ({', '.join('?' * NODE_COLUMNS)})",
                        node_rows(parts.nodes.items()))
    db.conn.executemany("INSERT OR IGNORE INTO node_names VALUES (?, ?)", name_rows(parts.nodes.items()))
    db.conn.executemany(f"INSERT OR REPLACE INTO edges VALUES ({', '.join('?' * EDGE_COLUMNS)})",
                        edge_rows(parts.edges.items()))
    db.conn.executemany("INSERT INTO evidence (edge_id, node_id, doc_id, page, start, end, sentence) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", evidence_rows(parts))
