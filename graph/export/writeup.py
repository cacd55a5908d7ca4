"""The content of a good-practice write-up: of a project, an organisation, a theme, or (no filter) the
whole corpus. Summary, partners with roles, targets against delivered with their project, events, and
the evidence, each sentence quoted once and its report named by title and date."""
from __future__ import annotations

from dataclasses import dataclass, field

from partnergraph.graph.model.lookup import find_node
from partnergraph.graph.query import organisations as queries
from partnergraph.graph.query.evidence import edge_evidence
from partnergraph.graph.query import projects as reports

TOP_ORGANISATIONS = 25  # the whole-corpus write-up names the most connected bodies
QUOTES = 40  # evidence sentences at most, strongest partners first


@dataclass
class Quote:
    sentence: str
    source: str  # the report's title and date, and page
    about: list[str] = field(default_factory=list)  # the organisations it shows


@dataclass
class Writeup:
    title: str
    summary: str
    themes: list[str]
    partners: list[dict] = field(default_factory=list)  # partner, relations, roles, themes, evidence
    projects: list[dict] = field(default_factory=list)  # project, participants (whole corpus only)
    figures: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


def gather(db, graph, project: str | None, org: str | None, theme: str | None) -> Writeup:
    if project:
        content = project_writeup(db, graph, project)
    elif org:
        content = organisation_writeup(db, org, theme)
    else:
        content = corpus_writeup(db, theme)
    content.quotes = quotes_once(content.partners, report_labels(db))
    return content


def project_writeup(db, graph, project: str) -> Writeup:
    detail = reports.project(db, project)
    partners = [{"partner": p["organisation"], "relations": ["participation"], "roles": p["roles"], "themes": [],
                 "evidence": edge_quotes(db, graph, p["organisation"], detail["project"])}
                for p in detail["participants"]]
    summary = (f"{detail['project']} appears in {len(detail['documents'])} report(s) and brings together "
               f"{len(partners)} organisation(s).")
    return Writeup(detail["project"], summary, detail["themes"], partners, [], detail["figures"], detail["events"])


def organisation_writeup(db, org: str, theme: str | None) -> Writeup:
    node, rows = queries.partners(db, org, theme, evidence=True)
    projects = sorted({p for r in rows for p in r["projects"]})
    figures = [f for p in projects for f in reports.figures(db, project_name=p)]
    events = [e for p in projects for e in reports.events(db, project_name=p)]
    themes = [t["theme"] for t in queries.themes(db, node["name"])][:8]
    summary = (f"{node['name']} worked with {len(rows)} organisation(s)"
               + (f" in {len(projects)} project(s)" if projects else "") + ".")
    return Writeup(node["name"], summary, themes, rows, [], figures, events)


def corpus_writeup(db, theme: str | None) -> Writeup:
    """The most connected bodies with their partners' evidence, every project with its participants,
    every figure and event (of the theme, when one is given)."""
    bodies = sorted(queries.orgs(db, theme=theme), key=lambda r: (-r["partners"], r["organisation"]))
    partners = []
    for row in bodies[:TOP_ORGANISATIONS]:
        _, linked = queries.partners(db, row["organisation"], theme, evidence=True, top=3)
        partners.append({"partner": row["organisation"], "relations": [f"{row['partners']} partners"], "roles": [],
                         "themes": row["themes"], "evidence": [q for r in linked for q in r.get("evidence", [])]})
    projects = [{"project": name, "participants": [x["organisation"] for x in reports.participants(db, node)]}
                for node, name in db.execute("SELECT id, name FROM nodes WHERE kind = 'project' "
                                             "ORDER BY doc_count DESC, name")]
    stats = {r["measure"]: r["count"] for r in queries.stats(db)}
    title = f"Theme: {theme}" if theme else "Partnerships across the reports"
    summary = (f"{stats['reports']} report(s) name {stats['organisations']} organisation(s) in {stats['projects']} "
               f"project(s); the {len(partners)} most connected are described here.")
    themes = [theme] if theme else [t["theme"] for t in queries.themes(db)][:8]
    return Writeup(title, summary, themes, partners, projects, reports.figures(db), reports.events(db))


def report_labels(db) -> dict[str, str]:
    """File name -> "Title (date)", how a reader knows a report."""
    return {name: f"{title or name}" + (f" ({date})" if date else "")
            for name, title, date in db.execute("SELECT name, title, report_date FROM documents")}


def quotes_once(partners: list[dict], labels: dict[str, str]) -> list[Quote]:
    found: dict[str, Quote] = {}
    for partner in partners:
        for quote in partner.get("evidence", []):
            page = f", p. {quote['page']}" if quote.get("page") else ""
            entry = found.setdefault(quote["sentence"], Quote(
                quote["sentence"], labels.get(quote["document"], quote["document"]) + page))
            if partner["partner"] not in entry.about:
                entry.about.append(partner["partner"])
    return list(found.values())[:QUOTES]


def edge_quotes(db, graph, organisation: str, project: str) -> list[dict]:
    node = find_node(db, organisation)["id"]
    project_id = find_node(db, project, kind="project")["id"]
    edges = [key for key, data in (graph.get_edge_data(node, project_id) or {}).items()
             if data["kind"] == "participation"]
    return edge_evidence(db, edges[:1], 2) if edges else []
