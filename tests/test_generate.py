"""The benchmark's generated corpus: one report written in all four formats reads back as the same words
and the same table from each, and the PDF benchmark's reports are five pages of about 2,000 words."""
from __future__ import annotations

import random
import sys

import pytest
from conftest import REPO, words
from partnergraph.extract.readers import read_file

sys.path.insert(0, str(REPO / "bench"))
from generate import WRITERS, generate_pdfs, report, sample_paragraphs, towns  # noqa: E402


@pytest.fixture(scope="module")
def one_report():
    return report(random.Random(3), 0, towns(), sample_paragraphs())


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_a_generated_report_reads_the_same_in_every_format(tmp_path, one_report, fmt):
    written = {}
    for suffix in ("txt", fmt):
        WRITERS[suffix](tmp_path / f"r.{suffix}", *one_report)
        written[suffix] = read_file(tmp_path / f"r.{suffix}")
    txt, other = words(written["txt"].text), words(written[fmt].text)
    assert len(txt & other) / len(txt | other) >= 0.95
    assert [t.rows for t in written[fmt].tables] == [t.rows for t in written["txt"].tables] == [one_report[2]]


def test_the_pdf_benchmark_reports_are_five_pages_of_two_thousand_words(tmp_path):
    documents = [read_file(path) for path in generate_pdfs(4, tmp_path)]
    assert all(4 <= d.pages <= 6 and 1900 <= len(d.text.split()) <= 2300 and len(d.tables) == 1 for d in documents)


def test_ratio_targets_are_read_from_the_1000_report_run_even_when_10000_ran():
    import run

    def sizes(one, two, bare, bare2):
        return {"ingest_1_worker_s": one, "ingest_2_workers_s": two, "bare_spacy_s": bare, "bare_spacy_2proc_s": bare2}

    results = {"extract_2000_words_s": 0.03, "pdf_five_page_reports_per_s": 30, "layout_5000_nodes_s": 2.5,
               1000: sizes(12.0, 8.0, 3.0, 4.0), 10000: sizes(130.0, 80.0, 30.0, 40.0), 100: sizes(2.0, 1.5, 0.3, 0.5)}
    checked = {name: value for name, value, _, _ in run.targets(results)}
    assert checked["two_workers_speedup"] == 1.5 and checked["ingest_vs_bare_spacy_throughput"] == 3.0 / 8.0
    del results[1000]
    assert {n: v for n, v, _, _ in run.targets(results)}["two_workers_speedup"] == 130.0 / 80.0
