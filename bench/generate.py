"""Generates a synthetic corpus of N reports in TXT, HTML, DOCX and PDF, made from the sample reports'
paragraphs and from sentences in the wording reports use, with organisations drawn from a pool of
generated names so the graph grows as real corpora do. PDFs are written with fpdf2 (A4, a ruled table);
`generate_pdfs` makes the five-page, 2,000-word reports of the PDF benchmark.

    python bench/generate.py N OUT_DIR [--seed S] [--formats txt html docx pdf]
"""
from __future__ import annotations

import argparse
import csv
import html
import random
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEADS = ["Refugee Forum", "City Council", "Law Centre", "Migrant Support Network", "Welcome Trust",
         "Advice Centre", "Community Association", "Housing Trust", "College", "Health Partnership"]
SENTENCES = [
    "{a} is leading a consortium of partners on the project, including {b}, {c} and {d}.",
    "We met with {b} in {place} on {date} to plan the next phase.",
    "{n} learners have attended ESOL classes at {b}.",
    "The project will train {n} volunteers with {c} next year.",
    "{a} awarded £{money},000 for the '{project}' project.",
    "Staff from {c} are working with {d} on housing advice.",
    "A celebration event will be held on {date} at {place} Town Hall, {place}.",
    "The {place} Steering Group brings together {a}, {b}, the police and {d}.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def towns() -> list[str]:
    with open(REPO / "schemas/gazetteers/places.csv", encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return [r["name"] for r in rows if r["kind"] == "city_town" and " " not in r["name"]]


def sample_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted((REPO / "corpus").glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").splitlines() if len(p.split()) > 12]
    return paragraphs


def report(rng: random.Random, index: int, places: list[str], paragraphs: list[str]) -> tuple[str, list[str], list]:
    """(title, paragraphs, table rows) of one report of roughly 400-1,200 words."""
    orgs = [f"{rng.choice(places)} {rng.choice(HEADS)}" for _ in range(6)]
    project = f"{rng.choice(places)} Integration Project"
    year = rng.randint(2010, 2023)
    title = f"{project} – Progress Report {rng.choice(MONTHS)} {year}"
    body = []
    for _ in range(rng.randint(6, 18)):
        if rng.random() < 0.5:
            body.append(rng.choice(paragraphs))
        else:
            slots = dict(a=orgs[0], b=orgs[1], c=orgs[2], d=orgs[3], place=rng.choice(places), n=rng.randint(5, 400),
                         money=rng.randint(5, 900), project=project.replace(" Project", ""),
                         date=f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}")
            body.append(" ".join(s.format(**slots) for s in rng.sample(SENTENCES, 3)))
    table = [["Activity", "Target", "Delivered"]] + [[f"Activity {k}", str(rng.randint(5, 50)), str(rng.randint(0, 60))]
                                                      for k in range(rng.randint(2, 6))]
    return title, body, table


def write_txt(path: Path, title: str, body: list[str], table: list) -> None:
    rows = "\n".join("\t".join(r) for r in table)
    path.write_text(f"{title}\n\n" + "\n\n".join(body[:3]) + f"\n\n{rows}\n\n" + "\n\n".join(body[3:]) + "\n",
                    encoding="utf-8")


def write_html(path: Path, title: str, body: list[str], table: list) -> None:
    cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in table)
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body)
    path.write_text(f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body>"
                    f"<nav><a href='/'>Home</a></nav><h1>{html.escape(title)}</h1><table>{cells}</table>{paras}"
                    f"<footer>Cookie settings</footer></body></html>", encoding="utf-8")


def write_docx(path: Path, title: str, body: list[str], table: list) -> None:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    grid = document.add_table(rows=len(table), cols=3)
    for r, row in enumerate(table):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    for paragraph in body:
        document.add_paragraph(paragraph)
    document.save(path)


def write_pdf(path: Path, title: str, body: list[str], table: list) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=unicode_font())
    pdf.set_margins(22, 22)
    pdf.add_page()
    pdf.set_font("DejaVu", size=16)
    pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", size=11)
    for paragraph in body[:3]:
        pdf.ln(3)
        pdf.multi_cell(0, 5.5, paragraph, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    with pdf.table(first_row_as_headings=False) as grid:
        for row in table:
            grid.row(row)
    for paragraph in body[3:]:
        pdf.ln(3)
        pdf.multi_cell(0, 5.5, paragraph, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def unicode_font() -> str:
    """DejaVu Sans, which matplotlib ships (the PDF core fonts have no "–", "’" or "€")."""
    import matplotlib

    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")


WRITERS = {"txt": write_txt, "html": write_html, "docx": write_docx, "pdf": write_pdf}


def generate(count: int, out: Path, seed: int = 0, formats=("txt", "html", "docx")) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    places, paragraphs = towns(), sample_paragraphs()
    written = []
    for index in range(count):
        fmt = formats[index % len(formats)]
        path = out / f"report_{index:05d}.{fmt}"
        if not path.exists():
            WRITERS[fmt](path, *report(rng, index, places, paragraphs))
        else:
            report(rng, index, places, paragraphs)  # keep the random stream identical
        written.append(path)
    return written


def copy_sample_pdfs(out: Path, copies: int) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    pdfs = sorted((REPO / "corpus").glob("*.pdf"))
    paths = []
    for index in range(copies):
        target = out / f"sample_{index:03d}_{pdfs[index % len(pdfs)].name}"
        shutil.copy(pdfs[index % len(pdfs)], target)
        paths.append(target)
    return paths


def generate_pdfs(count: int, out: Path, words: int = 2000, seed: int = 1) -> list[Path]:
    """Reports of about `words` words (five A4 pages) with one table each, as PDFs."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    places, paragraphs = towns(), sample_paragraphs()
    written = []
    for index in range(count):
        title, body, table = report(rng, index, places, paragraphs)
        while sum(len(p.split()) for p in body) < words:
            body += report(rng, index, places, paragraphs)[1]
        path = out / f"long_{index:03d}.pdf"
        if not path.exists():
            write_pdf(path, title, trimmed(body, words), table)
        written.append(path)
    return written


def trimmed(body: list[str], words: int) -> list[str]:
    kept, count = [], 0
    for paragraph in body:
        if count >= words:
            break
        kept.append(paragraph)
        count += len(paragraph.split())
    return kept


def generated_graph(nodes: int = 5000, seed: int = 3):
    """A partnership-like graph for the layout: one large scale-free cluster, hundreds of small stars
    (projects and their participants), lone bodies."""
    import random

    import networkx as nx

    rng = random.Random(seed)
    graph = nx.powerlaw_cluster_graph(int(nodes * 0.7), 2, 0.1, seed=seed)
    next_id = graph.number_of_nodes()
    while next_id < nodes * 0.9:
        size = rng.randint(2, 8)
        nx.add_star(graph, range(next_id, next_id + size))
        next_id += size
    graph.add_nodes_from(range(next_id, nodes))
    return graph


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--formats", nargs="+", choices=sorted(WRITERS), default=["txt", "html", "docx", "pdf"])
    args = parser.parse_args()
    print(f"{len(generate(args.count, args.out, args.seed, tuple(args.formats)))} reports in {args.out}")
