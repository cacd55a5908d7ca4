"""`partnergraph check`: SQLite's own integrity checks and the project's consistency rules, as a list of
problems (empty when the database is sound)."""
from __future__ import annotations

import os
import sqlite3
from urllib.parse import quote

CONSISTENCY = [  # (what is wrong, SQL counting the rows where it is)
    ("facts of documents that are not stored", "SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT id FROM documents)"),
    ("evidence from documents that are not stored",
     "SELECT count(*) FROM evidence WHERE doc_id NOT IN (SELECT id FROM documents)"),
    ("edges to nodes that do not exist", "SELECT count(*) FROM edges WHERE source NOT IN (SELECT id FROM nodes) "
                                         "OR target NOT IN (SELECT id FROM nodes)"),
    ("copies of documents that are not stored", "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL "
                                                "AND duplicate_of NOT IN (SELECT id FROM documents)"),
    ("records that are not JSON objects", "SELECT count(*) FROM documents WHERE NOT json_valid(record) "
                                          "OR json_type(record) != 'object'"),
    ("facts whose value is not JSON", "SELECT count(*) FROM facts WHERE NOT json_valid(value)"),
]


def connect_to_check(path: str) -> sqlite3.Connection:
    """The database as it is: no schema applied and nothing created (a damaged file must not be written);
    a file nobody may write (read-only file or filesystem) is read as it stands."""
    if writable(path):
        return sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True)
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True)


def writable(path: str) -> bool:
    folder = os.path.dirname(os.path.abspath(path))
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK) and not read_only_mount(folder)


def read_only_mount(folder: str) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def check(db) -> list[str]:
    """Every problem found, one line each."""
    try:
        problems = [row[0] for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"]
        db.execute("SELECT count(*) FROM documents").fetchone()
    except sqlite3.DatabaseError as exc:
        return [f"the database cannot be read ({exc}): restore a backup, or ingest again into a new --db"]
    if problems:
        return problems  # the rest reads the damaged pages; restore first
    problems += [f"foreign key broken: {table} row {rowid} -> {parent}"
                 for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check")]
    try:
        db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        if "readonly" not in str(exc):  # FTS5 checks through a write; a read-only file cannot take one
            problems.append(f"the full-text index does not match the documents ({exc}): ingest again into a new --db")
    for what, sql in CONSISTENCY:
        count = db.execute(sql).fetchone()[0]
        if count:
            problems.append(f"{count} {what}")
    dirty = db.execute("SELECT value FROM state WHERE key = 'graph_dirty'").fetchone()
    if dirty and dirty[0] == "1":
        problems.append("the graph is behind the stored documents (an ingest was stopped): run `partnergraph ingest`")
    return problems


def summary(db) -> dict[str, int]:
    return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "facts", "nodes", "edges", "evidence")}
