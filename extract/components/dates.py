"""Calendar dates, months and dating years: "Wednesday 22nd June", "12 th June" (as PDFs split it),
"Monday 17 to Sunday 23 June", "15/03/11", "June 5, 2019", "w/c 5/6", "December 2019", "in April",
"last July", "in 2016". Pure parsing here; the year of a yearless date is resolved later against the report
date (extract/facts/when.py). Spans go to doc.spans["dates"] with ._.date_parts set."""
from __future__ import annotations

import re

from partnergraph.extract.components.first_chars import first_chars
from partnergraph.extract.components.sentences import doc_text
from spacy.language import Language
from spacy.tokens import Doc, Span

MONTHS = {name: i + 1 for i, names in enumerate([
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
    "august aug", "september sep sept", "october oct", "november nov", "december dec"]) for name in names.split()}
WEEKDAYS = {name: i for i, names in enumerate(["monday mon", "tuesday tue tues", "wednesday wed",
            "thursday thu thur thurs", "friday fri", "saturday sat", "sunday sun"]) for name in names.split()}
WEEKDAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY = rf"(?:(?P<weekday>{WEEKDAY_NAMES})\.?,?\s+)?"
ORDINAL = r"(?:\s?(?:st|nd|rd|th)\b)?"  # "12th", and "12 th" as PDF text leaves it
DAY = rf"(?P<day>[0-3]?\d)(?!\d){ORDINAL}"
DAY2 = rf"(?:\s*(?:/|-|–|&|and|to)\s*(?:(?:{WEEKDAY_NAMES})\.?,?\s+)?(?P<day2>[0-3]?\d)(?!\d){ORDINAL})?"
YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?![\d-])|\s+(?P<relative>this|next|last) year)?"
PERIODS = ["early", "mid", "late", "end of", "beginning of"]
LEADS = ["in", "during", "by", "from", "since", "until", "till", "of", "and", "or", "before", "after",
         "last", "next", "this"]
YEAR_LEADS = ["the end of", "end of", "the beginning of", "in", "during", "since", "until", "till", "by", "from",
              "throughout", "early", "mid", "late", "the", "of", "and"]
FISCAL = r"(?:FY\s?|fiscal\s+year\s+)?"  # "in FY 2010": the year the fiscal year ends
PATTERNS = [
    re.compile(rf"\b{first_chars([*WEEKDAYS, 'the'], digits=True)}{WEEKDAY}(?:the\s+)?{DAY}{DAY2}(?:\s+of)?\s+"
               rf"{MONTH}{YEAR}\b", re.I),
    re.compile(rf"\b{first_chars([*WEEKDAYS, *MONTHS])}{WEEKDAY}{MONTH}\s+(?P<day>[0-3]?\d)(?!\d)"
               rf"(?P<ordinal>{ORDINAL}){DAY2}(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?(?![:.]?\d)", re.I),
    re.compile(r"\b(?P<day>[0-3]?\d)[/.](?P<monthnum>[0-3]?\d)[/.](?P<year>(?:19|20)?\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<monthnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    # Yearless d/m only where nothing else reads so: "w/c 5/6", "10/1-12/31" ("8/10 families" is a ratio).
    re.compile(rf"\b{first_chars(['w'], digits=True)}(?P<lead>(?:w/c|week commencing)\s+)?(?P<day>[0-3]?\d)/"
               r"(?P<monthnum>[0-3]?\d)(?:\s*[-–]\s*(?P<day2>[0-3]?\d)/(?P<month2>[0-3]?\d))?(?![/\d])", re.I),
    re.compile(rf"\b{first_chars([*PERIODS, *MONTHS])}(?:(?:{'|'.join(PERIODS)})[\s-]+)?{MONTH}\s+"
               rf"(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b{first_chars(LEADS)}(?P<lead>(?:{'|'.join(LEADS)})\s+){MONTH}\b(?!\s+\d)", re.I),
    # A year that dates something ("in 2016 we", "since 2006", "the 2022 intake"), not a span of years.
    re.compile(rf"\b{first_chars(YEAR_LEADS)}(?P<lead>(?:{'|'.join(YEAR_LEADS)})\s+){FISCAL}(?P<year>(?:19|20)\d\d)\b"
               r"(?!\s*(?:[-–/]|to\b|until\b|till\b|through\b)\s*\d)", re.I),
]
AMBIGUOUS_MONTHS = {"may", "mar", "jan", "jun", "jul", "sat", "sun", "dec", "oct", "aug", "sep", "nov", "apr", "feb"}
RECENT = {"last", "next"}  # "last July": the latest July before the report
KEPT_LEADS = RECENT | {"the"}  # part of the date's text: "the 2022 intake" is a modifier, not "in 2022"
AMERICAN = re.compile(r"U\.S\.|\bUSA\b|\bUnited States\b|\bAmerica\b")
BRITISH = re.compile(r"\bU\.?K\b|\bUnited Kingdom\b|\bBritain\b|\bEngland\b|\bScotland\b|\bWales\b|\bIreland\b")

if not Span.has_extension("date_parts"):
    Span.set_extension("date_parts", default=None)


SLASHED = re.compile(r"\b([0-3]?\d)/([0-3]?\d)/(?:19|20)?\d\d\b")


def month_first(text: str) -> bool:
    """Whether the text is American, so that 6/5/2019 is June 5 (UK usage, the default, reads 6 May): its
    own unambiguous dates say so ("3/20/2017"), else its mentions of the country."""
    slashed = [(int(a), int(b)) for a, b in SLASHED.findall(text)]
    month_then_day = sum(a <= 12 < b for a, b in slashed)
    day_then_month = sum(b <= 12 < a for a, b in slashed)
    if month_then_day != day_then_month:
        return month_then_day > day_then_month
    american = len(AMERICAN.findall(text))
    return american > 0 and american > len(BRITISH.findall(text))


def parse_dates(text: str, us: bool = False) -> list[tuple[int, int, dict]]:
    """(start, end, parts) for each date; parts has year, month, days, weekday, relative ("next year") and
    maybe recent ("next July") or end (the (month, day) closing a range "10/1-12/31"); any may be None."""
    found: list[tuple[int, int, dict]] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e, _ in found):
                continue
            lead = (match.groupdict().get("lead") or "").strip().lower()
            start = match.end("lead") if lead and lead not in KEPT_LEADS else match.start()
            found_parts = date_parts(match, us)
            if found_parts:
                found.append((start, match.end(), found_parts))
    return sorted(found, key=lambda item: item[0])


def date_parts(match: re.Match, us: bool) -> dict | None:
    groups = match.groupdict()
    if "monthnum" in groups and groups["monthnum"]:
        return numeric_parts(match, us)
    if "month" not in groups:
        return year_parts(match)
    month_name = (groups.get("month") or "").lower()
    if month_name not in MONTHS or month_name in AMBIGUOUS_MONTHS and match.group("month")[:1].islower():
        return None  # "may" the verb, "sat" the verb; "ſeptember" a case fold only
    if "ordinal" in groups and not (groups["year"] or groups["weekday"] or groups["ordinal"] or day_named(match)):
        return None  # "in June 12 volunteers": a count, not June 12
    days = [int(d) for d in (groups.get("day"), groups.get("day2")) if d]
    if any(not 1 <= d <= 31 for d in days):
        return None
    lead = (groups.get("lead") or "").strip().lower()
    found = parts(groups.get("year"), MONTHS[month_name], days, groups.get("weekday"), groups.get("relative"))
    return {**found, "recent": lead} if lead in RECENT else found


DAY_BEFORE = re.compile(r"\b(?:on|for|from|until|till|before|after|since|through)\s+$", re.I)
DAY_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")
COUNT_BEFORE = re.compile(r"\b(?:in|during)\s+$", re.I)  # "in June 12 volunteers joined"


def day_named(match: re.Match) -> bool:
    """A bare "March 16" is a day after a preposition that takes one ("on March 16", "for October 11") or
    before punctuation ("... Committee on March 16, members were told"), not in "in June 12 volunteers"."""
    before = match.string[max(0, match.start() - 8):match.start()]
    return bool(DAY_BEFORE.search(before) or DAY_AFTER.match(match.string, match.end())
                and not COUNT_BEFORE.search(before))


def numeric_parts(match: re.Match, us: bool) -> dict | None:
    """15/03/11 (UK day first), 6/5/2019 in American text, 2019-06-05; without a year only a range of two
    day/month pairs ("10/1-12/31") or after "w/c"."""
    groups = match.groupdict()
    if "month2" in groups and not (groups["month2"] or groups["lead"]):
        return None
    pairs = [(int(groups["day"]), int(groups["monthnum"]))]
    if groups.get("month2"):
        pairs.append((int(groups["day2"]), int(groups["month2"])))
    iso_order = bool(groups.get("year")) and match.start("year") < match.start("day")
    us = us and "/" in match.group()  # 6.5.2019 is day first everywhere
    if not iso_order and (any(m > 12 for _, m in pairs) or (us and all(d <= 12 for d, _ in pairs))):
        pairs = [(m, d) for d, m in pairs]
    if any(not (1 <= d <= 31 and 1 <= m <= 12) for d, m in pairs):
        return None
    (day, month), *end = pairs
    found = parts(groups.get("year"), month, [day], None, None)
    return {**found, "end": end[0][::-1]} if end else found


def year_parts(match: re.Match) -> dict | None:
    """A year alone dates something; "the" only before a common noun ("the 2022 intake", not "the 2019 Act");
    "of" only after a common noun and before no noun ("the second half of 2015", not "a total of 2015 people");
    "and" only after a dated year ("throughout 2013 and 2014", not "between 2013 and 2014")."""
    lead, before, after = match.group("lead").strip().lower(), match.string[:match.start()], match.string[match.end():]
    if lead == "the" and not re.match(r"\s+[a-z]", after):
        return None
    if lead == "of" and (not re.search(r"\b[a-z]+\s*$", before) or re.match(r"\s+[a-z]", after)):
        return None
    if lead == "and":
        return year_parts_after_dated_year(match, before)
    if re.search(r"\d\d\d\d\s*$", before[-8:]):
        return None  # the end of a span of years: "from 2015 until 2017"
    return parts(match.group("year"), None, [], None, None)


def year_parts_after_dated_year(match: re.Match, before: str) -> dict | None:
    leads = "|".join(lead for lead in YEAR_LEADS if lead not in ("the", "of", "and"))
    if not re.search(rf"\b(?:{leads})\s+{FISCAL}(?:19|20)\d\d\s*,?\s*$", before[-40:], re.I):
        return None
    return parts(match.group("year"), None, [], None, None)


def parts(year: str | None, month: int | None, days: list[int], weekday: str | None, relative: str | None) -> dict:
    if year and len(year) == 2:
        year = "20" + year if int(year) < 70 else "19" + year
    return {"year": int(year) if year else None, "month": month, "days": days,
            "weekday": WEEKDAYS.get((weekday or "").lower()), "relative": (relative or "").lower() or None}


@Language.factory("pg_dates")
def make_dates(nlp: Language, name: str):
    return DateFinder()


class DateFinder:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        text = doc_text(doc)
        for start, end, parts_ in parse_dates(text, month_first(text)):
            span = doc.char_span(start, end, label="DATE", alignment_mode="expand")
            if span is not None:
                span._.date_parts = parts_
                spans.append(span)
        doc.spans["dates"] = spans
        return doc
