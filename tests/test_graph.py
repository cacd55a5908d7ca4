"""The partnership graph: resolution across reports, incremental update, queries and curation."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import CORPUS
from partnergraph.extract.errors import NotFound
from partnergraph.extract.pipeline import Extractor
from partnergraph.graph.cli.main import cli
from partnergraph.graph.ingest.run import ingest
from partnergraph.graph.model.resolve import Curation, resolve
from partnergraph.graph.query import organisations as queries
from partnergraph.graph.query import paths
from partnergraph.graph.query import projects as reports
from partnergraph.graph.store.db import open_db


@pytest.mark.parametrize("a,b", [
    ("Birmingham City Council", "birmingham city council"),
    ("The Refugee Council", "Refugee Council"),
    ("Coventry Refugee & Migrant Centre", "Coventry Refugee and Migrant Centre"),
    ("Birmingham City Council", "Birmingham City Counci"),
    ("Citizens Advice Bureau", "citizens' advice bureaux"),
    ("Coventry Refugee Centre", "Coventry Refugee Center"),
    ("Refugee Support Organisation", "Refugee Support Organization"),
])
def test_names_that_must_merge(a, b):
    result = resolve([(a, []), (b, [])])
    assert result.node_of(a) == result.node_of(b)


@pytest.mark.parametrize("a,b", [
    ("Coventry City Council", "Wolverhampton City Council"),
    ("Birmingham City Council", "Birmingham County Council"),
    ("Refugee Action", "Refugee Council"),
    ("West Midlands Combined Authority", "West Midlands"),
    ("Burnley Health Partnership", "Barnsley Health Partnership"),  # one word, two edits apart
    ("Harlow Refugee Council", "Harrow Refugee Council"),  # two towns one letter apart
])
def test_names_that_must_not_merge(a, b):
    result = resolve([(a, []), (b, [])])
    assert result.node_of(a) != result.node_of(b)


def test_an_acronym_defined_in_one_report_joins_its_use_in_another():
    result = resolve([("Central England Law Centre", ["CELC"]), ("CELC", [])])
    assert result.node_of("CELC") == result.node_of("Central England Law Centre")
    assert result.names[result.node_of("CELC")] == "Central England Law Centre"


def test_an_acronym_two_bodies_use_joins_neither():
    result = resolve([("Refugee and Migrant Centre", ["RMC"]), ("Regional Migration Council", ["RMC"])])
    assert result.node_of("Refugee and Migrant Centre") != result.node_of("Regional Migration Council")


def test_curation_aliases_merges_and_splits():
    curation = Curation(aliases={"Brum Council": "Birmingham City Council"},
                        merges=[("Migration Policy & Practice Project", "Migration Policy and Practice")],
                        splits={"celc"})
    result = resolve([("Birmingham City Council", []), ("Brum Council", []), ("Migration Policy and Practice", []),
                      ("Migration Policy & Practice Project", []), ("Central England Law Centre", ["CELC"]),
                      ("CELC", [])], curation)
    assert result.node_of("Brum Council") == result.node_of("Birmingham City Council")
    assert result.node_of("Migration Policy & Practice Project") == result.node_of("Migration Policy and Practice")
    assert result.node_of("CELC") != result.node_of("Central England Law Centre")


@pytest.fixture(scope="module")
def corpus_db(sample_corpus_db):
    db_path, folder = sample_corpus_db
    return open_db(db_path), folder, db_path


def test_birmingham_city_council_is_one_node_across_reports(corpus_db):
    db, _, _ = corpus_db
    node, rows = queries.partners(db, "Birmingham City Council", evidence=True)
    partners = {r["partner"]: r for r in rows}
    assert "Public Health England" in partners and "Migration Policy and Practice" in partners  # 2019 update
    assert "Coventry City Council" in partners and partners["Coventry City Council"]["roles"] == ["lead"]  # article
    quotes = partners["Public Health England"]["evidence"]
    assert any("seconded into the council team from Public Health England" in q["sentence"] for q in quotes)
    assert partners["Public Health England"]["documents"][0].startswith("002_")


def test_copies_of_one_report_in_other_formats_count_once(corpus_db):
    db, _, _ = corpus_db
    (node,) = [r for r in queries.orgs(db) if r["organisation"] == "Public Health England"]
    assert node["documents"] == 1
    assert {r["measure"]: r["count"] for r in queries.stats(db)}["reports"] == 5


def test_path_between_bodies_of_two_reports_has_evidence(corpus_db):
    db, _, _ = corpus_db
    hops = paths.path(db, "Public Health England", "Migrant Voice")
    assert [h["from"] for h in hops] + [hops[-1]["to"]] == ["Public Health England", "Birmingham City Council",
                                                           "Migrant Voice"]
    assert all(h["evidence"] for h in hops)
    plan = str(db.execute("EXPLAIN QUERY PLAN " + paths.NEIGHBOURS, {"n": "org:x"}).fetchall())
    assert "COVERING INDEX edges_from" in plan and "COVERING INDEX edges_to" in plan  # no edge row is read


def test_no_path_to_a_body_without_partners_is_found_without_walking_the_graph(corpus_db, monkeypatch):
    """The side with nowhere to go ends the search: the busy side's neighbours are not all read."""
    db, _, _ = corpus_db
    busy = db.execute("SELECT source FROM edges WHERE kind = 'collaboration' GROUP BY source "
                      "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    alone = db.execute("SELECT id FROM nodes WHERE kind = 'organisation' AND id NOT IN (SELECT source FROM edges "
                       "WHERE kind IN ('collaboration', 'partnership')) AND id NOT IN (SELECT target FROM edges "
                       "WHERE kind IN ('collaboration', 'partnership')) LIMIT 1").fetchone()[0]
    names = dict(db.execute("SELECT id, name FROM nodes WHERE id IN (?, ?)", [busy, alone]).fetchall())
    read = []
    real = paths.neighbours
    monkeypatch.setattr(paths, "neighbours", lambda db, node: read.append(node) or real(db, node))
    with pytest.raises(NotFound):
        paths.path(db, names[busy], names[alone])
    assert set(read) <= {busy, alone}  # one level from each end at most


def test_figures_show_achievement(corpus_db):
    db, _, _ = corpus_db
    rows = reports.figures(db, project_name="Active Citizens Together")
    workshops = next(r for r in rows if r["metric"] == "Workshops")
    assert (workshops["target"], workshops["delivered"], workshops["achieved_pct"]) == (20, 24, 120)
    assert len(rows) == 8  # the seven table rows and "Five of our politicians took part ... as mentors"
    assert ("politicians", None, 5) in {(r["metric"], r["target"], r["delivered"]) for r in rows}


def test_events_between_dates_with_venues(corpus_db):
    db, _, _ = corpus_db
    rows = reports.events(db, "2011-06-01", "2011-08-31")
    assert ("2011-06-22", "Concordia Hall", "St Leonards") in {(r["date"], r["venue"], r["place"]) for r in rows}
    assert all("2011-06" <= r["date"] <= "2011-08-31" for r in rows)
    assert reports.events(db, place="Lewes") and all("Lewes" in (r["place"] or "") for r in reports.events(db, place="Lewes"))


def test_other_queries(corpus_db):
    db, _, _ = corpus_db
    assert any(r["theme"] == "language" for r in queries.themes(db))
    assert queries.themes(db, "Birmingham City Council")[0]["mentions"] > 0
    assert [r["organisation"] for r in queries.orgs(db, search="law centre")] == ["Central England Law Centre"]
    assert "MiFriendly Cities" in [p["project"] for p in reports.projects(db, org="Migrant Voice")]
    detail = reports.project(db, "MiFriendly Cities")
    assert {"organisation": "Coventry City Council", "roles": ["lead"], "documents": 1} in detail["participants"]
    top = paths.brokers(db, top=3)
    assert "Birmingham City Council" in [r["organisation"] for r in top]  # it joins the 2019 update to the article
    hits = queries.search(db, "settled status")
    assert [h["document"][:3] for h in hits] == ["002"] and "[Settled]" in hits[0]["snippet"]
    assert isinstance(queries.search(db, 'AND OR "'), list)  # FTS syntax in user text never raises


def test_a_query_matching_more_reports_than_it_ranks_ranks_the_latest_stored(corpus_db, monkeypatch):
    db, _, db_path = corpus_db
    matching = [r for (r,) in db.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'refugee' AND "
                                         "rowid NOT IN (SELECT rowid FROM documents WHERE duplicate_of IS NOT NULL)")]
    assert len(matching) >= 3  # copies of a report in other formats are not counted
    rowid_of = {name: r for name, r in db.execute("SELECT name, rowid FROM documents")}
    every = queries.search(db, "refugee", limit=50, ranked=None)
    assert sorted(rowid_of[h["document"]] for h in every) == sorted(matching)
    latest = queries.search(db, "refugee", limit=50, ranked=2)
    assert len(latest) == 2 and all(rowid_of[h["document"]] >= sorted(matching)[-2] for h in latest)
    assert queries.search_ranked(db, "refugee", 50, 2)[1] and not queries.search_ranked(db, "refugee", 50, None)[1]
    assert not queries.search_ranked(db, "refugee", 50, len(matching) + 50)[1]
    monkeypatch.setattr(queries, "RANKED_LATEST", 2)
    said = CliRunner().invoke(cli, ["search", "refugee", "--db", str(db_path)]).output
    assert "ranked among the latest 2 that match (--all ranks every one)" in said
    assert "ranked among" not in CliRunner().invoke(cli, ["search", "refugee", "--all", "--db", str(db_path)]).output


def test_unknown_names_suggest_near_ones(corpus_db):
    db, _, db_path = corpus_db
    with pytest.raises(NotFound) as caught:
        queries.partners(db, "Birmingham Council")
    assert "Birmingham City Council" in caught.value.suggestions
    result = CliRunner().invoke(cli, ["partners", "Birmingam City Council", "--db", str(db_path)])
    assert result.exit_code == 1 and "did you mean: Birmingham City Council" in result.output


def test_cli_query_commands_print_tables_json_and_csv(corpus_db):
    _, _, db_path = corpus_db
    runner = CliRunner()
    for args in (["orgs"], ["partners", "Birmingham City Council", "--evidence"], ["themes"], ["projects"], ["project", "MiFriendly Cities"],
                 ["path", "Public Health England", "Migrant Voice"], ["brokers"], ["figures"], ["events"],
                 ["search", "destitution"], ["stats"]):
        result = runner.invoke(cli, args + ["--db", str(db_path)])
        assert result.exit_code == 0, (args, result.output)
        assert result.output.strip()
    rows = json.loads(runner.invoke(cli, ["figures", "--json", "--db", str(db_path)]).output)
    assert {"metric", "target", "delivered", "achieved_pct"} <= set(rows[0])
    csv_out = runner.invoke(cli, ["orgs", "--csv", "--db", str(db_path)]).output.splitlines()
    assert csv_out[0].startswith("organisation,documents,partners,themes")


def test_prune_and_reingest_remove_and_restore_exactly_a_reports_facts(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    for stem in ("002_d108209246486e3d", "003_e5d3308963921065"):
        shutil.copy(CORPUS / f"{stem}.txt", folder)
    db = open_db(tmp_path / "pg.db")
    ingest(db, [str(folder)], Extractor())
    before = sorted(db.execute("SELECT id, weight FROM edges").fetchall())
    moved = tmp_path / "002.txt"
    shutil.move(folder / "002_d108209246486e3d.txt", moved)
    ingest(db, [str(folder)], Extractor(), prune=True)
    _, rows = queries.partners(db, "Birmingham City Council")
    assert "Public Health England" not in {r["partner"] for r in rows}
    assert db.execute("SELECT count(*) FROM evidence WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0] == 0
    shutil.move(moved, folder / "002_d108209246486e3d.txt")
    ingest(db, [str(folder)], Extractor())
    assert sorted(db.execute("SELECT id, weight FROM edges").fetchall()) == before


def test_curation_survives_reingest(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    shutil.copy(CORPUS / "003_e5d3308963921065.txt", folder)
    db_path = str(tmp_path / "pg.db")
    runner = CliRunner()
    runner.invoke(cli, ["ingest", str(folder), "--db", db_path])
    assert runner.invoke(cli, ["merge", "Coventry University", "CU Social Enterprise", "--db", db_path]).exit_code == 0
    assert runner.invoke(cli, ["alias", "MVoice", "Migrant Voice", "--db", db_path]).exit_code == 0
    text = (folder / "003_e5d3308963921065.txt").read_text(encoding="utf-8")
    (folder / "003_e5d3308963921065.txt").write_text(text + "\nMVoice has worked with Interserve.\n", encoding="utf-8")
    runner.invoke(cli, ["ingest", str(folder), "--db", db_path])
    db = open_db(db_path)
    names = {r["organisation"] for r in queries.orgs(db)}
    assert "CU Social Enterprise" in names and "Coventry University" not in names
    assert "MVoice" not in names
    _, rows = queries.partners(db, "Migrant Voice")
    assert "collaboration" in next(r for r in rows if r["partner"] == "Interserve")["relations"]
    assert runner.invoke(cli, ["split", "Coventry University", "--db", db_path]).exit_code == 0
    assert "Coventry University" in {r["organisation"] for r in queries.orgs(open_db(db_path))}


def test_participation_and_partnership_themes_come_from_their_own_sentences(sample_corpus_db):
    """A link's themes are what its evidence sentences speak of; the report's themes only when they say none."""
    from partnergraph.extract.facts.themes import themes_of_text

    db = open_db(sample_corpus_db[0])
    checked = 0
    for edge_id, themes_json in db.execute("SELECT id, themes FROM edges WHERE kind = 'participation'"):
        sentences = [s for (s,) in db.execute("SELECT DISTINCT sentence FROM evidence WHERE edge_id = ?", [edge_id])]
        spoken = {t for s in sentences for t in themes_of_text(s)}
        if spoken:
            assert set(json.loads(themes_json)) == spoken, edge_id
            checked += 1
    assert checked >= 5
    partnership_themes = {tuple(sorted(json.loads(t))) for (t,) in db.execute(
        "SELECT themes FROM edges WHERE kind = 'partnership'")}
    assert len(partnership_themes) > 1  # not every pair in a project gets the project's themes
