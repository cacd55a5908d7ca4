"""Bad input never crashes the tool and never loses data: every refusal reason, the whole third-party
test set through ingest, odd paths, concurrent ingests, and property-based tests on arbitrary input."""
from __future__ import annotations

import io
import os
import shutil
import time
import zipfile

import pytest
from conftest import CORPUS, EXTERNAL, manifest, needs_shared, passwords
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from partnergraph.extract.errors import PartnergraphError, RefusedFile
from partnergraph.extract.pipeline import Extractor
from partnergraph.extract.readers import ReadLimits, read_file
from partnergraph.graph.ingest.run import ingest
from partnergraph.graph.ingest.workers import (
    GROUP_CHARS,
    extract_batch,
    extract_safely,
    text_groups,
)
from partnergraph.graph.store.db import open_db
from partnergraph.graph.store.documents import list_failures


def expected_outcome(row: dict) -> set[str]:
    """What the manifest says may happen to a file: 'read', 'skipped' or a refusal reason."""
    return {outcome(row), "no_text"} if row["kind"] == "docx" and "has tables" in row["note"] else {outcome(row)}


def outcome(row: dict) -> str:
    note = row["note"]
    if row["kind"] == "other":
        return "skipped"
    if row["path"] in passwords():
        return "encrypted"
    if "0-byte" in note:
        return "empty"
    if "no text layer" in note or "image only" in note or ("p1 text 0 chars" in note and row["kind"] == "pdf"):
        return "no_text"
    if "no body paragraph text" in note:
        return "no_text"
    return "read"


@needs_shared
def test_every_third_party_file_is_read_or_refused_as_its_manifest_says(tmp_path):
    folder = tmp_path / "external"
    shutil.copytree(EXTERNAL, folder, ignore=shutil.ignore_patterns("MANIFEST.tsv", "PASSWORDS.json"))
    db = open_db(tmp_path / "pg.db")
    report = ingest(db, [str(folder)], Extractor(), workers=2)
    outcomes = {os.path.relpath(o.path, folder): o for o in report.outcomes}
    failures = {os.path.relpath(f["path"], folder): f["reason"] for f in list_failures(db)}
    rows = manifest()
    assert len(outcomes) == len(rows)
    mismatches = []
    for row in rows:
        outcome = outcomes[row["path"]]
        got = outcome.status if outcome.status in ("read", "skipped") else failures.get(row["path"], "?")
        if got not in expected_outcome(row):
            mismatches.append((row["path"], expected_outcome(row), got, outcome.detail))
    assert mismatches == []
    assert all(o.detail for o in report.outcomes if o.status in ("failed", "skipped"))


@needs_shared
def test_refused_encrypted_files_read_with_a_passwords_file(tmp_path):
    from click.testing import CliRunner
    from partnergraph.graph.cli.main import cli

    folder = tmp_path / "locked"
    folder.mkdir()
    for path in ("pypdf/resources/encrypted-file.pdf", "pypdf/resources/libreoffice-writer-password.pdf"):
        shutil.copy(EXTERNAL / path, folder)
    secrets = tmp_path / "passwords.json"
    secrets.write_text('{"encrypted-file.pdf": "test", "libreoffice-writer-password.pdf": "openpassword"}')
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "pg.db"), "--passwords", str(secrets)])
    assert result.exit_code == 0, result.output
    assert "2 read" in result.output


def zip_bomb_docx(path):
    buffer = io.BytesIO()
    source = zipfile.ZipFile(CORPUS / "000_da3f3502c5de7ce4.docx")
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            bomb.writestr(item, source.read(item.filename))
        bomb.writestr("word/media/padding.bin", b"\0" * 30_000_000)
    path.write_bytes(buffer.getvalue())


@pytest.mark.parametrize("make,limits,reason", [
    (lambda p: zip_bomb_docx(p.with_suffix(".docx")), ReadLimits(), "decompression"),
    (lambda p: zip_bomb_docx(p.with_suffix(".docx")), ReadLimits(max_unzipped_bytes=1_000_000), "decompression"),
    (lambda p: shutil.copy(CORPUS / "001_947af744e8958214.pdf", p.with_suffix(".pdf")), ReadLimits(max_pages=1),
     "too_many_pages"),
    (lambda p: shutil.copy(CORPUS / "001_947af744e8958214.txt", p.with_suffix(".txt")), ReadLimits(max_chars=100),
     "too_large"),
    pytest.param(lambda p: shutil.copy(EXTERNAL / "pypdf/resources/box.pdf", p.with_suffix(".pdf")), ReadLimits(),
                 "no_text", marks=needs_shared),
    (lambda p: p.with_suffix(".docx").write_bytes(zip_of({"[Content_Types].xml": "<x/>"})), ReadLimits(), "not_docx"),
])
def test_each_refusal_reason(tmp_path, make, limits, reason):
    base = tmp_path / "file"
    make(base)
    (path,) = list(tmp_path.iterdir())
    with pytest.raises(RefusedFile) as caught:
        read_file(path, limits)
    assert caught.value.reason == reason and str(caught.value)


def zip_of(parts: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, text in parts.items():
            package.writestr(name, text)
    return buffer.getvalue()


def slow_extractor(path, limits):
    time.sleep(5)


def test_a_document_over_its_time_limit_is_refused_and_work_goes_on():
    result = extract_safely(slow_extractor, "x.txt", ReadLimits(seconds=1))
    assert (result.ok, result.reason) == (False, "timeout")
    assert extract_safely(Extractor(), str(CORPUS / "000_da3f3502c5de7ce4.txt"), ReadLimits(seconds=30)).ok


class BreaksOnOne(Extractor):
    """Extraction that fails on one document (by name) and hangs on another, as a pipeline bug would."""

    def extract(self, documents):
        names = {os.path.basename(d.path) for d in documents}
        if "hangs.txt" in names:
            time.sleep(5)
        if "breaks.txt" in names:
            raise ValueError("a component failed")
        return super().extract(documents)


def test_one_bad_document_in_a_batch_is_refused_alone(tmp_path):
    text = (CORPUS / "000_da3f3502c5de7ce4.txt").read_text(encoding="utf-8")
    names = ["a.txt", "breaks.txt", "b.txt", "hangs.txt", "empty.txt", "c.txt"]
    for name in names:
        (tmp_path / name).write_text("" if name == "empty.txt" else text + name, encoding="utf-8")
    items = [(str(tmp_path / name), name) for name in names]
    results = extract_batch(BreaksOnOne(), items, ReadLimits(seconds=1))
    assert [sha for _, sha, _ in results] == names  # one result per file, in the order given
    outcome = {sha: (r.ok, r.reason) for _, sha, r in results}
    assert outcome == {"a.txt": (True, ""), "b.txt": (True, ""), "c.txt": (True, ""), "breaks.txt": (False, "error"),
                       "hangs.txt": (False, "timeout"), "empty.txt": (False, "empty")}


def test_a_batch_is_extracted_in_groups_of_about_one_long_documents_text():
    from types import SimpleNamespace

    sizes = [1_000, 2_000, GROUP_CHARS * 2, 3_000, GROUP_CHARS // 2, GROUP_CHARS // 2 + 1, 10]
    read = [(str(i), SimpleNamespace(text="x" * n)) for i, n in enumerate(sizes)]
    groups = [[path for path, _ in group] for group in text_groups(read)]
    assert groups == [["0", "1"], ["2"], ["3", "4"], ["5", "6"]]


def test_records_are_the_same_extracted_in_a_batch_or_one_by_one():
    extractor = Extractor()
    documents = [read_file(path) for path in sorted(CORPUS.iterdir())]
    alone = [extractor.extract([document])[0] for document in documents]
    assert extractor.extract(documents) == alone


def test_odd_paths(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = (CORPUS / "000_da3f3502c5de7ce4.txt").read_text(encoding="utf-8")
    for name in ("with spaces.txt", "Zürich – rapport.txt", "$(rm -rf ~); `x` & 'y'.txt"):
        (folder / name).write_text(text + name, encoding="utf-8")
    (folder / "looks like.pdf").mkdir()
    (folder / "loop").symlink_to(folder)
    (folder / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    db = open_db(tmp_path / "pg.db")
    report = ingest(db, [str(folder)], Extractor())
    reasons = {os.path.basename(o.path): o.detail for o in report.outcomes if o.status == "skipped"}
    assert report.count("read") == 3
    assert reasons["looks like.pdf"] == "a folder named like a file"
    assert reasons["loop"].endswith("(symlink loop)")
    assert reasons["dangling.txt"].startswith("broken link")


def test_two_ingests_at_once_both_finish_and_store_each_document_once(tmp_path):
    import fcntl
    import subprocess
    import sys
    import time

    folder = tmp_path / "c"
    shutil.copytree(CORPUS, folder)
    db_path = tmp_path / "pg.db"
    command = [sys.executable, "-m", "partnergraph", "ingest", str(folder), "--db", str(db_path), "--workers", "1"]
    logs = [tmp_path / "first.err", tmp_path / "second.err"]
    with open(str(db_path) + ".lock", "a+") as held:
        # the test holds the lock until both ingests are queued behind it, so they really run at once
        fcntl.flock(held, fcntl.LOCK_EX)
        handles = [log.open("w") for log in logs]
        processes = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=handle) for handle in handles]
        deadline = time.monotonic() + 120
        while not all("waiting for it to finish" in log.read_text() for log in logs):
            assert time.monotonic() < deadline and all(p.poll() is None for p in processes), [
                log.read_text() for log in logs]
            time.sleep(0.1)
        fcntl.flock(held, fcntl.LOCK_UN)
    assert [p.wait(timeout=300) for p in processes] == [0, 0], [log.read_text() for log in logs]
    for handle in handles:
        handle.close()
    db = open_db(db_path)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 20
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


SUFFIXES = [".pdf", ".docx", ".html", ".txt", ".md"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES), prefix=st.sampled_from(
    [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe"]))
def test_arbitrary_bytes_raise_only_the_toolkits_errors(tmp_path, data, suffix, prefix):
    path = tmp_path / f"f{suffix}"
    path.write_bytes(prefix + data)
    try:
        read_file(path)
    except PartnergraphError:
        pass


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=1500) | st.lists(st.sampled_from(
    ["Council", "(", ")", "£", "5m", "the", "and", "Centre", "\t", "\n", "•", "12th", "June", "with", "ACT", "'",
     "Project", "2019", "by", "led", "-backed", "of", "St", ".", ",", "met", "we", "%"]), max_size=300).map(" ".join))
def test_arbitrary_text_extracts_without_error(tmp_path, text, nlp):
    from partnergraph.extract.pipeline import extract_document
    from partnergraph.extract.readers.text import read_text

    document = read_text(tmp_path / "t.txt", text.encode("utf-8", "surrogatepass"))
    record = extract_document(document, nlp)
    assert isinstance(record["organisations"], list)


XXE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/hostname"><!ENTITY lol "lol">'
       '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
       '<w:p><w:r><w:t>Report of the Riverside Refugee Forum. &secret; &lol2;</w:t></w:r></w:p>'
       '</w:body></w:document>')


def test_docx_external_and_expanding_entities_are_not_resolved(tmp_path):
    source = zipfile.ZipFile(CORPUS / "000_da3f3502c5de7ce4.docx")
    path = tmp_path / "entities.docx"
    with zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = XXE.encode("utf-8") if item.filename == "word/document.xml" else source.read(item.filename)
            target.writestr(item, data)
    try:
        document = read_file(path)
    except RefusedFile:
        return  # refusing the file is as safe as reading it without the entities
    hostname = open("/etc/hostname", encoding="utf-8").read().strip()
    assert hostname not in document.text and "lollol" not in document.text


def test_limits_are_options_of_ingest(tmp_path):
    from click.testing import CliRunner
    from partnergraph.graph.cli.main import cli

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "001_947af744e8958214.txt", folder)
    shutil.copy(CORPUS / "001_947af744e8958214.pdf", folder)
    zip_bomb_docx(folder / "bomb.docx")
    db_path = str(tmp_path / "pg.db")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", db_path, "--max-pages", "1", "--max-chars",
                                      "2000", "--max-unzipped-mb", "5", "--workers", "1"])
    assert result.exit_code == 3, result.output
    reasons = {row["path"].rsplit("/", 1)[-1]: row["reason"] for row in list_failures(open_db(db_path))}
    assert reasons == {"001_947af744e8958214.pdf": "too_many_pages", "001_947af744e8958214.txt": "too_large",
                       "bomb.docx": "decompression"}
