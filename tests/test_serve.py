"""Datasette: `partnergraph serve` on 127.0.0.1, the people's views, metadata for every table and column,
and edges that refer to their nodes by foreign keys."""
from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

from partnergraph.extract.resources import load_yaml
from partnergraph.graph.query.projects import events, figures
from partnergraph.graph.store.db import open_db


@pytest.fixture(scope="module")
def db_path(sample_corpus_db):
    return sample_corpus_db[0]


def stored_tables(db_path) -> dict[str, list[str]]:
    """Tables and views with their columns, without SQLite's and the full-text index's own tables."""
    with sqlite3.connect(db_path) as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
                 if not n.startswith("sqlite_") and not n.startswith("documents_fts_")]
        return {n: [row[1] for row in conn.execute(f"PRAGMA table_info({n})")] for n in names}


def test_metadata_describes_every_table_view_and_column(db_path):
    described = load_yaml("datasette.yaml")["tables"]
    for table, columns in stored_tables(db_path).items():
        assert described.get(table, {}).get("description"), table
        missing = [c for c in columns if not described[table].get("columns", {}).get(c)]
        assert not missing, (table, missing)


def test_edges_refer_to_their_nodes_and_the_views_count_each_report_once(db_path):
    with sqlite3.connect(db_path) as conn:
        assert {(row[2], row[3]) for row in conn.execute("PRAGMA foreign_key_list(edges)")} == {
            ("nodes", "source"), ("nodes", "target")}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM facts WHERE kind = 'figure'").fetchone()[0] > 3 * len(
            figures(open_db(db_path)))  # the facts table holds each format's copy...
        assert conn.execute("SELECT count(*) FROM figures").fetchone()[0] == len(figures(open_db(db_path)))
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == len(events(open_db(db_path)))
        row = conn.execute("SELECT organisation, partner, projects, report_titles FROM partners WHERE "
                           "organisation = 'Birmingham City Council' AND partner = 'Coventry City Council'").fetchone()
        assert row and "MiFriendly Cities" in row[2] and not row[3].startswith("[")


def test_a_database_from_before_the_foreign_keys_gets_them_at_the_next_rebuild(tmp_path, db_path):
    from partnergraph.graph.model.rebuild import rebuild

    copy = tmp_path / "old.db"
    with sqlite3.connect(db_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with sqlite3.connect(copy) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DROP TABLE edges")
        conn.execute("CREATE TABLE edges (id TEXT PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, "
                     "kind TEXT NOT NULL, roles TEXT NOT NULL, projects TEXT NOT NULL, via TEXT NOT NULL, "
                     "themes TEXT NOT NULL, documents TEXT NOT NULL, weight INTEGER NOT NULL, first_seen TEXT, "
                     "last_seen TEXT)")
    db = open_db(copy)
    rebuild(db)
    assert db.execute("PRAGMA foreign_key_list(edges)").fetchall()
    assert db.execute("SELECT count(*) FROM edges").fetchone()[0] == sqlite3.connect(db_path).execute(
        "SELECT count(*) FROM edges").fetchone()[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.load(response)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_serve_starts_datasette_and_a_view_reads_as_json(db_path):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "partnergraph", "serve", "--db", str(db_path), "--port",
                               str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}/{db_path.stem}"
        rows = get_json(f"{base}/figures.json?_shape=array&_size=max")
        assert rows and all(r["metric"] and r["sentence"] and r["report_title"] for r in rows)
        assert any(r["page"] for r in rows)  # the PDF copy answers
        metadata = get_json(f"http://127.0.0.1:{port}/-/metadata.json")
        assert metadata["databases"][db_path.stem]["tables"]["partners"]["description"]
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_serve_without_a_database_says_so(tmp_path):
    result = subprocess.run([sys.executable, "-m", "partnergraph", "serve", "--db", str(tmp_path / "none.db")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "no database" in result.stderr
    assert not (tmp_path / "none.db").exists()
