"""Query commands: each parses, calls partnergraph.graph.query, prints a table, JSON or CSV."""
from __future__ import annotations

import datetime
import re

import click
from partnergraph.graph.cli.app import (
    cli,
    db_option,
    fail_not_found,
    open_database,
    output_options,
)

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


def top_option(default: int, what: str):
    return click.option("--top", type=int, callback=lambda c, p, v: at_least(0, p, v), default=default,
                        show_default=True, help=f"How many {what} to show, the latest (0: all).")


class Shown(list):
    """Rows with the title that says how many there are, and whether more were left out."""
    title = ""


def latest(query, top: int, what: str) -> Shown:
    """The `top` latest rows of a query that takes how many it should give (0: all); one more is asked
    for to tell whether any were left out."""
    rows = Shown(query(top + 1 if top else None))
    if top and len(rows) > top:
        rows = Shown(query(top))
        rows.title = f"the {top} latest {what} (--top 0 for all)"
    else:
        rows.title = f"{len(rows)} {what}"
    return rows


def run(call):
    """The query's result; a name the database does not know becomes a 'did you mean' and exit 1."""
    from partnergraph.extract.errors import NotFound

    try:
        return call()
    except NotFound as exc:
        fail_not_found(exc)


def answer(call, columns, title=None, secondary=(), as_json=False, as_csv=False, wide=False):
    from partnergraph.graph.cli.tables import print_rows

    rows = run(call)
    print_rows(rows, columns, as_json, as_csv, title(rows) if callable(title) else title, secondary, wide)


@cli.command()
@theme_option
@click.option("--search", "text", help="Only names containing this text.")
@db_option
@output_options
def orgs(theme, text, db_path, **out):
    """Organisations with their document and partner counts."""
    from partnergraph.graph.query.organisations import orgs as query

    answer(lambda: query(open_database(db_path), theme, text), ["organisation", "documents", "partners", "themes"],
           lambda rows: f"{len(rows)} organisations", ("themes",), **out)


@cli.command()
@click.argument("org")
@theme_option
@click.option("--evidence", is_flag=True, help="Quote the sentences that show each partnership.")
@click.option("--top", type=int, callback=lambda c, p, v: at_least(0, p, v), default=50, show_default=True,
              help="How many partners to show, strongest first (0: all).")
@db_option
@output_options
def partners(org, theme, evidence, top, db_path, as_json, as_csv, wide):
    """Who ORG worked with: relations, roles, projects, themes, documents; strongest (most reports) first."""
    from partnergraph.graph.cli.tables import print_rows
    from partnergraph.graph.cli.views import print_partners
    from partnergraph.graph.query.organisations import partners as query

    node, rows = run(lambda: query(open_database(db_path), org, theme, evidence, top))
    more = node["partner_count"] - len(rows)
    if evidence and not (as_json or as_csv):
        print_partners(node, rows)
    else:
        columns = ["partner", "weight", "relations", "roles", "projects", "themes", "documents"]
        print_rows(rows, columns, as_json, as_csv, title=f"{node['name']}: {node['partner_count']} partners"
                   + (f" (the {len(rows)} strongest shown; --top 0 for all)" if more > 0 else ""),
                   secondary=("documents", "themes", "weight"), wide=wide)


@cli.command()
@click.argument("org", required=False)
@db_option
@output_options
def themes(org, db_path, **out):
    """Themes of the corpus, or of one organisation: reports and mentions of each."""
    from partnergraph.graph.query.organisations import themes as query

    answer(lambda: query(open_database(db_path), org), ["theme", "documents", "mentions"],
           f"Themes of {org}" if org else "Themes of the corpus", **out)


@cli.command()
@click.option("--org", help="Only projects this organisation takes part in.")
@db_option
@output_options
def projects(org, db_path, **out):
    """Projects with participant and document counts."""
    from partnergraph.graph.query.projects import projects as query

    answer(lambda: query(open_database(db_path), org), ["project", "participants", "documents", "themes"],
           lambda rows: f"{len(rows)} projects", ("themes",), **out)


@cli.command()
@click.argument("name")
@db_option
@top_option(20, "figures and events")
@output_options
def project(name, top, db_path, as_json, as_csv, wide):
    """One project: participants with roles, themes, figures, events (--csv: the participants)."""
    from partnergraph.graph.cli.tables import print_rows
    from partnergraph.graph.cli.views import print_project
    from partnergraph.graph.query.projects import project as query

    found = run(lambda: query(open_database(db_path), name, top or None))
    if as_csv:
        print_rows(found["participants"], ["organisation", "roles", "documents"], as_csv=True)
    else:
        print_project(found, as_json, wide, top)


@cli.command()
@click.argument("a")
@click.argument("b")
@db_option
@output_options
def path(a, b, db_path, as_json, as_csv, wide):
    """The shortest chain of collaborations from A to B, each hop with its evidence (--csv: a row a hop)."""
    from partnergraph.graph.cli.tables import print_rows
    from partnergraph.graph.cli.views import print_path
    from partnergraph.graph.query.paths import path as query

    hops = run(lambda: query(open_database(db_path), a, b))
    if as_csv:
        print_rows(hops, ["from", "to", "relation", "projects", "documents", "evidence"], as_csv=True)
    else:
        print_path(hops, as_json)


@cli.command()
@theme_option
@click.option("--top", type=int, callback=lambda c, p, v: at_least(1, p, v), default=10, show_default=True,
              help="How many.")
@db_option
@output_options
def brokers(theme, top, db_path, **out):
    """Organisations that connect others (betweenness and degree centrality)."""
    from partnergraph.graph.query.paths import brokers as query

    answer(lambda: query(open_database(db_path), theme, top), ["organisation", "betweenness", "degree"],
           "Brokers between partners", **out)


@cli.command()
@click.option("--project", "project_name", help="Only this project.")
@click.option("--metric", help="Only metrics containing this text.")
@top_option(100, "figures")
@db_option
@output_options
def figures(project_name, metric, top, db_path, **out):
    """Targets against delivered figures, with achievement %, latest report first (JSON and CSV: with the
    sentence, the report's title and the page)."""
    from partnergraph.graph.query.projects import figures as query

    columns = ["metric", "target", "delivered", "achieved_pct", "project", "report_date", "document"]
    answer(lambda: latest(lambda n: query(open_database(db_path), project_name, metric, n), top, "figures"),
           columns, lambda rows: rows.title, ("project", "document", "report_date"), **out)


@cli.command()
@click.option("--from", "date_from", callback=iso_date, help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "date_to", callback=iso_date, help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--place", help="Only events in this place or venue.")
@top_option(100, "events")
@db_option
@output_options
def events(date_from, date_to, place, top, db_path, **out):
    """Dated events with venues and places, in date order (JSON and CSV: with the sentence, title and page)."""
    from partnergraph.graph.query.projects import events as query

    columns = ["date", "description", "venue", "place", "document"]
    answer(lambda: latest(lambda n: query(open_database(db_path), date_from, date_to, place, top=n), top, "events"),
           columns, lambda rows: rows.title, ("document", "venue"), **out)


@cli.command()
@click.argument("text")
@click.option("--all", "rank_all", is_flag=True,
              help="Rank every matching report (by default a query matching more than 20,000 ranks the latest "
                   "20,000 stored).")
@click.option("--top", default=20, show_default=True, type=click.IntRange(1), help="How many reports to show.")
@db_option
@output_options
def search(text, rank_all, top, db_path, **out):
    """Full-text search of the reports, with snippets: the best matches first."""
    from partnergraph.graph.query.organisations import RANKED_LATEST, search_ranked

    def found():
        matches, left_out = search_ranked(open_database(db_path), text, top, None if rank_all else RANKED_LATEST)
        rows = Shown(matches)
        rows.title = (f"the {top} best-matching documents for '{text}' (--top shows more)" if len(rows) == top
                      else f"{len(rows)} {'document matches' if len(rows) == 1 else 'documents match'} '{text}'")
        if left_out:
            rows.title += f", ranked among the latest {RANKED_LATEST:,} that match (--all ranks every one)"
        return rows

    answer(found, ["document", "title", "snippet"], lambda rows: rows.title, ("title",), **out)


@cli.command()
@db_option
@output_options
def stats(db_path, **out):
    """Counts of documents, organisations, edges and themes."""
    from partnergraph.graph.query.organisations import stats as query

    answer(lambda: query(open_database(db_path)), ["measure", "count", "description"], "partnergraph",
           ("description",), **out)
