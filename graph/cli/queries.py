"""Query and curation commands: each parses, calls graph.queries / graph.paths / graph.reports, prints."""
from __future__ import annotations

import datetime
import re

import click
from partnergraph.graph.cli.app import cli, db_option, fail_not_found, open_database

THEMES = ["employment", "housing", "health", "language", "education", "citizenship", "advice", "legal",
          "destitution", "cohesion", "children", "research"]
theme_option = click.option("--theme", type=click.Choice(THEMES), help="Only this theme.")


ISO_DATE = re.compile(r"\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")


def iso_date(ctx, param, value: str | None) -> str | None:
    """--from/--to: a year, year-month or full ISO date that exists; otherwise one line and exit 1."""
    if value is None:
        return None
    if not ISO_DATE.fullmatch(value) or len(value) == 10 and not real_day(value):
        raise click.ClickException(f"--{param.name.split('_')[-1]} {value!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def real_day(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def at_least(least: int, param, value: int) -> int:
    if value < least:
        raise click.ClickException(f"--{param.name} {value}: give a number of at least {least}")
    return value


def output_options(func):
    func = click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")(func)
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(func)


def run(call):
    """The query's result; a name the database does not know becomes a 'did you mean' and exit 1."""
    from partnergraph.extract.errors import NotFound

    try:
        return call()
    except NotFound as exc:
        fail_not_found(exc)


def answer(call, columns, as_json=False, as_csv=False, title=None):
    from partnergraph.graph.cli.views import print_rows

    rows = run(call)
    print_rows(rows, columns, as_json, as_csv, title=title(rows) if callable(title) else title)


@cli.command()
@theme_option
@click.option("--search", "text", help="Only names containing this text.")
@db_option
@output_options
def orgs(theme, text, db_path, as_json, as_csv):
    """Organisations with their document and partner counts."""
    from partnergraph.graph.query.organisations import orgs as query

    answer(lambda: query(open_database(db_path), theme, text), ["organisation", "documents", "partners", "themes"],
           as_json, as_csv, title=lambda rows: f"{len(rows)} organisations")


@cli.command()
@click.argument("org")
@theme_option
@click.option("--evidence", is_flag=True, help="Quote the sentences that show each partnership.")
@click.option("--top", type=int, callback=lambda c, p, v: at_least(0, p, v), default=50, show_default=True,
              help="How many partners to show, strongest first (0: all).")
@db_option
@output_options
def partners(org, theme, evidence, top, db_path, as_json, as_csv):
    """Who ORG worked with: relations, roles, themes, documents."""
    from partnergraph.graph.cli.views import print_partners, print_rows
    from partnergraph.graph.query.organisations import partners as query

    node, rows = run(lambda: query(open_database(db_path), org, theme, evidence, top))
    more = node["partner_count"] - len(rows)
    if evidence and not (as_json or as_csv):
        print_partners(node, rows)
    else:
        columns = ["partner", "relations", "roles", "projects", "themes", "documents"]
        print_rows(rows, columns, as_json, as_csv, title=f"{node['name']}: {node['partner_count']} partners"
                   + (f" (the {len(rows)} strongest shown; --top 0 for all)" if more > 0 else ""))


@cli.command()
@click.argument("org", required=False)
@db_option
@output_options
def themes(org, db_path, as_json, as_csv):
    """Themes of the corpus, or of one organisation."""
    from partnergraph.graph.query.organisations import themes as query

    columns = ["theme", "mentions" if org else "documents"]
    answer(lambda: query(open_database(db_path), org), columns, as_json, as_csv,
           title=f"Themes of {org}" if org else "Themes of the corpus")


@cli.command()
@click.option("--org", help="Only projects this organisation takes part in.")
@db_option
@output_options
def projects(org, db_path, as_json, as_csv):
    """Projects with participant and document counts."""
    from partnergraph.graph.query.projects import projects as query

    answer(lambda: query(open_database(db_path), org), ["project", "participants", "documents", "themes"],
           as_json, as_csv, title=lambda rows: f"{len(rows)} projects")


@cli.command()
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def project(name, db_path, as_json):
    """One project: participants with roles, themes, figures, events."""
    from partnergraph.graph.cli.views import print_project
    from partnergraph.graph.query.projects import project as query

    print_project(run(lambda: query(open_database(db_path), name)), as_json)


@cli.command()
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def path(a, b, db_path, as_json):
    """The shortest chain of collaborations from A to B, each hop with its evidence."""
    from partnergraph.graph.cli.views import print_path
    from partnergraph.graph.query.paths import path as query

    print_path(run(lambda: query(open_database(db_path), a, b)), as_json)


@cli.command()
@theme_option
@click.option("--top", type=int, callback=lambda c, p, v: at_least(1, p, v), default=10, show_default=True,
              help="How many.")
@db_option
@output_options
def brokers(theme, top, db_path, as_json, as_csv):
    """Organisations that connect others (betweenness and degree centrality)."""
    from partnergraph.graph.query.paths import brokers as query

    answer(lambda: query(open_database(db_path), theme, top), ["organisation", "betweenness", "degree"],
           as_json, as_csv, title="Brokers between partners")


@cli.command()
@click.option("--project", "project_name", help="Only this project.")
@click.option("--metric", help="Only metrics containing this text.")
@db_option
@output_options
def figures(project_name, metric, db_path, as_json, as_csv):
    """Targets against delivered figures, with achievement %, latest report first."""
    from partnergraph.graph.query.projects import figures as query

    columns = ["project", "metric", "target", "delivered", "achieved_pct", "report_date", "document"]
    answer(lambda: query(open_database(db_path), project_name, metric), columns, as_json, as_csv,
           title=lambda rows: f"{len(rows)} figures")


@cli.command()
@click.option("--from", "date_from", callback=iso_date, help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "date_to", callback=iso_date, help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--place", help="Only events in this place or venue.")
@db_option
@output_options
def events(date_from, date_to, place, db_path, as_json, as_csv):
    """Dated events with venues and places."""
    from partnergraph.graph.query.projects import events as query

    columns = ["date", "venue", "place", "description", "document"]
    answer(lambda: query(open_database(db_path), date_from, date_to, place), columns, as_json, as_csv,
           title=lambda rows: f"{len(rows)} events")


@cli.command()
@click.argument("text")
@db_option
@output_options
def search(text, db_path, as_json, as_csv):
    """Full-text search of the reports, with snippets."""
    from partnergraph.graph.query.organisations import search as query

    answer(lambda: query(open_database(db_path), text), ["document", "snippet"], as_json, as_csv,
           title=lambda rows: f"{len(rows)} documents match '{text}'")


@cli.command()
@db_option
@output_options
def stats(db_path, as_json, as_csv):
    """Counts of documents, organisations, edges and themes."""
    from partnergraph.graph.query.organisations import stats as query

    answer(lambda: query(open_database(db_path)), ["what", "count"], as_json, as_csv, title="partnergraph")


@cli.command()
@click.argument("alias")
@click.argument("name")
@db_option
def alias(alias, name, db_path):
    """Make ALIAS another name of organisation NAME (kept across re-ingest)."""
    curate(db_path, "alias", alias, name, f"'{alias}' is now a name of '{name}'.")


@cli.command()
@click.argument("a")
@click.argument("b")
@db_option
def merge(a, b, db_path):
    """Merge organisation A into B: one node, named B (kept across re-ingest)."""
    curate(db_path, "merge", a, b, f"'{a}' is merged into '{b}'.")


@cli.command()
@click.argument("name")
@db_option
def split(name, db_path):
    """Keep NAME a node of its own, undoing automatic merges (kept across re-ingest)."""
    curate(db_path, "split", name, None, f"'{name}' stands on its own.")


def curate(db_path: str, action: str, name: str, target: str | None, done: str) -> None:
    from partnergraph.graph.model.rebuild import add_curation

    add_curation(open_database(db_path), action, name, target)
    click.echo(done)
