"""Events: a dated sentence or list item that names a happening, a venue or a place it is in.

Several dates in one sentence make several events; with as many places, they pair in order
("in April and May (one in Eastbourne and one in Hastings)")."""
from __future__ import annotations

import re

from extract.facts.context import Context, lexicon, phrase_regex
from extract.facts.when import date_values
from extract.record import Event, Money

TBC = re.compile(r"\b(?:venue|location|place)\s+(?:tbc|tba|to be (?:confirmed|announced))\b", re.I)


def find_events(ctx: Context, venues, places, title_end: int) -> list[Event]:
    lex = lexicon()
    event_words, lifetime = phrase_regex(lex["event_words"]), phrase_regex(lex["lifetime_words"])
    events = []
    for sentence in ctx.sentences:
        if sentence.start_char < title_end:
            continue
        dates = [d for d in ctx.spans("dates") if sentence.start_char <= d.start_char < sentence.end_char]
        if not dates:
            continue
        text = sentence.text
        sentence_venues, sentence_places = mentioned_in(sentence, venues), places_in(ctx, sentence, places)
        has_event_word = bool(event_words.search(text))
        if not (has_event_word or sentence_venues or sentence_places) or (lifetime.search(text) and not has_event_word):
            continue
        events.extend(events_of(ctx, sentence, dates, sentence_venues, sentence_places))
    return events


def mentioned_in(sentence, items) -> list:
    return [x for x in items if any(sentence.start_char <= e.start < sentence.end_char for e in x.evidence)]


def places_in(ctx: Context, sentence, places) -> list[str]:
    """Places the sentence puts something in or at ("in Newhaven", "one in Hastings")."""
    found = []
    for place in places:
        for evidence in place.evidence:
            if sentence.start_char <= evidence.start < sentence.end_char:
                before = ctx.text[max(sentence.start_char, evidence.start - 12):evidence.start]
                if re.search(r"(\bin|\bat|\bnear|\()\s*$", before):
                    found.append((evidence.start, place.name))
    return [name for _, name in sorted(found)]


def events_of(ctx: Context, sentence, dates, venues, places) -> list[Event]:
    events = []
    description = " ".join(re.sub(r"\(\s*\)", "", TBC.sub("", sentence.text)).split()).strip(" ,.:;-")
    for index, span in enumerate(dates):
        values = date_values(span._.date_parts, ctx.report_date)
        if not values:
            continue
        venue = venues[min(index, len(venues) - 1)] if venues else None
        if len(places) == len(dates):
            place = places[index]
        else:
            place = venue.place if venue and venue.place else (places[0] if places else None)
        event = Event(values[0], venue.name if venue else None, place, description)
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
