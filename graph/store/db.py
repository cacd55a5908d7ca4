"""The SQLite connection: schema on open, WAL, transactions (one per document) and batched commits."""
from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path

from partnergraph.extract.errors import StoreError
from partnergraph.extract.resources import load_text

BUSY_TIMEOUT_MS = 30_000


def open_db(path: str | Path):
    """The database, created with the schema if new. Two processes opening a new database at once can
    meet "database is locked" while one sets it up (SQLite does not wait on the journal-mode change):
    the set-up is then tried again until the busy timeout."""
    import sqlite_utils

    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return sqlite_utils.Database(connect(path))
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise StoreError(f"cannot open database {path}: {exc}") from exc
            time.sleep(0.05)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from exc


def connect(path: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA cache_size=-65536")  # 64 MB (default 2 MB): a big graph's indexes thrashed the cache
        conn.execute("PRAGMA foreign_keys=ON")
        # one transaction: each statement on its own wrote the schema page to the WAL again (370 KB for a new
        # database, enough to fill a small disk before the first report)
        conn.executescript("BEGIN;\n" + load_text("schema.sql") + "\nCOMMIT;")
        count_fact_names(conn)
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn


def count_fact_names(conn: sqlite3.Connection) -> None:
    """fact_names for a database made before it (its triggers keep it up to date from then on)."""
    if conn.execute("SELECT EXISTS (SELECT 1 FROM facts) AND NOT EXISTS (SELECT 1 FROM fact_names)").fetchone()[0]:
        with conn:
            conn.execute("INSERT INTO fact_names SELECT kind, name, count(*) FROM facts GROUP BY kind, name")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error: a document is stored whole or not at all.
    Inside an open transaction (an ingest's batch of writes) it is a savepoint, so the same holds."""

    def __init__(self, db):
        self.conn = db.conn
        self.nested = False

    def __enter__(self):
        self.nested = self.conn.in_transaction
        self.conn.execute("SAVEPOINT document" if self.nested else "BEGIN IMMEDIATE")
        return self

    def __exit__(self, exc_type, exc, tb):
        if not self.conn.in_transaction:  # an error such as a full disk has ended it already
            return False
        if self.nested:
            if exc_type:
                self.conn.execute("ROLLBACK TO document")
            self.conn.execute("RELEASE document")
        else:
            self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


class batched_writes:
    """Many documents' writes in one transaction, committed every `documents` documents or `seconds`
    (a commit per document was 40% of the single writer's time). Each document still goes in whole,
    in its own savepoint; on an error or Ctrl-C the documents already written are committed."""

    def __init__(self, db, documents: int = 50, seconds: float = 1.0):
        self.conn, self.documents, self.seconds = db.conn, documents, seconds
        self.count, self.started = 0, 0.0

    def __enter__(self):
        self.begin()
        return self

    def begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.count, self.started = 0, time.monotonic()

    def wrote(self) -> None:
        self.count += 1
        if self.count >= self.documents or time.monotonic() - self.started >= self.seconds:
            self.conn.execute("COMMIT")
            self.begin()

    def __exit__(self, exc_type, exc, tb):
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        return False


def mark_graph_dirty(db) -> None:
    """Set in the same transaction as the change, cleared in the graph update's: a crash between them is
    seen."""
    db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('graph_dirty', '1')")


def graph_dirty(db) -> bool:
    row = db.execute("SELECT value FROM state WHERE key = 'graph_dirty'").fetchone()
    return bool(row and row[0] == "1")
