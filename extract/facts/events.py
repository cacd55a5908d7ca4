"""Events: a dated sentence or list item that names a happening, a venue or a place it is in, or one
that opens on its day ("On 10 December 2012, ..."); a happening at a named venue is an event undated too.

Several dates in one sentence make several events; with as many places, they pair in order
("in April and May (one in Eastbourne and one in Hastings)")."""
from __future__ import annotations

import bisect
import re

from partnergraph.extract.facts.context import Context, phrase_regex
from partnergraph.extract.facts.event_lists import listed_events
from partnergraph.extract.facts.when import DATELINE_CHARS, running_text, span_values
from partnergraph.extract.record import Event, Money
from partnergraph.extract.resources import load_yaml

TBC = re.compile(r"\b(?:venue|location|place)\s+(?:tbc|tba|to be (?:confirmed|announced))\b", re.I)
ON_DAY = re.compile(r"\s*on\s*", re.I)
TITLE_WORDS = 12  # a title line is short; a long first block is running text (a press release's dateline)
TODAY = re.compile(r"\btoday\b", re.I)  # a dateline dates what its sentence says happened "today"
DATE_PREPOSITION = re.compile(r"\b(?:on|from|in|between|by|until|since|during)\s+$", re.I)
# Dates that time no event: a deadline ("1,700 arriving annually by 2022", "by the end of the financial year in
# July 2020"), a report's own date field ("Report Date: October 5, 2016"; a meeting's date is one)
NOT_EVENT_DATE = re.compile(r"(?:\bby\s+(?:the\s+end\s+of\s+(?:(?:the|this|our)\s+)?(?:[\w-]+\s+){0,2}in\s+)?|"
                            r"(?<!meeting )\bdate\s*:\s*)$", re.I)
LIST_LINE_WORDS = 8  # "22nd July, Town Hall, Eastbourne": a line of an events list, not running text


# "marked on 20 June each year", "held every year around World Refugee Day on the 20 June": a recurring day
RECURRING = re.compile(r",?\s+(?:each|every)\s+year\b|,?\s+annually\b", re.I)
RECURRING_BEFORE = re.compile(r"\b(?:each|every)\s+year\b[^.;]{0,40}$", re.I)


def find_events(ctx: Context, venues, places, title_end: int) -> list[Event]:
    """The events of the report's sentences and of its events lists."""
    words = load_yaml("patterns/events.yaml")
    event_words, lifetime = phrase_regex(words["event_words"]), phrase_regex(words["lifetime_words"])
    not_happenings, rooms = phrase_regex(words["not_happenings"]), set(words["room_words"])
    spans = sorted(ctx.spans("dates"), key=lambda s: s.start_char)
    starts = [s.start_char for s in spans]
    events = []
    for sentence in ctx.sentences:
        if sentence.start_char < title_end and len(sentence.text.split()) <= TITLE_WORDS \
                and not running_text(getattr(ctx.block_at(sentence.start_char), "text", "")):
            continue  # a title line; a page whose text opens on a paragraph has no title lines
        dates = spans[bisect.bisect_left(starts, sentence.start_char):bisect.bisect_left(starts, sentence.end_char)]
        dates = undated_lines(ctx.text, sentence, dates) if sentence.start_char < title_end else dates
        dates = [d for d in dates if not NOT_EVENT_DATE.search(ctx.text, max(0, d.start_char - 45), d.start_char)
                 and not RECURRING.match(ctx.text, d.end_char)
                 and not RECURRING_BEFORE.search(ctx.text, max(0, d.start_char - 60), d.start_char)]
        has_event_word = bool(event_words.search(not_happenings.sub(" ", sentence.text)))
        sentence_venues = buildings(mentioned_in(sentence, venues), rooms)
        if not dates:
            if has_event_word and sentence_venues and not placed_earlier(ctx, sentence, events, sentence_venues[0]):
                events.append(undated_event(ctx, sentence, sentence_venues[0]))
            continue
        sentence_places = places_in(ctx, sentence, places)
        if not (has_event_word or sentence_venues or sentence_places or opens_on_its_day(ctx, sentence, dates[0])) \
                or (lifetime.search(sentence.text) and not has_event_word):
            continue
        events.extend(events_of(ctx, sentence, dates, sentence_venues, sentence_places))
    dated = {event.evidence[0].start for event in events if event.evidence}
    return events + [event for event in listed_events(ctx) if event.evidence[0].start not in dated]


def undated_lines(text: str, sentence, dates: list) -> list:
    """A dateline dates the report, not what the sentence after it tells, unless that happened "today";
    a date after a preposition ("From October 2 to 5, 2023, Turin hosted ...") is no dateline."""
    if TODAY.search(sentence.text):
        return dates
    return [d for d in dates if d.start_char - sentence.start_char >= DATELINE_CHARS
            or DATE_PREPOSITION.search(text, sentence.start_char, d.start_char)]


def opens_on_its_day(ctx: Context, sentence, first_date) -> bool:
    """"On 10 December 2012, the two services become one": the sentence tells what that day brings."""
    gap = ctx.text[sentence.start_char:first_date.start_char]
    return bool(first_date._.date_parts["days"] and ON_DAY.fullmatch(gap))


def buildings(venues: list, rooms: set) -> list:
    """A room's building stands for it ("Committee Room 2, Civic Centre"): rooms go when a building is named."""
    whole = [v for v in venues if v.name.split()[-1].lower() not in rooms]
    return whole or venues


BACK_REFERENCE = re.compile(r"\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:took place|was held|is held|"
                            r"will take place|will be held|takes place)\s+(?:at|in)\b")


def placed_earlier(ctx: Context, sentence, events: list, venue) -> bool:
    """"On Monday, May 14th, X hosted the first of 2 focus groups ... The focus group took place at the Academic
    Conference Centre": a sentence that says where the happening just dated was held gives that event its
    venue (the event of the sentence before, in the same block, whose description names the same noun)."""
    opening = BACK_REFERENCE.match(sentence.text)
    previous = events[-1] if events else None
    if opening is None or previous is None or previous.venue or not previous.date or not previous.evidence:
        return False
    before = ctx.sentence_at(max(0, sentence.start_char - 1))
    same_block = ctx.block_at(before.start_char) is ctx.block_at(sentence.start_char)
    if not same_block or not before.start_char <= previous.evidence[0].start < before.end_char \
            or opening.group(1).lower() not in previous.description.lower():
        return False
    previous.venue, previous.place = venue.name, venue.place or previous.place
    previous.evidence.append(ctx.evidence(sentence.start_char, sentence.end_char))
    return True


def undated_event(ctx: Context, sentence, venue) -> Event:
    event = Event(None, venue.name, venue.place, description(sentence.text))
    event.evidence.append(ctx.evidence(sentence.start_char, sentence.end_char))
    return event


def description(text: str) -> str:
    return " ".join(re.sub(r"\(\s*\)", "", TBC.sub("", text)).split()).strip(" ,.:;-")


def mentioned_in(sentence, items) -> list:
    """The items the sentence names, in the order it names them."""
    found = [(e.start, x) for x in items for e in x.evidence if sentence.start_char <= e.start < sentence.end_char]
    return list({id(x): x for _, x in sorted(found, key=lambda pair: pair[0])}.values())


def places_in(ctx: Context, sentence, places) -> list[str]:
    """Places the sentence puts something in or at ("in Newhaven", "one in Hastings"); in a short list line
    such as "20th July, Westgate Centre Eastbourne" every place it names."""
    found, listed = [], len(sentence.text.split()) <= LIST_LINE_WORDS
    for place in places:
        for evidence in place.evidence:
            if sentence.start_char <= evidence.start < sentence.end_char:
                before = ctx.text[max(sentence.start_char, evidence.start - 12):evidence.start]
                if listed or re.search(r"(\bin|\bat|\bnear|\()\s*$", before):
                    found.append((evidence.start, place.name))
    return [name for _, name in sorted(found)]


CUT_OFF = re.compile(r"\bas (?:at|of)\s+$", re.I)
AWARD = re.compile(r"\b(?:award|awards|awarded|prize|won|wins)\b", re.I)


def events_of(ctx: Context, sentence, dates, venues, places) -> list[Event]:
    events, about = [], description(sentence.text)
    for index, span in enumerate(dates):
        values = span_values(ctx, span)
        if not values or span._.date_parts["month"] is None and not AWARD.search(sentence.text):
            continue  # a year alone dates an award ("In 2019 the group received an award"), not a happening
        if CUT_OFF.search(ctx.text, max(0, span.start_char - 12), span.start_char):
            continue  # "as at 9 February 2022, 5,348 evacuees ...": the date of a count, not of a happening
        venue = venues[min(index, len(venues) - 1)] if venues else None
        if len(places) == len(dates):
            place = places[index]
        else:
            place = venue.place if venue and venue.place else (places[0] if places else None)
        event = Event(values[0], venue.name if venue else None, place, about)
        event.evidence.append(ctx.evidence(span.start_char, span.end_char))
        events.append(event)
    return events


def find_money(ctx: Context) -> list[Money]:
    found = []
    for span in ctx.spans("money"):
        amount, currency = span._.money
        text = money_text(ctx, span)
        item = Money(amount, currency, text)
        item.evidence.append(ctx.evidence(span.start_char, span.end_char))
        found.append(item)
    return found


def money_text(ctx: Context, span) -> str:
    """The amount with what it is for when a noun follows ("£70,000 social enterprise fund")."""
    tail = re.match(r"\s+((?:[a-z-]+\s+){0,3}(?:fund|grant|budget|award|funding|investment|contract))\b",
                    ctx.text[span.end_char:span.end_char + 60])
    return span.text + (" " + tail.group(1) if tail else "")
