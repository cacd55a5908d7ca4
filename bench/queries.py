"""Benchmarks on one ingested database: queries, and changes merged into its graph (a report changed, one
removed, a curation), each by the CLI."""
from __future__ import annotations

import os
from pathlib import Path

from generate import generate
from measure import fresh, run_cli, timed


def bench_queries(results: dict, size: int, work: Path, ingest_options: tuple = (), key: str = "queries") -> None:
    """`ingest_options` are added to the first ingest's command (--rules-only for the scale benchmark)."""
    from partnergraph.graph.query import organisations as queries
    from partnergraph.graph.query import projects as reports
    from partnergraph.graph.store.db import open_db

    corpus = work / f"corpus_{size}"
    generate(size, corpus)
    db_path = work / f"q_{size}.db"
    ingest_s, peak = run_cli(["ingest", str(corpus), "--db", fresh(db_path), "--workers", str(os.cpu_count() or 1),
                              *ingest_options])
    again_s, _ = run_cli(["ingest", str(corpus), "--db", str(db_path), *ingest_options])
    extra = work / "extra_10"
    generate(10, extra, seed=size + 1)
    added_s, _ = run_cli(["ingest", str(corpus), str(extra), "--db", str(db_path), *ingest_options])
    changes = bench_changes(corpus, extra, db_path, ingest_options)
    db = open_db(db_path)
    busiest = db.execute("SELECT name FROM nodes WHERE kind = 'organisation' ORDER BY doc_count DESC LIMIT 2").fetchall()
    a, b = busiest[0][0], busiest[1][0]
    far = db.execute("SELECT name FROM nodes WHERE kind = 'organisation' ORDER BY doc_count, name LIMIT 1").fetchone()[0]
    project = db.execute("SELECT name FROM nodes WHERE kind = 'project' ORDER BY doc_count DESC LIMIT 1").fetchone()[0]
    results[key] = {
        "size": size, "ingest_s": ingest_s, "peak_mb": peak, "reingest_unchanged_s": again_s, "add_10_s": added_s,
        **changes,
        # as the CLI asks by default (no quotes), and with --evidence (reported, no target)
        "partners_ms": 1000 * timed(queries.partners, db, a, None, False, repeat=5)[0],
        "partners_evidence_ms": 1000 * timed(queries.partners, db, a, None, True, repeat=5)[0],
        "path_ms": 1000 * timed(safe_path, db, a, far, repeat=5)[0],
        "path_busy_pair_ms": 1000 * timed(safe_path, db, a, b, repeat=5)[0],
        "search_ms": 1000 * timed(queries.search, db, "ESOL learners", repeat=5)[0],
        # as the CLI asks by default: the 20 latest figures and events of a project, the 100 latest of all
        "project_ms": 1000 * timed(reports.project, db, project, 20, repeat=5)[0],
        "figures_ms": 1000 * timed(reports.figures, db, None, "Activity", 100, repeat=3)[0],
        "events_ms": 1000 * timed(reports.events, db, None, None, None, None, 100, repeat=3)[0],
        "brokers_top_20_ms": 1000 * timed(brokers, db, None, 20, repeat=3)[0],
        "themes_ms": 1000 * timed(queries.themes, db, None, repeat=3)[0],
        "themes_first_ms": 1000 * timed(first_themes, db, repeat=1)[0],
    }


def first_themes(db):
    """themes as the first question after a change asks it (every change empties the cache it keeps)."""
    from partnergraph.graph.query import organisations as queries

    db.execute("DELETE FROM graph_cache WHERE key = 'themes'")
    return queries.themes(db, None)


def bench_changes(corpus: Path, extra: Path, db_path: Path, ingest_options: tuple = ()) -> dict:
    """End to end by the CLI on the query database: one report changed, one removed (--prune), and one
    curation (a merge of two bodies of middling size), each merged into the stored graph."""
    from partnergraph.graph.store.db import open_db

    changed = sorted(corpus.glob("*.txt"))[0]
    with open(changed, "a", encoding="utf-8") as fh:
        fh.write("\nThe Harbour Refugee Forum is working with Riverside Law Centre on housing advice.\n")
    change_s, _ = run_cli(["ingest", str(corpus), str(extra), "--db", str(db_path), *ingest_options])
    sorted(extra.iterdir())[0].unlink()
    remove_s, _ = run_cli(["ingest", str(corpus), str(extra), "--db", str(db_path), "--prune", *ingest_options])
    db = open_db(db_path)
    middle = db.execute("SELECT name FROM nodes WHERE kind = 'organisation' ORDER BY doc_count DESC LIMIT 2 OFFSET "
                        "(SELECT count(*) / 2 FROM nodes WHERE kind = 'organisation' AND doc_count > 1)").fetchall()
    db.conn.close()
    curation_s, _ = run_cli(["merge", middle[0][0], middle[1][0], "--db", str(db_path)])
    return {"change_one_report_s": change_s, "remove_one_report_s": remove_s, "curation_s": curation_s}


def brokers(db, theme, top):
    from partnergraph.graph.query.paths import brokers as ranked

    return ranked(db, theme, top)


def safe_path(db, a, b):
    from partnergraph.extract.errors import NotFound
    from partnergraph.graph.query.paths import path

    try:
        return path(db, a, b)
    except NotFound:
        return []
