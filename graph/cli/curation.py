"""Curation commands: alias, merge and split known names; list the curations and take one back."""
from __future__ import annotations

import click
from partnergraph.graph.cli.app import (
    cli,
    db_option,
    fail_not_found,
    open_database,
    output_options,
)


@cli.command()
@click.argument("alias")
@click.argument("name")
@db_option
def alias(alias, name, db_path):
    """Make ALIAS another name of organisation NAME: queries then answer to it (kept across re-ingest)."""
    curate(db_path, "alias", alias, name, "'{name}' is now also a name of '{target}'")


@cli.command()
@click.argument("a")
@click.argument("b")
@db_option
def merge(a, b, db_path):
    """Merge organisation A into B: one node, named B (kept across re-ingest)."""
    curate(db_path, "merge", a, b, "'{name}' is merged into '{target}'")


@cli.command()
@click.argument("name")
@db_option
def split(name, db_path):
    """Keep NAME a node of its own, undoing automatic merges (kept across re-ingest)."""
    curate(db_path, "split", name, None, "'{name}' stands on its own")


@cli.command()
@db_option
@output_options
def curations(db_path, as_json, as_csv, wide):
    """The curations made, by number (`uncurate N` takes one back)."""
    from partnergraph.graph.cli.tables import print_rows
    from partnergraph.graph.model.curate import list_curations

    rows = list_curations(open_database(db_path))
    print_rows(rows, ["id", "action", "name", "target", "created_at"], as_json, as_csv,
               title=f"{len(rows)} curations" if rows else "No curations yet.", secondary=("created_at",), wide=wide)


@cli.command()
@click.argument("number", type=int)
@db_option
def uncurate(number, db_path):
    """Take back curation NUMBER (see `curations`); the graph follows at once."""
    from partnergraph.extract.errors import NotFound
    from partnergraph.graph.model.curate import remove_curation

    try:
        row = remove_curation(open_database(db_path), number)
    except NotFound as exc:
        fail_not_found(exc)
    click.echo(f"Curation {number} taken back ({row['action']} '{row['name']}'"
               + (f" -> '{row['target']}'" if row["target"] else "") + ").")


def curate(db_path: str, action: str, name: str, target: str | None, done: str) -> None:
    from partnergraph.extract.errors import NotFound
    from partnergraph.graph.model.curate import add_curation, list_curations

    db = open_database(db_path)
    try:
        number = add_curation(db, action, name, target)
    except NotFound as exc:
        fail_not_found(exc)
    stored = list_curations(db)[-1]
    click.echo(done.format(name=stored["name"], target=stored["target"]) + f" (curation {number}; "
               f"`partnergraph uncurate {number}` takes it back).")
