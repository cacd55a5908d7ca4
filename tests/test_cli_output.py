"""What the commands print: tables that keep their key columns at 80 and 120 columns, the same fields in
JSON and CSV for every listing command, and curation that takes only known names and can be undone."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from partnergraph.graph.cli.main import cli

LISTINGS = [["documents"], ["failures"], ["orgs"], ["partners", "Birmingham City Council"], ["themes"],
            ["themes", "Birmingham City Council"], ["projects"], ["project", "MiFriendly Cities"],
            ["path", "Coventry City Council", "Wolverhampton City Council"], ["brokers"], ["figures"], ["events"],
            ["search", "refugee"], ["stats"], ["curations"], ["show", "003_e5d3308963921065.pdf"]]
KEY_COLUMNS = {("figures",): ["metric", "target", "delivered", "achieved"],
               ("partners", "Birmingham City Council"): ["partner", "relations", "roles", "projects"],
               ("documents",): ["name", "title", "report date"],
               ("events",): ["date", "description", "place"]}


@pytest.fixture(scope="module")
def db_path(sample_corpus_db):
    return str(sample_corpus_db[0])


def invoke(args, db_path, columns=None, **env):
    env = {"COLUMNS": str(columns)} if columns else {}
    return CliRunner().invoke(cli, args + ["--db", db_path], env=env)


@pytest.mark.parametrize("args", list(KEY_COLUMNS), ids=lambda a: a[0])
@pytest.mark.parametrize("columns", [80, 120])
def test_tables_fit_the_width_and_keep_their_key_columns(db_path, args, columns):
    result = invoke(list(args), db_path, columns)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= columns
    header = " ".join(lines[:6])
    for key in KEY_COLUMNS[args]:
        assert key in header, (key, lines[:6])
    assert not any(line.startswith("┏") and not line.endswith("┓") for line in lines)  # nothing cut off


def test_secondary_columns_go_first_and_wide_shows_all(db_path):
    narrow = invoke(["partners", "Birmingham City Council"], db_path, 80).output
    assert "left out to fit" in narrow and "--wide" in narrow
    wide = invoke(["partners", "Birmingham City Council", "--wide"], db_path, 80).output
    assert "left out" not in wide and "documents" in wide.splitlines()[1] + wide.splitlines()[2]
    roomy = invoke(["partners", "Birmingham City Council"], db_path, 250).output
    assert "left out" not in roomy


@pytest.mark.parametrize("args", LISTINGS, ids=lambda a: "-".join(a[:1]) + str(len(a)))
def test_json_and_csv_carry_the_same_snake_case_fields(db_path, args):
    as_json = invoke(args + ["--json"], db_path)
    as_csv = invoke(args + ["--csv"], db_path)
    assert as_json.exit_code == 0 and as_csv.exit_code == 0, (as_json.output, as_csv.output)
    data = json.loads(as_json.output)
    table = list(csv.DictReader(io.StringIO(as_csv.output)))
    if args[0] in ("project", "show"):
        return  # --csv is one table of a nested answer: participants, or every fact with its evidence
    rows = data if isinstance(data, list) else []
    assert len(table) == len(rows)
    for row, line in zip(rows, table):
        assert set(row) <= set(line)
        assert all(key == key.lower() and " " not in key for key in row)


def test_show_csv_lists_every_fact_with_its_evidence(db_path):
    table = list(csv.DictReader(io.StringIO(invoke(["show", "003_e5d3308963921065.pdf", "--csv"], db_path).output)))
    assert {"organisation", "figure", "project"} <= {row["kind"] for row in table}
    assert all(row["sentence"] and row["page"] for row in table if row["kind"] == "organisation")


def test_figures_json_carries_the_sentence_title_and_page(db_path):
    rows = json.loads(invoke(["figures", "--json"], db_path).output)
    assert all(row["sentence"] and row["title"] and row["page"] for row in rows)


def test_stats_and_themes_keys_do_not_change_with_arguments(db_path):
    assert {r["measure"] for r in json.loads(invoke(["stats", "--json"], db_path).output)} >= {"documents", "reports"}
    corpus = json.loads(invoke(["themes", "--json"], db_path).output)
    one = json.loads(invoke(["themes", "Birmingham City Council", "--json"], db_path).output)
    assert set(corpus[0]) == set(one[0]) == {"theme", "documents", "mentions"}


def test_curation_takes_known_names_answers_to_aliases_and_is_undone(tmp_path, sample_corpus_db):
    import sqlite3

    db_path = str(tmp_path / "pg.db")
    with sqlite3.connect(sample_corpus_db[0]) as source, sqlite3.connect(db_path) as copy:
        source.backup(copy)  # the sample database is in WAL mode: a file copy could miss its last writes
    wrong = invoke(["alias", "BCC", "Birmingham City Councl"], db_path)
    assert wrong.exit_code == 1 and "did you mean: Birmingham City Council" in wrong.output
    assert invoke(["merge", "No Such Body", "Coventry City Council"], db_path).exit_code == 1
    assert invoke(["partners", "BCC"], db_path).exit_code == 1
    done = invoke(["alias", "BCC", "Birmingham City Council"], db_path)
    assert done.exit_code == 0 and "curation 1" in done.output
    answer = invoke(["partners", "BCC", "--json"], db_path)
    assert answer.exit_code == 0 and json.loads(answer.output)
    listed = json.loads(invoke(["curations", "--json"], db_path).output)
    assert [(c["id"], c["action"], c["name"], c["target"]) for c in listed] == [
        (1, "alias", "BCC", "Birmingham City Council")]
    assert invoke(["uncurate", "7"], db_path).exit_code == 1
    assert invoke(["uncurate", "1"], db_path).exit_code == 0
    assert json.loads(invoke(["curations", "--json"], db_path).output) == []
    assert invoke(["partners", "BCC"], db_path).exit_code == 1
