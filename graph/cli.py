"""The `partnergraph` command: thin click commands that parse, call the library and print."""
from __future__ import annotations

import gc
import json
import os
import sys

import click

DEFAULT_DB = "partnergraph.db"


def db_option(func):
    return click.option("--db", "db_path", envvar="PARTNERGRAPH_DB", default=DEFAULT_DB, show_default=True,
                        help="SQLite database (or set PARTNERGRAPH_DB).")(func)


def open_database(db_path: str, create: bool = False):
    """The database to answer from; only `ingest` (create=True) may start a new one."""
    from extract.errors import PartnergraphError
    from graph.store import open_db

    if not create and db_path != ":memory:" and not os.path.exists(db_path):
        raise click.ClickException(f"no database at {db_path}: run `partnergraph ingest` first (or give --db)")
    try:
        db = open_db(db_path)
    except PartnergraphError as exc:
        raise click.ClickException(str(exc)) from exc
    click.get_current_context().call_on_close(db.conn.close)  # the write-ahead log is folded in now
    return db


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="partnergraph")
def cli():
    """Turn reports on migrant and refugee integration work into a partnership graph."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@db_option
@click.option("--prune", is_flag=True, help="Remove stored documents whose files are gone.")
@click.option("--password", help="Password for encrypted PDFs.")
@click.option("--passwords", "passwords_file", type=click.File(encoding="utf-8"),
              help='JSON file of passwords by file name: {"minutes.pdf": "secret"}.')
@click.option("--model/--rules-only", "use_model", default=True, show_default=True,
              help="Use the statistical English model beside the rules (--rules-only: the rules alone).")
@click.option("--workers", type=click.IntRange(1, 64), default=os.cpu_count() or 1, show_default="all cores",
              help="Processes that read and extract files.")
@click.option("--max-mb", type=click.IntRange(1), default=50, show_default=True, help="Largest file to read.")
@click.option("--max-pages", type=click.IntRange(1), default=1000, show_default=True, help="Most PDF pages.")
@click.option("--timeout", type=click.IntRange(1), default=120, show_default=True, help="Seconds per document.")
@click.option("--max-chars", type=click.IntRange(1000), default=2_000_000, show_default=True,
              help="Most characters of text in one document.")
@click.option("--max-unzipped-mb", type=click.IntRange(1), default=200, show_default=True,
              help="Largest a DOCX may grow when unzipped (zip bombs).")
def ingest(paths, db_path, prune, password, passwords_file, use_model, workers, max_mb, max_pages, timeout,
           max_chars, max_unzipped_mb):
    """Read reports (default: corpus/) and store what they say.

    Exit code 0 when every file was read, 3 when some were refused (see `partnergraph failures`)."""
    from extract.readers import ReadLimits
    from graph.ingest_cli import run_ingest

    limits = ReadLimits(max_bytes=max_mb * 1024 * 1024, max_pages=max_pages, seconds=timeout, password=password,
                        passwords=read_passwords(passwords_file), max_chars=max_chars,
                        max_unzipped_bytes=max_unzipped_mb * 1024 * 1024)
    missing = [p for p in paths or ["corpus"] if not os.path.exists(p)]
    if missing:
        raise click.ClickException(f"no such file or folder: {missing[0]}")
    sys.exit(run_ingest(list(paths) or ["corpus"], open_database(db_path, create=True), prune, limits, use_model,
                        workers))


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
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")
@click.option("--password", help="Password for an encrypted PDF.")
@click.option("--model/--rules-only", "use_model", default=True, show_default=True,
              help="Use the statistical English model beside the rules (--rules-only: the rules alone).")
def extract(path, as_json, password, use_model):
    """Print the record of one file, without storing it."""
    from extract.errors import PartnergraphError
    from extract.pipeline import extract_file
    from extract.readers import ReadLimits

    try:
        _, record = extract_file(path, ReadLimits(password=password), use_model=use_model)
    except PartnergraphError as exc:
        raise click.ClickException(f"{path}: {exc}") from exc
    from graph.views import print_record

    print_record(record, as_json)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def documents(db_path, as_json):
    """List the stored documents."""
    from graph.store import list_documents
    from graph.views import print_rows

    rows = list_documents(open_database(db_path))
    print_rows(rows, ["name", "format", "title", "report_date", "pages", "words", "facts", "copy_of"], as_json,
               title=f"{len(rows)} documents")


@cli.command()
@click.argument("doc")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")
def show(doc, db_path, as_json):
    """Print one stored document's record (by file name, path or id)."""
    from extract.errors import NotFound
    from graph.store import get_record

    try:
        record = get_record(open_database(db_path), doc)
    except NotFound as exc:
        fail_not_found(exc)
    from graph.views import print_record

    print_record(record, as_json)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def failures(db_path, as_json):
    """List files that were refused, with the reason."""
    from graph.store import list_failures
    from graph.views import print_rows

    rows = list_failures(open_database(db_path))
    print_rows(rows, ["path", "reason", "message"], as_json, title=f"{len(rows)} refused files")


def fail_not_found(exc) -> None:
    message = str(exc)
    if exc.suggestions:
        message += "; did you mean: " + ", ".join(exc.suggestions) + "?"
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


from graph import cli_export, cli_queries  # noqa: E402,F401  (register the query, curation and export commands)


def main():
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    one_math_thread()
    try:
        cli()
    finally:
        # The work is done and the database closed: spare the shutdown a last pass of the cycle collector
        # over every object still alive (0.2 s after an ingest, with the pipeline loaded).
        gc.freeze()


def one_math_thread() -> None:
    """Before numpy loads: the model's matrix products are small, and OpenBLAS's extra threads spin
    instead of helping (measured: 7.9 s with one thread, 8.8 s and twice the CPU time with two), then
    compete with the ingest's workers, one per core. A user's own setting wins."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
