"""Projects with their participants, figures (targets against delivered, over time) and events."""
from __future__ import annotations

import json
import re
from collections import defaultdict

from graph.build import main_project
from graph.queries import doc_names, find_node, themes_text


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


def project(db, name: str) -> dict:
    node = find_node(db, name, kind="project")
    row = db.execute("SELECT themes, documents, aliases FROM nodes WHERE id = ?", [node["id"]]).fetchone()
    members = [{"organisation": r["name"], "roles": json.loads(r["roles"]), "documents": len(json.loads(r["documents"]))}
               for r in db.query("SELECT n.name, e.roles, e.documents FROM edges e JOIN nodes n ON n.id = e.source "
                                 "WHERE e.target = ? AND e.kind = 'participation' ORDER BY n.name", [node["id"]])]
    return {"project": node["name"], "aliases": json.loads(row[2]), "themes": themes_text(row[0], 12),
            "documents": doc_names(db, json.loads(row[1])), "participants": members,
            "figures": figures(db, project_name=node["name"]), "events": events(db, project_name=node["name"])}


def records_about(db, project_name: str | None):
    """(document name, report date, record) of the reports whose main project is this one."""
    for name, date, record in db.execute("SELECT name, report_date, record FROM documents "
                                         "WHERE duplicate_of IS NULL ORDER BY name"):
        record = json.loads(record)
        main = main_project(record)
        if project_name is None or (main and same_name(main, project_name, record)):
            yield name, date, record, main


def same_name(main: str, wanted: str, record: dict) -> bool:
    project = next(p for p in record["projects"] if p["name"] == main)
    wanted_key = normal(wanted)
    return any(normal(n) == wanted_key for n in [main] + project.get("aliases", []))


def normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def figures(db, project_name: str | None = None, metric: str | None = None) -> list[dict]:
    """Targets against delivered with achievement %; a metric reported by several reports shows each
    report's figure, latest first."""
    rows = []
    for document, date, record, main in records_about(db, project_name):
        for figure in record.get("figures", []):
            if metric and metric.lower() not in figure["metric"].lower():
                continue
            target, delivered = figure.get("target"), figure.get("delivered")
            achieved = round(100 * delivered / target) if target and delivered is not None else None
            rows.append({"project": main, "metric": figure["metric"], "target": target, "delivered": delivered,
                         "achieved_pct": achieved, "report_date": date, "document": document})
    groups = defaultdict(list)
    for row in rows:
        groups[(row["project"] or "", normal(row["metric"]))].append(row)
    ordered = []
    for key in sorted(groups, key=lambda k: min(rows.index(r) for r in groups[k])):
        ordered += sorted(groups[key], key=lambda r: r["report_date"] or "", reverse=True)
    return ordered


def events(db, date_from: str | None = None, date_to: str | None = None, place: str | None = None,
           project_name: str | None = None) -> list[dict]:
    rows = []
    for document, _, record, main in records_about(db, project_name):
        for event in record.get("events", []):
            date = event.get("date") or ""
            if date_from and date[:len(date_from)] < date_from or date_to and date[:len(date_to)] > date_to:
                continue
            if place and place.lower() not in " ".join(filter(None, (event.get("place"), event.get("venue")))).lower():
                continue
            rows.append({"date": date, "venue": event.get("venue"), "place": event.get("place"),
                         "description": event["description"], "project": main, "document": document})
    return sorted(rows, key=lambda r: (r["date"], r["document"]))
