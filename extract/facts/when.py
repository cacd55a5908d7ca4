"""Title, report date and dates: years resolved against the report date, weekdays checked."""
from __future__ import annotations

import datetime as dt
import re

from extract.components.dates import parse_dates
from extract.facts.context import Context
from extract.record import DateMention

TOP_BLOCKS = 3  # a report's date, when it has one, stands in its title lines


YEAR_ONLY = re.compile(r"\b((?:19|20)\d\d)(?:[/-]\d\d(?!\d))?\b")


def report_date(document) -> str | None:
    """The most precise date in the title lines, as ISO 8601; else a year there ("Spring 2023",
    "Annual Report 2021/22": the year it starts)."""
    lines = [b.text for b in document.blocks[:TOP_BLOCKS]
             if b.kind != "table" and (b.kind == "heading" or len(b.text.split()) <= 12)]
    for line in lines:
        for _, _, parts in parse_dates(line):
            if parts["year"]:
                return iso(parts["year"], parts["month"], parts["days"][0] if parts["days"] else None)
    for line in lines:
        year = YEAR_ONLY.search(line)
        if year:
            return year.group(1)
    return None


def iso(year: int, month: int | None, day: int | None) -> str | None:
    if month and day:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def resolve_year(parts: dict, report: str | None) -> int | None:
    """A yearless date takes the report's year, or the next/previous one where the weekday says so."""
    if parts["year"]:
        return parts["year"]
    if not report:
        return None
    base = int(report[:4]) + {"next": 1, "last": -1}.get(parts.get("relative") or "", 0)
    if parts.get("weekday") is None or not parts["days"]:
        return base
    for year in (base, base + 1, base - 1):
        try:
            if dt.date(year, parts["month"], parts["days"][0]).weekday() == parts["weekday"]:
                return year
        except ValueError:
            continue
    return base


def date_values(parts: dict, report: str | None) -> list[str]:
    year = resolve_year(parts, report)
    if year is None:
        return []
    if not parts["days"]:
        return [iso(year, parts["month"], None)]
    return [v for v in (iso(year, parts["month"], d) for d in parts["days"]) if v]


def find_dates(ctx: Context) -> list[DateMention]:
    mentions, seen = [], set()
    for span in ctx.spans("dates"):
        text = re.sub(r"^the\s+", "", span.text, flags=re.I)
        for value in date_values(span._.date_parts, ctx.report_date):
            if (text, value) not in seen:
                seen.add((text, value))
                mentions.append(DateMention(text, value, [ctx.evidence(span.start_char, span.end_char)]))
    return mentions
