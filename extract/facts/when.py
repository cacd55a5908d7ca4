"""Report date and dates: years resolved against the report date (or a year the text gives), weekdays checked."""
from __future__ import annotations

import datetime as dt
import re

from partnergraph.extract.components.dates import month_first, parse_dates
from partnergraph.extract.facts.context import Context, lexicon
from partnergraph.extract.record import DateMention

TOP_BLOCKS = 3  # a report's date, when it has one, stands in its title lines
DATELINE_BLOCKS = 8  # a dateline ("6 December 2012", "Posted on ...") stands near the top
DATELINE_CHARS = 40  # ... and opens its line ("Mississauga, September 5, 2008 - ...")
YEAR_ONLY = re.compile(r"\b((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)(?<!\d\s[-–/]\s\d{4})(?<!\d[-–/]\d{4})")
CLOCK_TIME = re.compile(r"^\s*(?:at|[-–|,])?\s*\d\d?[:.]\d\d\s*(?:[ap]\.?m\.?)?", re.I)  # "... at 10:57 am"
FISCAL_YEAR = re.compile(r"(?:\bFY|fiscal\s+year)\s*$", re.I)  # "... Program in FY 2011": a period, not a date
NEARBY_CHARS = 1500  # how far back a yearless date looks for the year it belongs to
TOP_CHARS = 300  # ... or in a labelled field at the very top
FIELD_DATE_LABEL = re.compile(r"\b(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting|date)\s*:\s*", re.I)
DATE_LABEL = re.compile(r"(?:(?:article|story|page|post|news item|press release)\s+)?"  # "Article published 12th ..."
                        r"(?:(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|dated?|issued(?:\s+on)?"
                        r"|(?:last\s+)?updated(?:\s+on)?)\s*:?\s*", re.I)


def report_date(document) -> str | None:
    """From the text only: a month or day in the title lines (or opening the first paragraph), else a
    dateline ("6 December 2012" near the top, "Posted on ..." anywhere), else a year in the title lines
    ("Spring 2023"); a span of years ("Impact Report 2021-2022") is a reporting period, not a date."""
    lines = [b.text for index, b in enumerate(document.blocks[:TOP_BLOCKS]) if b.kind != "table" and (
        index == 0 or b.kind == "heading" or len(b.text.split()) <= 12 or report_heading(b.text))]
    us = month_first(document.text)
    for line in lines:
        dates = parse_dates(line, us)
        for index, (start, _, parts) in enumerate(dates):
            if parts["year"] and parts["month"] and (start < DATELINE_CHARS or not running_text(line)):
                return None if is_range(parts) or joined(line, dates, index) else with_day(document, us, iso_of(parts))
    found = labelled_date(document.text[:TOP_CHARS], us)
    if found:
        return found
    for index, block in enumerate(document.blocks):
        found = dateline(block.text, us, labelled=index >= DATELINE_BLOCKS)
        if found:
            return found
    for line in lines:
        year = YEAR_ONLY.search(line)
        # "During the second half of 2015, ..." dates no report, nor "... Program in FY 2011"
        if year and not sentence(line) and not FISCAL_YEAR.search(line[:year.start()]):
            return yearless_dateline(document, us, year.group(1)) or year.group(1)
    return None


def yearless_dateline(document, us: bool, year: str) -> str | None:
    """"... supports 70 projects for 2023" over a line "July 21st": the day and month a short line near the
    top gives, in the title's year."""
    for block in document.blocks[:TOP_BLOCKS]:
        dates = parse_dates(block.text, us)
        if len(block.text.split()) <= 3 and dates and dates[0][0] == 0 and not dates[0][2]["year"] \
                and dates[0][2]["month"] and len(dates[0][2]["days"]) == 1:
            return iso(int(year), dates[0][2]["month"], dates[0][2]["days"][0])
    return None


def with_day(document, us: bool, month: str | None) -> str | None:
    """"Newsletter - October 2015" over "Published: October 1, 2015": the day a dateline near the top adds
    (minutes titled by a month keep it: dev's gold dates them by the title)."""
    if month is None or len(month) != len("2015-10"):
        return month
    for block in document.blocks[:DATELINE_BLOCKS]:
        found = dateline(block.text, us)
        if found and found.startswith(month + "-"):
            return found
    return month


def labelled_date(top: str, us: bool) -> str | None:
    """A date after a "Date:" or "Meeting date:" label at the top of a page whose lines a PDF's reader ran
    together ("Page 1 of 4 MEETING DATE: 3/20/2017 MEETING TIME ...")."""
    for label in FIELD_DATE_LABEL.finditer(top):
        dates = parse_dates(top[label.end():], us)
        if dates and dates[0][0] == 0 and dates[0][2]["year"] and dates[0][2]["month"]:
            parts = dates[0][2]
            return iso_of(parts)
    return None


def report_heading(line: str) -> bool:
    """A long title line that names its kind of paper first and ends without a full stop: "Report from
    the Management Committee to the Annual General Meeting of ...: 4th November 2020", "Minutes of the
    meeting of ... held on 12 March 2019"."""
    first = line.split(maxsplit=1)[0].lower() if line.strip() else ""
    return first in lexicon()["report_words"] and not line.rstrip().endswith(".") and len(line.split()) <= 40


def sentence(line: str) -> bool:
    """A line that ends as a sentence ends ("... the theme of Refugee Week 2016 was 'Welcome'.") or runs long."""
    return running_text(line) or line.rstrip().rstrip("'’\"”").endswith(".")


def is_range(parts: dict) -> bool:
    """An event's days ("17-23 June 2017") or a period at the top date no report."""
    return len(parts["days"]) > 1 or bool(parts.get("end"))


def joined(line: str, dates: list, index: int) -> bool:
    """Whether the date closes a range of two ("Sun, 18 Jun - Sat, 24 Jun 2017")."""
    return index > 0 and bool(re.fullmatch(r"\s*(?:[-–]|to|until)\s*", line[dates[index - 1][1]:dates[index][0]]))


def running_text(line: str) -> bool:
    """A long line with a full stop is a sentence, though a plain text's reader took it for a heading."""
    return len(line.split()) > 12 and (line.rstrip().endswith(".") or ". " in line)


def dateline(text: str, us: bool, labelled: bool = False) -> str | None:
    """A line that is a date, or starts with one after "Posted on", "First published", "Date:" (below the
    top of the text, only the latter)."""
    label = DATE_LABEL.match(text)
    if labelled and not label:
        return None
    rest = text[label.end():] if label else text
    dates = parse_dates(rest, us)
    if not dates or dates[0][0] != 0 or not dates[0][2]["year"] or not dates[0][2]["month"]:
        return None
    if not label and len(CLOCK_TIME.sub("", rest[dates[0][1]:]).split()) > 2:
        return None
    parts = dates[0][2]
    return iso_of(parts)


def iso_of(parts: dict) -> str | None:
    """A parsed date's ISO form, to its first day."""
    return iso(parts["year"], parts["month"], parts["days"][0] if parts["days"] else None)


def iso(year: int, month: int | None, day: int | None) -> str | None:
    if month and day:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def reference_date(ctx: Context) -> str | None:
    """What yearless dates resolve against: the report date, else a year the text gives."""
    if ctx.report_date:
        return ctx.report_date
    if "text_year" not in ctx.notes:
        ctx.notes["text_year"] = text_year(ctx)
    return ctx.notes["text_year"]


def text_year(ctx: Context) -> str | None:
    """The first year the text dates something with ("In 2021 they settled ..."; not "the 2022 intake"),
    else the first year it names ("Refugee Week 2019")."""
    for span in ctx.spans("dates"):
        if span._.date_parts["year"] and not span.text.lower().startswith("the "):
            return str(span._.date_parts["year"])
    named = YEAR_ONLY.search(ctx.text)
    return named.group(1) if named else None


PAST_MONTHS_SLACK = 3


def resolve_year(parts: dict, report: str | None) -> int | None:
    """A yearless date takes the report's year, or the next/previous one where the weekday says so;
    "last July" is the latest July before the report's month, and a month told in the past well after the
    report's month is last year's."""
    if parts["year"]:
        return parts["year"]
    if not report:
        return None
    base = int(report[:4]) + {"next": 1, "last": -1}.get(parts.get("relative") or "", 0)
    if parts.get("recent") and len(report) >= 7:  # "last July" in a September report: this year's July
        month, now = parts["month"], int(report[5:7])
        base += -(month >= now) if parts["recent"] == "last" else month <= now
    elif parts.get("past") and len(report) >= 7 and not parts.get("relative"):
        # "connected in November" in a January report: the November before it; a month or two after the report
        # date is more likely a report dated before it was finished
        base -= parts["month"] - int(report[5:7]) > PAST_MONTHS_SLACK
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
    """One value per day named; a range of day/month pairs ends in its own month, in the next year when
    it closes before it opens ("15/12-15/1")."""
    year = resolve_year(parts, report)
    if year is None:
        return []
    if not parts["days"]:
        return [iso(year, parts["month"], None)]
    values = [iso(year, parts["month"], d) for d in parts["days"]]
    if parts.get("end"):
        month, day = parts["end"]
        values.append(iso(year + ((month, day) < (parts["month"], parts["days"][0])), month, day))
    return [v for v in values if v]


def nearby_year(span, reference: str | None) -> str | None:
    """Without a report date, a yearless date takes the one year its own sentence names ("From 20th - 26th
    June Refugee Week 2016 celebrated ..."), else the last year named before it, else the text's year."""
    years = set(YEAR_ONLY.findall(span.sent.text)) if span.doc.has_annotation("SENT_START") else set()
    if len(years) == 1:
        return years.pop()
    before = YEAR_ONLY.findall(span.doc.text[max(0, span.start_char - NEARBY_CHARS):span.start_char])
    return before[-1] if before else reference


def span_values(ctx: Context, span) -> list[str]:
    """The ISO values of a date span, its year resolved as `nearby_year` says, or shared with the dates
    listed after it."""
    reference = reference_date(ctx)
    if span._.date_parts["year"]:
        return date_values(span._.date_parts, reference)
    near = reference if ctx.report_date else nearby_year(span, reference)
    parts = dict(span._.date_parts, past=True) if ctx.report_date and told_in_past(span) else span._.date_parts
    return date_values(parts, listed_year(ctx, span) or near)


# the sentence tells of what happened ("connected in November", "was held on 3 March") and of nothing to come or
# going on ("will be held", "takes place", "is due", "plans to")
PAST_WORD = re.compile(r"\b(?:was|were|had|held|met|took|began|gave|ran|won|came|went|saw|[a-z]{2,}ed)\b")
NOT_PAST_WORD = re.compile(r"\b(?:will|shall|would|is|are|am|be|going|due|plans?|planned|next|upcoming|until|"
                           r"takes|runs|opens|starts|begins)\b|['’]ll\b", re.I)


def told_in_past(span) -> bool:
    """A yearless date in a sentence that tells only of the past: the one before the report date."""
    sentence = span.sent.text if span.doc.has_annotation("SENT_START") else span.text
    return bool(PAST_WORD.search(sentence)) and not NOT_PAST_WORD.search(sentence)


LISTED_ON = re.compile(r"(?:,|,? and|,? or|;)\s+")


def listed_year(ctx: Context, span) -> str | None:
    """"September 30, October 1 and 2, 2015", "30 September, 1 and 2 October 2015": a yearless date listed
    before dates that give a year has their year (the one before, where its month comes later)."""
    if "dates_by_start" not in ctx.notes:
        ctx.notes["dates_by_start"] = {s.start_char: s for s in ctx.spans("dates")}
    parts, following = span._.date_parts, span
    while not parts["year"]:
        joint = LISTED_ON.match(ctx.text, following.end_char)
        following = joint and ctx.notes["dates_by_start"].get(joint.end())
        if following is None:
            return None
        parts = following._.date_parts
    first, last = span._.date_parts.get("month"), parts.get("month")
    return str(parts["year"] - (bool(first and last) and first > last))


def find_dates(ctx: Context) -> list[DateMention]:
    mentions, seen = [], set()
    for span in ctx.spans("dates"):
        text = re.sub(r"^the\s+", "", span.text, flags=re.I)
        for value in span_values(ctx, span):
            if (text, value) not in seen:
                seen.add((text, value))
                mentions.append(DateMention(text, value, [ctx.evidence(span.start_char, span.end_char)]))
    return mentions
