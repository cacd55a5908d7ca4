"""Printing for the CLI: rich tables for people, JSON and CSV for programs."""
from __future__ import annotations

import csv
import json
import sys

UNBROKEN = {"document", "documents", "date", "report_date", "name", "copy_of"}  # short values that read badly when broken
WIDE = {"title", "description", "snippet", "metric", "evidence"}
LIST_CELL = 3  # items a table cell shows before "+N more"; JSON and CSV carry them all


def print_rows(rows: list[dict], columns: list[str], as_json: bool = False, as_csv: bool = False,
               title: str | None = None) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    if as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
                         for row in rows)
        return
    from rich.console import Console
    from rich.table import Table

    if not rows:
        Console().print(title or "Nothing to show.")
        return
    table = Table(title=title, title_justify="left")
    for index, column in enumerate(columns):
        table.add_column(column.replace("_", " "), overflow="fold", ratio=2 if column in WIDE else None,
                         no_wrap=index == 0 or column in UNBROKEN)
    for row in rows:
        table.add_row(*[cell(row.get(column)) for column in columns])
    Console(width=None if sys.stdout.isatty() else 160).print(table)


def cell(value) -> str:
    from rich.markup import escape

    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        shown = [str(v) for v in value[:LIST_CELL]]
        more = f" +{len(value) - LIST_CELL} more" if len(value) > LIST_CELL else ""
        return escape(", ".join(shown) + more)
    return escape(str(value))


def print_record(record: dict, as_json: bool = False) -> None:
    if as_json:
        print(json.dumps(record, ensure_ascii=False, indent=1))
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    console.print(f"[bold]{escape(record.get('title') or record['document'])}[/]  "
                  f"({escape(record['document'])}, report date {record.get('report_date') or 'unknown'})")
    console.print(f"themes: {', '.join(record.get('themes') or []) or '-'}")
    sections = [("organisations", lambda o: o["name"] + (f" ({', '.join(o['aliases'])})" if o["aliases"] else "")),
                ("people", lambda p: p["name"] + (f", {p['organisation']}" if p.get("organisation") else "")),
                ("places", lambda p: p["name"]),
                ("projects", lambda p: p["name"] + "".join(f"\n    {x['role']}: {x['organisation']}"
                                                            for x in p["participants"])),
                ("events", lambda e: " ".join(str(x) for x in (e["date"], e.get("venue"), e.get("place")) if x)),
                ("figures", lambda f: f"{f['metric']}: target {fmt(f['target'])}, delivered {fmt(f['delivered'])}"),
                ("money", lambda m: f"{m['text']} = {m['amount']:,.0f} {m['currency']}"),
                ("collaborations", lambda c: f"{c['a']} ~ {c['b']}")]
    for key, show in sections:
        items = record.get(key) or []
        if items:
            console.print(f"[bold]{key}[/] ({len(items)})")
            for item in items:
                console.print("  " + escape(show(item)))


def fmt(value) -> str:
    if value is None:
        return "-"
    return f"{value:g}" if isinstance(value, float) else str(value)


def print_partners(node: dict, rows: list[dict]) -> None:
    """Each partner with the sentences that show the partnership."""
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    console.print(f"[bold]{escape(node['name'])}[/] worked with {node.get('partner_count', len(rows))} organisations"
                  + (f" (the {len(rows)} strongest shown)" if node.get("partner_count", 0) > len(rows) else ""))
    for row in rows:
        console.print(f"\n[bold]{escape(row['partner'])}[/]  ({', '.join(row['relations'])}"
                      + (f"; roles: {', '.join(row['roles'])}" if row["roles"] else "")
                      + (f"; themes: {', '.join(row['themes'])}" if row["themes"] else "") + ")")
        if row["projects"]:
            console.print(f"  projects: {escape(', '.join(row['projects']))}")
        for quote in row.get("evidence", []):
            console.print(f"  “{escape(quote['sentence'])}” — {source(quote)}")


def print_project(project: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(project, ensure_ascii=False, indent=1))
        return
    from rich.console import Console
    from rich.markup import escape

    Console().print(f"[bold]{escape(project['project'])}[/]"
                    + (f" (also: {escape(', '.join(project['aliases']))})" if project["aliases"] else "")
                    + f"\nthemes: {', '.join(project['themes']) or '-'}\ndocuments: {escape(', '.join(project['documents']))}")
    print_rows(project["participants"], ["organisation", "roles", "documents"], title="Participants")
    if project["figures"]:
        print_rows(project["figures"], ["metric", "target", "delivered", "achieved_pct", "report_date", "document"],
                   title="Figures")
    if project["events"]:
        print_rows(project["events"], ["date", "venue", "place", "description"], title="Events")


def print_path(hops: list[dict], as_json: bool) -> None:
    if as_json:
        print(json.dumps(hops, ensure_ascii=False, indent=1))
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    if not hops:
        console.print("Both names are the same organisation.")
        return
    console.print(" → ".join(escape(name) for name in [hops[0]["from"]] + [h["to"] for h in hops]))
    for number, hop in enumerate(hops, start=1):
        via = f" in {', '.join(hop['projects'])}" if hop["projects"] else ""
        console.print(f"\n{number}. [bold]{escape(hop['from'])}[/] — {hop['relation']}{escape(via)} — "
                      f"[bold]{escape(hop['to'])}[/]")
        for quote in hop["evidence"]:
            console.print(f"   “{escape(quote['sentence'])}” — {source(quote)}")


def source(quote: dict) -> str:
    from rich.markup import escape

    page = f", p. {quote['page']}" if quote.get("page") else ""
    others = f" (and {quote['documents'] - 1} more)" if quote.get("documents", 1) > 1 else ""
    return escape(f"{quote['document']}{page}{others}")
