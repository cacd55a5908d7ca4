"""Figures in tables: a header row names which column holds targets and which delivered figures
("Target", "Achieved"); each later row's first cell is the metric. A line that is a label and a count
("Number of participants: 85", "Beneficiaries supported – 230", or "New Scots reached" over "77") is a
one-row table."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context, phrase_regex
from partnergraph.extract.facts.figure_cues import number, words
from partnergraph.extract.record import Figure

NUMBER_CELL = re.compile(r"^\s*[£€$]?\s*(\d[\d,]*(?:\.\d+)?)\s*%?\s*$")


LABELLED_LINE = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Za-z '’-]{2,60}?)[ \t]*(?::|–|—| - )[ \t]*(?P<num>\d[\d,]*)[ \t]*$",
                           re.M)


# "New Scots reached" over "77": a dashboard's count under its label, the label saying what was done
STACKED_LINES = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Za-z '’-]{2,60}?(?:ed|[Nn]umber of [a-z ]+))[ \t]*\n"
                           r"(?:[ \t]*\n)?[ \t]*(?P<num>\d[\d,]*)[ \t]*$", re.M)


def table_figures(ctx: Context) -> list[Figure]:
    figures = []
    for block in ctx.document.tables:
        figures.extend(figures_of_table(ctx, block))
    return figures + labelled_lines(ctx)


def labelled_lines(ctx: Context) -> list[Figure]:
    """"Number of participants: 85": delivered, or a target when the label says so ("Target learners: 80")."""
    lex = words()
    not_labels = set(lex["label_words"]) | {"tel", "phone", "telephone", "call", "ref", "reference", "date", "year",
                                             "page", "fax", "mobile", "postcode", "room", "issue", "volume"}
    targets = phrase_regex(lex["target_headers"])
    figures = []
    for match in [*LABELLED_LINE.finditer(ctx.text), *STACKED_LINES.finditer(ctx.text)]:
        label = re.sub(r"^(?:the\s+)?(?:total\s+)?number of\s+", "", match.group("label").strip(), flags=re.I)
        if not label or {w.lower() for w in label.split()} & not_labels:
            continue
        value = number(match.group("num"))
        counted = label.split()[:-1] if label.endswith("ed") and len(label.split()) > 1 else label.split()
        unit = counted[-1].lower()
        figure = Figure(label, value, None, unit) if targets.search(label) else Figure(label, None, value, unit)
        figure.evidence.append(ctx.evidence(match.start("label"), match.end("num")))
        figures.append(figure)
    return figures


def figures_of_table(ctx: Context, block) -> list[Figure]:
    rows = block.rows or []
    if len(rows) < 2:
        return []
    target_col, delivered_col = header_columns(rows[0])
    if target_col is None and delivered_col is None:
        return []
    figures, offset = [], block.start + len("\t".join(rows[0])) + 1
    for row in rows[1:]:
        target = cell_number(row, target_col)
        delivered = cell_number(row, delivered_col)
        if row and row[0].strip() and (target is not None or delivered is not None):
            figure = Figure(row[0].strip(), target, delivered, None)
            figure.evidence.append(ctx.evidence(offset, offset + len(row[0])))
            figures.append(figure)
        offset += len("\t".join(row)) + 1
    return figures


def header_columns(header: list[str]) -> tuple[int | None, int | None]:
    lex = words()
    targets, delivered = phrase_regex(lex["target_headers"]), phrase_regex(lex["delivered_headers"])
    target_col = next((i for i, h in enumerate(header) if i and targets.search(h)), None)
    delivered_col = next((i for i, h in enumerate(header) if i and i != target_col and delivered.search(h)), None)
    return target_col, delivered_col


def cell_number(row: list[str], column: int | None) -> float | None:
    if column is None or column >= len(row):
        return None
    match = NUMBER_CELL.match(row[column])
    return number(match.group(1)) if match else None
