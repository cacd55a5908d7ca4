"""Counts kept for the nodes and edges many reports name (graph_sums): how many of a node's parts give
each spelling, alias and date, and how many of an edge's give each role, project, project node and date.
With them a change updates such a row by taking out the parts that went and adding those that came,
instead of folding tens of thousands of parts again (its themes are counted and its reports listed in the
row itself). The row is the one the fold gives: a test compares with a rebuild."""
from __future__ import annotations

import json

from partnergraph.graph.model.build import preferred_spelling
from partnergraph.graph.model.rows import edge_of_row, edge_rows, listed, loads, node_of_row, theme_counts

SUMS_FROM = 50  # reports a node or an edge has before its counts are kept (fewer parts fold in no time)
COUNTED = {True: (("names", 2, False), ("aliases", 3, True)),  # node rows: field, column, a JSON list
           False: (("roles", 4, True), ("projects", 5, True), ("via", 6, True))}
THEMES_COLUMN = {True: 4, False: 7}


def counts_of(rows, node: bool) -> dict[str, dict[str, int]]:
    """The counts of these parts (rows shaped as the nodes or edges table's)."""
    sums: dict[str, dict[str, int]] = {}
    shift(sums, rows, node, 1)
    return sums


def shift(sums: dict, rows, node: bool, sign: int) -> None:
    """Adds (sign 1) or takes out (-1) what these parts count."""
    for row in rows:
        for field, value in counted(row, node):
            held = sums.setdefault(field, {})
            held[value] = held.get(value, 0) + sign
            if not held[value]:
                del held[value]
                if not held:  # as counts_of writes them: no field without a value
                    del sums[field]


def counted(row, node: bool):
    for field, column, is_list in COUNTED[node]:
        values = loads(row[column]) if is_list else (row[column],)
        for value in values:
            yield field, value
    seen = row[7] if node else row[10]
    if seen is not None:
        yield "dates", seen


def stored_sums(db, item: str) -> dict | None:
    row = db.execute("SELECT sums FROM graph_sums WHERE id = ?", [item]).fetchone()
    return json.loads(row[0]) if row else None


def keep_sums(db, item: str, sums: dict | None, documents: int) -> None:
    """Stores the counts of a node or edge of at least SUMS_FROM reports, forgets those of others."""
    if sums is not None and documents >= SUMS_FROM:
        db.execute("INSERT OR REPLACE INTO graph_sums VALUES (?, ?)", [item, json.dumps(sums, sort_keys=True)])
    else:
        db.execute("DELETE FROM graph_sums WHERE id = ?", [item])


def node_from_sums(stored, sums: dict, taken: list, added: list) -> dict | None:
    """A node's data from its stored row and its counts (already shifted), less the parts taken, plus
    those added; None when no report names it any more."""
    data = node_of_row(stored)
    shift_reports(data, taken, added, THEMES_COLUMN[True])
    if not data["documents"]:
        return None
    data["name"] = preferred(sums["names"])
    data["aliases"] = set(sums.get("aliases", ()))
    dates = sums.get("dates") or {}
    data["first_seen"], data["last_seen"] = (min(dates), max(dates)) if dates else (None, None)
    return data


def edge_from_sums(stored, sums: dict, taken: list, added: list) -> tuple | None:
    data = edge_of_row(stored)
    shift_reports(data, taken, added, THEMES_COLUMN[False])
    if not data["documents"]:
        return None
    for field in ("roles", "projects", "via"):
        data[field] = set(sums.get(field, ()))
    dates = sums.get("dates") or {}
    data["first_seen"], data["last_seen"] = (min(dates), max(dates)) if dates else (None, None)
    return next(edge_rows([(tuple(stored[1:4]), data)]))


def shift_reports(data: dict, taken: list, added: list, themes_column: int) -> None:
    """The row's reports and theme counts, less the parts taken and plus those added (the reports
    column follows the themes column)."""
    for rows, sign in ((taken, -1), (added, 1)):
        for row in rows:
            documents = listed(row[themes_column + 1])
            if sign < 0:
                data["documents"].difference_update(documents)
            else:
                data["documents"].update(documents)
            if row[themes_column] != "{}":
                for theme, count in theme_counts(row[themes_column]):
                    data["themes"][theme] = data["themes"].get(theme, 0) + sign * count
    data["themes"] = {theme: count for theme, count in data["themes"].items() if count > 0}


def preferred(names) -> str:
    """The spelling a fold of the parts would keep (graph/model/build.preferred_spelling)."""
    names = iter(names)
    best = next(names)
    for name in names:
        best = preferred_spelling(best, name)
    return best
