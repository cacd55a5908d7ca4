"""Printing for the CLI: rich tables for people, JSON and CSV for programs."""
from __future__ import annotations

import csv
import json
import sys


def print_rows(rows: list[dict], columns: list[str], as_json: bool = False, as_csv: bool = False,
               title: str | None = None) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    if as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        return
    from rich.console import Console
    from rich.table import Table

    if not rows:
        Console().print(title or "Nothing to show.")
        return
    table = Table(title=title, title_justify="left")
    for index, column in enumerate(columns):
        table.add_column(column.replace("_", " "), overflow="fold", no_wrap=index == 0, ratio=2 if column == "title" else None)
    for row in rows:
        table.add_row(*[cell(row.get(column)) for column in columns])
    Console(width=None if sys.stdout.isatty() else 160).print(table)


def cell(value) -> str:
    from rich.markup import escape

    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return escape(", ".join(str(v) for v in value))
    return escape(str(value))


def print_record(record: dict) -> None:
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
