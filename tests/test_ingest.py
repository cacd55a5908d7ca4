"""Ingest into SQLite: each document whole (writes batched), unchanged files skipped, changes replace, prune."""
from __future__ import annotations

import os
import shutil

import pytest
from conftest import CORPUS
from partnergraph.extract.errors import PartnergraphError
from partnergraph.extract.pipeline import Extractor
from partnergraph.graph.ingest.run import ingest
from partnergraph.graph.store.db import open_db
from partnergraph.graph.store.documents import get_record, list_documents, list_failures


def dump(db) -> list:
    return list(db.conn.iterdump())


@pytest.fixture
def corpus_copy(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(CORPUS.glob("00[12]_*")):
        shutil.copy(path, folder / path.name)
    return folder


def test_ingest_stores_every_format_and_second_run_changes_nothing(tmp_path, corpus_copy):
    db = open_db(tmp_path / "pg.db")
    report = ingest(db, [str(corpus_copy)], Extractor())
    assert report.count("read") == 8 and report.count("failed") == 0
    before = dump(db)
    again = ingest(db, [str(corpus_copy)], Extractor())
    assert again.count("unchanged") == 8 and again.count("read") == 0
    assert dump(db) == before


def test_facts_keep_their_evidence_and_text_is_searchable(tmp_path, corpus_copy):
    db = open_db(tmp_path / "pg.db")
    ingest(db, [str(corpus_copy)], Extractor())
    rows = list(db.query("SELECT f.name, f.sentence, f.start, f.end, d.text FROM facts f JOIN documents d ON d.id = f.doc_id "
                         "WHERE f.kind = 'organisation' AND f.name = 'Public Health England'"))
    assert len(rows) == 4  # one per format of the 2019 update
    for row in rows:
        assert row["text"][row["start"]:row["end"]] == "Public Health England"
        assert "Public Health England" in row["sentence"]
    hits = list(db.query("SELECT title FROM documents_fts WHERE documents_fts MATCH 'destitution'"))
    assert len(hits) == 4
    from partnergraph.graph.query.organisations import search

    found = search(db, "destitution")  # the report once, however many formats it was stored in
    assert len(found) == 1 and "[destitution]" in found[0]["snippet"].lower()


def test_changed_file_replaces_its_facts_and_prune_removes_gone_files(tmp_path, corpus_copy):
    db = open_db(tmp_path / "pg.db")
    ingest(db, [str(corpus_copy)], Extractor())
    target = corpus_copy / "002_d108209246486e3d.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("Public Health England", "Seaside Health Trust"),
                      encoding="utf-8")
    report = ingest(db, [str(corpus_copy)], Extractor())
    assert report.count("read") == 1
    names = {r["name"] for r in db.query("SELECT f.name FROM facts f JOIN documents d ON d.id = f.doc_id "
                                         "WHERE d.path = ?", [str(target)])}
    assert "Seaside Health Trust" in names and "Public Health England" not in names
    (corpus_copy / "001_947af744e8958214.pdf").unlink()
    report = ingest(db, [str(corpus_copy)], Extractor(), prune=True)
    assert [p.endswith("001_947af744e8958214.pdf") for p in report.pruned] == [True]
    assert len(list_documents(db)) == 7
    assert db.execute("SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0] == 0
    assert name_counts(db) == dict(db.execute("SELECT kind, count(DISTINCT name) FROM facts GROUP BY kind"))
    counted = sorted(db.execute("SELECT * FROM fact_names"))
    assert counted == sorted(db.execute("SELECT kind, name, count(*) FROM facts GROUP BY kind, name"))
    db.execute("DELETE FROM fact_names")  # as a database made before the table: counted when next opened
    assert sorted(open_db(tmp_path / "pg.db").execute("SELECT * FROM fact_names")) == counted


def name_counts(db) -> dict[str, int]:
    from partnergraph.graph.store.documents import fact_counts

    return {kind: n for kind, n in fact_counts(db).items() if kind != "documents"}


def test_refused_files_are_recorded_and_the_rest_goes_on(tmp_path, corpus_copy):
    (corpus_copy / "scan.pdf").write_bytes(b"%PDF-1.4 broken")
    (corpus_copy / "notes.xyz").write_text("x")
    db = open_db(tmp_path / "pg.db")
    report = ingest(db, [str(corpus_copy)], Extractor())
    assert report.count("read") == 8 and report.count("failed") == 1 and report.count("skipped") == 1
    (failure,) = list_failures(db)
    assert failure["path"].endswith("scan.pdf") and failure["reason"] == "corrupt"


def test_show_finds_a_record_by_name_and_suggests_near_names(tmp_path, corpus_copy):
    from partnergraph.extract.errors import NotFound

    db = open_db(tmp_path / "pg.db")
    ingest(db, [str(corpus_copy)], Extractor())
    assert get_record(db, "002_d108209246486e3d.txt")["report_date"] == "2019-12"
    with pytest.raises(NotFound) as caught:
        get_record(db, "002_d108209246486e3d.tx")
    assert "002_d108209246486e3d.txt" in caught.value.suggestions


def test_an_interrupted_ingest_keeps_the_documents_it_wrote_whole(tmp_path, corpus_copy):
    """Writes are committed in batches; Ctrl-C in the middle of one still keeps what was written."""
    db_path = tmp_path / "pg.db"
    seen = []

    def interrupt_after_five(path: str) -> None:
        seen.append(path)
        if len(seen) == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(open_db(db_path), [str(corpus_copy)], Extractor(), progress=interrupt_after_five)
    db = open_db(db_path)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    assert db.execute("SELECT count(DISTINCT doc_id) FROM facts").fetchone()[0] == 5
    assert db.execute("SELECT value FROM state WHERE key = 'graph_dirty'").fetchone()[0] == "1"
    report = ingest(db, [str(corpus_copy)], Extractor())
    assert (report.count("unchanged"), report.count("read")) == (5, 3)
    assert db.execute("SELECT value FROM state WHERE key = 'graph_dirty'").fetchone()[0] == "0"


def test_the_caller_hears_when_the_graph_is_being_updated(tmp_path, corpus_copy):
    db = open_db(tmp_path / "pg.db")
    heard = []
    ingest(db, [str(corpus_copy)], Extractor(), on_graph=lambda: heard.append("first"))
    ingest(db, [str(corpus_copy)], Extractor(), on_graph=lambda: heard.append("unchanged"))
    assert heard == ["first"]


def only_failure(tmp_path, corpus) -> dict:
    """The one failure an ingest of one of the corpus's texts records."""
    db = open_db(tmp_path / "pg.db")
    ingest(db, [str(next(corpus.glob("*.txt")))], Extractor(), workers=1)
    (failure,) = list_failures(db)
    return failure


def raising(exc: Exception):
    def broken(*args, **kwargs):
        raise exc
    return broken


def test_a_fault_in_the_extraction_rules_is_not_blamed_on_the_file(tmp_path, corpus_copy, monkeypatch):
    import partnergraph.extract.facts.build as build

    monkeypatch.setattr(build, "find_dates", raising(AttributeError("'Context' object has no attribute 'gone'")))
    failure = only_failure(tmp_path, corpus_copy)
    assert failure["reason"] == "error" and "AttributeError" in failure["message"]
    assert failure["message"].startswith("extraction failed: a fault in partnergraph, not in the file")


def test_a_readers_fault_on_a_file_is_reported_as_unreadable(tmp_path, corpus_copy, monkeypatch):
    import partnergraph.extract.readers.text as text_reader

    monkeypatch.setattr(text_reader, "read_text", raising(ValueError("a library choked on this file")))
    failure = only_failure(tmp_path, corpus_copy)
    assert failure["message"] == "corrupt or unreadable (ValueError: a library choked on this file)"


def test_unchanged_files_are_not_read_again_and_a_changed_one_is(tmp_path, corpus_copy, monkeypatch):
    """A file with the size and modification time it had when it was hashed is unchanged without being
    read; one edited (even to the same size) has a new modification time and is read and stored anew."""
    import os

    import partnergraph.graph.ingest.run as run

    db = open_db(tmp_path / "pg.db")
    extractor = Extractor(use_model=False)
    ingest(db, [str(corpus_copy)], extractor)
    hashed = []
    real = run.sha256_of
    monkeypatch.setattr(run, "sha256_of", lambda path: hashed.append(path) or real(path))
    assert ingest(db, [str(corpus_copy)], extractor).count("unchanged") == 8 and hashed == []
    edited = sorted(corpus_copy.glob("*.txt"))[0]
    text = edited.read_text(encoding="utf-8")
    before = os.stat(edited)
    edited.write_text(text.replace("the", "THE", 1), encoding="utf-8")  # the same size
    os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    again = ingest(db, [str(corpus_copy)], extractor)
    assert hashed == [str(edited)] and again.count("read") == 1 and again.count("unchanged") == 7
    stored = db.execute("SELECT text FROM documents WHERE path = ?", [str(edited)]).fetchone()[0]
    assert "THE" in stored
    assert db.execute("SELECT count(*) FROM file_stats").fetchone()[0] == 8


class PipelineMissing(Extractor):
    """An extractor whose pipeline cannot load, as when the English model is not installed."""

    def warm_up(self):
        raise PartnergraphError("no pipeline here")

    def extract(self, documents):
        self.warm_up()


class ExtractedWhere(Extractor):
    """Records which process extracted each document, in its title."""

    def extract(self, documents):
        records = super().extract(documents)
        for record in records:
            record["title"] = f"pid {os.getpid()}"
        return records


def test_a_small_change_is_read_by_the_worker_started_beside_the_walk(tmp_path, corpus_copy):
    first, second = sorted(corpus_copy.iterdir())[:2]
    db = open_db(tmp_path / "pg.db")
    assert ingest(db, [str(first)], ExtractedWhere(), workers=2).count("read") == 1
    assert get_record(db, first.name)["title"].startswith("pid ")
    assert get_record(db, first.name)["title"] != f"pid {os.getpid()}"
    assert ingest(db, [str(second)], ExtractedWhere(), workers=1).count("read") == 1
    assert get_record(db, second.name)["title"] == f"pid {os.getpid()}"


def test_a_worker_whose_pipeline_cannot_load_fails_the_files_with_the_reason(tmp_path, corpus_copy):
    db = open_db(tmp_path / "pg.db")
    report = ingest(db, [str(sorted(corpus_copy.iterdir())[0])], PipelineMissing(), workers=2)
    assert [(o.status, o.detail) for o in report.outcomes] == [("failed", "no pipeline here")]
