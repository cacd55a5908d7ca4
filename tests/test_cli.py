"""The command line: real invocations through click, on real files."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import CORPUS
from partnergraph.graph.cli.main import cli
from partnergraph.graph.store.db import open_db


def test_help_does_not_load_the_heavy_libraries():
    code = "import sys; import partnergraph.graph.cli.main; print(any(m in sys.modules for m in ('spacy', 'pdfplumber', 'trafilatura')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_questions_and_exports_do_not_load_spacy(tmp_path):
    """Importing spaCy took 0.45 s of every query's 0.56 s; only reading reports needs it."""
    db = str(tmp_path / "pg.db")
    open_db(db).conn.close()  # an empty database, so that every command gets as far as its query
    code = ("import sys\nfrom partnergraph.graph.cli.main import cli\n"
            f"for args in (['stats'], ['search', 'refugee'], ['orgs'], ['figures'], ['path', 'A', 'B'], "
            f"['export', '--format', 'graphml', '-o', {str(tmp_path / 'g.graphml')!r}]):\n"
            "    try:\n"
            f"        cli.main(args + ['--db', {db!r}], standalone_mode=False)\n"
            "    except (Exception, SystemExit):\n"
            "        pass  # an empty database: nothing found, nothing to export; the imports are done\n"
            "print(sorted(m for m in ('spacy', 'pdfplumber', 'trafilatura') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_question_on_a_missing_database_says_so_and_creates_nothing(tmp_path):
    db = tmp_path / "none.db"
    result = CliRunner().invoke(cli, ["partners", "Birmingham City Council", "--db", str(db)])
    assert result.exit_code == 1
    assert "no database at" in result.output and "partnergraph ingest" in result.output
    assert not db.exists()


def test_extract_json_prints_the_record():
    result = CliRunner().invoke(cli, ["extract", "--json", str(CORPUS / "000_da3f3502c5de7ce4.pdf")])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["report_date"] == "2017-08"
    assert {"Workshops", "Network Members"} <= {f["metric"] for f in record["figures"]}


def test_extract_of_a_bad_file_is_one_clear_line(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"hello")
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    assert "not a PDF" in result.output and "Traceback" not in result.output


def test_extract_names_a_fault_in_the_rules_in_one_line_not_a_traceback(tmp_path, monkeypatch):
    import partnergraph.extract.facts.build as build

    def broken(*args):
        raise KeyError("no such word list")

    monkeypatch.setattr(build, "find_organisations", broken)
    path = tmp_path / "note.txt"
    path.write_text("Update\n\nThe Kestrel Forum met the Harbour Trust twice.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--rules-only", str(path)])
    assert result.exit_code == 1
    assert "a fault in partnergraph, not in the file" in result.output and "Traceback" not in result.output


def test_ingest_documents_show_failures(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a report.txt").write_text((CORPUS / "003_e5d3308963921065.txt").read_text(encoding="utf-8"))
    (folder / "bad.docx").write_bytes(b"not a zip")
    db = str(tmp_path / "pg.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 3, result.output  # some files refused
    assert "1 read" in result.output and "1 failed" in result.output
    listed = json.loads(runner.invoke(cli, ["documents", "--db", db, "--json"]).output)
    assert [d["name"] for d in listed] == ["a report.txt"]
    shown = json.loads(runner.invoke(cli, ["show", "a report.txt", "--db", db, "--json"]).output)
    assert shown["projects"][0]["name"] == "MiFriendly Cities"
    failures = json.loads(runner.invoke(cli, ["failures", "--db", db, "--json"]).output)
    assert failures[0]["reason"] == "not_docx"
    missing = runner.invoke(cli, ["show", "a reprt.txt", "--db", db])
    assert missing.exit_code == 1 and "did you mean: a report.txt" in missing.output


def test_database_path_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTNERGRAPH_DB", str(tmp_path / "env.db"))
    result = CliRunner().invoke(cli, ["ingest", str(CORPUS / "000_da3f3502c5de7ce4.txt")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env.db").exists()


def test_a_command_closes_its_database_before_it_exits(tmp_path):
    """Closed, the database folds its write-ahead log back in: nothing is left beside it."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.txt").write_text((CORPUS / "003_e5d3308963921065.txt").read_text(encoding="utf-8"))
    db = tmp_path / "pg.db"
    for args in (["ingest", str(folder)], ["stats"]):
        subprocess.run([sys.executable, "-m", "partnergraph", *args, "--db", str(db)], check=True, capture_output=True)
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("pg.db")) == ["pg.db", "pg.db.lock"]


@pytest.mark.parametrize("args, reason", [
    (["events", "--from", "2011-13-45"], "give a date"),
    (["events", "--to", "tomorrow"], "give a date"),
    (["events", "--from", "2011-02-30"], "give a date"),
    (["brokers", "--top", "-3"], "at least 1"),
    (["partners", "X", "--top", "-1"], "at least 0"),
    (["ingest", "/no/such/dir"], "no such file or folder"),
])
def test_bad_options_are_one_line_and_exit_1(tmp_path, args, reason):
    db = tmp_path / "pg.db"
    result = CliRunner().invoke(cli, args + ["--db", str(db)])
    assert result.exit_code == 1 and reason in result.output and "Traceback" not in result.output
    assert not db.exists()
