"""Shared paths and fixtures. Real files: the sample reports in corpus/ and the third-party files in
../shared/testdata (CI clones the project with shared/ beside it)."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"
EXTERNAL = SHARED / "testdata" / "external"
STEMS = sorted({p.stem for p in CORPUS.glob("*.txt")})
FORMATS = ["txt", "html", "docx", "pdf"]


# The tests that read ../shared (third-party files, the gold records) need it beside the clone; without it
# they are skipped with this reason and every other test runs.
needs_shared = pytest.mark.skipif(not EXTERNAL.is_dir(), reason=f"needs {SHARED} beside the clone")


def manifest() -> list[dict]:
    if not EXTERNAL.is_dir():
        return []
    with open(EXTERNAL / "MANIFEST.tsv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def passwords() -> dict[str, str]:
    if not EXTERNAL.is_dir():
        return {}
    return json.loads((EXTERNAL / "PASSWORDS.json").read_text(encoding="utf-8"))


def orgs(record) -> set[str]:
    """The names of a record's organisations (the wording tests read them often)."""
    return {o["name"] for o in record["organisations"]}


def places(record) -> set[str]:
    return {p["name"] for p in record["places"]}


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


@pytest.fixture(scope="session")
def nlp():
    from partnergraph.extract.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture
def extract_text(tmp_path, nlp):
    """Extracts the record of a short report written to a real .txt file."""
    from partnergraph.extract.pipeline import extract_document
    from partnergraph.extract.readers import read_file

    def run(text: str, name: str = "report.txt", pipeline=None) -> dict:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return extract_document(read_file(path), pipeline or nlp)

    return run


@pytest.fixture(scope="session")
def sample_corpus_db(tmp_path_factory):
    """(database path, folder): every sample report in every format, ingested once for the session."""
    import shutil

    from partnergraph.extract.pipeline import Extractor
    from partnergraph.graph.ingest.run import ingest
    from partnergraph.graph.store.db import open_db

    folder = tmp_path_factory.mktemp("corpus")
    for path in CORPUS.glob("*"):
        shutil.copy(path, folder / path.name)
    db_path = tmp_path_factory.mktemp("db") / "pg.db"
    ingest(open_db(db_path), [str(folder)], Extractor())
    return db_path, folder


def pytest_report_header(config):
    if not EXTERNAL.is_dir():
        return f"{SHARED} is missing: the tests that read it are skipped (clone the project beside shared/)"
