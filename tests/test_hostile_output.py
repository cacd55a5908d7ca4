"""What reports and typed names cannot do to the places output goes: CSV printed to a terminal, the SVG
picture's title, the Markdown and Word write-ups, the ingest summary. Each test makes its hostile input."""
from __future__ import annotations

import csv
import io
import shutil
import sqlite3
import xml.etree.ElementTree as ElementTree
import zipfile

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from partnergraph.graph.cli.main import cli

REPORTS = sorted(CORPUS.glob("*.txt"))
HOSTILE_TITLE = "<script>alert(1)</script> \x1b[31mRed\x1b[0m \x01Welcome"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    """Reports whose names and first lines carry escape sequences, control characters, HTML and formulas."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, report in zip(["esc\x1b[31mname.txt", "-2+3.txt", "\tindent.txt"], REPORTS):
        (folder / name).write_text(HOSTILE_TITLE + "\n\n" + report.read_text(encoding="utf-8"), encoding="utf-8")
    db = str(tmp_path_factory.mktemp("db") / "pg.db")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", db, "--rules-only", "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize("command", [["documents", "--csv"], ["search", "refugee", "--csv"]])
def test_csv_printed_to_a_terminal_carries_no_control_characters_and_no_formulas(hostile_db, command):
    output = CliRunner().invoke(cli, [*command, "--db", hostile_db]).output
    assert "\x1b" not in output and "\x01" not in output
    cells = [cell for row in csv.reader(io.StringIO(output)) for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    if command[0] == "documents":
        assert {"'-2+3.txt", "'\tindent.txt", "esc[31mname.txt"} <= set(cells)


def test_a_typed_selection_with_control_characters_makes_a_valid_svg(tmp_path, sample_corpus_db):
    db = str(sample_corpus_db[0])
    path = tmp_path / "g.svg"
    result = CliRunner().invoke(cli, ["export", "--format", "svg", "--org", "Birmingham City Council\x01", "--depth",
                                      "2", "-o", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    ElementTree.parse(path)  # raises on a character XML forbids


def test_the_write_ups_show_html_from_reports_as_text_and_drop_control_characters(tmp_path, hostile_db):
    runner = CliRunner()
    markdown, word = tmp_path / "w.md", tmp_path / "w.docx"
    assert runner.invoke(cli, ["export", "--format", "md", "-o", str(markdown), "--db", hostile_db]).exit_code == 0
    assert runner.invoke(cli, ["export", "--format", "docx", "-o", str(word), "--db", hostile_db]).exit_code == 0
    text = markdown.read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "\x1b" not in text and "\x01" not in text
    with zipfile.ZipFile(word) as package:
        ElementTree.fromstring(package.read("word/document.xml"))


def test_a_refused_file_under_a_folder_named_like_markup_gives_the_refusal_exit_code(tmp_path):
    folder = tmp_path / "x[" / "[bold]in"
    folder.mkdir(parents=True)
    shutil.copy(REPORTS[0], folder / "good.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "x["), "--db", str(tmp_path / "pg.db"), "--rules-only",
                                      "--workers", "1"])
    assert result.exit_code == 3, result.output
    assert "broken.pdf" in result.output and "Traceback" not in result.output


def test_identical_files_in_one_ingest_are_stored_once_and_counted_as_identical(tmp_path):
    folder = tmp_path / "twins"
    folder.mkdir()
    shutil.copy(REPORTS[0], folder / "a.txt")
    shutil.copy(REPORTS[0], folder / "b.txt")
    db = tmp_path / "pg.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--rules-only", "--workers", "1"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "1 read" in result.output and "1 identical" in result.output
    assert f"identical to {folder / 'a.txt'}" in result.output
    stored = sqlite3.connect(db).execute("SELECT count(*) FROM documents WHERE duplicate_of IS NULL").fetchone()[0]
    assert stored == 1
