"""Figures in tables: a header row names which column holds targets and which delivered figures
("Target", "Achieved"); each later row's first cell is the metric. A line that is a label and a count
("Number of participants: 85", "Beneficiaries supported – 230", or "New Scots reached" over "77") is a
one-row table."""
from __future__ import annotations

import re

from partnergraph.extract.document import INLINE_BULLETS
from partnergraph.extract.facts.context import Context, phrase_regex
from partnergraph.extract.facts.figure_cues import number, words
from partnergraph.extract.facts.figure_nouns import VERB_STOP
from partnergraph.extract.record import Figure

NUMBER_CELL = re.compile(r"^\s*[£€$]?\s*(\d[\d,]*(?:\.\d+)?)\s*%?\s*$")


# A label and its count on a line of its own or after a bullet of items a PDF ran into one line; the count
# may carry a target in brackets or a short qualifier ("17 in 14 locations"), which is part of the item
LABELLED_LINE = re.compile(rf"(?:^|(?<=[{INLINE_BULLETS}]))[ \t]*(?P<label>[A-Z][A-Za-z '’/&-]{{2,90}}?)[ \t]*"
                           r"(?::|–|—| - )[ \t]*(?P<num>\d[\d,]*)"
                           r"(?:[ \t]*\((?:target|aim)[: \t]+(?P<target>\d[\d,]*)\))?"
                           rf"(?P<tail>[^\n{INLINE_BULLETS}]*)", re.M)
YEAR = re.compile(r"(?:19|20)\d\d$")
PARTICIPLES = {"held", "run", "given", "taken", "made", "met", "seen", "built", "won", "sent", "done", "set up"}
QUALIFIER = re.compile(r"\s*$|\s+(?:in|across|at|from|with|over|and)\s|\s*\(")


# "New Scots reached" over "77": a dashboard's count under its label, the label saying what was done
STACKED_LINES = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Za-z '’-]{2,60}?(?:ed|[Nn]umber of [a-z ]+))[ \t]*\n"
                           r"(?:[ \t]*\n)?[ \t]*(?P<num>\d[\d,]*)[ \t]*$", re.M)


def table_figures(ctx: Context) -> tuple[list[Figure], list[tuple[int, int]]]:
    """The figures of tables and labelled lines, and the labelled lines' spans (no sentence figure in them)."""
    figures = []
    for block in ctx.document.tables:
        figures.extend(figures_of_table(ctx, block))
    labelled, spans = labelled_lines(ctx)
    return figures + labelled, spans


def labelled_lines(ctx: Context) -> tuple[list[Figure], list[tuple[int, int]]]:
    """"Number of participants: 85": delivered, or a target when the label says so ("Target learners: 80")
    or gives one in brackets ("120 (target 100)")."""
    lex = words()
    not_labels = set(lex["label_words"]) | {"tel", "phone", "telephone", "call", "ref", "reference", "date", "year",
                                             "page", "fax", "mobile", "postcode", "room", "issue", "volume"}
    targets = phrase_regex(lex["target_headers"])
    figures, spans = [], []
    for match in [*LABELLED_LINE.finditer(ctx.text), *STACKED_LINES.finditer(ctx.text)]:
        figure = labelled_figure(match, targets, not_labels)
        if figure is not None:
            figure.evidence.append(ctx.evidence(match.start("label"), match.end("num")))
            figures.append(figure)
            spans.append((match.start("label"), match.end("target" if match.groupdict().get("target") else "num")))
    return figures, spans


def labelled_figure(match: re.Match, targets: re.Pattern, not_labels: set[str]) -> Figure | None:
    groups = match.groupdict()
    if groups.get("tail") is not None and not QUALIFIER.match(groups["tail"]):
        return None
    label = re.sub(r"^(?:the\s+)?(?:total\s+)?number of\s+", "", groups["label"].strip(), flags=re.I)
    said = {w.lower() for w in re.sub(r"\bnumber of\b", "", label, flags=re.I).split()}
    value = number(groups["num"])
    # "Annual Report - 2016": a year after a label that counts nothing
    if not said or said & not_labels or (YEAR.match(groups["num"]) and label == groups["label"].strip()):
        return None
    unit = counted_noun(label)
    if groups.get("target"):
        return Figure(label, number(groups["target"]), value, unit)
    return Figure(label, value, None, unit) if targets.search(label) else Figure(label, None, value, unit)


def counted_noun(label: str) -> str:
    """The last word before what qualifies it: "nations" of "different nations represented at the away days"."""
    words = re.sub(r"^.*?\bnumber of\s+", "", label, flags=re.I).split()
    end = next((i for i, w in enumerate(words) if i and (w.lower() in VERB_STOP or w in PARTICIPLES
                                                         or w.endswith(("ed", "ing")))), len(words))
    return words[end - 1].lower()


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
