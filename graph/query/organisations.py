"""Questions asked of the stored graph. Each returns rows (dicts) for the CLI to print."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter

from partnergraph.graph.model.lookup import find_node
from partnergraph.graph.model.rows import edge_id
from partnergraph.graph.model.sources import chunks
from partnergraph.graph.query.evidence import QuoteReader, marks

PARTNER_KINDS = ("collaboration", "partnership")
DEFAULT_TOP = 50  # partners shown with details; the count of all is given too


def doc_names(db, ids) -> list[str]:
    """The reports' names, in order (read from the index documents_names)."""
    ids = list(ids)
    return sorted(r[0] for part in chunks(ids) for r in db.execute(
        f"SELECT name FROM documents INDEXED BY documents_names WHERE id IN ({marks(part)})", part))


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


def partners(db, org: str, theme: str | None = None, evidence: bool = False, top: int = DEFAULT_TOP
             ) -> tuple[dict, list[dict]]:
    """Partners ranked by the number of reports that link them; details for the first `top` (0: all)."""
    node = find_node(db, org)
    sql = ("SELECT e.id, e.kind, e.weight, CASE WHEN e.source = :me THEN e.target ELSE e.source END AS pid "
           "FROM edges e WHERE (e.source = :me OR e.target = :me) AND e.kind IN ('collaboration', 'partnership')"
           + (" AND json_extract(e.themes, '$.' || :theme) IS NOT NULL" if theme else ""))
    grouped: dict[str, dict] = {}
    for edge, kind, weight, pid in db.execute(sql, {"me": node["id"], "theme": theme}):
        row = grouped.setdefault(pid, {"weight": 0, "relations": [], "edges": []})
        row["weight"] += weight
        row["relations"].append(kind)
        row["edges"].append(edge)
    ranked = sorted(grouped.items(), key=lambda item: -item[1]["weight"])
    node["partner_count"] = len(ranked)
    shown = ranked[:top] if top else ranked
    return node, partner_details(db, shown, evidence)


def partner_details(db, shown: list[tuple[str, dict]], evidence: bool) -> list[dict]:
    edges = {e: None for _, row in shown for e in row["edges"]}
    for chunk in chunks(list(edges)):
        for edge in db.query(f"SELECT id, projects, via, themes, documents FROM edges WHERE id IN ({marks(chunk)})",
                             chunk):
            edges[edge["id"]] = edge
    names = dict(db.execute(f"SELECT id, name FROM nodes WHERE id IN ({marks([p for p, _ in shown])})",
                            [p for p, _ in shown])) if shown else {}
    doc_ids = {d for e in edges.values() if e for d in json.loads(e["documents"])}
    doc_name = {}
    for chunk in chunks(sorted(doc_ids)):
        doc_name.update(db.execute(f"SELECT id, name FROM documents INDEXED BY documents_names WHERE id IN "
                                   f"({marks(chunk)})", chunk))
    quotes = QuoteReader(db)
    rows = []
    for pid, row in shown:
        mine = [edges[e] for e in row["edges"] if edges[e]]
        themes = Counter()
        for edge in mine:
            themes.update(json.loads(edge["themes"]))
        projects = sorted({p for edge in mine for p in json.loads(edge["projects"])})
        documents = sorted({doc_name[d] for edge in mine for d in json.loads(edge["documents"]) if d in doc_name})
        out = {"partner": names.get(pid, pid), "weight": row["weight"], "relations": row["relations"], "roles": [],
               "projects": projects,
               "themes": [t for t, _ in themes.most_common(4)], "documents": documents}
        if evidence:  # a sentence showing both the collaboration and the partnership: once
            out["evidence"] = quotes.first(row["edges"], EVIDENCE_PER_PARTNER)
        rows.append((pid, out))
    roles = roles_in_projects(db, {pid: [edges[e] for e in row["edges"] if edges[e]] for pid, row in shown})
    for pid, out in rows:
        out["roles"] = sorted(roles.get(pid, set()))
    return [out for _, out in rows]


EVIDENCE_PER_PARTNER = 6


def roles_in_projects(db, partner_edges: dict[str, list[dict]]) -> dict[str, set[str]]:
    """Each partner's roles in the projects it shares with the organisation asked about: those on its
    participation in each project their partnerships go through (read by id, not over all its projects)."""
    wanted = {edge_id("participation", *sorted((pid, project))): pid for pid, edges in partner_edges.items()
              for edge in edges for project in json.loads(edge["via"])}
    roles: dict[str, set[str]] = {}
    for chunk in chunks(sorted(wanted)):
        for edge, edge_roles in db.execute(f"SELECT id, roles FROM edges WHERE id IN ({marks(chunk)})", chunk):
            roles.setdefault(wanted[edge], set()).update(json.loads(edge_roles))
    return roles


def themes(db, org: str | None = None) -> list[dict]:
    """Each theme with the reports that carry it and its mentions (tags on the organisations' facts and
    links): over the corpus, or around one organisation."""
    node = find_node(db, org) if org else None
    if node is None:
        documents, mentions = corpus_theme_counts(db)
    else:
        documents, mentions = node_theme_documents(db, node["id"]), Counter()
        for (themes_json,) in db.execute("SELECT themes FROM nodes WHERE id = ? UNION ALL SELECT themes FROM edges "
                                         "WHERE source = ? OR target = ?", [node["id"]] * 3):
            mentions.update(json.loads(themes_json))
    names = sorted(set(documents) | set(mentions), key=lambda t: (-documents.get(t, 0), -mentions[t], t))
    return [{"theme": t, "documents": documents.get(t, 0), "mentions": mentions[t]} for t in names]


def corpus_theme_counts(db) -> tuple[Counter, Counter]:
    """Reports per theme and each theme's mentions over all organisations, kept in graph_cache until the
    graph next changes (every change empties it): both read every report or body (about a second at
    100,000 reports; SQLite 3.40 reads an indexed expression's value from the row, not the index)."""
    row = db.execute("SELECT value FROM graph_cache WHERE key = 'themes'").fetchone()
    if row:
        cached = json.loads(row[0])
        return Counter(cached["documents"]), Counter(cached["mentions"])
    documents = Counter(dict(db.execute(THEME_DOCUMENTS_SQL)))
    mentions = Counter(dict(db.execute("SELECT j.key, sum(j.value) FROM nodes n, json_each(n.themes) j "
                                       "WHERE n.kind = 'organisation' GROUP BY j.key")))
    try:
        with db.conn:
            db.execute("INSERT OR REPLACE INTO graph_cache (key, value) VALUES ('themes', ?)",
                       [json.dumps({"documents": documents, "mentions": mentions})])
    except sqlite3.OperationalError:
        pass  # a read-only or busy database answers all the same
    return documents, mentions


DOCUMENT_THEMES = "(CASE WHEN json_valid(d.record) THEN json_extract(d.record, '$.themes') END)"  # as indexed
THEME_DOCUMENTS_SQL = (f"SELECT j.value, count(*) FROM documents d INDEXED BY documents_themes, "
                       f"json_each({DOCUMENT_THEMES}) j WHERE d.duplicate_of IS NULL GROUP BY j.value")


def node_theme_documents(db, node_id: str) -> Counter:
    (doc_ids,) = db.execute("SELECT documents FROM nodes WHERE id = ?", [node_id]).fetchone()
    counts = Counter()
    for part in chunks(json.loads(doc_ids)):
        counts.update(dict(db.execute(
            f"SELECT j.value, count(*) FROM documents d, json_each(json_extract(d.record, '$.themes')) j "
            f"WHERE d.id IN ({marks(part)}) GROUP BY j.value", part)))
    return counts


STATS = {  # measure: (description, SQL)
    "documents": ("documents stored", "SELECT count(*) FROM documents"),
    "reports": ("reports (copies in other formats counted once)",
                "SELECT count(*) FROM documents WHERE duplicate_of IS NULL"),
    "refused_files": ("files refused (see `failures`)", "SELECT count(*) FROM failures"),
    "organisations": ("organisations", "SELECT count(*) FROM nodes WHERE kind = 'organisation'"),
    "projects": ("projects", "SELECT count(*) FROM nodes WHERE kind = 'project'"),
    "people": ("people", "SELECT count(*) FROM nodes WHERE kind = 'person'"),
    "places": ("places", "SELECT count(*) FROM nodes WHERE kind = 'place'"),
    "collaborations": ("collaborations (said to work together)", "SELECT count(*) FROM edges WHERE kind = 'collaboration'"),
    "partnerships": ("partnerships (in the same project)", "SELECT count(*) FROM edges WHERE kind = 'partnership'"),
    "participations": ("participations (a body in a project)", "SELECT count(*) FROM edges WHERE kind = 'participation'"),
    "themes": ("themes", "SELECT count(DISTINCT j.value) FROM documents d, json_each(json_extract(d.record, '$.themes')) j"),
    "evidence_sentences": ("evidence sentences", "SELECT count(*) FROM evidence"),
}


def stats(db) -> list[dict]:
    return [{"measure": measure, "count": db.execute(sql).fetchone()[0], "description": description}
            for measure, (description, sql) in STATS.items()]


RANKED_LATEST = 20_000  # matches ranked by bm25; a query matching more ranks the latest stored of them


def search(db, text: str, limit: int = 20, ranked: int | None = RANKED_LATEST) -> list[dict]:
    """Full-text search; the words are matched as given (no FTS syntax), all of them required. The best
    `limit` by bm25 among the `ranked` latest-stored matching reports (None: among all of them)."""
    return search_ranked(db, text, limit, ranked)[0]


def search_ranked(db, text: str, limit: int = 20, ranked: int | None = RANKED_LATEST) -> tuple[list[dict], bool]:
    """`search`'s rows, and whether matching reports were left out of the ranking (more matched than
    `ranked`)."""
    terms = fts_terms(text)
    if not terms:
        return [], False
    start = ranked_from(db, terms, ranked)
    best = [rowid for (rowid,) in db.execute(BEST_MATCHES, [terms, start, limit])]
    return [dict(next(db.query(SHOWN_MATCH, [terms, rowid]))) for rowid in best], start > 0


def fts_terms(text: str) -> str:
    return " ".join('"' + word.replace('"', '""') + '"' for word in text.split())


def ranked_from(db, terms: str, ranked: int | None) -> int:
    """The lowest rowid ranked: that of the `ranked`-th latest match when more match, else 0 (all). bm25
    costs about 1 us a match: a word in every one of 100,000 reports took 106 ms to rank, the latest 20,000
    about 30 ms."""
    if not ranked:
        return 0
    rows = db.execute(NTH_LATEST_MATCHES, [terms, ranked - 1]).fetchall()
    return rows[0][0] if len(rows) == 2 else 0


# The best matches are ranked first, and only they are joined to their documents and quoted, each by its
# rowid: a common word matches most reports (39,000 reports: 300 ms -> 50-120 ms while another job shared
# the machine). FTS5 walks its matches by rowid, in either direction, without ranking them.
NOT_A_COPY = "rowid NOT IN (SELECT rowid FROM documents WHERE duplicate_of IS NOT NULL)"
NTH_LATEST_MATCHES = (f"SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? AND {NOT_A_COPY} "
                      "ORDER BY rowid DESC LIMIT 2 OFFSET ?")
BEST_MATCHES = (f"SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? AND rowid >= ? AND {NOT_A_COPY} "
                "ORDER BY bm25(documents_fts) LIMIT ?")
SHOWN_MATCH = ("SELECT d.name AS document, d.title, snippet(documents_fts, 1, '[', ']', '…', 14) AS snippet "
               "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
               "WHERE documents_fts MATCH ? AND documents_fts.rowid = ?")
