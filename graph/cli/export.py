"""The export command: parse, call graph.export.run, print what was written."""
from __future__ import annotations

import click
from partnergraph.graph.cli.app import cli, db_option, fail_not_found, open_database
from partnergraph.graph.cli.queries import theme_option

FORMATS = ["graphml", "gexf", "json", "cytoscape", "csv", "dot", "html", "png", "svg", "md", "docx"]


@cli.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="What to write.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default partnergraph.EXT).")
@theme_option
@click.option("--org", help="Only this organisation and its neighbourhood.")
@click.option("--depth", type=click.IntRange(1, 6), default=1, show_default=True, help="Hops around --org.")
@click.option("--project", help="Only this project and its participants.")
@click.option("--force", is_flag=True, help="Write over an existing file.")
@db_option
def export(fmt, output, theme, org, depth, project, force, db_path):
    """Export the graph (Gephi, Cytoscape, web page, picture) or a good-practice write-up (md, docx)."""
    from partnergraph.extract.errors import NotFound, PartnergraphError
    from partnergraph.graph.export.run import export as run

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    bar = Progress(TextColumn(f"[bold]{fmt}"), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   console=console, transient=True, disable=not console.is_terminal)
    task = bar.add_task("laying out nodes", total=None)
    try:
        with bar:  # the layout of a large graph takes seconds: its progress, node by node
            written = run(open_database(db_path), fmt, output, theme, org, depth, project, force,
                          progress=lambda done, total: bar.update(task, completed=done, total=total))
    except NotFound as exc:
        fail_not_found(exc)
    except PartnergraphError as exc:
        raise click.ClickException(str(exc)) from exc
    for path in written:
        click.echo(f"wrote {path}")
