"""A write-up's content (writeup.py) as Markdown with its picture beside it, or as a Word document with
the picture inside. Sections with nothing to say are left out."""
from __future__ import annotations

from pathlib import Path

from partnergraph.graph.export.layout import Progress, no_progress
from partnergraph.graph.export.picture import PRINTED_WIDTH, write_picture
from partnergraph.graph.export.safe_text import markdown_text, xml_clean
from partnergraph.graph.export.writeup import Writeup

FIGURE_HEADER = ["project", "metric", "target", "delivered", "achieved", "report date"]


def partner_rows(content: Writeup) -> list[list[str]]:
    return [[p["partner"], ", ".join(p["relations"]), ", ".join(p["roles"]), ", ".join(p["themes"][:4])]
            for p in content.partners]


def figure_rows(content: Writeup) -> list[list[str]]:
    return [[f.get("project") or "", f["metric"], num(f["target"]), num(f["delivered"]),
             "" if f["achieved_pct"] is None else f"{f['achieved_pct']}%", f.get("report_date") or ""]
            for f in content.figures]


def event_lines(content: Writeup) -> list[str]:
    return [f"{e['date']}: {e['description']}" + (f" ({', '.join(x for x in (e['venue'], e['place']) if x)})"
                                                 if e["venue"] or e["place"] else "") for e in content.events]


def num(value) -> str:
    return "" if value is None else f"{value:g}"


def write_markdown(db, graph, path: Path, content: Writeup, progress: Progress = no_progress) -> list[Path]:
    picture = path.with_suffix(".png")  # named after the write-up, beside it
    write_picture(graph, picture, content.title, PRINTED_WIDTH, progress)
    lines = [f"# {md(content.title)}", "", md(content.summary), ""]
    if content.themes:
        lines += [f"**Themes:** {md(', '.join(content.themes))}", ""]
    lines += [f"![Network of {md(content.title)}]({picture.name})", ""]
    lines += md_table("Partners", ["organisation", "relation", "roles", "themes"], partner_rows(content))
    lines += md_table("Projects", ["project", "participants"],
                      [[p["project"], ", ".join(p["participants"])] for p in content.projects])
    lines += md_table("Targets and delivery", FIGURE_HEADER, figure_rows(content))
    if content.events:
        lines += ["## Events", ""] + [f"- {md(line)}" for line in event_lines(content)] + [""]
    if content.quotes:
        lines += ["## Evidence", ""]
        lines += [f"> {md(q.sentence)}  \n> — *{md(q.source)}* ({md(', '.join(q.about))})\n" for q in content.quotes]
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")
    return [path, picture]


def filled(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The table without columns that are empty in every row."""
    keep = [i for i in range(len(header)) if any(str(row[i]).strip() for row in rows)]
    return [header[i] for i in keep], [[row[i] for i in keep] for row in rows]


def md_table(heading: str, header: list[str], rows: list[list[str]]) -> list[str]:
    if not rows:
        return []
    header, rows = filled(header, rows)
    return ([f"## {heading}", "", "| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
            + ["| " + " | ".join(md(cell) for cell in row) + " |" for row in rows] + [""])


def md(text: str) -> str:
    """Markdown-safe: no tags, no control characters, no table breaks."""
    return markdown_text(str(text)).replace("|", "\\|")


def write_docx(db, graph, path: Path, content: Writeup, progress: Progress = no_progress) -> list[Path]:
    import tempfile

    import docx
    from docx.shared import Inches

    content = xml_clean(content)  # a report's control characters would make the Word file unreadable
    document = docx.Document()
    document.core_properties.title = content.title
    document.add_heading(content.title, level=0)
    document.add_paragraph(content.summary)
    if content.themes:
        document.add_paragraph(f"Themes: {', '.join(content.themes)}")
    with tempfile.TemporaryDirectory() as folder:
        picture = Path(folder) / "network.png"
        write_picture(graph, picture, content.title, PRINTED_WIDTH, progress)
        document.add_picture(str(picture), width=Inches(PRINTED_WIDTH[0]))  # printed at its own size
    add_table(document, "Partners", ["organisation", "relation", "roles", "themes"], partner_rows(content))
    add_table(document, "Projects", ["project", "participants"],
              [[p["project"], ", ".join(p["participants"])] for p in content.projects])
    add_table(document, "Targets and delivery", FIGURE_HEADER, figure_rows(content))
    if content.events:
        document.add_heading("Events", level=1)
        for line in event_lines(content):
            document.add_paragraph(line, style="List Bullet")
    if content.quotes:
        document.add_heading("Evidence", level=1)
        for quote in content.quotes:
            document.add_paragraph(f"“{quote.sentence}”", style="Quote")
            document.add_paragraph(f"— {quote.source} ({', '.join(quote.about)})")
    document.save(path)
    return [path]


def add_table(document, heading: str, header: list[str], rows: list[list[str]]) -> None:
    if not rows:
        return
    header, rows = filled(header, rows)
    document.add_heading(heading, level=1)
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = str(text)
