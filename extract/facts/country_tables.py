"""Partner tables with a country column, as EU project pages print them: a header "Name Country Role in
project" (or "Partner | Country"), then a row per body, "Municipality of Tar Hungary Partner". A page
turned to text often breaks a row in two ("Municipality of Valdina" / "Italy Partner"). Each row gives
the body before its country; a line of only a country and a role finishes the row above it. Tables the
reader kept as tables give their first column under such a header."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.document import Block
from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.place_lists import countries

MIN_ROWS = 3
HEADER_WORDS = 8
ROW_WORDS = 14
# "Name Country Role in project", "Partner organisation | Country", "Beneficiary Country"
HEADER = re.compile(r"(?i)^\W*(?:(?:partner|member)\s+)?(?:name|partners?|organi[sz]ations?|institutions?|beneficiar(?:y|ies)|"
                    r"members?)\b[\w\s|/,:-]*\bcountry\b")
# "Partner", "Lead partner", "Leadpartner", "Coordinator", "Associated partner" ending a row
ROLE_TAIL = re.compile(r"(?i)\s*[,;(|–-]?\s*(?:(?:lead(?:ing)?|associated|advisory|project|full)\s*)?"
                       r"(?:partner|co-?ordinator|applicant|beneficiary|lead)\)?\s*$")
TOWN_TAIL = re.compile(r"\s*[/,]\s*(?:[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2})?\s*$")  # "Haus der Jugend/ Berlin"
NAME = re.compile(r"[A-ZÀ-Ý][^\d:;.!?]*")


@lru_cache(maxsize=1)
def country_tail() -> re.Pattern:
    names = "|".join(re.escape(c) for c in sorted(countries(), key=len, reverse=True))
    return re.compile(rf"(?:^|[\s,(|–-]+)(?:{names})\)?\s*$")


def country_table_rows(ctx: Context) -> list[tuple[Block, list[tuple[int, int, str]]]]:
    """(header block, [(start, end, name)]) of each partner table with a country column."""
    found, blocks = [], ctx.document.blocks
    for index, block in enumerate(blocks):
        text = " ".join(block.rows[0]) if block.kind == "table" and block.rows else block.text.strip()
        if len(text.split()) > HEADER_WORDS or not HEADER.match(text):
            continue
        rows = table_first_column(block) if block.kind == "table" else rows_after(blocks[index + 1:])
        if len(rows) >= MIN_ROWS:
            found.append((block, rows))
    return found


def rows_after(blocks: list) -> list[tuple[int, int, str]]:
    """The bodies of the rows under a header, up to the first line that is no row."""
    rows = []
    for block in blocks:
        row = row_body(block.text)
        if row is None:
            break
        if row:
            start = block.start + block.text.index(row)
            rows.append((start, start + len(row), row))
    return rows


def row_body(line: str) -> str | None:
    """The body a row names ("" for a line of only a country and a role); None for a line that is no row."""
    text = ROLE_TAIL.sub("", line.strip())
    without_country = country_tail().sub("", text)
    if not without_country.strip():
        return "" if text else None
    name = TOWN_TAIL.sub("", without_country).strip()
    if len(name.split()) > ROW_WORDS or not NAME.fullmatch(name) or len(name) < 3:
        return None
    return name


def table_first_column(block) -> list[tuple[int, int, str]]:
    """A table's bodies: its first column below the header row."""
    rows = []
    for row in (block.rows or [])[1:]:
        cell = (row[0] if row else "").strip()
        name = row_body(cell) if cell else None
        if name and cell in block.text:
            start = block.start + block.text.index(cell) + cell.index(name)
            rows.append((start, start + len(name), name))
    return rows
