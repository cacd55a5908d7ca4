"""Rows printed as a table that fits the terminal, or as JSON or CSV with the same snake_case fields.

A table keeps its key columns at any width: long text wraps inside its column, and when even the
narrowest layout is too wide the secondary columns go first, in the order the command gives (the title
says which, and `--wide` shows them all). The width is the terminal's, or COLUMNS off a terminal."""
from __future__ import annotations

import csv
import json
import os
import shutil
import sys

from partnergraph.graph.export.safe_text import csv_cell, shown, terminal_text

UNBROKEN = {"date", "report_date", "format"}  # short values that read badly when broken
WIDE = {"title", "description", "snippet", "metric", "evidence", "message", "sentence"}
NARROWEST = 10  # a text column is never squeezed below this (or its header's longest word)
LONGEST_UNBROKEN_WORD = 16  # nor below its longest word up to this: "Wolverhampton" is not broken
LIST_CELL = 3  # items a table cell shows before "+N more"; JSON and CSV carry them all
OFF_TERMINAL_WIDTH = 160  # piped or redirected, without COLUMNS


def terminal_width() -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) >= 20:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return OFF_TERMINAL_WIDTH


def print_rows(rows: list[dict], columns: list[str], as_json: bool = False, as_csv: bool = False,
               title: str | None = None, secondary: tuple[str, ...] = (), wide: bool = False) -> None:
    """`columns`: what the table shows; `secondary`: the columns that may be left out, first to go first."""
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    elif as_csv:
        print_csv(rows, columns)
    else:
        print_table(rows, columns, title, secondary, wide)


def print_csv(rows: list[dict], columns: list[str]) -> None:
    """Every field JSON has, the table's columns first; lists joined with "; ", nested values as JSON."""
    fields = list(dict.fromkeys(columns + [key for row in rows for key in row]))
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: csv_cell(csv_text(csv_value(value))) for key, value in row.items()} for row in rows)


def csv_text(value):
    """Control characters dropped: CSV goes to the terminal too, where ESC sequences would act."""
    return terminal_text(value) if isinstance(value, str) else value


def csv_value(value):
    if isinstance(value, (list, tuple)) and all(isinstance(v, (str, int, float)) for v in value):
        return "; ".join(map(str, value))
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def print_table(rows: list[dict], columns: list[str], title: str | None, secondary: tuple[str, ...],
                wide: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    title = shown(title) if title else title
    if not rows:
        Console().print(title or "Nothing to show.")
        return
    cells = {column: [cell(row.get(column)) for row in rows] for column in columns}
    width = terminal_width()
    visible = fitting_columns(columns, cells, width, () if wide else secondary)
    if len(visible) < len(columns):
        hidden = [c.replace("_", " ") for c in columns if c not in visible]
        title = f"{title or ''} ({', '.join(hidden)} left out to fit; --wide shows them)".strip()
    widths = column_widths(visible, cells, None if wide else width)
    table = Table(title=title, title_justify="left")
    for column in visible:
        table.add_column(column.replace("_", " "), overflow="fold", width=widths[column],
                         no_wrap=column in UNBROKEN)
    for index in range(len(rows)):
        table.add_row(*[cells[column][index] for column in visible])
    Console(width=max(width, sum(widths.values()) + 3 * len(visible) + 1)).print(table)


def column_widths(visible: list[str], cells: dict[str, list[str]], width: int | None) -> dict[str, int]:
    """Each column's natural width if all fit (or `width` is None); otherwise each starts at its narrowest,
    short columns (names, dates, numbers) get their whole width first, smallest need first, and the text
    columns share what is left, so it is long text that wraps."""
    natural_widths = {c: natural(c, cells[c]) for c in visible}
    room = None if width is None else width - 3 * len(visible) - 1
    if room is None or sum(natural_widths.values()) <= room:
        return natural_widths
    widths = {c: narrowest(c, cells[c]) for c in visible}
    spare = max(room - sum(widths.values()), 0)
    texts = [c for c in visible if c in WIDE or c == visible[0]]
    for column in sorted((c for c in visible if c not in texts), key=lambda c: natural_widths[c] - widths[c]):
        grant = min(natural_widths[column] - widths[column], spare)
        widths[column] += grant
        spare -= grant
    wants = {c: natural_widths[c] - widths[c] for c in texts}
    total = sum(wants.values()) or 1
    for column in texts:
        widths[column] += min(wants[column], spare * wants[column] // total)
    return widths


def fitting_columns(columns: list[str], cells: dict[str, list[str]], width: int, secondary) -> list[str]:
    visible = list(columns)
    for column in secondary:
        if layout_width(visible, cells) <= width:
            break
        visible.remove(column)
    return visible


def layout_width(visible: list[str], cells: dict[str, list[str]]) -> int:
    """The narrowest the table can be: each column at its narrowest, plus borders and padding."""
    return sum(narrowest(c, cells[c]) + 3 for c in visible) + 1


def narrowest(column: str, values: list[str]) -> int:
    longest = max((len(v) for v in values), default=0)
    if column in UNBROKEN:
        return max(len(column), longest)
    header = max(len(word) for word in column.split("_"))
    longest_word = max((len(w) for v in values for w in v.split()), default=0)
    return max(header, min(longest, max(NARROWEST, min(longest_word, LONGEST_UNBROKEN_WORD))))


def natural(column: str, values: list[str]) -> int:
    return max([len(column) if column in UNBROKEN else narrowest(column, [])] + [len(v) for v in values])


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        listed = [str(v) for v in value[:LIST_CELL]]
        more = f" +{len(value) - LIST_CELL} more" if len(value) > LIST_CELL else ""
        return shown(", ".join(listed) + more)
    if isinstance(value, float):
        return f"{value:g}"
    return shown(value)
