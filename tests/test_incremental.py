"""Adding reports merges them into the stored graph; the result must equal a rebuild from scratch, and
whatever cannot be added to the stored nodes and edges (a copy of a stored report, a replaced file,
names that resolve anew) is merged by working out again what it touches, with the same result."""
from __future__ import annotations

import shutil
import sys

import pytest
from conftest import CORPUS, REPO
from partnergraph.extract.facts.names import name_key
from partnergraph.extract.pipeline import Extractor
from partnergraph.graph.ingest.run import ingest
from partnergraph.graph.model.rebuild import rebuild
from partnergraph.graph.store.db import open_db

sys.path.insert(0, str(REPO / "bench"))
from generate import generate  # noqa: E402


def graph_tables(db) -> dict:
    return {"nodes": sorted(db.execute("SELECT * FROM nodes").fetchall()),
            "edges": sorted(db.execute("SELECT * FROM edges").fetchall()),
            "names": sorted(db.execute("SELECT * FROM node_names").fetchall()),
            "evidence": sorted(db.execute("SELECT edge_id, node_id, doc_id, page, start, end, sentence "
                                          "FROM evidence").fetchall(), key=repr),
            "parts": sorted(db.execute("SELECT * FROM node_parts").fetchall(), key=repr)
            + sorted(db.execute("SELECT * FROM edge_parts").fetchall(), key=repr),
            "sums": sorted(db.execute("SELECT * FROM graph_sums").fetchall())}


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def ingest_first(tmp_path, extractor, count: int, first: int, seed: int):
    """Generates `count` reports and ingests the first `first` of them from a corpus folder."""
    reports = generate(count, tmp_path / "generated", seed=seed)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in reports[:first]:
        shutil.copy(path, folder / path.name)
    db = open_db(tmp_path / "pg.db")
    ingest(db, [str(folder)], extractor)
    return db, folder, reports


@pytest.mark.parametrize("seed,step", [(1, 6), (2, 1)])
def test_reports_added_in_steps_give_the_graph_a_rebuild_gives(tmp_path, extractor, seed, step):
    reports = generate(24, tmp_path / "generated", seed=seed)
    folder = tmp_path / "corpus"
    folder.mkdir()
    db = open_db(tmp_path / "pg.db")
    how = []
    for start in range(0, len(reports), step):
        for path in reports[start:start + step]:
            shutil.copy(path, folder / path.name)
        how.append(ingest(db, [str(folder)], extractor).graph)
    assert how[0] == "rebuilt" and how.count("added") >= len(how) // 2, how
    merged = graph_tables(db)
    rebuild(db)
    assert graph_tables(db) == merged
    assert len(merged["edges"]) > 100 and len(merged["evidence"]) > 100


def test_a_copy_or_a_changed_file_is_merged_as_a_rebuild_would_give(tmp_path, extractor):
    folder = tmp_path / "corpus"
    folder.mkdir()
    stems = sorted(p.stem for p in CORPUS.glob("*.txt"))
    for stem in stems[:2]:
        shutil.copy(CORPUS / f"{stem}.txt", folder)
    db = open_db(tmp_path / "pg.db")
    assert ingest(db, [str(folder)], extractor).graph == "rebuilt"
    shutil.copy(CORPUS / f"{stems[2]}.txt", folder)
    assert ingest(db, [str(folder)], extractor).graph == "added"
    shutil.copy(CORPUS / f"{stems[0]}.pdf", folder)  # the same report as a stored one: which copy counts may change
    assert ingest(db, [str(folder)], extractor).graph == "merged"
    with open(folder / f"{stems[1]}.txt", "a", encoding="utf-8") as fh:
        fh.write("\nThe Harbour Refugee Forum is working with Riverside Law Centre on housing advice.\n")
    assert ingest(db, [str(folder)], extractor).graph == "merged"  # a replaced report's old facts must go
    assert ingest(db, [str(folder)], extractor).graph is None  # nothing changed, nothing to do
    merged = graph_tables(db)
    rebuild(db)
    assert graph_tables(db) == merged


def test_a_report_that_moves_a_name_to_another_node_is_merged(tmp_path, extractor):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Update\n\nThe Harbour Refugee Forum is working with Riverside Law Centre "
                                  "on housing advice.\n", encoding="utf-8")
    db = open_db(tmp_path / "pg.db")
    ingest(db, [str(folder)], extractor)
    # "HRF" defined for one body in one report and for another in the next: the acronym joins neither
    (folder / "b.txt").write_text("News\n\nThe Harbour Refugee Forum (HRF) met Riverside Law Centre.\n",
                                  encoding="utf-8")
    assert ingest(db, [str(folder)], extractor).graph == "added"
    (folder / "c.txt").write_text("News\n\nThe Hastings Refugee Fund (HRF) met Riverside Law Centre.\n",
                                  encoding="utf-8")
    assert ingest(db, [str(folder)], extractor).graph == "merged"
    merged = graph_tables(db)
    rebuild(db)
    assert graph_tables(db) == merged


def test_reports_added_after_curation_keep_it(tmp_path, extractor):
    from partnergraph.graph.model.curate import add_curation

    db, folder, reports = ingest_first(tmp_path, extractor, 18, 12, seed=7)
    busiest = [row[0] for row in db.execute("SELECT name FROM nodes WHERE kind = 'organisation' "
                                            "ORDER BY doc_count DESC, name LIMIT 3")]
    add_curation(db, "merge", busiest[2], busiest[1])
    for path in reports[12:]:
        shutil.copy(path, folder / path.name)
    assert ingest(db, [str(folder)], extractor).graph == "added"
    merged_into = db.execute("SELECT n.name FROM node_names k JOIN nodes n ON n.id = k.node_id "
                             "WHERE k.name_key = ?", [name_key(busiest[2])]).fetchone()[0]
    assert merged_into == busiest[1]
    merged = graph_tables(db)
    rebuild(db)
    assert graph_tables(db) == merged


def test_a_rebuild_keeps_the_graph_indexes_even_when_it_fails(tmp_path, extractor, monkeypatch):
    """The rebuild drops the graph tables' indexes while it writes and creates them again; a rebuild that
    fails half-way leaves graph and indexes as they were."""
    import partnergraph.graph.model.rebuild as graph_store

    def indexes():
        return sorted(name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                                     "AND name NOT LIKE 'sqlite_autoindex%'"))

    generate(6, tmp_path / "corpus")
    db = open_db(tmp_path / "pg.db")
    expected = indexes()
    assert {"edges_from", "edges_to", "evidence_edge", "evidence_node", "nodes_kind"} <= set(expected)
    ingest(db, [str(tmp_path / "corpus")], extractor)
    built = graph_tables(db)
    rebuild(db)
    assert indexes() == expected and graph_tables(db) == built

    def failing(*args):
        raise OSError("disk full")

    monkeypatch.setattr(graph_store, "mark_built", failing)
    with pytest.raises(OSError):
        rebuild(db)
    assert indexes() == expected and graph_tables(db) == built
    plan = db.execute("EXPLAIN QUERY PLAN SELECT target FROM edges WHERE source = 'x'").fetchall()
    assert "COVERING INDEX edges_from" in str(plan)


def test_a_rebuild_parses_only_the_records_the_graph_was_not_built_from(tmp_path, extractor, monkeypatch):
    """Reports the current graph was built from keep their stored mentions; a replaced or new report is
    parsed. The graph equals one built by parsing every record."""
    import partnergraph.graph.model.sources as graph_sources

    db, folder, reports = ingest_first(tmp_path, extractor, 12, 10, seed=3)
    parsed = []
    real = graph_sources.record_mentions
    monkeypatch.setattr(graph_sources, "record_mentions", lambda record: parsed.append(record) or real(record))
    changed = next(folder / p.name for p in reports[:10] if p.suffix == ".txt")
    with open(changed, "a", encoding="utf-8") as fh:
        fh.write("\nThe Harbour Refugee Forum is working with Riverside Law Centre on housing advice.\n")
    for path in reports[10:]:
        shutil.copy(path, folder / path.name)
    monkeypatch.setattr("partnergraph.graph.model.merge.update_graph", lambda db: rebuild(db) or "rebuilt")
    assert ingest(db, [str(folder)], extractor).graph == "rebuilt"
    assert len(parsed) == 3  # the replaced report and the two new ones
    built = graph_tables(db), sorted(db.execute("SELECT * FROM graph_mentions").fetchall())
    db.execute("UPDATE state SET value = 'older' WHERE key = 'graph_format'")  # stored mentions not trusted
    rebuild(db)
    assert len(parsed) == 3 + 12
    assert (graph_tables(db), sorted(db.execute("SELECT * FROM graph_mentions").fetchall())) == built
    assert built[0]["edges"] and len(built[1]) > 100


def test_a_report_stored_again_under_the_same_id_is_parsed_anew(tmp_path, extractor):
    """Its stored mentions are of the old record (the same content read with other settings, say)."""
    from partnergraph.graph.model.merge import update_graph
    from partnergraph.graph.store.documents import write_document

    generate(6, tmp_path / "corpus", seed=4)
    db = open_db(tmp_path / "pg.db")
    ingest(db, [str(tmp_path / "corpus")], extractor)
    path = db.execute("SELECT path FROM documents WHERE duplicate_of IS NULL ORDER BY name LIMIT 1").fetchone()[0]
    document, record = extractor(path, None)
    record["organisations"].append({"name": "Zebra Crossing Trust", "aliases": [], "evidence": []})
    write_document(db, document, record)
    assert update_graph(db) == "merged"
    assert db.execute("SELECT count(*) FROM graph_mentions WHERE name = 'Zebra Crossing Trust'").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM nodes WHERE name = 'Zebra Crossing Trust'").fetchone()[0] == 1
    merged = graph_tables(db)
    rebuild(db)
    assert graph_tables(db) == merged
