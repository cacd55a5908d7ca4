"""Events lists, as newsletters print their "Upcoming events": a line naming the happening, a line holding
only its date (and time), and perhaps the venue and its address in brackets on the next line:

    Brussels – ECRE/UNHCR Launch Event – Follow the Money Report II
    31/01/2019 09:30
    (L42 Business Center, Rue de la Loi 42, 1040 Brussels, Belgium)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from partnergraph.extract.facts.context import Context, phrase_regex
from partnergraph.extract.facts.when import span_values
from partnergraph.extract.record import Event, Venue
from partnergraph.extract.resources import load_yaml

TIME = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon)"
DATE_LINE_REST = re.compile(rf"[ \t,|–-]*(?:(?:at|from)\s+)?(?:{TIME}(?:[ \t]*(?:-|–|to)[ \t]*{TIME})?)?[ \t,]*", re.I)
TIME_RANGE = re.compile(rf"(?:(?:at|from)\s+)?{TIME}[ \t]*(?:-|–|to)[ \t]*{TIME}", re.I)
HEADING_WORDS = 15  # the happening's line is a heading, not running text
BRACKETED = re.compile(r"\(\s*([A-Z][^,()\n]*)")
ADDRESS_NUMBER = re.compile(r"\s+\d")  # "Centre for Intercultural Studies Office 333 Rua ...": the address begins


@dataclass
class ListedEvent:
    date: object  # the date's span
    heading: tuple[int, int]
    venue: tuple[int, int] | None  # the venue's name in the brackets
    place: str | None  # the first place the venue's address names


def listed_venues(ctx: Context) -> list[Venue]:
    """The venues events lists name, each in the first place its address names."""
    venues: dict[str, Venue] = {}
    for item in event_list(ctx):
        if item.venue:
            name = ctx.text[slice(*item.venue)]
            venue = venues.setdefault(name, Venue(name, item.place))
            venue.evidence.append(ctx.evidence(*item.venue))
    return list(venues.values())


def listed_events(ctx: Context) -> list[Event]:
    events = []
    for item in event_list(ctx):
        values = span_values(ctx, item.date)
        if not values:
            continue
        venue = ctx.text[slice(*item.venue)] if item.venue else None
        event = Event(values[0], venue, item.place or first_place(ctx, *item.heading),
                      " ".join(ctx.text[slice(*item.heading)].split()))
        event.evidence.append(ctx.evidence(item.date.start_char, item.date.end_char))
        events.append(event)
    return events


def event_list(ctx: Context) -> list[ListedEvent]:
    if "event_list" not in ctx.notes:
        event_words = phrase_regex(load_yaml("patterns/events.yaml")["event_words"])
        ctx.notes["event_list"] = [item for span in ctx.spans("dates") if (item := listed_at(ctx, span, event_words))]
    return ctx.notes["event_list"]


def listed_at(ctx: Context, span, event_words: re.Pattern) -> ListedEvent | None:
    """The date opens its block and only a time follows it, then the block's end, a line's or a bracket;
    the block before is a heading that names a happening."""
    document = ctx.document
    index = document.last_block_starting_by(span.start_char)
    if index <= 0 or ctx.text[document.blocks[index].start:span.start_char].strip(" \t|–-,"):
        return None
    block, heading = document.blocks[index], document.blocks[index - 1]
    rest = DATE_LINE_REST.match(ctx.text, span.end_char, block.end)
    if rest.end() < block.end and ctx.text[rest.end()] not in "(\n" or len(heading.text.split()) > HEADING_WORDS \
            or not (event_words.search(heading.text) or timed(ctx, rest, index)):
        return None
    bracket_at = rest.end()
    if rest.end() == block.end and index + 1 < len(document.blocks):
        block = document.blocks[index + 1]  # the venue's line is a block of its own
        bracket_at = block.start
    bracket = BRACKETED.match(ctx.text, bracket_at)
    if not bracket:
        return ListedEvent(span, (heading.start, heading.end), None, None)
    name_end = bracket.start(1) + len(ADDRESS_NUMBER.split(bracket.group(1))[0].rstrip())
    close = ctx.text.find(")", bracket.end(), block.end)
    place = first_place(ctx, name_end, close if close >= 0 else block.end)
    return ListedEvent(span, (heading.start, heading.end), (bracket.start(1), name_end), place)


def timed(ctx: Context, rest, index: int) -> bool:
    """The date has its hours, on its line or on the next ("Sunday 18 June" / "2pm to 5pm"): a happening's
    schedule, whatever its heading calls it ("Women Refugee Stories")."""
    if TIME_RANGE.search(rest.group()):
        return True
    blocks = ctx.document.blocks
    return index + 1 < len(blocks) and bool(TIME_RANGE.fullmatch(blocks[index + 1].text.strip()))


def first_place(ctx: Context, start: int, end: int) -> str | None:
    places = [(s.start_char, s.text) for s in ctx.spans("gazetteer", "PLACE") if start <= s.start_char < end]
    places += [(e.start_char, e.text) for e in ctx.entities if e.label_ == "GPE" and start <= e.start_char < end]
    return min(places)[1] if places else None
