"""Documents and their facts in the store: rows made in workers, written whole, listed, pruned; copies marked."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from partnergraph.extract.errors import NotFound
from partnergraph.extract.record import FACT_FIELDS, fact_name, main_project
from partnergraph.graph.store.db import mark_graph_dirty, now, transaction


def fingerprint(text: str) -> str:
    """Equal for the same report read from PDF, DOCX, HTML or TXT (line breaks and layout differ, words do not)."""
    import hashlib
    import re

    words = sorted(set(re.findall(r"\w+", text.lower())))
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def mark_duplicates(db, everywhere: bool = False) -> None:
    """Within each group of files holding the same report, all but one are copies: the one kept has pages
    (a PDF, so evidence can cite a page), then the first path. Only the groups a change can have altered
    are looked at, unless `everywhere`: those of reports stored since the graph was last brought up to
    date, and those whose kept report is gone (a group's mark sits after each report's text, so looking at
    every report read them all: 0.36 s at 10,000 reports)."""
    first = ("(SELECT CASE WHEN p.id = documents.id THEN NULL ELSE p.id END FROM documents p "
             "WHERE p.fingerprint = documents.fingerprint ORDER BY coalesce(p.pages, 0) = 0, p.path LIMIT 1)")
    where = "" if everywhere else f" AND fingerprint IN ({CHANGED_GROUPS})"
    db.execute(f"UPDATE documents SET duplicate_of = {first} WHERE duplicate_of IS NOT {first}{where}")


CHANGED_GROUPS = ("SELECT fingerprint FROM documents WHERE id IN (SELECT doc_id FROM graph_pending) UNION "
                  "SELECT fingerprint FROM documents WHERE duplicate_of > '' "  # every copy, by the index of copies
                  "AND duplicate_of NOT IN (SELECT id FROM documents)")


def stored_stats(db) -> dict[str, tuple[str, tuple | None]]:
    """For every stored path: the id of its document, and (size, mtime_ns, sha256) the file had when it
    was last hashed. Read at once from an index of (path, id), not one query per file an ingest walks
    (100,000 files)."""
    return {path: (doc_id, (size, mtime, sha) if size is not None else None) for path, doc_id, size, mtime, sha in
            db.execute("SELECT d.path, d.id, s.size, s.mtime_ns, s.sha256 FROM documents d INDEXED BY "
                       "documents_paths LEFT JOIN file_stats s ON s.path = d.path")}


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
        db.execute("DELETE FROM documents WHERE path = ? OR id = ?", [doc["path"], doc["id"]])
        db.conn.execute(INSERT_DOCUMENT, [doc[column] for column in DOCUMENT_COLUMNS])
        db.conn.executemany(INSERT_FACT, rows.facts)
        db.execute("DELETE FROM failures WHERE path = ?", [doc["path"]])
        db.execute("INSERT OR IGNORE INTO graph_pending (doc_id) VALUES (?)", [doc["id"]])
        mark_graph_dirty(db)


def fact_rows(doc_id: str, record: dict):
    for field, kind in FACT_FIELDS.items():
        for fact in record.get(field) or []:
            evidence = (fact.get("evidence") or [{}])[0]
            yield (doc_id, kind, fact_name(kind, fact), json.dumps(fact), evidence.get("page"),
                   evidence.get("start"), evidence.get("end"), evidence.get("sentence"))


def record_failure(db, path: str, sha: str | None, reason: str, message: str) -> None:
    with transaction(db):
        db["failures"].upsert({"path": path, "sha256": sha, "reason": reason, "message": message,
                               "failed_at": now()}, pk="path")


def gone_paths(db, keep_paths: set[str], under: list[str]) -> list[str]:
    """Documents stored from under the given folders whose files were not found there (`keep_paths` as
    the walk gives them: absolute and normalised)."""
    keep = set(keep_paths)
    stored = db.execute("SELECT path FROM documents INDEXED BY documents_paths ORDER BY path")
    return [path for (path,) in stored if path not in keep and os.path.abspath(path) not in keep
            and any(is_under(path, root) for root in under)]


def prune(db, keep_paths: set[str], under: list[str]) -> list[str]:
    """Removes documents stored from under the given folders whose files are gone."""
    gone = gone_paths(db, keep_paths, under)
    with transaction(db):
        for path in gone:
            db.execute("DELETE FROM documents WHERE path = ?", [path])
        if gone:
            mark_graph_dirty(db)
        db.execute("DELETE FROM failures WHERE path NOT IN (SELECT value FROM json_each(?))",
                   [json.dumps(sorted(keep_paths))])
    return gone


def is_under(path: str, root: str) -> bool:
    """Compared as absolute paths: `ingest .` stores "report.pdf", which is under "."."""
    path, root = os.path.abspath(path), os.path.abspath(root)
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
    counts.update(dict(db.execute("SELECT kind, count(*) FROM fact_names GROUP BY kind ORDER BY kind")))
    return counts


def list_failures(db) -> list[dict]:
    return [dict(r) for r in db.query("SELECT path, reason, message, failed_at FROM failures ORDER BY path")]


def close_names(key: str, names: list[str], limit: int = 3) -> list[str]:
    from rapidfuzz import process

    return [name for name, score, _ in process.extract(key, names, limit=limit) if score >= 50]
