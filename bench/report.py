"""Writes bench/RESULTS.md: the machine, versions, command, per-stage table and targets."""
from __future__ import annotations

import os
import platform
from datetime import date
from importlib.metadata import version
from pathlib import Path


SCALE_START, SCALE_END = "<!-- scale: written by bench/scale.py -->", "<!-- /scale -->"


def make_target(argv: str) -> str:
    if argv.startswith("bench/scale.py"):
        return "make bench-100k"
    return "make bench-10k" if "--query-size 10000" in argv else "make bench"


def machine_lines(command: str) -> list[str]:
    return [f"Date: {date.today().isoformat()}. Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, {platform.platform()}.",
            "Versions: " + ", ".join(f"{p} {version(p)}" for p in
                                     ("spacy", "pdfplumber", "pypdfium2", "python-docx", "trafilatura", "networkx",
                                      "sqlite-utils")) + ".",
            f"Command: `.venv/bin/python {command}` (or `{make_target(command)}`)."]


def kept_scale_section(path: Path) -> list[str]:
    """The scale benchmark's section of the results file, which `make bench` does not measure."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if SCALE_START not in text or SCALE_END not in text:
        return []
    return ["", text[text.index(SCALE_START):text.index(SCALE_END) + len(SCALE_END)]]


def paint_line(results: dict) -> list[str]:
    painted = results.get("html_paint_5000_nodes_ms", "absent")
    if painted == "absent":
        return ["- Web page of that graph: not measured (no Chromium)."]
    shown = f"{painted:,.0f} ms" if painted is not None else "no frame within a minute"
    return [f"- Web page of that graph (`export --format html`), first frame in headless Chromium: {shown}."]


def write_results(path: Path, results: dict, checked: list, argv: str) -> None:
    lines = [f"# Benchmark results ({date.today().isoformat()})", "",
             *machine_lines(f"bench/run.py {argv}")[0:2], f"Command: `.venv/bin/python bench/run.py {argv}` "
             f"(or `{make_target(argv)}`).", "",
             f"- Extraction of a 2,000-word report after the pipeline is loaded: "
             f"{results['extract_2000_words_s'] * 1000:.0f} ms (median of 5, one core).",
             f"- PDF reading, {results['pdf_reports']} generated five-page reports of "
             f"{results['pdf_words'] / results['pdf_reports']:,.0f} words with a ruled table each: "
             f"{results['pdf_pages_per_s']:.0f} pages/s on one core "
             f"({results['pdf_five_page_reports_per_s']:.1f} five-page reports/s), "
             f"{results['pdf_tables_found']} tables found.",
             f"- PDF reading, {results['sample_pdf_reports']} copies of the sample PDFs (two or three pages, "
             f"one table in five): {results['sample_pdf_pages_per_s']:.0f} pages/s "
             f"({results['sample_pdf_five_page_reports_per_s']:.1f} five-page reports/s), "
             f"{results['sample_pdf_tables_found']} tables found.",
             f"- Layout of a generated 5,000-node partnership graph (pictures, web page, GEXF): "
             f"{results['layout_5000_nodes_s']:.1f} s of CPU.",
             *paint_line(results), ""]
    sizes = sorted(k for k in results if isinstance(k, int))
    if sizes:
        lines += ["| stage | " + " | ".join(f"{s} documents" for s in sizes) + " |",
                  "| --- | " + " | ".join("---" for _ in sizes) + " |"]
        for key, label in [("read_s", "read (1 core)"), ("bare_spacy_s", "bare spaCy pipeline, nlp.pipe (1 core)"),
                           ("bare_spacy_2proc_s", "bare spaCy pipeline, nlp.pipe n_process=2"),
                           ("nlp_and_facts_s", "NLP and fact building (1 core)"), ("store_s", "store in SQLite"),
                           ("graph_update_s", "graph rebuild (whole)"), ("ingest_1_worker_s", "ingest end to end, 1 worker"),
                           ("ingest_2_workers_s", "ingest end to end, 2 workers"),
                           ("reingest_unchanged_s", "re-ingest, nothing changed")]:
            cells = []
            for s in sizes:
                r = results[s]
                peak = r.get(key[:-2] + "_peak_mb")
                cells.append(f"{r[key]:.2f} s ({r['documents'] / r[key]:.0f} docs/s, {r['words'] / r[key]:,.0f} words/s"
                             + (f"; peak {peak:.0f} MB)" if peak else ")"))
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
        lines.append("| peak memory of ingest (2 workers, the largest process) | "
                     + " | ".join(f"{results[s]['peak_mb']:.0f} MB" for s in sizes) + " |")
        lines += ["", "A stage's peak is the resident memory of the benchmark process while it ran (Linux's high-water "
                  "mark, reset before each stage), so it includes what earlier stages left loaded."]
        lines.append("")
    if "four_formats" in results:
        f = results["four_formats"]
        lines += [f"All four formats, {f['documents']} generated reports (a quarter each TXT, HTML, DOCX, PDF): "
                  f"ingest with 2 workers {f['ingest_2_workers_s']:.2f} s.", ""]
    if "rules_only" in results:
        r = results["rules_only"]
        lines += [f"With the rules alone (`--rules-only`), {r['size']:,} documents: bare pipeline (one process) "
                  f"{r['bare_spacy_s']:.2f} s, ingest with 2 workers {r['ingest_2_workers_s']:.2f} s "
                  f"({r['size'] / r['ingest_2_workers_s']:.0f} reports/s; {r['bare_spacy_s'] / r['ingest_2_workers_s']:.2f} "
                  f"of the bare pipeline's throughput).", ""]
    if "dask" in results:
        d = results["dask"]
        lines += [f"The Dask engine (`--dask local:2`, a 2-process LocalCluster, its start included) on the same "
                  f"{d['size']:,} reports: {d['dask_local2_s']:.1f} s against {d['pool_2_workers_s']:.1f} s for the "
                  f"built-in pool of 2 workers (median of three runs each; peak {d['dask_peak_mb']:.0f} MB).", ""]
    if "queries" in results:
        q = results["queries"]
        lines += [f"Queries on the {q['size']:,}-document database (ingested in {q['ingest_s']:.0f} s, "
                  f"peak {q['peak_mb']:.0f} MB; unchanged re-ingest {q['reingest_unchanged_s']:.2f} s; "
                  f"adding 10 new reports, graph merged not rebuilt: {q['add_10_s']:.2f} s; each by the CLI and merged "
                  f"into the graph: one report changed {q['change_one_report_s']:.2f} s, one removed with --prune "
                  f"{q['remove_one_report_s']:.2f} s, a merge of two bodies {q['curation_s']:.2f} s):", "",
                  "| query | median ms |", "| --- | --- |"]
        lines += [f"| {k[:-3]} | {v:.1f} |" for k, v in q.items() if k.endswith("_ms")]
        lines.append("")
    lines += ["| target | value | limit | result |", "| --- | --- | --- | --- |"]
    lines += [f"| {n} | {v:.3f} | {l} | {'pass' if ok else 'fail'} |" for n, v, l, ok in checked]
    lines += kept_scale_section(path)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
