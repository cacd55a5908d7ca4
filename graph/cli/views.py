"""Printing for the CLI of what is not a plain table: a record, a partner list with quotes, a project, a path."""
from __future__ import annotations

import json

from partnergraph.graph.cli.tables import print_rows, terminal_width
from partnergraph.graph.export.safe_text import shown


def print_record(record: dict, as_json: bool = False, as_csv: bool = False) -> None:
    if as_json:
        print(json.dumps(record, ensure_ascii=False, indent=1))
        return
    if as_csv:
        print_rows(fact_rows(record), ["kind", "name", "page", "start", "end", "sentence", "fact"], as_csv=True)
        return
    from rich.console import Console

    console = Console(width=terminal_width())
    console.print(f"[bold]{shown(record.get('title') or record['document'])}[/]  "
                  f"({shown(record['document'])}, report date {record.get('report_date') or 'unknown'})")
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
                console.print("  " + shown(show(item)))


def fact_rows(record: dict) -> list[dict]:
    """Every fact of a record, one row each, with its first evidence; `fact` holds all its fields."""
    from partnergraph.extract.record import FACT_FIELDS, fact_name

    rows = []
    for field, kind in FACT_FIELDS.items():
        for fact in record.get(field) or []:
            evidence = (fact.get("evidence") or [{}])[0]
            rows.append({"kind": kind, "name": fact_name(kind, fact), "page": evidence.get("page"),
                         "start": evidence.get("start"), "end": evidence.get("end"),
                         "sentence": evidence.get("sentence"),
                         "fact": {k: v for k, v in fact.items() if k != "evidence"}})
    return rows


def fmt(value) -> str:
    if value is None:
        return "-"
    return f"{value:g}" if isinstance(value, float) else str(value)


def print_partners(node: dict, rows: list[dict]) -> None:
    """Each partner with the sentences that show the partnership."""
    from rich.console import Console

    console = Console(width=terminal_width())
    console.print(f"[bold]{shown(node['name'])}[/] worked with {node.get('partner_count', len(rows))} organisations"
                  + (f" (the {len(rows)} strongest shown)" if node.get("partner_count", 0) > len(rows) else ""))
    for row in rows:
        console.print(f"\n[bold]{shown(row['partner'])}[/]  ({', '.join(row['relations'])}"
                      + (f"; roles: {', '.join(row['roles'])}" if row["roles"] else "")
                      + (f"; themes: {', '.join(row['themes'])}" if row["themes"] else "") + ")")
        if row["projects"]:
            console.print(f"  projects: {shown(', '.join(row['projects']))}")
        for quote in row.get("evidence", []):
            console.print(f"  “{shown(quote['sentence'])}” — {source(quote)}")


def print_project(project: dict, as_json: bool, wide: bool = False, top: int = 0) -> None:
    if as_json:
        print(json.dumps(project, ensure_ascii=False, indent=1))
        return
    from rich.console import Console

    Console(width=terminal_width()).print(f"[bold]{shown(project['project'])}[/]"
                    + (f" (also: {shown(', '.join(project['aliases']))})" if project["aliases"] else "")
                    + f"\nthemes: {', '.join(project['themes']) or '-'}\ndocuments: {shown(', '.join(project['documents']))}")
    print_rows(project["participants"], ["organisation", "roles", "documents"], title="Participants",
               secondary=("documents",), wide=wide)
    if project["figures"]:
        print_rows(project["figures"], ["metric", "target", "delivered", "achieved_pct", "report_date", "document"],
                   title=latest_title("Figures", project["figures"], top), secondary=("document", "report_date"),
                   wide=wide)
    if project["events"]:
        print_rows(project["events"], ["date", "description", "venue", "place"],
                   title=latest_title("Events", project["events"], top),
                   secondary=("venue",), wide=wide)


def latest_title(what: str, rows: list, top: int) -> str:
    return f"{what} (the {top} latest; --top 0 for all)" if top and len(rows) >= top else what


def print_path(hops: list[dict], as_json: bool) -> None:
    if as_json:
        print(json.dumps(hops, ensure_ascii=False, indent=1))
        return
    from rich.console import Console

    console = Console(width=terminal_width())
    if not hops:
        console.print("Both names are the same organisation.")
        return
    console.print(" → ".join(shown(name) for name in [hops[0]["from"]] + [h["to"] for h in hops]))
    for number, hop in enumerate(hops, start=1):
        via = f" in {', '.join(hop['projects'])}" if hop["projects"] else ""
        console.print(f"\n{number}. [bold]{shown(hop['from'])}[/] — {hop['relation']}{shown(via)} — "
                      f"[bold]{shown(hop['to'])}[/]")
        for quote in hop["evidence"]:
            console.print(f"   “{shown(quote['sentence'])}” — {source(quote)}")


def source(quote: dict) -> str:

    page = f", p. {quote['page']}" if quote.get("page") else ""
    others = f" (and {quote['documents'] - 1} more)" if quote.get("documents", 1) > 1 else ""
    return shown(f"{quote['document']}{page}{others}")
