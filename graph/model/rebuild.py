"""Writes the networkx graph to SQLite (nodes, node_names, edges, evidence) and reads curation."""
from __future__ import annotations

import gc
import json
import re
from collections import Counter
from contextlib import contextmanager
from json.encoder import encode_basestring_ascii as quoted
from typing import Iterator

from partnergraph.extract.facts.names import name_key
from partnergraph.extract.resources import load_text
from partnergraph.graph.model.build import (
    StoredRecord,
    count_mentions,
    gather,
    name_node,
    record_mentions,
    resolve_mentions,
)
from partnergraph.graph.model.curation import load_curation
from partnergraph.graph.store.db import transaction
from partnergraph.graph.store.documents import mark_duplicates


def stored_records(db, pending_only: bool = False) -> Iterator[StoredRecord]:
    """The records the graph is built from (a report stored in several formats counts once), one at a
    time: held all at once they were most of a 10,000-report rebuild's memory."""
    only = " AND id IN (SELECT doc_id FROM graph_pending)" if pending_only else ""
    rows = db.execute(f"SELECT id, name, report_date, record FROM documents WHERE duplicate_of IS NULL{only} "
                      "ORDER BY name")
    for doc_id, name, report_date, record in rows:
        yield StoredRecord(doc_id, name, report_date, json.loads(record), len(record))


HELD_JSON_CHARS = 50_000_000  # a rebuild keeps parsed records up to this much JSON (about 3x in memory)


class HeldRecords:
    """The records of a rebuild's first pass, kept parsed for the second while their JSON stays under
    `limit` characters; past it they are read again one at a time. A second parse was 7% of a
    1,000-report rebuild."""

    def __init__(self, limit: int):
        self.records: list[StoredRecord] | None = []
        self.room = limit

    def add(self, stored: StoredRecord) -> None:
        self.room -= stored.json_size
        if self.records is not None and self.room >= 0:
            self.records.append(stored)
        else:
            self.records = None


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


GRAPH_FORMAT = "4"  # the graph tables record what they were built from (graph_mentions, graph_name_counts,
# graph_resolution, graph_documents)


def state(db, key: str) -> str | None:
    row = db.execute("SELECT value FROM state WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def rebuild(db) -> None:
    """Replaces the stored graph with one built from every stored report, in one transaction."""
    with cycle_collection_paused():
        replace_graph(db)


def replace_graph(db) -> None:
    with_foreign_keys(db)
    with transaction(db):
        mark_duplicates(db)
    # two passes over the records: the names of all of them decide the nodes before any is added
    mentions, held = all_mentions(db)
    orgs, projects = resolve_mentions(count_mentions(m for _, m in mentions), load_curation(db))
    parts = gather(held.records if held.records is not None else stored_records(db), orgs, projects)
    for node, data in parts.nodes.items():
        name_node(node, data, orgs, projects)
    with transaction(db):
        indexes = table_indexes(GRAPH_TABLES)
        for name, _ in indexes:
            db.execute(f"DROP INDEX IF EXISTS {name}")
        for table in GRAPH_TABLES:
            db.execute(f"DELETE FROM {table}")
        write_parts(db, parts)
        write_sources(db, mentions, orgs, projects)
        for _, create in indexes:
            db.execute(create)
        db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('graph_format', ?)", [GRAPH_FORMAT])


def with_foreign_keys(db) -> None:
    """A database made before edges and names referred to their nodes by foreign keys gets the tables
    anew (empty: the rebuild that follows fills them)."""
    if db.execute("PRAGMA foreign_key_list(edges)").fetchall():
        return
    for table in ("edges", "node_names"):
        db.execute(f"DROP TABLE IF EXISTS {table}")
    db.conn.executescript(load_text("schema.sql"))


# A report's record is read only when the graph was not built from it (new, replaced, or once a copy).
RECORDS_FOR_MENTIONS = """
SELECT id, name, report_date, CASE WHEN :trusted AND id IN (SELECT doc_id FROM graph_mentions)
    AND id NOT IN (SELECT doc_id FROM graph_pending) THEN NULL ELSE record END
FROM documents WHERE duplicate_of IS NULL ORDER BY name"""


def all_mentions(db) -> tuple[list, HeldRecords]:
    """Every report's (doc_id, mention), in the order a rebuild counts them. A report the current graph
    was built from keeps the mentions stored with it (10,000 reports: 0.5 s, against 1.3 s to parse every
    record for them); the others are parsed, and held for the second pass while there is room."""
    trusted = state(db, "graph_format") == GRAPH_FORMAT
    known = mentions_by_report(db) if trusted else {}
    mentions, held = [], HeldRecords(HELD_JSON_CHARS)
    for doc_id, name, report_date, record in db.execute(RECORDS_FOR_MENTIONS, {"trusted": trusted}):
        if record is None:
            found = known.get(doc_id, ())
            held.records = None  # not parsed here: the second pass reads every record
        else:
            stored = StoredRecord(doc_id, name, report_date, json.loads(record), len(record))
            found = record_mentions(stored.record)
            held.add(stored)
        mentions += [(doc_id, m) for m in found]
    return mentions, held


def mentions_by_report(db) -> dict[str, list[tuple[str, str, list[str]]]]:
    """What the current graph was built from, per report, in the order it was counted."""
    found: dict[str, list] = {}
    for doc_id, kind, name, aliases in db.execute("SELECT doc_id, kind, name, aliases FROM graph_mentions ORDER BY rowid"):
        found.setdefault(doc_id, []).append((kind, name, [] if aliases == "[]" else json.loads(aliases)))
    return found


GRAPH_TABLES = ("evidence", "edges", "node_names", "nodes", "graph_mentions", "graph_name_counts", "graph_resolution",
                "graph_documents")
CREATE_INDEX = re.compile(r"CREATE INDEX IF NOT EXISTS (\w+) ON (\w+)\(.*?\);")


def table_indexes(tables) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the schema's secondary indexes on these tables. A rebuild drops them
    and creates them again after writing (in the same transaction): one sorted build is cheaper than
    keeping them up to date row by row (10,000 reports: emptying and writing 10.5 s -> 9.1 s, builds included)."""
    return [(match.group(1), match.group(0)) for match in CREATE_INDEX.finditer(load_text("schema.sql"))
            if match.group(2) in tables]


def write_parts(db, parts) -> None:
    """Nodes and edges whole (replacing stored rows of the same id); evidence and names added."""
    db.conn.executemany("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", node_rows(parts.nodes))
    db.conn.executemany("INSERT OR IGNORE INTO node_names VALUES (?, ?)", name_rows(parts.nodes))
    db.conn.executemany("INSERT OR REPLACE INTO edges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        edge_rows(parts.edges))
    db.conn.executemany("INSERT INTO evidence (edge_id, node_id, doc_id, page, start, end, sentence) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", evidence_rows(parts))


def write_sources(db, mentions, orgs, projects) -> None:
    """What this graph was built from, and marks it current (in the caller's transaction)."""
    rows = [(doc_id, kind, name, json.dumps(aliases)) for doc_id, (kind, name, aliases) in mentions]
    db.conn.executemany("INSERT INTO graph_mentions VALUES (?, ?, ?, ?)", rows)
    db.conn.executemany("INSERT INTO graph_name_counts VALUES (?, ?, ?, ?) ON CONFLICT (kind, name, aliases) "
                        "DO UPDATE SET count = count + excluded.count",
                        [(*key, n) for key, n in Counter(row[1:] for row in rows).items()])
    db.execute("DELETE FROM graph_resolution")  # names no report mentions any more go
    for kind, resolution in (("organisation", orgs), ("project", projects)):
        db.conn.executemany("INSERT OR REPLACE INTO graph_resolution VALUES (?, ?, ?)",
                            ((kind, key, node) for key, node in resolution.canonical.items()))
    db.execute("DELETE FROM graph_pending")
    db.execute("DELETE FROM graph_retired")
    db.execute("DELETE FROM graph_cache")
    db.execute("DELETE FROM graph_documents WHERE doc_id NOT IN (SELECT id FROM documents WHERE duplicate_of IS NULL)")
    db.execute("INSERT OR IGNORE INTO graph_documents SELECT id FROM documents WHERE duplicate_of IS NULL")
    db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('graph_dirty', '0')")


def node_rows(nodes: dict):
    for node, d in nodes.items():
        yield (node, d["kind"], d["name"], sorted_json(d["aliases"]), themes_json(d["themes"]),
               sorted_json(d["documents"]), len(d["documents"]), d["first_seen"], d["last_seen"])


def sorted_json(items) -> str:
    """A JSON list of strings, sorted, exactly as json.dumps writes it: joined here with json's own C
    string encoder (a 1,000-report graph writes 170,000 of these lists; json.dumps took 5% of a rebuild).
    Most lists hold one item or none."""
    if len(items) > 1:
        return "[" + ", ".join(map(quoted, sorted(items))) + "]"
    return "[" + quoted(next(iter(items))) + "]" if items else "[]"


def themes_json(themes: dict[str, int]) -> str:
    """Most mentioned first, ties by name (the same whatever order the reports were read in), exactly as
    json.dumps writes the object."""
    if not themes:
        return "{}"
    ordered = sorted(themes.items(), key=lambda item: (-item[1], item[0])) if len(themes) > 1 else themes.items()
    return "{" + ", ".join(f"{quoted(theme)}: {int(count)}" for theme, count in ordered) + "}"


def name_rows(nodes: dict):
    for node, d in nodes.items():
        for name in {d["name"], *d["aliases"]}:
            yield name_key(name), node


def edge_id(kind: str, a: str, b: str) -> str:
    """The id of the edge the graph parts key (a, b, kind): they keep a <= b, as the graph is undirected."""
    return f"{kind}|{a}|{b}"


def edge_rows(edges: dict):
    for (a, b, kind), d in edges.items():
        yield (edge_id(kind, a, b), a, b, kind, sorted_json(d["roles"]), sorted_json(d["projects"]),
               sorted_json(d["via"]), themes_json(d["themes"]), sorted_json(d["documents"]),
               len(d["documents"]), d["first_seen"], d["last_seen"])


def evidence_rows(parts):
    for (a, b, kind), d in parts.edges.items():
        seen, edge = set(), edge_id(kind, a, b)
        for doc_id, page, start, end, sentence in d["evidence"]:
            if (doc_id, start) not in seen:
                seen.add((doc_id, start))
                yield edge, None, doc_id, page, start, end, sentence
    for node, d in parts.nodes.items():
        for doc_id, page, start, end, sentence in d["evidence"]:
            yield None, node, doc_id, page, start, end, sentence
