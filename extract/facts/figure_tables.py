"""Figures in tables: a header row names which column holds targets and which delivered figures
("Target", "Achieved"); each later row's first cell is the metric."""
from __future__ import annotations

import re

from extract.facts.context import Context, phrase_regex
from extract.facts.figures import number, words
from extract.record import Figure

NUMBER_CELL = re.compile(r"^\s*[£€$]?\s*(\d[\d,]*(?:\.\d+)?)\s*%?\s*$")


def table_figures(ctx: Context) -> list[Figure]:
    figures = []
    for block in ctx.document.tables:
        figures.extend(figures_of_table(ctx, block))
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
