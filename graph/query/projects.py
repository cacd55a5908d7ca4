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


def project(db, name: str) -> dict:
    node = find_node(db, name, kind="project")
    row = db.execute("SELECT themes, documents, aliases FROM nodes WHERE id = ?", [node["id"]]).fetchone()
    return {"project": node["name"], "aliases": json.loads(row[2]), "themes": themes_text(row[0], 12),
            "documents": doc_names(db, json.loads(row[1])), "participants": participants(db, node["id"]),
            "figures": figures(db, project_name=node["name"]), "events": events(db, project_name=node["name"])}


def participants(db, project_id: str) -> list[dict]:
    """A project's bodies with their roles and how many reports show each taking part."""
    sql = ("SELECT n.name, e.roles, e.documents FROM edges e JOIN nodes n ON n.id = e.source "
           "WHERE e.target = ? AND e.kind = 'participation' ORDER BY n.name")
    return [{"organisation": r["name"], "roles": json.loads(r["roles"]), "documents": len(json.loads(r["documents"]))}
            for r in db.query(sql, [project_id])]


def facts_about(db, kind: str, project_name: str | None):
    """(document name, report date, main project, fact, title) of one kind, from the reports whose main
    project is this one (any of its names), or from all reports."""
    wanted = project_names(db, project_name) if project_name else None
    sql = ("SELECT d.name, d.report_date, d.main_project, f.value, d.title FROM facts f "
           "JOIN documents d ON d.id = f.doc_id WHERE f.kind = ? AND d.duplicate_of IS NULL ORDER BY d.name, f.id")
    for name, date, main, value, title in db.execute(sql, [kind]):
        if wanted is None or (main and name_key(main) in wanted):
            yield name, date, main, json.loads(value), title


def project_names(db, project_name: str) -> set[str]:
    node = find_node(db, project_name, kind="project")
    name, aliases = db.execute("SELECT name, aliases FROM nodes WHERE id = ?", [node["id"]]).fetchone()
    return {name_key(n) for n in [name, *json.loads(aliases)]}


def figures(db, project_name: str | None = None, metric: str | None = None) -> list[dict]:
    """Targets against delivered with achievement %; a metric reported by several reports shows each
    report's figure, latest first."""
    groups: dict[tuple[str, str], list[dict]] = {}  # in order of first appearance
    for document, date, main, figure, title in facts_about(db, "figure", project_name):
        if metric and metric.lower() not in figure["metric"].lower():
            continue
        target, delivered = figure.get("target"), figure.get("delivered")
        achieved = round(100 * delivered / target) if target and delivered is not None else None
        groups.setdefault((main or "", name_key(figure["metric"])), []).append(
            {"project": main, "metric": figure["metric"], "target": target, "delivered": delivered,
             "achieved_pct": achieved, "report_date": date, "document": document, "title": title,
             **evidence_of(figure)})
    return [row for group in groups.values() for row in sorted(group, key=lambda r: r["report_date"] or "",
                                                                 reverse=True)]


def events(db, date_from: str | None = None, date_to: str | None = None, place: str | None = None,
           project_name: str | None = None) -> list[dict]:
    rows = []
    for document, _, main, event, title in facts_about(db, "event", project_name):
        date = event.get("date") or ""
        if date_from and date[:len(date_from)] < date_from or date_to and date[:len(date_to)] > date_to:
            continue
        if place and place.lower() not in " ".join(filter(None, (event.get("place"), event.get("venue")))).lower():
            continue
        rows.append({"date": date, "venue": event.get("venue"), "place": event.get("place"),
                     "description": event["description"], "project": main, "document": document, "title": title,
                     **evidence_of(event)})
    return sorted(rows, key=lambda r: (r["date"], r["document"]))


def evidence_of(fact: dict) -> dict:
    """The page and sentence a fact was read from (its first evidence)."""
    evidence = (fact.get("evidence") or [{}])[0]
    return {"page": evidence.get("page"), "sentence": evidence.get("sentence")}
