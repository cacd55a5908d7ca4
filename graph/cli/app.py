"""The `partnergraph` click group and what its commands share: the --db option, opening it, not-found errors."""
from __future__ import annotations

import os
import sys

import click

DEFAULT_DB = "partnergraph.db"


def db_option(func):
    return click.option("--db", "db_path", envvar="PARTNERGRAPH_DB", default=DEFAULT_DB, show_default=True,
                        help="SQLite database (or set PARTNERGRAPH_DB).")(func)


def open_database(db_path: str, create: bool = False):
    """The database to answer from; only `ingest` (create=True) may start a new one."""
    from partnergraph.extract.errors import PartnergraphError
    from partnergraph.graph.store.db import open_db

    if not create and db_path != ":memory:" and not os.path.exists(db_path):
        raise click.ClickException(f"no database at {db_path}: run `partnergraph ingest` first (or give --db)")
    try:
        db = open_db(db_path)
    except PartnergraphError as exc:
        from partnergraph.graph.cli.faults import fault_message

        cause = exc.__cause__
        raise click.ClickException(f"{db_path}: {fault_message(cause)}" if cause else str(exc)) from exc
    click.get_current_context().call_on_close(db.conn.close)  # the write-ahead log is folded in now
    return db


def output_options(func):
    """--json, --csv (the same snake_case fields) and --wide (a table with every column, however wide)."""
    func = click.option("--wide", is_flag=True, help="Show every column, even past the terminal's width.")(func)
    func = click.option("--csv", "as_csv", is_flag=True, help="Print CSV (the same fields as --json).")(func)
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="partnergraph")
def cli():
    """Turn reports on migrant and refugee integration work into a partnership graph."""


def fail_not_found(exc) -> None:
    message = str(exc)
    if exc.suggestions:
        message += "; did you mean: " + ", ".join(exc.suggestions) + "?"
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)




def one_math_thread() -> None:
    """Before numpy loads: the model's matrix products are small, and OpenBLAS's extra threads spin
    instead of helping (measured: 7.9 s with one thread, 8.8 s and twice the CPU time with two), then
    compete with the ingest's workers, one per core. A user's own setting wins."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
