"""Faults and hostile input: a full disk, a damaged or read-only database, links out of the corpus,
formulas, markup and escape sequences from documents. Each ends in one line and consistent data."""
from __future__ import annotations

import contextlib
import csv
import io
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import networkx as nx
import pytest
from click.testing import CliRunner

from conftest import CORPUS
from partnergraph.graph.cli.main import cli

REPORTS = sorted(CORPUS.glob("*.txt"))


def command(*args, limit_bytes: int | None = None) -> subprocess.CompletedProcess:
    def limited():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run([sys.executable, "-m", "partnergraph", *map(str, args)], capture_output=True, text=True,
                          timeout=300, preexec_fn=limited if limit_bytes else None)


def one_error_line(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and all(w in errors[0] for w in words), result.stderr


@pytest.fixture
def reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in REPORTS:
        shutil.copy(path, folder)
    return folder


def test_a_full_disk_during_ingest_is_one_line_and_the_database_stays_sound(tmp_path, reports):
    db = tmp_path / "pg.db"
    full = command("ingest", reports, "--db", db, "--rules-only", "--workers", "1", limit_bytes=400_000)
    one_error_line(full, "disk")
    assert "Traceback" not in command("check", "--db", db).stderr  # readable (the graph may be behind)
    finished = command("ingest", reports, "--db", db, "--rules-only", "--workers", "1")
    assert finished.returncode == 0, finished.stderr
    assert command("check", "--db", db).returncode == 0


def test_a_really_full_disk_during_ingest_is_one_line(tmp_path, reports):
    """A small filesystem that fills up (root only: mount a 400 KiB tmpfs)."""
    disk = tmp_path / "small"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(disk)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root and mount for a small filesystem (the file-size-limit test covers the rest)")
    try:
        full = command("ingest", reports, "--db", disk / "pg.db", "--rules-only", "--workers", "1")
        one_error_line(full, "disk is full")
        listed = command("documents", "--db", disk / "pg.db")  # what was stored before the disk filled is there
        assert listed.returncode == 0 and "Traceback" not in listed.stderr
    finally:
        subprocess.run(["umount", str(disk)])


def test_a_damaged_database_is_one_line_and_check_names_it(tmp_path, reports):
    db = tmp_path / "pg.db"
    assert command("ingest", reports, "--db", db, "--rules-only", "--workers", "1").returncode == 0
    assert "no problems" in command("check", "--db", db).stdout
    size = db.stat().st_size
    with open(db, "r+b") as handle:  # junk over the middle of the file
        handle.seek(size // 10)
        handle.write(b"\xff" * (size // 2))
    one_error_line(command("documents", "--db", db), "damaged", "partnergraph check")
    checked = command("check", "--db", db)
    assert checked.returncode == 1 and "Problem:" in checked.stderr and "Traceback" not in checked.stderr


@contextlib.contextmanager
def read_only_copy(tmp_path, db):
    """A read-only filesystem when we may mount one (root), a read-only file otherwise; undone after."""
    if os.geteuid() != 0:
        os.chmod(db, 0o444)
        os.chmod(db.parent, 0o555)
        try:
            yield str(db)
        finally:
            os.chmod(db.parent, 0o755)
        return
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)]).returncode != 0:
        pytest.skip("needs a read-only filesystem: run as root where mount works, or as a user")
    try:
        shutil.copy(db, mount / "pg.db")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield str(mount / "pg.db")
    finally:
        subprocess.run(["umount", str(mount)])


def test_a_read_only_database_is_one_line(tmp_path, reports):
    db = tmp_path / "db" / "pg.db"
    db.parent.mkdir()
    assert command("ingest", reports, "--db", db, "--rules-only", "--workers", "1").returncode == 0
    assert command("check", "--db", db).returncode == 0  # folds the write-ahead log into the file
    with read_only_copy(tmp_path, db) as path:
        one_error_line(command("alias", "BCC", "Birmingham City Council", "--db", path), "cannot be")
        one_error_line(command("ingest", reports, "--db", path, "--rules-only"), "cannot be")


def test_links_out_of_the_folder_are_skipped_unless_followed(tmp_path, reports):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Confidential.\n\n" + REPORTS[0].read_text(encoding="utf-8"), "utf-8")
    (reports / "secret.txt").symlink_to(outside / "secret.txt")
    (reports / "elsewhere").symlink_to(outside, target_is_directory=True)
    (reports / "inside.txt").symlink_to(reports / REPORTS[1].name)
    db = tmp_path / "pg.db"
    result = CliRunner().invoke(cli, ["ingest", str(reports), "--db", str(db), "--rules-only", "--workers", "1"])
    assert result.exit_code == 0, result.output
    stored = {row[0] for row in sqlite3.connect(db).execute("SELECT name FROM documents")}
    assert "secret.txt" not in stored
    assert {"inside.txt", REPORTS[1].name} & stored  # a link inside the folder is read (once: same bytes)
    assert result.output.count("outside the folders given") == 2
    followed = CliRunner().invoke(cli, ["ingest", str(reports), "--db", str(db), "--rules-only", "--workers", "1",
                                        "--follow-links"])
    assert followed.exit_code == 0
    assert "secret.txt" in {row[0] for row in sqlite3.connect(db).execute("SELECT name FROM documents")}


def test_formulas_markup_and_escape_sequences_from_documents_are_neutralised(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    text = REPORTS[0].read_text(encoding="utf-8")
    (folder / "=HYPERLINK(1).txt").write_text(text, encoding="utf-8")
    (folder / "[bold]loud[link=x].txt").write_text("\x1b[31mRED TITLE\x1b[0m\n\n" + REPORTS[2].read_text(), "utf-8")
    db = str(tmp_path / "pg.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(folder), "--db", db, "--rules-only", "--workers", "1"]).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(runner.invoke(cli, ["documents", "--csv", "--db", db]).output)))
    assert "'=HYPERLINK(1).txt" in {r["name"] for r in rows}
    table = runner.invoke(cli, ["documents", "--wide", "--db", db], env={"COLUMNS": "200"}).output
    assert "[bold]loud[link=x].txt" in table and "\x1b" not in table
    searched = runner.invoke(cli, ["search", "[/x]", "--db", db])
    assert searched.exit_code == 0 and "MarkupError" not in searched.output
    exported = tmp_path / "g.csv"
    assert runner.invoke(cli, ["export", "--format", "csv", "-o", str(exported), "--db", db]).exit_code == 0
    cells = [cell for row in csv.reader(open(exported, encoding="utf-8")) for cell in row]
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)


def test_xml_exports_drop_characters_xml_forbids(tmp_path):
    from partnergraph.graph.export.formats import write_graphml
    from partnergraph.graph.export.gexf import write_gexf

    graph = nx.MultiGraph()
    graph.add_node("org:a", label="Bad\x01Org\x1b", kind="organisation", themes=[], documents=[], aliases=[])
    graph.add_node("org:b", label="Good Org", kind="organisation", themes=[], documents=[], aliases=[])
    graph.add_edge("org:a", "org:b", key="collaboration", kind="collaboration", roles=[], projects=["P\x0b"],
                   themes=[], documents=[])
    for write in (write_graphml, write_gexf):
        (path,) = write(graph, tmp_path / f"g.{write.__name__}")
        ElementTree.parse(path)  # raises on a forbidden character


def test_a_read_that_runs_out_of_time_says_so(monkeypatch):
    import time

    import partnergraph.extract.readers as readers
    from partnergraph.extract.pipeline import Extractor
    from partnergraph.extract.readers import ReadLimits
    from partnergraph.graph.ingest.workers import extract_safely

    monkeypatch.setattr(readers, "read_bytes", lambda *args: time.sleep(5))
    result = extract_safely(Extractor(use_model=False), str(REPORTS[0]), ReadLimits(seconds=1))
    assert (result.ok, result.reason) == (False, "timeout") and "took longer than 1 s" in result.message


def test_an_export_that_cannot_be_written_leaves_nothing(tmp_path, sample_corpus_db):
    db = str(sample_corpus_db[0])
    missing = CliRunner().invoke(cli, ["export", "--format", "gexf", "-o", str(tmp_path / "no" / "g.gexf"), "--db", db])
    assert missing.exit_code == 1 and "does its folder exist" in missing.output
    device = CliRunner().invoke(cli, ["export", "--format", "gexf", "-o", "/dev/full", "--force", "--db", db])
    assert device.exit_code == 1 and "not a regular file" in device.output
    assert not os.path.isfile("/dev/full")  # still the device, not replaced by a file
    # 64 KiB: room for the database's shared-memory file (32 KiB), not for the 150 KiB GraphML
    full = command("export", "--format", "graphml", "-o", tmp_path / "g.graphml", "--db", db, limit_bytes=65536)
    one_error_line(full, "g.graphml")
    assert list(tmp_path.iterdir()) == []  # no partial file, no staging folder left


def test_limits_speak_the_options_units_and_a_long_text_is_refused_before_it_is_read(tmp_path):
    from partnergraph.extract.errors import RefusedFile
    from partnergraph.extract.readers import ReadLimits, read_file

    path = tmp_path / "long.txt"
    path.write_text("Refugee Action met the council. " * 200, encoding="utf-8")
    with pytest.raises(RefusedFile, match=r"0\.0 MiB, over the 0\.00390625 MiB limit \(--max-mb\)"):
        read_file(str(path), ReadLimits(max_bytes=4096))
    with pytest.raises(RefusedFile, match=r"--max-chars") as refused:
        read_file(str(path), ReadLimits(max_chars=1000))
    assert "holds more than the 1,000 characters" in str(refused.value)  # refused on its size, unread


def test_reports_saved_without_an_extension_are_read_by_their_content(tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    stem = "003_e5d3308963921065"
    for fmt in ("pdf", "docx", "html"):
        shutil.copy(CORPUS / f"{stem}.{fmt}", folder / f"report-{fmt}")
    (folder / "LICENSE").write_text("Permission is hereby granted, free of charge, to any person.", encoding="utf-8")
    db = tmp_path / "pg.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--rules-only", "--workers", "1"])
    assert result.exit_code == 0, result.output
    stored = dict(sqlite3.connect(db).execute("SELECT name, format FROM documents"))
    assert stored == {"report-pdf": "pdf", "report-docx": "docx", "report-html": "html"}
    assert "LICENSE" in result.output and "unsupported file type '(none)'" in result.output


def test_a_pdf_or_word_file_saved_under_a_text_or_web_page_name_is_read_as_what_it_is(tmp_path):
    from partnergraph.extract.readers import read_file

    stem = "003_e5d3308963921065"
    for fmt, name in (("pdf", "report.txt"), ("docx", "report.html")):
        shutil.copy(CORPUS / f"{stem}.{fmt}", tmp_path / name)
        document = read_file(str(tmp_path / name))
        assert document.format == fmt and "Coventry" in document.text


def test_check_reads_a_read_only_database_without_reporting_damage(tmp_path, reports):
    db = tmp_path / "db" / "pg.db"
    db.parent.mkdir()
    assert command("ingest", reports, "--db", db, "--rules-only", "--workers", "1").returncode == 0
    assert command("check", "--db", db).returncode == 0
    with read_only_copy(tmp_path, db) as path:
        checked = command("check", "--db", path)
    assert checked.returncode == 0, checked.stderr
    assert "no problems found" in checked.stdout and "read-only" in checked.stdout


def test_a_killed_exports_staging_folder_is_removed_by_the_next_export(tmp_path, sample_corpus_db):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".partnergraph-{gone.stdout.strip()}-abc123"
    stale.mkdir()
    (stale / "g.png").write_bytes(b"partial")
    live = tmp_path / f".partnergraph-{os.getpid()}-def456"  # an export still running (this process)
    live.mkdir()
    result = CliRunner().invoke(cli, ["export", "--format", "json", "-o", str(tmp_path / "g.json"),
                                      "--db", str(sample_corpus_db[0])])
    assert result.exit_code == 0, result.output
    assert not stale.exists() and live.exists()


def test_a_linked_folder_given_to_ingest_is_stored_under_its_real_name(tmp_path, reports):
    link = tmp_path / "reports-link"
    link.symlink_to(reports, target_is_directory=True)
    db = tmp_path / "pg.db"
    assert command("ingest", link, "--db", db, "--rules-only", "--workers", "1").returncode == 0
    paths = {row[0] for row in sqlite3.connect(db).execute("SELECT path FROM documents")}
    assert paths and all(path.startswith(str(reports.resolve()) + os.sep) for path in paths)
    again = command("ingest", reports, "--db", db, "--rules-only", "--workers", "1")
    assert f"Ingest: 0 read, {len(REPORTS)} unchanged" in again.stdout  # the same files known by their names, none "identical"
