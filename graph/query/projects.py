"""Projects with their participants, figures (targets against delivered, over time) and events."""
from __future__ import annotations

import json

from partnergraph.extract.facts.names import name_key
from partnergraph.graph.model.lookup import find_node
from partnergraph.graph.query.organisations import doc_names, themes_text


def projects(db, org: str | None = None) -> list[dict]:
    sql = ("SELECT p.id, p.name, p.themes, p.doc_count, (SELECT count(*) FROM edges e WHERE e.target = p.id "
           "AND e.kind = 'participation') AS participants FROM nodes p WHERE p.kind = 'project'")
    args: list = []
    if org:
        node = find_node(db, org)
        sql += " AND p.id IN (SELECT target FROM edges WHERE source = ? AND kind = 'participation')"
        args.append(node["id"])
    return [{"project": r["name"], "participants": r["participants"], "documents": r["doc_count"],
             "themes": themes_text(r["themes"])} for r in db.query(sql + " ORDER BY p.doc_count DESC, p.name", args)]


def project(db, name: str, top: int | None = None) -> dict:
    """A project's names, themes, reports and participants, with its figures and events (the `top`
    latest of each, or all)."""
    node = find_node(db, name, kind="project")
    row = db.execute("SELECT themes, documents, aliases FROM nodes WHERE id = ?", [node["id"]]).fetchone()
    return {"project": node["name"], "aliases": json.loads(row[2]), "themes": themes_text(row[0], 12),
            "documents": doc_names(db, json.loads(row[1])), "participants": participants(db, node["id"]),
            "figures": figures(db, project_name=node["name"], top=top),
            "events": events(db, project_name=node["name"], top=top)}


def participants(db, project_id: str) -> list[dict]:
    """A project's bodies with their roles and how many reports show each taking part."""
    sql = ("SELECT n.name, e.roles, e.documents FROM edges e JOIN nodes n ON n.id = e.source "
           "WHERE e.target = ? AND e.kind = 'participation' ORDER BY n.name")
    return [{"organisation": r["name"], "roles": json.loads(r["roles"]), "documents": len(json.loads(r["documents"]))}
            for r in db.query(sql, [project_id])]


FACTS_SQL = """SELECT d.name, d.report_date, d.main_project, f.value, d.title FROM documents d
{join} {facts} ON f.doc_id = d.id AND f.kind = ? WHERE +d.duplicate_of IS NULL{where} ORDER BY {order}"""
# CROSS JOIN makes SQLite read the reports first, in the order of an index on them (by report date), so
# the first rows come without sorting all facts of the kind; JOIN lets it start from the facts' index.
# The unary + keeps it from choosing the index of copies instead (it would then sort every report).


def facts_about(db, kind: str, project_name: str | None, where: str = "", args: tuple = (),
                order: str = "d.name, f.id", reports_first: bool = False):
    """(document name, report date, main project, fact, title) of one kind, in `order`, from the reports
    whose main project is this one (any of its names), or from all reports; `where` narrows in SQL."""
    args = [kind, *args]
    if project_name:
        wanted = sorted(project_names(db, project_name))
        where += f" AND d.main_project IN ({', '.join('?' * len(wanted))})"
        args += wanted
    join = "CROSS JOIN" if reports_first else "JOIN"
    sql = FACTS_SQL.format(join=join, facts="facts f INDEXED BY facts_doc" if reports_first else "facts f",
                           where=where, order=order)
    for name, date, main, value, title in db.execute(sql, args):
        yield name, date, main, json.loads(value), title


def project_names(db, project_name: str) -> set[str]:
    """Every spelling of the project's node (resolution keeps every form a report used as an alias)."""
    node = find_node(db, project_name, kind="project")
    name, aliases = db.execute("SELECT name, aliases FROM nodes WHERE id = ?", [node["id"]]).fetchone()
    return {name, *json.loads(aliases)}


def like_text(text: str) -> str | None:
    """A LIKE pattern for 'contains this text, in any case' where SQLite's LIKE means that (ASCII)."""
    if not text.isascii():
        return None
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def figures(db, project_name: str | None = None, metric: str | None = None, top: int | None = None) -> list[dict]:
    """Targets against delivered with achievement %, from the latest reports (the `top` latest figures,
    or all); a metric reported by several reports shows each report's figure, latest first."""
    pattern = like_text(metric) if metric else None
    where, args = (" AND f.name LIKE ? ESCAPE '\\'", (pattern,)) if pattern else ("", ())
    groups: dict[tuple[str, str], list[dict]] = {}  # in order of first appearance
    found = facts_about(db, "figure", project_name, where, args,
                        order="d.report_date DESC, d.name, f.id", reports_first=top is not None)
    for document, date, main, figure, title in found:
        if metric and metric.lower() not in figure["metric"].lower():
            continue
        if top is not None and sum(map(len, groups.values())) >= top:
            break
        target, delivered = figure.get("target"), figure.get("delivered")
        achieved = round(100 * delivered / target) if target and delivered is not None else None
        groups.setdefault((main or "", name_key(figure["metric"])), []).append(
            {"project": main, "metric": figure["metric"], "target": target, "delivered": delivered,
             "achieved_pct": achieved, "report_date": date, "document": document, "title": title,
             **evidence_of(figure)})
    return [row for group in groups.values() for row in group]


EVENT_DATE = "json_extract(f.value, '$.date')"  # as the index facts_event_date reads it


def events(db, date_from: str | None = None, date_to: str | None = None, place: str | None = None,
           project_name: str | None = None, top: int | None = None) -> list[dict]:
    """Dated events in date order: all of them, or the `top` latest."""
    where, args = "", []
    if date_from:
        where, args = where + f" AND {EVENT_DATE} >= ?", args + [date_from]
    if date_to:  # "2011-08" takes every day of August
        where, args = where + f" AND substr({EVENT_DATE}, 1, ?) <= ?", args + [len(date_to), date_to]
    rows = []
    for document, _, main, event, title in facts_about(db, "event", project_name, where, tuple(args),
                                                       order=f"{EVENT_DATE} DESC, d.name DESC, f.id DESC",
                                                       reports_first=project_name is not None):
        if place and place.lower() not in " ".join(filter(None, (event.get("place"), event.get("venue")))).lower():
            continue
        if top is not None and len(rows) >= top:
            break
        rows.append({"date": event.get("date") or "", "venue": event.get("venue"), "place": event.get("place"),
                     "description": event["description"], "project": main, "document": document, "title": title,
                     **evidence_of(event)})
    rows.reverse()  # a report's events of one day in the order it gives them
    return sorted(rows, key=lambda r: (r["date"], r["document"]))


def evidence_of(fact: dict) -> dict:
    """The page and sentence a fact was read from (its first evidence)."""
    evidence = (fact.get("evidence") or [{}])[0]
    return {"page": evidence.get("page"), "sentence": evidence.get("sentence")}
