"""The Python API (`partnergraph.open`) on the sample reports, as a notebook would use it."""
from __future__ import annotations

import os
import shutil

import networkx as nx
import partnergraph
import pytest
from conftest import CORPUS
from partnergraph.extract.errors import NotFound, StoreError


@pytest.fixture(scope="module")
def pg(sample_corpus_db):
    with partnergraph.open(sample_corpus_db[0], create=False) as graph:
        yield graph


def test_partners_are_dataclasses_with_weight_and_quotable_evidence(pg):
    partners = pg.partners("Birmingham City Council")
    assert len(partners) >= 10
    assert [p.weight for p in partners] == sorted((p.weight for p in partners), reverse=True)
    first = partners[0]
    assert isinstance(first, partnergraph.Partner) and first.partner and first.documents
    quote = first.evidence[0]
    assert isinstance(quote, partnergraph.Quote) and quote.sentence and quote.document
    assert len(pg.partners("Birmingham City Council", top=3)) == 3
    for partner in partners:  # a sentence showing both a collaboration and a partnership is quoted once
        assert len({q.sentence for q in partner.evidence}) == len(partner.evidence)


def test_unknown_names_raise_not_found_with_suggestions(pg):
    with pytest.raises(NotFound) as caught:
        pg.partners("Birmingham City Counsel Office")
    assert "Birmingham City Council" in caught.value.suggestions


def test_figures_carry_their_sentence_title_and_the_pdf_page(pg):
    figures = pg.figures()
    assert len(figures) >= 20
    for figure in figures:
        assert figure.metric and figure.sentence and figure.title and figure.document
        assert figure.metric.split()[0].lower()[:5] in figure.sentence.lower()
    # every sample report is stored as PDF, DOCX, HTML and TXT: the copy answering is the one with pages
    assert all(f.document.endswith(".pdf") and f.page >= 1 for f in figures)


def test_events_and_path(pg):
    events = pg.events(date_from="2018")
    assert events and all(e.date >= "2018" for e in events)
    assert all(e.sentence and e.description for e in events)
    hops = pg.path("Coventry City Council", "Wolverhampton City Council")
    assert hops and hops[0].source == "Coventry City Council" and hops[-1].target == "Wolverhampton City Council"
    assert all(h.evidence for h in hops)


def test_export_writes_a_file_networkx_reads(pg, tmp_path):
    (written,) = pg.export("graphml", tmp_path / "g.graphml")
    assert nx.read_graphml(written).number_of_nodes() > 30


def test_extract_returns_the_typed_record(pg):
    record = pg.extract(sorted(CORPUS.glob("*.txt"))[0], use_model=False)
    assert isinstance(record, partnergraph.Record)
    assert record.title and record.organisations and record.organisations[0].evidence[0].sentence


def test_ingest_summary_and_a_missing_database(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        partnergraph.open(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in sorted(CORPUS.glob("*.txt"))[:2]:
        shutil.copy(path, folder)
    (folder / "notes.xyz").write_text("not a report")
    with partnergraph.open(folder / "pg.db") as pg:  # the database inside the folder it reads
        first = pg.ingest(folder, use_model=False)
        again = pg.ingest([folder], use_model=False)
    assert (first.read, first.skipped, first.failed) == (2, 1, 0)  # its own files are not "skipped"
    shutil.copy(folder / sorted(CORPUS.glob("*.txt"))[0].name, folder / "copy.txt")
    with partnergraph.open(folder / "pg.db") as pg:
        assert pg.ingest(folder, use_model=False).identical == 1  # stored once, under the first name
    assert (again.read, again.unchanged) == (0, 2)


def test_the_database_is_not_read_under_another_name_or_through_a_link(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(sorted(CORPUS.glob("*.txt"))[0], folder)
    with partnergraph.open(tmp_path / "pg.db") as pg:
        pg.ingest(folder, use_model=False)
        os.link(tmp_path / "pg.db", folder / "hard.txt")
        os.symlink(tmp_path / "pg.db", folder / "soft.txt")
        os.symlink(folder / "hard.txt", folder / "inner.txt")
        again = pg.ingest(folder, use_model=False, follow_links=True)
    assert (again.read, again.unchanged, again.skipped, again.failed) == (0, 1, 0, 0)


def test_a_report_whose_file_is_gone_is_named_and_pruned_only_when_asked(tmp_path, monkeypatch):
    for path in sorted(CORPUS.glob("*.txt"))[:3]:
        shutil.copy(path, tmp_path)
    monkeypatch.chdir(tmp_path)  # `ingest .`: the paths stored and the paths walked must agree
    with partnergraph.open("pg.db") as pg:
        assert pg.ingest(".", use_model=False).read == 3
        gone = sorted(CORPUS.glob("*.txt"))[0].name
        (tmp_path / gone).unlink()
        kept = pg.ingest(".", use_model=False)
        assert kept.gone == [str(tmp_path / gone)] and kept.pruned == [] and kept.unchanged == 2
        assert len(pg.db.execute("SELECT path FROM documents").fetchall()) == 3
        pruned = pg.ingest(["."], prune=True, use_model=False)
        assert pruned.pruned == [str(tmp_path / gone)] and pruned.gone == []
        assert sorted(p for (p,) in pg.db.execute("SELECT path FROM documents")) == sorted(
            str(p) for p in tmp_path.glob("*.txt"))  # stored resolved: the same from any working folder
    monkeypatch.chdir(tmp_path.parent)
    with partnergraph.open(tmp_path / "pg.db") as pg:
        assert pg.ingest(tmp_path, use_model=False).unchanged == 2


def test_the_graph_as_networkx_and_curation_from_python(tmp_path, sample_corpus_db):
    import sqlite3

    copy = tmp_path / "pg.db"
    with sqlite3.connect(sample_corpus_db[0]) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with partnergraph.open(copy, create=False) as pg:
        graph = pg.graph(org="Birmingham City Council")
        assert isinstance(graph, nx.MultiGraph) and "org:birmingham city council" in graph
        assert all(data["evidence"] for _, _, data in graph.edges(data=True))
        number = pg.curate("alias", "BCC", "Birmingham City Council")
        assert [c.name for c in pg.curations()] == ["BCC"] and pg.partners("BCC")
        pg.uncurate(number)
        assert pg.curations() == []
        with pytest.raises(NotFound):
            pg.partners("BCC")
