"""Questions asked of the stored graph. Each returns rows (dicts) for the CLI to print."""
from __future__ import annotations

import json
from collections import Counter

from extract.errors import NotFound
from extract.facts.names import name_key

PARTNER_KINDS = ("collaboration", "partnership")
KIND_PREFIX = {"organisation": "org:", "project": "project:"}


def find_node(db, name: str, kind: str = "organisation") -> dict:
    rows = db.execute("SELECT n.id, n.name FROM node_names k JOIN nodes n ON n.id = k.node_id "
                      "WHERE k.name_key = ? AND n.kind = ? ORDER BY n.doc_count DESC", [name_key(name), kind]).fetchall()
    if rows:
        return {"id": rows[0][0], "name": rows[0][1]}
    names = [row[0] for row in db.execute("SELECT name FROM nodes WHERE kind = ?", [kind])]
    raise NotFound(f"no {kind} called '{name}'", nearest(name, names))


def nearest(name: str, names: list[str], limit: int = 3) -> list[str]:
    """Names spelled nearly the same, and names whose initials the query is ("BCC")."""
    from rapidfuzz import fuzz, process, utils

    from extract.facts.names import initials

    by_initials = [n for n in names if name.isupper() and initials(n) == name]
    spelled = [n for n, score, _ in process.extract(name, names, scorer=fuzz.token_sort_ratio,
                                                     processor=utils.default_process, limit=limit) if score >= 55]
    return list(dict.fromkeys(by_initials + spelled))[:limit]


def doc_names(db, ids) -> list[str]:
    ids = list(ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return [r[0] for r in db.execute(f"SELECT name FROM documents WHERE id IN ({marks}) ORDER BY name", ids)]


def themes_text(themes_json: str, limit: int = 4) -> list[str]:
    return [t for t, _ in Counter(json.loads(themes_json)).most_common(limit)]


def orgs(db, theme: str | None = None, search: str | None = None) -> list[dict]:
    sql = ("SELECT n.id, n.name, n.aliases, n.themes, n.doc_count, "
           "(SELECT count(DISTINCT CASE WHEN e.source = n.id THEN e.target ELSE e.source END) FROM edges e "
           " WHERE (e.source = n.id OR e.target = n.id) AND e.kind IN ('collaboration', 'partnership')) AS partners "
           "FROM nodes n WHERE n.kind = 'organisation'")
    rows = []
    for row in db.query(sql + " ORDER BY n.doc_count DESC, n.name"):
        themes = json.loads(row["themes"])
        if theme and theme not in themes:
            continue
        if search and search.lower() not in (row["name"] + " " + row["aliases"]).lower():
            continue
        rows.append({"organisation": row["name"], "documents": row["doc_count"], "partners": row["partners"],
                     "themes": themes_text(row["themes"]), "aliases": json.loads(row["aliases"])})
    return rows


def partners(db, org: str, theme: str | None = None, evidence: bool = False) -> tuple[dict, list[dict]]:
    node = find_node(db, org)
    sql = ("SELECT e.id, e.kind, e.projects, e.themes, e.documents, n.id AS pid, n.name "
           "FROM edges e JOIN nodes n ON n.id = CASE WHEN e.source = :me THEN e.target ELSE e.source END "
           "WHERE (e.source = :me OR e.target = :me) AND e.kind IN ('collaboration', 'partnership')")
    grouped: dict[str, dict] = {}
    for edge in db.query(sql, {"me": node["id"]}):
        themes = json.loads(edge["themes"])
        if theme and theme not in themes:
            continue
        row = grouped.setdefault(edge["pid"], {"partner": edge["name"], "relations": [], "projects": [], "roles": [],
                                               "themes": Counter(), "documents": set(), "edges": []})
        row["relations"].append(edge["kind"])
        row["projects"] += json.loads(edge["projects"])
        row["themes"].update(themes)
        row["documents"].update(json.loads(edge["documents"]))
        row["edges"].append(edge["id"])
    roles = roles_in_projects(db, grouped)
    names = dict(db.execute("SELECT id, name FROM documents"))
    quotes = edge_evidence_by_edge(db, [e for row in grouped.values() for e in row["edges"]]) if evidence else {}
    rows = []
    for pid, row in sorted(grouped.items(), key=lambda item: (-len(item[1]["documents"]), item[1]["partner"])):
        row["roles"] = sorted(roles.get(pid, set()))
        row["themes"] = [t for t, _ in row["themes"].most_common(4)]
        row["projects"] = sorted(set(row["projects"]))
        row["documents"] = sorted(names[d] for d in row["documents"] if d in names)
        if evidence:
            row["evidence"] = [q for e in row["edges"] for q in quotes.get(e, [])][:EVIDENCE_PER_PARTNER]
        del row["edges"]
        rows.append(row)
    return node, rows


EVIDENCE_PER_PARTNER = 6


def roles_in_projects(db, grouped: dict[str, dict]) -> dict[str, set[str]]:
    """Each partner's roles in the projects it shares with the organisation asked about."""
    if not grouped:
        return {}
    marks = ",".join("?" * len(grouped))
    sql = (f"SELECT e.source, e.roles, p.name FROM edges e JOIN nodes p ON p.id = e.target "
           f"WHERE e.kind = 'participation' AND e.source IN ({marks})")
    roles: dict[str, set[str]] = {}
    for source, edge_roles, project_name in db.execute(sql, list(grouped)):
        if project_name in grouped[source]["projects"]:
            roles.setdefault(source, set()).update(json.loads(edge_roles))
    return roles


def edge_evidence_by_edge(db, edge_ids: list[str]) -> dict[str, list[dict]]:
    """Distinct sentences per edge, in one query; a sentence found in several files (one report in
    several formats) shows once, with the first document, its page and offsets."""
    found: dict[str, list[dict]] = {}
    for chunk in range(0, len(edge_ids), 500):
        part = edge_ids[chunk:chunk + 500]
        marks = ",".join("?" * len(part))
        sql = (f"SELECT v.edge_id, v.sentence, min(d.name) AS document, count(DISTINCT d.id) AS documents, v.page, "
               f"v.start, v.end FROM evidence v JOIN documents d ON d.id = v.doc_id WHERE v.edge_id IN ({marks}) "
               f"GROUP BY v.edge_id, v.sentence ORDER BY document")
        for row in db.query(sql, part):
            found.setdefault(row.pop("edge_id"), []).append(row)
    return found


def edge_evidence(db, edge_ids: list[str], limit: int = 6) -> list[dict]:
    by_edge = edge_evidence_by_edge(db, edge_ids)
    return [q for edge in edge_ids for q in by_edge.get(edge, [])][:limit]


def themes(db, org: str | None = None) -> list[dict]:
    if org is None:
        sql = ("SELECT j.value AS theme, count(*) AS documents FROM documents d, "
               "json_each(json_extract(d.record, '$.themes')) j WHERE d.duplicate_of IS NULL "
               "GROUP BY j.value ORDER BY documents DESC, theme")
        return [dict(r) for r in db.query(sql)]
    node = find_node(db, org)
    row = db.execute("SELECT themes FROM nodes WHERE id = ?", [node["id"]]).fetchone()
    counts = Counter(json.loads(row[0]))
    for (edge_themes,) in db.execute("SELECT themes FROM edges WHERE source = ? OR target = ?", [node["id"]] * 2):
        counts.update(json.loads(edge_themes))
    return [{"theme": t, "mentions": n} for t, n in counts.most_common()]


def stats(db) -> list[dict]:
    queries = {"documents": "SELECT count(*) FROM documents",
               "reports (copies in other formats counted once)":
                   "SELECT count(*) FROM documents WHERE duplicate_of IS NULL",
               "refused files": "SELECT count(*) FROM failures",
               "organisations": "SELECT count(*) FROM nodes WHERE kind = 'organisation'",
               "projects": "SELECT count(*) FROM nodes WHERE kind = 'project'",
               "people": "SELECT count(*) FROM nodes WHERE kind = 'person'",
               "places": "SELECT count(*) FROM nodes WHERE kind = 'place'",
               "collaborations": "SELECT count(*) FROM edges WHERE kind = 'collaboration'",
               "partnerships (same project)": "SELECT count(*) FROM edges WHERE kind = 'partnership'",
               "participations": "SELECT count(*) FROM edges WHERE kind = 'participation'",
               "themes": "SELECT count(DISTINCT j.value) FROM documents d, json_each(json_extract(d.record, '$.themes')) j",
               "evidence sentences": "SELECT count(*) FROM evidence"}
    return [{"what": what, "count": db.execute(sql).fetchone()[0]} for what, sql in queries.items()]


def search(db, text: str, limit: int = 20) -> list[dict]:
    """Full-text search; the words are matched as given (no FTS syntax), all of them required."""
    terms = " ".join('"' + word.replace('"', '""') + '"' for word in text.split())
    if not terms:
        return []
    sql = ("SELECT d.name AS document, d.title, snippet(documents_fts, 1, '[', ']', '…', 14) AS snippet "
           "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
           "WHERE documents_fts MATCH ? AND d.duplicate_of IS NULL ORDER BY bm25(documents_fts) LIMIT ?")
    return [dict(r) for r in db.query(sql, [terms, limit])]
