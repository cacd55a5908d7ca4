"""`figures` and `events` on a large corpus show the latest N (`--top`), read in index order rather than by
sorting every fact: the N rows are the N latest of all, the plans use the indexes, and the CLI says when
rows were left out. Reports per theme are counted from an index, not by parsing every record."""
from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner
from conftest import REPO
from partnergraph.extract.pipeline import Extractor
from partnergraph.graph.cli.main import cli
from partnergraph.graph.ingest.run import ingest
from partnergraph.graph.query import projects as reports
from partnergraph.graph.store.db import open_db

sys.path.insert(0, str(REPO / "bench"))
from generate import generate  # noqa: E402


@pytest.fixture(scope="module")
def generated_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("latest")
    generate(16, folder / "corpus", seed=11)
    db = open_db(folder / "pg.db")
    ingest(db, [str(folder / "corpus")], Extractor(use_model=False))
    return db, folder / "pg.db"


def test_the_top_figures_are_the_latest_reports_figures(generated_db):
    db, _ = generated_db
    everything = reports.figures(db)
    top = reports.figures(db, top=5)
    assert len(everything) > 5 and len(top) == 5
    assert all(row in everything for row in top)
    shown = min(r["report_date"] or "" for r in top)
    left_out = [r for r in everything if r not in top]
    assert all((r["report_date"] or "") <= shown for r in left_out)


def test_a_metric_filter_finds_the_same_figures_in_sql_and_in_python(generated_db):
    db, _ = generated_db
    metric = reports.figures(db)[0]["metric"]
    for text in (metric.upper(), metric.lower()[2:], "%", "_"):
        expected = [r for r in reports.figures(db) if text.lower() in r["metric"].lower()]
        assert sorted(map(repr, reports.figures(db, metric=text))) == sorted(map(repr, expected))


def test_the_top_events_are_the_latest_in_date_order(generated_db):
    db, _ = generated_db
    everything = reports.events(db)
    top = reports.events(db, top=4)
    assert len(everything) > 4
    assert [r["date"] for r in top] == [r["date"] for r in everything[-4:]]
    assert top == sorted(top, key=lambda r: (r["date"], r["document"]))
    month = everything[-1]["date"][:7]
    assert all(r["date"][:7] <= month for r in reports.events(db, date_to=month))
    assert reports.events(db, date_from=month) == [r for r in everything if r["date"] >= month]


def test_the_latest_rows_are_read_in_index_order(generated_db):
    db, _ = generated_db
    figures_sql = reports.FACTS_SQL.format(join="CROSS JOIN", facts="facts f INDEXED BY facts_doc", where="",
                                           order="d.report_date DESC, d.name, f.id")
    events_sql = reports.FACTS_SQL.format(join="JOIN", facts="facts f", where="",
                                          order=f"{reports.EVENT_DATE} DESC, d.name DESC, f.id DESC")
    assert "documents_report_date" in str(db.execute("EXPLAIN QUERY PLAN " + figures_sql, ["figure"]).fetchall())
    assert "facts_event_date" in str(db.execute("EXPLAIN QUERY PLAN " + events_sql, ["event"]).fetchall())


def test_reports_per_theme_are_counted_from_an_index_and_equal_the_records(generated_db):
    import json
    from collections import Counter

    from partnergraph.graph.query.organisations import THEME_DOCUMENTS_SQL, corpus_theme_counts

    db, _ = generated_db
    expected = Counter(theme for (record,) in db.execute("SELECT record FROM documents WHERE duplicate_of IS NULL")
                       for theme in json.loads(record).get("themes") or [])
    db.execute("DELETE FROM graph_cache")
    assert corpus_theme_counts(db)[0] == expected and expected
    assert "USING INDEX documents_themes" in str(db.execute("EXPLAIN QUERY PLAN " + THEME_DOCUMENTS_SQL).fetchall())
    cached = db.execute("SELECT value FROM graph_cache WHERE key = 'themes'").fetchone()[0]
    assert json.loads(cached)["documents"] == expected  # kept until the graph next changes
    db.execute("UPDATE graph_cache SET value = ? WHERE key = 'themes'",
               [json.dumps({"documents": {"cached": 1}, "mentions": {}})])
    assert corpus_theme_counts(db)[0] == {"cached": 1}


def test_the_cli_says_when_rows_were_left_out(generated_db):
    db, db_path = generated_db
    total = len(reports.figures(db))
    shown = CliRunner().invoke(cli, ["figures", "--top", "3", "--db", str(db_path), "--wide"])
    assert shown.exit_code == 0 and "the 3 latest figures (--top 0 for all)" in shown.output
    every = CliRunner().invoke(cli, ["figures", "--top", "0", "--db", str(db_path), "--json"])
    assert every.exit_code == 0 and every.output.count('"metric"') == total
    events = CliRunner().invoke(cli, ["events", "--top", "2", "--db", str(db_path), "--wide"])
    assert events.exit_code == 0 and "the 2 latest events" in events.output
    refused = CliRunner().invoke(cli, ["events", "--top", "-1", "--db", str(db_path)])
    assert refused.exit_code != 0 and "at least 0" in refused.output


def test_report_names_come_in_order_across_chunks_from_the_names_index(generated_db, monkeypatch):
    from partnergraph.graph.query import evidence, organisations

    db, _ = generated_db
    monkeypatch.setattr(organisations, "chunks", lambda items: evidence.chunks(items, 3))
    ids = [i for (i,) in db.execute("SELECT id FROM documents ORDER BY id DESC")]
    assert len(ids) > 6
    assert organisations.doc_names(db, ids) == sorted(n for (n,) in db.execute("SELECT name FROM documents"))
    plan = str(db.execute("EXPLAIN QUERY PLAN SELECT name FROM documents INDEXED BY documents_names "
                          "WHERE id IN (?, ?)", ids[:2]).fetchall())
    assert "COVERING INDEX documents_names" in plan
