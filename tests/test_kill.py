"""An ingest killed at any moment (SIGKILL) leaves a consistent database that the next ingest completes."""
from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time

from conftest import CORPUS
from partnergraph.extract.record import FACT_FIELDS
from partnergraph.graph.store.db import open_db

KILLS = 20


def ingest_command(folder, db_path) -> list[str]:
    return [sys.executable, "-m", "partnergraph", "ingest", str(folder), "--db", str(db_path), "--workers", "1"]


def expected_fact_count(record: dict) -> int:
    return sum(len(record.get(field) or []) for field in FACT_FIELDS)


def check_consistent(db) -> None:
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for doc_id, record in db.execute("SELECT id, record FROM documents"):
        stored = db.execute("SELECT count(*) FROM facts WHERE doc_id = ?", [doc_id]).fetchone()[0]
        assert stored == expected_fact_count(json.loads(record)), "a document is half-written"
    orphans = db.execute("SELECT count(*) FROM evidence WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0]
    dirty = db.execute("SELECT value FROM state WHERE key = 'graph_dirty'").fetchone()
    assert orphans == 0 or (dirty and dirty[0] == "1"), "the graph is stale and nothing says so"


def test_killed_ingests_leave_a_consistent_database_that_the_next_run_completes(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    reference = tmp_path / "reference.db"
    subprocess.run(ingest_command(folder, reference), check=True, capture_output=True)
    db_path = tmp_path / "killed.db"
    rng = random.Random(7)
    for iteration in range(KILLS):
        if iteration % 5 == 4:  # now and then a changed file, so runs also replace documents
            target = folder / "003_e5d3308963921065.txt"
            target.write_text(target.read_text(encoding="utf-8") + f"\nNote {iteration}.\n", encoding="utf-8")
        process = subprocess.Popen(ingest_command(folder, db_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 4.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        check_consistent(open_db(db_path))
    final = subprocess.run(ingest_command(folder, db_path), capture_output=True, text=True)
    assert final.returncode == 0, final.stdout + final.stderr
    db = open_db(db_path)
    check_consistent(db)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 20
    assert db.execute("SELECT value FROM state WHERE key = 'graph_dirty'").fetchone()[0] == "0"
    expected = {row[0] for row in open_db(reference).execute("SELECT id FROM nodes WHERE kind = 'organisation'")}
    assert {row[0] for row in db.execute("SELECT id FROM nodes WHERE kind = 'organisation'")} == expected
