"""Commands on documents: ingest, extract one file, list, show and the refused files."""
from __future__ import annotations

import json
import os
import sys

import click
from partnergraph.graph.cli.app import (
    cli,
    db_option,
    fail_not_found,
    open_database,
    output_options,
)


def record_options(func):
    """--json (the whole record) and --csv (every fact a row, with its evidence), for extract and show."""
    func = click.option("--csv", "as_csv", is_flag=True, help="Print every fact as a CSV row, with its evidence.")(func)
    return click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")(func)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@db_option
@click.option("--prune", is_flag=True, help="Remove stored documents whose files are gone.")
@click.option("--follow-links", is_flag=True, help="Read files that links lead to outside the paths given.")
@click.option("--password", help="Password for encrypted PDFs.")
@click.option("--passwords", "passwords_file", type=click.File(encoding="utf-8"),
              help='JSON file of passwords by file name: {"minutes.pdf": "secret"}.')
@click.option("--model/--rules-only", "use_model", default=True, show_default=True,
              help="Use the statistical English model beside the rules (--rules-only: the rules alone).")
@click.option("--workers", type=click.IntRange(1, 64), default=os.cpu_count() or 1, show_default="all cores",
              help="Processes that read and extract files.")
@click.option("--dask", "dask_address", metavar="SCHEDULER",
              help="Read and extract on a Dask cluster: tcp://host:8786, or local:N for N local worker processes.")
@click.option("--shared-path", is_flag=True, help="With --dask: the workers read the files from the same paths "
              "(a shared folder) instead of being sent their bytes.")
@click.option("--max-mb", type=click.IntRange(1), default=50, show_default=True, help="Largest file to read, in MiB.")
@click.option("--max-pages", type=click.IntRange(1), default=1000, show_default=True, help="Most PDF pages.")
@click.option("--timeout", type=click.IntRange(1), default=120, show_default=True, help="Seconds per document.")
@click.option("--max-chars", type=click.IntRange(1000), default=2_000_000, show_default=True,
              help="Most characters of text in one document.")
@click.option("--max-unzipped-mb", type=click.IntRange(1), default=200, show_default=True,
              help="Largest a DOCX may grow when unzipped, in MiB (zip bombs).")
def ingest(paths, db_path, password, passwords_file, max_mb, max_pages, timeout, max_chars, max_unzipped_mb,
           **options):
    """Read reports (default: corpus/) and store what they say.

    Exit code 0 when every file was read, 3 when some were refused (see `partnergraph failures`)."""
    from partnergraph.extract.readers import ReadLimits
    from partnergraph.graph.cli.ingest_progress import run_ingest

    limits = ReadLimits(max_bytes=max_mb * 1024 * 1024, max_pages=max_pages, seconds=timeout, password=password,
                        passwords=read_passwords(passwords_file), max_chars=max_chars,
                        max_unzipped_bytes=max_unzipped_mb * 1024 * 1024)
    missing = [p for p in paths or ["corpus"] if not os.path.exists(p)]
    if missing:
        raise click.ClickException(f"no such file or folder: {missing[0]}")
    if options["shared_path"] and not options["dask_address"]:
        raise click.ClickException("--shared-path goes with --dask")
    from partnergraph.extract.errors import PartnergraphError

    try:
        code = run_ingest(list(paths) or ["corpus"], open_database(db_path, create=True), limits, **options)
    except PartnergraphError as exc:  # a Dask scheduler that cannot be reached, say
        raise click.ClickException(str(exc)) from exc
    sys.exit(code)


def read_passwords(handle) -> tuple[tuple[str, str], ...]:
    if handle is None:
        return ()
    try:
        data = json.load(handle)
    except json.JSONDecodeError as exc:
        raise click.BadParameter(f"not JSON ({exc})", param_hint="--passwords") from exc
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise click.BadParameter('expected {"file name": "password", ...}', param_hint="--passwords")
    return tuple(data.items())


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@record_options
@click.option("--password", help="Password for an encrypted PDF.")
@click.option("--model/--rules-only", "use_model", default=True, show_default=True,
              help="Use the statistical English model beside the rules (--rules-only: the rules alone).")
def extract(path, as_json, as_csv, password, use_model):
    """Print the record of one file, without storing it."""
    from partnergraph.extract.errors import PartnergraphError
    from partnergraph.extract.pipeline import extract_file
    from partnergraph.extract.readers import ReadLimits

    from partnergraph.graph.ingest.guard import failure_message

    try:
        _, record = extract_file(path, ReadLimits(password=password), use_model=use_model)
    except PartnergraphError as exc:
        raise click.ClickException(f"{path}: {exc}") from exc
    except Exception as exc:  # a reader library's fault or the toolkit's: one line, worded as ingest words it
        raise click.ClickException(f"{path}: {failure_message(exc)}") from exc
    from partnergraph.graph.cli.views import print_record

    print_record(record, as_json, as_csv)


@cli.command()
@db_option
@output_options
def documents(db_path, as_json, as_csv, wide):
    """List the stored documents."""
    from partnergraph.graph.cli.tables import print_rows
    from partnergraph.graph.store.documents import list_documents

    rows = list_documents(open_database(db_path))
    print_rows(rows, ["name", "title", "report_date", "format", "pages", "words", "facts", "copy_of"], as_json,
               as_csv, title=f"{len(rows)} documents", secondary=("words", "pages", "facts", "format", "copy_of"),
               wide=wide)


@cli.command()
@click.argument("doc")
@db_option
@record_options
def show(doc, db_path, as_json, as_csv):
    """Print one stored document's record (by file name, path or id)."""
    from partnergraph.extract.errors import NotFound
    from partnergraph.graph.store.documents import get_record

    try:
        record = get_record(open_database(db_path), doc)
    except NotFound as exc:
        fail_not_found(exc)
    from partnergraph.graph.cli.views import print_record

    print_record(record, as_json, as_csv)


@cli.command()
@db_option
@output_options
def failures(db_path, as_json, as_csv, wide):
    """List files that were refused, with the reason."""
    from partnergraph.graph.cli.tables import print_rows
    from partnergraph.graph.store.documents import list_failures

    rows = list_failures(open_database(db_path))
    print_rows(rows, ["path", "reason", "message", "failed_at"], as_json, as_csv, title=f"{len(rows)} refused files",
               secondary=("failed_at",), wide=wide)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every one).")
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True, help="Port to listen on.")
def serve(db_path, host, port):
    """Browse the database in Datasette (views: partners, figures, events); needs partnergraph[serve]."""
    from partnergraph.extract.errors import PartnergraphError
    from partnergraph.graph.store.browse import serve as run

    open_database(db_path).conn.close()  # says so, and exits 1, if there is no database
    click.echo(f"Serving {db_path} at http://{host}:{port}/ (Ctrl-C stops it)", err=True)
    try:
        sys.exit(run(db_path, host, port))
    except PartnergraphError as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command()
@db_option
def check(db_path):
    """Check the database: SQLite's integrity checks and partnergraph's own consistency rules."""
    from partnergraph.graph.store.check import check as run
    from partnergraph.graph.store.check import connect_to_check, summary, writable

    if not os.path.exists(db_path):
        raise click.ClickException(f"no database at {db_path}")
    db = connect_to_check(db_path)
    problems = run(db)
    if problems:
        for problem in problems:
            click.echo(f"Problem: {problem}", err=True)
        raise click.ClickException(f"{db_path}: {len(problems)} problem{'' if len(problems) == 1 else 's'} found")
    counts = ", ".join(f"{n} {table}" for table, n in summary(db).items())
    note = "" if writable(db_path) else " The file is read-only: its full-text index was not checked."
    click.echo(f"{db_path}: no problems found ({counts}).{note}")


@cli.command()
@db_option
def rebuild(db_path):
    """Build the graph again from every stored report and the curation (each change is merged into it as it
    comes; this gives the same graph from scratch)."""
    from partnergraph.graph.ingest.lock import ingest_lock
    from partnergraph.graph.model.rebuild import rebuild as rebuild_graph
    from partnergraph.graph.store.check import summary

    db = open_database(db_path)
    with ingest_lock(db, lambda message: click.echo(message, err=True)):
        rebuild_graph(db)
    counts = summary(db)
    click.echo(f"Graph rebuilt from {counts['documents']} documents: {counts['nodes']} nodes, {counts['edges']} edges.")
