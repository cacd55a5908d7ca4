"""Calendar dates and months in UK usage: "Wednesday 22nd June", "16th / 17th July", "15/03/11",
"December 2019", "in April". Pure parsing here; the year of a yearless date is resolved later against
the report date (extract/facts/dates.py). Spans go to doc.spans["dates"] with ._.date_parts set."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.first_chars import first_chars
from extract.components.sentences import doc_text

MONTHS = {name: i + 1 for i, names in enumerate([
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
    "august aug", "september sep sept", "october oct", "november nov", "december dec"]) for name in names.split()}
WEEKDAYS = {name: i for i, names in enumerate(["monday mon", "tuesday tue tues", "wednesday wed",
            "thursday thu thur thurs", "friday fri", "saturday sat", "sunday sun"]) for name in names.split()}
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY = r"(?:(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+)?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
DAY2 = r"(?:\s*(?:/|-|–|&|and|to)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?![\d-])|\s+(?P<relative>this|next|last) year)?"
PERIODS = ["early", "mid", "late", "end of", "beginning of"]
LEADS = ["in", "during", "by", "from", "since", "until", "till", "of", "and", "or", "before", "after"]
PATTERNS = [
    re.compile(rf"\b{first_chars([*WEEKDAYS, 'the'], digits=True)}{WEEKDAY}(?:the\s+)?{DAY}{DAY2}(?:\s+of)?\s+"
               rf"{MONTH}{YEAR}\b", re.I),
    re.compile(rf"\b{first_chars([*WEEKDAYS, *MONTHS])}{WEEKDAY}{MONTH}\s+{DAY}{DAY2},?\s+(?P<year>(?:19|20)\d\d)\b",
               re.I),
    re.compile(r"\b(?P<day>[0-3]?\d)[/.](?P<monthnum>[01]?\d)[/.](?P<year>(?:19|20)?\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<monthnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{first_chars([*PERIODS, *MONTHS])}(?:(?:{'|'.join(PERIODS)})[\s-]+)?{MONTH}\s+"
               rf"(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b{first_chars(LEADS)}(?P<lead>(?:{'|'.join(LEADS)})\s+){MONTH}\b(?!\s+\d)", re.I),
]
AMBIGUOUS_MONTHS = {"may", "mar", "jan", "jun", "jul", "sat", "sun", "dec", "oct", "aug", "sep", "nov", "apr", "feb"}

if not Span.has_extension("date_parts"):
    Span.set_extension("date_parts", default=None)


def parse_dates(text: str) -> list[tuple[int, int, dict]]:
    """(start, end, parts) for each date; parts has year, month, days, weekday, relative (any may be None)."""
    found: list[tuple[int, int, dict]] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e, _ in found):
                continue
            parts = date_parts(match)
            start = match.end("lead") if match.groupdict().get("lead") else match.start()
            if parts:
                found.append((start, match.end(), parts))
    return sorted(found, key=lambda item: item[0])


def date_parts(match: re.Match) -> dict | None:
    groups = match.groupdict()
    month_name = (groups.get("month") or "").lower()
    if month_name and month_name in AMBIGUOUS_MONTHS and match.group("month")[:1].islower():
        return None  # "may" the verb, "sat" the verb
    month = MONTHS.get(month_name) or int(groups.get("monthnum") or 0) or None
    if not month or month > 12:
        return None
    days = [int(d) for d in (groups.get("day"), groups.get("day2")) if d]
    if any(not 1 <= d <= 31 for d in days):
        return None
    year = groups.get("year")
    if year and len(year) == 2:
        year = "20" + year if int(year) < 70 else "19" + year
    weekday = (groups.get("weekday") or "").lower()
    return {"year": int(year) if year else None, "month": month, "days": days,
            "weekday": WEEKDAYS.get(weekday), "relative": (groups.get("relative") or "").lower() or None}


@Language.factory("pg_dates")
def make_dates(nlp: Language, name: str):
    return DateFinder()


class DateFinder:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, parts in parse_dates(doc_text(doc)):
            span = doc.char_span(start, end, label="DATE", alignment_mode="expand")
            if span is not None:
                span._.date_parts = parts
                spans.append(span)
        doc.spans["dates"] = spans
        return doc
