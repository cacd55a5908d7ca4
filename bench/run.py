"""Benchmarks: per stage (read, NLP, graph update, store) and end to end, against the bare spaCy pipeline
on the same texts; re-ingest of an unchanged corpus; query latencies; peak memory. Writes
bench/RESULTS.md and ends with one line per target: `target NAME VALUE LIMIT pass|fail`.

    python bench/run.py [--sizes 100 1000 [10000]] [--query-size 10000] [--work bench/out]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from generate import copy_sample_pdfs, generate, generate_pdfs  # noqa: E402
from measure import fresh, run_cli, staged, timed  # noqa: E402
from paint import bench_html_paint  # noqa: E402
from partnergraph.graph.cli.app import one_math_thread  # noqa: E402
from queries import bench_queries  # noqa: E402

one_math_thread()  # the reference pipeline runs as the ingest does (set before numpy is imported)

INGEST_REPEATS = 3
TARGET_SIZE = 1000


def fresh_ingest(corpus: Path, db_path: Path, workers: int, repeat: int = INGEST_REPEATS) -> tuple[float, float]:
    """Median seconds and peak MB of `repeat` ingests into an empty database (single runs on this
    2-core machine varied by 10%, which moved the two-worker ratio from 1.61 to 1.75)."""
    runs = [run_cli(["ingest", str(corpus), "--db", fresh(db_path), "--workers", str(workers)]) for _ in range(repeat)]
    return statistics.median(s for s, _ in runs), max(mb for _, mb in runs)


def read_stage(paths: list[Path]):
    from partnergraph.extract.readers import read_file

    documents = []
    for path in paths:
        try:
            documents.append(read_file(path))
        except Exception:  # a refused file is not read, as in an ingest; the stage times the others
            continue
    return documents


def two_thousand_words() -> str:
    paragraphs = [p for f in sorted((REPO / "corpus").glob("*.txt"))
                  for p in f.read_text(encoding="utf-8").splitlines() if p.strip()]
    text, words = [], 0
    while words < 2000:
        for paragraph in paragraphs:
            text.append(paragraph)
            words += len(paragraph.split())
            if words >= 2000:
                break
    return "\n".join(text)


def bench_extraction(results: dict, work: Path) -> None:
    from partnergraph.extract.pipeline import extract_document, load_pipeline
    from partnergraph.extract.readers import read_file

    path = work / "two_thousand_words.txt"
    path.write_text(two_thousand_words(), encoding="utf-8")
    document = read_file(path)
    nlp = load_pipeline()
    extract_document(document, nlp)
    seconds, _ = timed(extract_document, document, nlp, repeat=5)
    results["extract_2000_words_s"] = seconds


def bench_pdf(results: dict, work: Path) -> None:
    """The read stage on 50 generated five-page, 2,000-word reports with a ruled table each (the issue's
    unit), and on copies of the sample PDFs (an office suite's, two or three pages, one table in five)."""
    for name, pdfs in (("pdf", generate_pdfs(50, work / "pdf_five_page")),
                       ("sample_pdf", copy_sample_pdfs(work / "pdf", 50))):
        read_stage(pdfs[:5])  # imports (pdfplumber's is ~0.2 s) happen once per worker, not per report
        seconds, documents = timed(read_stage, pdfs)
        pages = sum(d.pages for d in documents)
        results[f"{name}_reports"] = len(pdfs)
        results[f"{name}_pages_per_s"] = pages / seconds
        results[f"{name}_five_page_reports_per_s"] = pages / seconds / 5
        results[f"{name}_tables_found"] = sum(len(d.tables) for d in documents)
        results[f"{name}_words"] = sum(len(d.text.split()) for d in documents)


def bench_corpus(results: dict, size: int, work: Path) -> None:
    from partnergraph.extract.pipeline import extract_documents, load_pipeline

    corpus = work / f"corpus_{size}"
    paths = generate(size, corpus)
    nlp = load_pipeline()
    read_s, documents, read_mb = staged(read_stage, paths)
    words = sum(len(d.text.split()) for d in documents)
    texts = [d.text for d in documents]
    _, _, bare_mb = staged(lambda: [len(doc) for doc in nlp.pipe(texts, batch_size=32)])
    # medians of as many runs as the ingest they are compared with (single runs vary by about 10%)
    bare_s, _ = timed(lambda: [len(doc) for doc in nlp.pipe(texts, batch_size=32)], repeat=INGEST_REPEATS)
    bare2_s, _ = timed(lambda: [len(doc) for doc in nlp.pipe(texts, batch_size=32, n_process=2)],
                       repeat=INGEST_REPEATS)
    nlp_s, records, nlp_mb = staged(extract_documents, documents, nlp)
    stages = bench_store(documents, records, work / f"store_{size}.db")
    one_s, _ = fresh_ingest(corpus, work / f"w1_{size}.db", 1)
    two_s, peak = fresh_ingest(corpus, work / f"w2_{size}.db", 2)
    again_s, _ = run_cli(["ingest", str(corpus), "--db", str(work / f"w2_{size}.db"), "--workers", "2"])
    results[size] = {"documents": len(documents), "words": words, "read_s": read_s, "bare_spacy_s": bare_s,
                     "bare_spacy_2proc_s": bare2_s, "nlp_and_facts_s": nlp_s, **stages,
                     "ingest_1_worker_s": one_s, "ingest_2_workers_s": two_s, "reingest_unchanged_s": again_s,
                     "peak_mb": peak, "read_peak_mb": read_mb, "bare_spacy_peak_mb": bare_mb,
                     "nlp_and_facts_peak_mb": nlp_mb}


def bench_dask(results: dict, size: int, work: Path) -> None:
    """The Dask engine on a 2-process LocalCluster against the built-in pool of 2 workers, on the same
    generated corpus, the median of as many runs of each as the other ingests (one run each put the ratio
    at 0.862 and 0.848 in two runs of the same code); the cluster's start is part of every Dask run."""
    corpus = work / f"corpus_{size}"
    pool_s, _ = fresh_ingest(corpus, work / f"pool_{size}.db", 2)
    dask_runs = [run_cli(["ingest", str(corpus), "--db", fresh(work / f"dask_{size}.db"), "--dask", "local:2"])
                 for _ in range(INGEST_REPEATS)]
    dask_s, dask_mb = statistics.median(s for s, _ in dask_runs), max(mb for _, mb in dask_runs)
    results["dask"] = {"size": size, "pool_2_workers_s": pool_s, "dask_local2_s": dask_s, "dask_peak_mb": dask_mb}


def bench_four_formats(results: dict, work: Path) -> None:
    """End to end on 100 generated reports, 25 in each of TXT, HTML, DOCX and PDF."""
    corpus = work / "corpus_four_formats_100"
    paths = generate(100, corpus, formats=("txt", "html", "docx", "pdf"))
    seconds, _ = fresh_ingest(corpus, work / "four_formats_100.db", 2, repeat=1)
    results["four_formats"] = {"documents": len(paths), "ingest_2_workers_s": seconds}


def bench_rules_only(results: dict, size: int, work: Path) -> None:
    """The same ingest with the rules alone (`--rules-only`), to show what the statistical model (the
    default) costs."""
    from partnergraph.extract.pipeline import load_pipeline

    nlp = load_pipeline(use_model=False)
    corpus = work / f"corpus_{size}"
    texts = [d.text for d in read_stage(generate(size, corpus))]
    bare_s, _ = timed(lambda: [len(doc) for doc in nlp.pipe(texts, batch_size=32)])
    two_s, _ = run_cli(["ingest", str(corpus), "--db", fresh(work / f"r2_{size}.db"), "--workers", "2", "--rules-only"])
    results["rules_only"] = {"size": size, "bare_spacy_s": bare_s, "ingest_2_workers_s": two_s}


def bench_store(documents, records, db_path: Path) -> dict:
    from partnergraph.graph.model.rebuild import rebuild
    from partnergraph.graph.store.db import batched_writes, open_db
    from partnergraph.graph.store.documents import write_document

    db_path.unlink(missing_ok=True)
    db = open_db(db_path)

    def store_all():
        with batched_writes(db) as batch:  # as the ingest's writer does
            for document, record in zip(documents, records):
                write_document(db, document, record)
                batch.wrote()

    store_s, _, store_mb = staged(store_all)
    graph_s, _, graph_mb = staged(rebuild, db)
    return {"store_s": store_s, "store_peak_mb": store_mb, "graph_update_s": graph_s, "graph_update_peak_mb": graph_mb}


def bench_layout(results: dict) -> None:
    """The layout of a generated 5,000-node partnership graph, in CPU seconds (one core)."""
    from generate import generated_graph
    from partnergraph.graph.export.layout import packed_layout

    graph = generated_graph(5000)
    started = time.process_time()
    packed_layout(graph)
    results["layout_5000_nodes_s"] = time.process_time() - started


def targets(results: dict) -> list[tuple[str, float, float, bool]]:
    rows = [("extract_2000_words_s", results["extract_2000_words_s"], 0.5, "<"),
            ("pdf_five_page_reports_per_s_per_core", results["pdf_five_page_reports_per_s"], 20, ">"),
            ("layout_5000_nodes_s", results["layout_5000_nodes_s"], 10, "<")]
    if "html_paint_5000_nodes_ms" in results:  # a page that never painted fails
        rows.append(("html_paint_5000_nodes_ms", results["html_paint_5000_nodes_ms"] or float("inf"), 5000, "<"))
    sizes = [k for k in results if isinstance(k, int)]
    if sizes:
        big = results[target_size(sizes)]
        # the bare pipeline at its best: spaCy's n_process=2 sends every Doc back to the parent, which costs
        # more than the rule pipeline itself, so one process can be the faster
        bare = min(big["bare_spacy_s"], big["bare_spacy_2proc_s"])
        ratio = bare / big["ingest_2_workers_s"] if big["ingest_2_workers_s"] else 0
        rows += [("ingest_vs_bare_spacy_throughput", ratio, 0.8, ">"),
                 ("two_workers_speedup", big["ingest_1_worker_s"] / big["ingest_2_workers_s"], 1.7, ">")]
    if "dask" in results:
        d = results["dask"]
        rows.append((f"dask_local2_vs_pool_{d['size']}", d["pool_2_workers_s"] / d["dask_local2_s"], 0.85, ">"))
    if "queries" in results:
        q = results["queries"]
        rows += [(f"reingest_unchanged_{q['size']}_s", q["reingest_unchanged_s"], 5, "<"),
                 (f"peak_memory_{q['size']}_mb", q["peak_mb"], 2048, "<"),
                 (f"change_one_report_{q['size']}_s", q["change_one_report_s"], 5, "<"),
                 (f"curation_{q['size']}_s", q["curation_s"], 5, "<"),
                 ("partners_ms", q["partners_ms"], 100, "<"), ("path_ms", q["path_ms"], 100, "<"),
                 ("search_ms", q["search_ms"], 200, "<"), ("project_ms", q["project_ms"], 100, "<"),
                 ("figures_ms", q["figures_ms"], 300, "<"), ("events_ms", q["events_ms"], 300, "<"),
                 ("brokers_top_20_ms", q["brokers_top_20_ms"], 300, "<"), ("themes_ms", q["themes_ms"], 300, "<")]
    return [(name, value, limit, value < limit if op == "<" else value >= limit) for name, value, limit, op in rows]


def target_size(sizes: list[int]) -> int:
    """The issue's ratio targets are set on 1,000 documents; a run with other sizes uses its largest."""
    return TARGET_SIZE if TARGET_SIZE in sizes else max(sizes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--query-size", type=int, default=1000)
    parser.add_argument("--work", type=Path, default=REPO / "bench" / "out")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results: dict = {}
    bench_extraction(results, args.work)
    bench_pdf(results, args.work)
    bench_layout(results)
    bench_html_paint(results, args.work)
    for size in args.sizes:
        bench_corpus(results, size, args.work)
    bench_four_formats(results, args.work)
    if args.sizes:
        bench_rules_only(results, target_size(args.sizes), args.work)
        bench_dask(results, target_size(args.sizes), args.work)
    if args.query_size:
        bench_queries(results, args.query_size, args.work)
    from report import write_results

    checked = targets(results)
    write_results(REPO / "bench" / "RESULTS.md", results, checked, " ".join(sys.argv[1:]))
    for name, value, limit, ok in checked:
        print(f"target {name} {value:.3f} {limit} {'pass' if ok else 'fail'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
