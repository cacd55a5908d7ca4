"""The Dask engine on a 2-process LocalCluster: the same database as a local ingest, a worker killed
mid-ingest loses nothing and stores nothing twice, and an unreachable scheduler is one line."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from partnergraph.graph.cli.main import cli

pytest.importorskip("distributed", reason="needs Dask: pip install 'partnergraph[dask]' (make test installs it)")

TABLES = ("documents", "facts", "nodes", "edges", "evidence", "node_names", "graph_resolution")


def dump(db_path) -> dict[str, list]:
    """Every table's rows, without what differs by design (ingest time, row ids)."""
    with sqlite3.connect(db_path) as conn:
        tables = {}
        for table in TABLES:
            skip = {"ingested_at"} | ({"id"} if table in ("facts", "evidence") else set())
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] not in skip]
            tables[table] = sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
        return tables


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    for path in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.pdf")):
        shutil.copy(path, folder)
    return folder


def test_a_dask_ingest_stores_what_a_local_ingest_stores(tmp_path, reports):
    runner = CliRunner()
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"
    assert runner.invoke(cli, ["ingest", str(reports), "--db", str(local), "--rules-only"]).exit_code == 0
    result = runner.invoke(cli, ["ingest", str(reports), "--db", str(dask), "--rules-only", "--dask", "local:2"])
    assert result.exit_code == 0, result.output
    assert "10 read" in result.output
    assert dump(dask) == dump(local)
    shared = tmp_path / "shared.db"
    assert runner.invoke(cli, ["ingest", str(reports), "--db", str(shared), "--rules-only", "--dask", "local:2",
                               "--shared-path"]).exit_code == 0
    assert dump(shared) == dump(local)


def test_a_worker_killed_mid_ingest_loses_nothing_and_stores_nothing_twice(reports):
    from partnergraph.extract.readers import ReadLimits
    from partnergraph.graph.ingest.dask_engine import DaskEngine, connect, worker_pids
    from partnergraph.graph.ingest.walk import sha256_of

    todo = [(str(path), sha256_of(str(path))) for path in sorted(reports.iterdir())]
    engine = DaskEngine("local:2", use_model=False)
    seen = []
    with connect("local:2") as client:
        from partnergraph.graph.ingest.dask_engine import pipeline_plugin

        client.register_plugin(pipeline_plugin(False))
        for path, sha, result in engine.stream(client, todo, ReadLimits()):
            if not seen:
                os.kill(worker_pids(client)[0], signal.SIGKILL)  # its tasks go to the other worker
            seen.append((path, result.ok))
    assert sorted(path for path, _ in seen) == sorted(path for path, _ in todo)  # each file once
    assert all(ok for _, ok in seen)


def test_local_workers_keep_the_allocators_default_and_run_no_profiler():
    """Dask's own MALLOC_TRIM_THRESHOLD_ doubled the workers' system time against the local pool."""
    import dask

    from partnergraph.graph.ingest.dask_engine import connect

    with connect("local:2") as client:
        trims = client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_")
        profiling = client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
    assert len(trims) == 2 and set(trims.values()) == {None}
    assert set(profiling.values()) == {False}


def test_an_unreachable_scheduler_is_one_line(tmp_path, reports):
    result = CliRunner().invoke(cli, ["ingest", str(reports), "--db", str(tmp_path / "pg.db"), "--rules-only",
                                      "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1 and "cannot reach the Dask scheduler tcp://127.0.0.1:9" in result.output
    assert "--shared-path goes with --dask" in CliRunner().invoke(
        cli, ["ingest", str(reports), "--db", str(tmp_path / "pg.db"), "--shared-path"]).output
