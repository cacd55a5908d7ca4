"""A good-practice write-up of a project, an organisation or a theme, as Markdown or Word: summary,
partners with roles, themes, targets against delivered, events, the network picture, quoted evidence."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from partnergraph.graph.export.picture import write_picture
from partnergraph.graph.export.safe_text import markdown_text, xml_clean
from partnergraph.graph.model.lookup import find_node
from partnergraph.graph.query import organisations as queries
from partnergraph.graph.query import projects as reports


@dataclass
class Writeup:
    title: str
    summary: str
    themes: list[str]
    partners: list[dict] = field(default_factory=list)  # name, relation, roles, themes, evidence
    figures: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)


def gather(db, graph, project: str | None, org: str | None, theme: str | None) -> Writeup:
    if project:
        detail = reports.project(db, project)
        partners = [{"partner": p["organisation"], "relations": ["participation"], "roles": p["roles"], "themes": [],
                     "evidence": edge_quotes(db, graph, p["organisation"], detail["project"])}
                    for p in detail["participants"]]
        summary = (f"{detail['project']} appears in {len(detail['documents'])} report(s) and brings together "
                   f"{len(partners)} organisation(s).")
        return Writeup(detail["project"], summary, detail["themes"], partners, detail["figures"], detail["events"])
    if org:
        node, rows = queries.partners(db, org, theme, evidence=True)
        projects = {p for r in rows for p in r["projects"]}
        figures = [f for p in sorted(projects) for f in reports.figures(db, project_name=p)]
        events = [e for p in sorted(projects) for e in reports.events(db, project_name=p)]
        themes = [t["theme"] for t in queries.themes(db, node["name"])][:8]
        summary = (f"{node['name']} worked with {len(rows)} organisation(s)"
                   + (f" in {len(projects)} project(s)" if projects else "") + ".")
        return Writeup(node["name"], summary, themes, rows, figures, events)
    rows = [r for r in queries.orgs(db, theme=theme)][:25]
    summary = f"{len(rows)} organisation(s) work on {theme}."
    partners = [{"partner": r["organisation"], "relations": [], "roles": [], "themes": r["themes"], "evidence": []}
                for r in rows]
    return Writeup(f"Theme: {theme}", summary, [theme], partners, [], reports.events(db))


def edge_quotes(db, graph, organisation: str, project: str) -> list[dict]:
    node = find_node(db, organisation)["id"]
    project_id = find_node(db, project, kind="project")["id"]
    edges = [key for key, data in (graph.get_edge_data(node, project_id) or {}).items()
             if data["kind"] == "participation"]
    return queries.edge_evidence(db, edges[:1], 2) if edges else []


def write_markdown(db, graph, path: Path, content: Writeup) -> list[Path]:
    picture = path.with_suffix(".png")
    write_picture(graph, picture, content.title)
    lines = [f"# {md(content.title)}", "", md(content.summary), "", f"**Themes:** {', '.join(content.themes) or '-'}",
             "", f"![Network of {md(content.title)}]({picture.name})", "", "## Partners", "",
             "| organisation | relation | roles | themes |", "| --- | --- | --- | --- |"]
    lines += [f"| {md(p['partner'])} | {', '.join(p['relations'])} | {', '.join(p['roles'])} | "
              f"{', '.join(p['themes'])} |" for p in content.partners]
    lines += ["", "## Targets and delivery", ""] + figure_lines(content.figures)
    lines += ["", "## Events", ""] + [f"- **{e['date']}** {md(e['description'])}"
                                       + (f" ({md(e['venue'] or '')} {md(e['place'] or '')})".replace(" )", ")")
                                          if e["venue"] or e["place"] else "") for e in content.events]
    lines += ["", "## Evidence", ""]
    for partner in content.partners:
        for quote in partner.get("evidence", []):
            lines.append(f"> {md(quote['sentence'])}  \n> — *{md(quote['document'])}* ({md(partner['partner'])})\n")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [path, picture]


def figure_lines(figures: list[dict]) -> list[str]:
    if not figures:
        return ["No figures reported."]
    rows = ["| metric | target | delivered | achieved | report |", "| --- | --- | --- | --- | --- |"]
    return rows + [f"| {md(f['metric'])} | {num(f['target'])} | {num(f['delivered'])} | "
                   f"{'' if f['achieved_pct'] is None else str(f['achieved_pct']) + '%'} | {md(f['document'])} |"
                   for f in figures]


def md(text: str) -> str:
    """Markdown-safe: no tags, no control characters, no table breaks."""
    return markdown_text(str(text)).replace("|", "\\|")


def num(value) -> str:
    return "" if value is None else f"{value:g}"


def write_docx(db, graph, path: Path, content: Writeup) -> list[Path]:
    import tempfile

    import docx
    from docx.shared import Cm

    content = xml_clean(content)  # a report's control characters would make the Word file unreadable
    document = docx.Document()
    document.core_properties.title = content.title
    document.add_heading(content.title, level=0)
    document.add_paragraph(content.summary)
    document.add_paragraph(f"Themes: {', '.join(content.themes) or '-'}")
    with tempfile.TemporaryDirectory() as folder:
        picture = Path(folder) / "network.png"
        write_picture(graph, picture, content.title)
        document.add_picture(str(picture), width=Cm(16))
    document.add_heading("Partners", level=1)
    add_table(document, ["organisation", "relation", "roles", "themes"],
              [[p["partner"], ", ".join(p["relations"]), ", ".join(p["roles"]), ", ".join(p["themes"])]
               for p in content.partners])
    document.add_heading("Targets and delivery", level=1)
    add_table(document, ["metric", "target", "delivered", "achieved", "report"],
              [[f["metric"], num(f["target"]), num(f["delivered"]),
                "" if f["achieved_pct"] is None else f"{f['achieved_pct']}%", f["document"]] for f in content.figures])
    document.add_heading("Events", level=1)
    for event in content.events:
        place = ", ".join(x for x in (event["venue"], event["place"]) if x)
        document.add_paragraph(f"{event['date']}: {event['description']}" + (f" ({place})" if place else ""),
                               style="List Bullet")
    document.add_heading("Evidence", level=1)
    for partner in content.partners:
        for quote in partner.get("evidence", []):
            document.add_paragraph(f"“{quote['sentence']}”", style="Quote")
            document.add_paragraph(f"— {quote['document']} ({partner['partner']})")
    document.save(path)
    return [path]


def add_table(document, header: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = str(text)
