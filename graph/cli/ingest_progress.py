"""The ingest command's printing: a progress bar while it works, a summary table at the end."""
from __future__ import annotations

import time

from partnergraph.extract.readers import ReadLimits
from partnergraph.graph.cli.tables import terminal_width
from partnergraph.graph.export.safe_text import shown
from partnergraph.graph.ingest.run import IngestReport, ingest

EXIT_SOME_REFUSED = 3  # documented in the README: some files were refused, the rest was stored
REDRAW_S = 0.1  # the progress bar's redraw interval
STATUS_STYLE = {"read": "green", "unchanged": "dim", "identical": "dim", "failed": "red", "skipped": "yellow"}


def run_ingest(paths: list[str], db, limits: ReadLimits, prune: bool = False, use_model: bool = True,
               workers: int = 1, follow_links: bool = False, dask_address: str | None = None,
               shared_path: bool = False) -> int:
    from partnergraph.extract.pipeline import Extractor
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    extractor = Extractor(use_model=use_model)
    columns = [TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.description}")]
    # Redrawn from this thread, not rich's refresh thread: any second thread made the model's NER, which
    # releases the GIL around every small matrix product, 20% slower (300 reports: 16.9 s -> 20.1 s).
    with Progress(*columns, console=console, transient=True, auto_refresh=False) as progress:
        task = progress.add_task("", total=None)
        drawn, done = [0.0], [0]

        def advance(path: str) -> None:  # the bar takes the count and the file at each redraw only: an
            done[0] += 1  # update per file was a third of walking 10,000 unchanged files (profiled)
            if time.monotonic() - drawn[0] >= REDRAW_S:
                progress.update(task, completed=done[0], description=shown(path[-50:]))
                progress.refresh()
                drawn[0] = time.monotonic()

        report = ingest(db, paths, extractor, limits, prune, advance, workers,
                        on_wait=lambda message: console.print(f"[yellow]{shown(message)}[/]"),
                        on_total=lambda count: progress.update(task, total=count),
                        on_graph=lambda: (progress.update(task, description="updating the graph"), progress.refresh()),
                        follow_links=follow_links, engine=engine_for(dask_address, use_model, shared_path))
    print_summary(report)
    print_stored(db)
    return 0 if report.count("failed") == 0 else EXIT_SOME_REFUSED


def print_summary(report: IngestReport) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=terminal_width())
    counts = {status: report.count(status) for status in STATUS_STYLE}
    line = ", ".join(f"[{STATUS_STYLE[s]}]{n} {s}[/]" for s, n in counts.items() if n or s != "identical")
    if report.pruned:
        line += f", {len(report.pruned)} pruned"
    notable = [o for o in report.outcomes if o.status in ("failed", "skipped", "identical")]
    if notable:
        table = Table(title="Files not read", title_justify="left")
        table.add_column("file", overflow="fold")
        table.add_column("status")
        table.add_column("reason", overflow="fold")
        for outcome in notable:
            table.add_row(shown(outcome.path), f"[{STATUS_STYLE[outcome.status]}]{outcome.status}[/]", shown(outcome.detail))
        console.print(table)
    console.print(f"Ingest: {line}.")
    if report.gone:
        count = (f"{len(report.gone)} stored documents' files are" if len(report.gone) > 1
                 else "A stored document's file is")
        console.print(f"[yellow]{count} gone ({shown(report.gone[0])}{', ...' if len(report.gone) > 1 else ''}); "
                      "the graph keeps them until `partnergraph ingest --prune` removes them.[/]")
    if report.graph:
        console.print("Graph: " + GRAPH_UPDATES[report.graph])


GRAPH_UPDATES = {"added": "the new reports merged in.", "merged": "the changes merged in.",
                 "rebuilt": "rebuilt from every stored report."}


def print_stored(db) -> None:
    """What the database now holds: distinct names per kind of fact."""
    from partnergraph.graph.store.documents import fact_counts
    from rich.console import Console

    counts = fact_counts(db)
    documents = counts.pop("documents")
    plural = {"money": "amounts of money", "person": "people"}
    kinds = ", ".join(f"{n} {plural.get(kind, kind + 's')}" for kind, n in counts.items())
    Console(width=terminal_width()).print(f"Stored: {documents} documents; distinct {kinds or 'facts: none'}.")


def engine_for(dask_address: str | None, use_model: bool, shared_path: bool):
    """The local process pool, or a Dask cluster (its errors become the command's one-line error)."""
    from partnergraph.graph.ingest.workers import extract_all

    if not dask_address:
        return extract_all
    import importlib.util

    import click

    if importlib.util.find_spec("distributed") is None:
        raise click.ClickException("--dask needs Dask: pip install 'partnergraph[dask]'")
    from partnergraph.graph.ingest.dask_engine import DaskEngine

    return DaskEngine(dask_address, use_model, shared_path)
