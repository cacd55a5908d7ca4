"""Venues: named buildings where things happen ("Concordia Hall", "the Civic Centre, Lewes"), in a venue's
position or in a sentence that gives a date, with their town; a name with a venue's head word that acts as
a body ("Kelvin Law Centre hosted ...") is left to the organisations."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context, lexicon
from partnergraph.extract.facts.event_lists import listed_venues
from partnergraph.extract.facts.listed_names import gazetteer_categories
from partnergraph.extract.facts.names import is_generic, trim_span, word_sets
from partnergraph.extract.record import Venue

VENUE_LEAD = {"at", "in", "inside", "outside", "venue", "near"}
BODY_LEAD = {"the", "with", "by", "from", "for"}  # before a name out of a venue's position: a body's

INITIAL = re.compile(r"[A-Z]\.\s")


def find_venues(ctx: Context) -> tuple[list[Venue], list[tuple[int, int]]]:
    """Venue names in a venue's position: after "at"/"in", or in a sentence that gives a date."""
    dated = {ctx.sentence_at(s.start_char).start_char for s in ctx.spans("dates")}
    venues: dict[str, Venue] = {}
    ranges = []
    for span in ctx.spans("names", "VENUE"):
        span = trim_span(span)
        if span is None or is_generic(span.text) or not named_venue(ctx, span) or name_continues(span) \
                or INITIAL.match(span.text) or post_of(span):
            continue  # "G. Hall (COS-Library Cooperative)": a person's initial and surname
        if not in_venue_position(ctx, span) and (ctx.sentence_at(span.start_char).start_char not in dated
                                                 or model_body(ctx, span)):
            continue  # "Kensington Commons Covenant Church recently welcomed the family": a body acting
        if (span.start >= 1 and span.doc[span.start - 1].lower_ in BODY_LEAD or joined_to_body(ctx, span)) \
                and not in_venue_position(ctx, span):
            continue  # "the Episcopal Church", "with Northgate Law Centre", "A and B Law Centre hosted" are bodies
        venue = venues.get(span.text)
        if venue is None:  # the town is looked for once per venue, not once per mention
            venue = venues[span.text] = Venue(span.text, place_of(ctx, span))
        venue.evidence.append(ctx.evidence(span.start_char, span.end_char))
        ranges.append((span.start_char, span.end_char))
    for span in sitting_legislatures(ctx):  # "invited to the House of Lords in London": its building
        venues.setdefault(span.text, Venue(span.text, place_of(ctx, span))).evidence.append(
            ctx.evidence(span.start_char, span.end_char))
        ranges.append((span.start_char, span.end_char))
    for venue in listed_venues(ctx):  # an events list's "(L42 Business Center, Rue de la Loi 42, ...)"
        venues.setdefault(venue.name, Venue(venue.name, venue.place)).evidence.extend(venue.evidence)
        ranges += [(evidence.start, evidence.end) for evidence in venue.evidence]
    return list(venues.values()), ranges


def post_of(span) -> bool:
    """"Head of the School of Classics": a post and the body it is in, no building."""
    return len(span) > 2 and span[0].lower_ in lexicon()["person_roles"] and span[1].lower_ == "of"


def sitting_legislatures(ctx: Context) -> list:
    """A parliament or assembly from the gazetteer in a venue's position ("in the House of Lords")."""
    categories = gazetteer_categories()
    return [span for span in ctx.spans("gazetteer", "ORG")
            if categories.get(span.kb_id_) == "legislature" and in_venue_position(ctx, span)]


# each word whole (the lookahead): a run of capitals is not split two ways at every letter
VENUE_LIST = re.compile(r"\b(?i:venues?|locations?|sites?)\s*:\s*"
                        r"(?:[A-Z][\w’'.-]*(?![\w’'.-])\s*|,\s*|and\s+|&\s*)*$")


VISIT_TO = re.compile(r"\b(?:visit|visits|trip|trips|outing|outings|excursion|excursions)\s+to(?:\s+the)?$")


def in_venue_position(ctx: Context, span) -> bool:
    """After "at"/"in" (or "at the"), or in a list after a "venues:" label ("at different venues: Luton
    Rights, Beech Hill Centre and Denbigh Primary School")."""
    words = [t.lower_ for t in span.doc[max(0, span.start - 4):span.start] if not t.is_space]  # "at the\nX Hall"
    before = words[-1] if words else ""
    if before in VENUE_LEAD or before == "the" and len(words) >= 2 and words[-2] in VENUE_LEAD:
        return True
    if VISIT_TO.search(" ".join(words)):
        return True  # "visits to the Museum of Wales", "a trip to Riverside Park"
    sentence = ctx.sentence_at(span.start_char)
    return bool(VENUE_LIST.search(ctx.text[max(sentence.start_char, span.start_char - 200):span.start_char]))


JOINED_AFTER = re.compile(r"([\w’'-]+)\s*,?\s+and\s+(?:the\s+)?$")
JOINED_BEFORE = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?:[\w’'-]+\s+)*([\w’'-]+)")


def joined_to_body(ctx: Context, span) -> bool:
    """"Northfield Refugee Forum and Brackley Law Centre co-hosted": a name joined by "and" to a body's
    name (one without a venue's head word; the names component matches the two as one) is a body too."""
    venue_heads = word_sets()["venue_heads"]
    for body in ctx.spans("names", "ORG"):
        if body.start_char < span.start_char and body.end_char == span.end_char:
            joined = JOINED_AFTER.search(ctx.text, body.start_char, span.start_char)
        elif body.start_char == span.start_char and body.end_char > span.end_char:
            joined = JOINED_BEFORE.fullmatch(ctx.text, span.end_char, body.end_char)
        else:
            continue
        if joined and joined.group(1).lower() not in venue_heads:
            return True
    return False


def model_body(ctx: Context, span) -> bool:
    if span[-1].lower_ not in word_sets()["acting_venue_heads"]:
        return False
    return any(e.label_ == "ORG" and e.start_char <= span.start_char and span.end_char <= e.end_char
               for e in ctx.entities)


def name_continues(span) -> bool:
    """"Lions Club International": a capitalised word after the head word makes it a body's name."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.is_title and following.is_alpha and not following.is_sent_start


def named_venue(ctx: Context, span) -> bool:
    """"Concordia Hall", or a town's building in lower case ("Hailsham bureau"); not "Conversation club"."""
    if span[-1].text[:1].isupper():
        return True
    return any(p.start_char == span.start_char for p in ctx.spans("gazetteer", "PLACE"))


def place_of(ctx: Context, span) -> str | None:
    """The town after the venue (", Lewes", "(St Leonards)"), else a town inside its name."""
    places = ctx.spans("gazetteer", "PLACE")
    tail = ctx.text[span.end_char:span.end_char + 40]
    for place in places:
        if not 0 <= place.start_char - span.end_char <= 4:
            continue
        gap = ctx.text[span.end_char:place.start_char]
        if re.fullmatch(r"[\s,(]*", gap) and "\n" not in tail[:len(gap)]:
            return place.text
    inside = [p.text for p in places if span.start_char <= p.start_char and p.end_char <= span.end_char]
    return inside[0] if inside else None
