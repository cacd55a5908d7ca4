"""The scale benchmark (`make bench-100k`): generated corpora of 10,000 and 100,000 reports, each ingested
with the rules alone (the statistical model would make the 100,000-report ingest about three times
longer; memory and the graph stages depend on the graph's size, not on which extractor found its names),
then on each database: unchanged re-ingest, 10 reports added, one report changed, one removed, a
curation, and the queries (bench/queries.py). Writes its section of bench/RESULTS.md (`make bench` keeps
it) and one line per target: `target NAME VALUE LIMIT pass|fail`.

    python bench/scale.py [--sizes 10000 100000] [--work bench/out]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from queries import bench_queries  # noqa: E402
from report import SCALE_END, SCALE_START, machine_lines  # noqa: E402

QUERY_LIMITS_MS = {"partners": 100, "path": 100, "search": 100, "project": 100, "figures": 300, "events": 300,
                   "brokers_top_20": 300, "themes": 300}


def targets(results: dict, sizes: list[int]) -> list[tuple[str, float, float, bool]]:
    big = results[max(sizes)]
    n = max(sizes)
    rows = [(f"peak_memory_{n}_mb", big["peak_mb"], 1536, "<"),
            (f"change_one_report_{n}_s", big["change_one_report_s"], 5, "<"),
            (f"curation_{n}_s", big["curation_s"], 5, "<")]
    if len(sizes) > 1:
        small = results[min(sizes)]
        rows.append((f"peak_memory_growth_{min(sizes) // 1000}k_to_{n // 1000}k", big["peak_mb"] / small["peak_mb"],
                     1.3, "<"))
    rows += [(f"{query}_{n}_ms", big[f"{query}_ms"], limit, "<") for query, limit in QUERY_LIMITS_MS.items()]
    return [(name, value, limit, value <= limit if op == "<" else value >= limit) for name, value, limit, op in rows]


def section(results: dict, sizes: list[int], checked: list, argv: str) -> list[str]:
    lines = [SCALE_START, "## Scale (`make bench-100k`)", "", *machine_lines(f"bench/scale.py {argv}"), "",
             "Generated reports (TXT, HTML, DOCX in turn), ingested with the rules alone (`--rules-only`, "
             "2 workers); every later step by the CLI on the same database, its graph merged, not rebuilt.", "",
             "| step | " + " | ".join(f"{s:,} reports" for s in sizes) + " |",
             "| --- | " + " | ".join("---" for _ in sizes) + " |"]
    rows = [("ingest_s", "ingest, graph included (s)"), ("peak_mb", "peak memory of the ingest, largest process (MB)"),
            ("reingest_unchanged_s", "re-ingest, nothing changed (s)"), ("add_10_s", "10 reports added (s)"),
            ("change_one_report_s", "one report changed (s)"), ("remove_one_report_s", "one report removed, --prune (s)"),
            ("curation_s", "a merge of two bodies (s)")]
    rows += [(f"{query}_ms", f"`{query.replace('_top_20', ' --top 20')}` (median ms)") for query in QUERY_LIMITS_MS]
    rows += [("partners_evidence_ms", "`partners --evidence` (median ms, no target)"),
             ("themes_first_ms", "`themes`, the first after a change (ms, no target)")]
    for key, label in rows:
        lines.append(f"| {label} | " + " | ".join(f"{results[s][key]:,.1f}" for s in sizes) + " |")
    lines += ["", "| target | value | limit | result |", "| --- | --- | --- | --- |"]
    lines += [f"| {n} | {v:.3f} | {lim} | {'pass' if ok else 'fail'} |" for n, v, lim, ok in checked]
    return lines + [SCALE_END]


def write_section(path: Path, lines: list[str]) -> None:
    """Puts the section in place of the one there (or at the end)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if SCALE_START in text and SCALE_END in text:
        text = text[:text.index(SCALE_START)] + text[text.index(SCALE_END) + len(SCALE_END) + 1:]
    path.write_text(text.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--work", type=Path, default=REPO / "bench" / "out")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results: dict = {}
    for size in args.sizes:
        bench_queries(results, size, args.work, ingest_options=("--rules-only",), key=size)
        print(f"{size}: {results[size]}", flush=True)
    checked = targets(results, args.sizes)
    write_section(REPO / "bench" / "RESULTS.md", section(results, args.sizes, checked, " ".join(sys.argv[1:])))
    for name, value, limit, ok in checked:
        print(f"target {name} {value:.3f} {limit} {'pass' if ok else 'fail'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
