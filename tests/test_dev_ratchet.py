"""The ratchet: extraction on the real reports of ../shared/eval/dev (and on the sample reports) may
only get better. Each field's F1 and the macro-F1 must stay at or above the figures recorded in
tests/accuracy_floor.json; raise them there when the extraction improves. dev/ is scored whole and in
its two parts (the check part kept back while rules were written, and the rest). Without ../shared beside
the clone there is nothing to score: the test is skipped with that reason."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SHARED, needs_shared

pytestmark = needs_shared
FLOOR = REPO / "tests" / "accuracy_floor.json"
EVAL = SHARED / "eval"
SETS = {"dev": (EVAL / "dev" / "gold", EVAL / "dev" / "corpus"), "samples": (EVAL / "gold", SHARED / "corpus")}


def kept_back(gold_file: Path) -> bool:
    """dev/'s check part, kept back while rules are written (issue 15): numbers that are multiples of 4."""
    return int(gold_file.name[1:3]) % 4 == 0


# name: (set, which gold files, the format read)
PARTS = {"dev": ("dev", lambda f: True, ".txt"), "dev-check": ("dev", kept_back, ".txt"),
         "dev-rest": ("dev", lambda f: not kept_back(f), ".txt"),
         **{f"samples{suffix}": ("samples", lambda f: True, suffix) for suffix in (".txt", ".html", ".docx", ".pdf")}}


def score(gold_files: list[Path], corpus_dir: Path, suffix: str, work: Path, nlp) -> dict:
    """score.py's figures for the records the default pipeline gives these gold documents."""
    from partnergraph.extract.pipeline import extract_document
    from partnergraph.extract.readers import read_file

    predictions, gold_dir = work / "pred", work / "gold"
    predictions.mkdir()
    gold_dir.mkdir()
    for gold_file in gold_files:
        (gold_dir / gold_file.name).write_bytes(gold_file.read_bytes())
        document = Path(json.loads(gold_file.read_text(encoding="utf-8"))["document"]).with_suffix(suffix)
        record = extract_document(read_file(corpus_dir / document), nlp)
        (predictions / (document.stem + ".json")).write_text(json.dumps(record), encoding="utf-8")
    figures = work / "figures.json"
    subprocess.run([sys.executable, str(EVAL / "score.py"), str(gold_dir), "--pred", str(predictions),
                    "--json", str(figures)], check=True, capture_output=True)
    return json.loads(figures.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(PARTS))
def test_accuracy_never_falls_below_the_recorded_floor(name, tmp_path, nlp):
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))[name]
    corpus, wanted, suffix = PARTS[name]
    gold_dir, corpus_dir = SETS[corpus]
    figures = score([f for f in sorted(gold_dir.glob("*.json")) if wanted(f)], corpus_dir, suffix, tmp_path, nlp)
    measured = {field: values["f1"] for field, values in figures["fields"].items()}
    measured["macro"] = round(figures["macro_f1"], 3)
    fallen = {field: (measured[field], least) for field, least in floor.items() if measured[field] < least}
    assert not fallen, f"{name}: F1 fell below the recorded floor (measured, floor): {fallen}"
