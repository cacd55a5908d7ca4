"""The SQLite store (sqlite-utils): one transaction per document, evidence kept with every fact."""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from extract.errors import NotFound, StoreError
from extract.record import FACT_FIELDS, fact_name, main_project
from extract.resources import load_text

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
        conn.executescript(load_text("schema.sql"))
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn


def fingerprint(text: str) -> str:
    """Equal for the same report read from PDF, DOCX, HTML or TXT (line breaks and layout differ, words do not)."""
    import hashlib
    import re

    words = sorted(set(re.findall(r"\w+", text.lower())))
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def mark_duplicates(db) -> None:
    """Within each group of files holding the same report, all but the first path are copies."""
    first = ("(SELECT CASE WHEN p.id = documents.id THEN NULL ELSE p.id END FROM documents p "
             "WHERE p.fingerprint = documents.fingerprint ORDER BY p.path LIMIT 1)")
    db.execute(f"UPDATE documents SET duplicate_of = {first} WHERE duplicate_of IS NOT {first}")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def stored_sha(db, path: str) -> str | None:
    row = db.execute("SELECT id FROM documents WHERE path = ?", [path]).fetchone()
    return row[0] if row else None


def path_of_sha(db, sha: str) -> str | None:
    row = db.execute("SELECT path FROM documents WHERE id = ?", [sha]).fetchone()
    return row[0] if row else None


@dataclass
class StoredRows:
    """A document's rows, made where it was extracted (a worker), so the one writer only executes SQL."""
    document: dict
    facts: list[tuple]
    organisations: int


def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


# The writer runs plain INSERTs: sqlite-utils' insert() looks the table up on every call, which was a tenth
# of the single writer's time.
DOCUMENT_COLUMNS = ("id", "path", "name", "format", "title", "report_date", "main_project", "pages", "words",
                    "metadata", "record", "text", "fingerprint", "duplicate_of", "ingested_at")
INSERT_DOCUMENT = insert_sql("documents", DOCUMENT_COLUMNS)
FACT_COLUMNS = ("doc_id", "kind", "name", "value", "page", "start", "end", "sentence")
INSERT_FACT = insert_sql("facts", FACT_COLUMNS)


def document_rows(document, record: dict) -> StoredRows:
    values = (document.sha256, document.path, Path(document.path).name, document.format, record.get("title"),
              record.get("report_date"), main_project(record), document.pages, len(document.text.split()),
              json.dumps(document.metadata, default=str), json.dumps(record), document.text,
              fingerprint(document.text), None, now())
    row = dict(zip(DOCUMENT_COLUMNS, values))
    return StoredRows(row, list(fact_rows(document.sha256, record)), len(record.get("organisations") or []))


def write_document(db, document, record: dict) -> None:
    write_rows(db, document_rows(document, record))


def write_rows(db, rows: StoredRows) -> None:
    """Replaces whatever was stored for this path or content, in one transaction."""
    doc = rows.document
    with transaction(db):
        replaced = db.execute("DELETE FROM documents WHERE path = ? OR id = ?", [doc["path"], doc["id"]]).rowcount
        db.conn.execute(INSERT_DOCUMENT, [doc[column] for column in DOCUMENT_COLUMNS])
        db.conn.executemany(INSERT_FACT, rows.facts)
        db.execute("DELETE FROM failures WHERE path = ?", [doc["path"]])
        db.execute("INSERT OR IGNORE INTO graph_pending (doc_id) VALUES (?)", [doc["id"]])
        mark_graph_dirty(db, full=replaced > 0)


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


def fact_rows(doc_id: str, record: dict):
    for field, kind in FACT_FIELDS.items():
        for fact in record.get(field) or []:
            evidence = (fact.get("evidence") or [{}])[0]
            yield (doc_id, kind, fact_name(kind, fact), json.dumps(fact), evidence.get("page"),
                   evidence.get("start"), evidence.get("end"), evidence.get("sentence"))


def mark_graph_dirty(db, full: bool = True) -> None:
    """Set in the same transaction as the change, cleared in the graph update's: a crash between them is
    seen. `full`: the change removed or replaced something, so the graph must be rebuilt, not added to."""
    db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('graph_dirty', '1')")
    if full:
        db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('graph_full', '1')")


def graph_dirty(db) -> bool:
    row = db.execute("SELECT value FROM state WHERE key = 'graph_dirty'").fetchone()
    return bool(row and row[0] == "1")


def record_failure(db, path: str, sha: str | None, reason: str, message: str) -> None:
    with transaction(db):
        db["failures"].upsert({"path": path, "sha256": sha, "reason": reason, "message": message,
                               "failed_at": now()}, pk="path")


def prune(db, keep_paths: set[str], under: list[str]) -> list[str]:
    """Removes documents stored from under the given folders whose files are gone."""
    gone = [path for (path,) in db.execute("SELECT path FROM documents")
            if path not in keep_paths and any(is_under(path, root) for root in under)]
    with transaction(db):
        for path in gone:
            db.execute("DELETE FROM documents WHERE path = ?", [path])
        if gone:
            mark_graph_dirty(db)
        db.execute("DELETE FROM failures WHERE path NOT IN (SELECT value FROM json_each(?))",
                   [json.dumps(sorted(keep_paths))])
    return gone


def is_under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def list_documents(db) -> list[dict]:
    sql = ("SELECT d.id, d.name, d.format, d.title, d.report_date, d.pages, d.words, "
           "(SELECT count(*) FROM facts f WHERE f.doc_id = d.id) AS facts, "
           "(SELECT p.name FROM documents p WHERE p.id = d.duplicate_of) AS copy_of FROM documents d ORDER BY d.name")
    return [dict(row) for row in db.query(sql)]


def get_record(db, key: str) -> dict:
    """A stored record by file name, path or id prefix."""
    row = db.execute("SELECT record FROM documents WHERE name = ? OR path = ? OR id LIKE ? || '%' LIMIT 2",
                     [key, key, key]).fetchall()
    if len(row) != 1:
        names = [name for (name,) in db.execute("SELECT name FROM documents ORDER BY name")]
        raise NotFound(f"no single document matches '{key}'", close_names(key, names))
    return json.loads(row[0][0])


def fact_counts(db) -> dict[str, int]:
    counts = {"documents": db.execute("SELECT count(*) FROM documents").fetchone()[0]}
    counts.update(dict(db.execute("SELECT kind, count(DISTINCT name) FROM facts GROUP BY kind ORDER BY kind")))
    return counts


def list_failures(db) -> list[dict]:
    return [dict(r) for r in db.query("SELECT path, reason, message, failed_at FROM failures ORDER BY path")]


def close_names(key: str, names: list[str], limit: int = 3) -> list[str]:
    from rapidfuzz import process

    return [name for name, score, _ in process.extract(key, names, limit=limit) if score >= 50]
