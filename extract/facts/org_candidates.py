"""Candidate organisation names by source: the gazetteer, names by their shape, roster lines; with the rules
every source shares (splitting "A and B", a head word then "of" and a place, what counts as a place).
Names found by what a sentence says they do are in cue_candidates.py. `organisations.add_named_bodies`
chooses among them."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.body_names import person_post_length, without_post_and_person, without_thing_word
from partnergraph.extract.facts.context import Context, lexicon
from partnergraph.extract.facts.listed_names import (
    gazetteer_categories,
    shared_head_names,
    shared_head_pattern,
    split_listed_names,
    with_dashed_branch,
    with_listed_place,
    without_cut_branch,
)
from partnergraph.extract.facts.model_names import a_place
from partnergraph.extract.facts.names import (
    OWNER,
    is_generic,
    trim_span,
    with_people_possessive,
    without_roles,
    word_sets,
)
from partnergraph.extract.facts.place_checks import is_place, listed_place_names
from partnergraph.extract.facts.post_names import portfolio
from partnergraph.extract.facts.ranges import Ranges
from partnergraph.extract.facts.rosters import roster_lines

BASED_IN = re.compile(r"[A-Z][\w’'.]*(?:[ -][A-Z][\w’'.]*)*-based\s+(?=[A-Z])")
INITIALLED_PERSON = re.compile(r"(?:[A-Z]\.\s?){1,2}[A-Z][\w’'-]+\s+(?=[A-Z][\w’'-]+\s+[A-Z])")
# "the" in a name follows a link word ("Friends of the Earth"); after a name's word it starts another name:
# "For the UKRS the Council had contracted" -> "the Council"
LOOSE_THE = re.compile(r".*?\b[A-Z0-9][\w’'.)-]*\s+the\s+(?=[A-Z])")
ADJECTIVAL_CATEGORIES = {"eu_institution", "international_org"}  # "EU citizens", "UN conventions"


def with_place_of(ctx: Context, candidate: tuple) -> tuple:
    """"Boys and Girls Club" + " of Moncton", "Lloyds Bank Foundation" + " for England and Wales": a body's head
    word, then "of" or "for" and a place (or two), is one name; so is a head word then a place ("Community
    Migrant Resource Centre Parramatta will deliver");
    "Government of Newfoundland" + " and Labrador": a name ending in the first words of a place takes all of it."""
    start, end, name, surface = candidate
    of_place = re.search(r" of ", name)
    for place_end in place_starts(ctx).get(start + of_place.end(), []) if of_place else []:
        if place_end > end and name == surface:
            longer = ctx.text[start:place_end]
            return (start, place_end, longer, longer)
    if not name.split() or name.split()[-1].lower() not in word_sets()["org_heads"]:
        return candidate
    link = re.match(r" (?:of|for) | ", ctx.text[end:end + 5])
    gap = len(link.group()) if link else 0
    for place in place_starts(ctx).get(end + gap, []) if gap else []:
        if gap > 1 or not re.match(r" [A-Z]|['’]", ctx.text[place:place + 2]):
            place = and_place(ctx, place) if gap > 1 else place
            return (start, place, name + ctx.text[end:place], surface + ctx.text[end:place])
    return candidate


BRACKETED_INITIALISM = re.compile(r" \([A-Z][A-Za-z&]{1,7}\) ")


def with_bracketed_place(ctx: Context, candidate: tuple) -> tuple:
    """"Third Sector Interface (TSI) Edinburgh", "Regional Development (RDA) Murray": the body's initialism set
    inside its name, before the place that ends it; the name is read without the brackets."""
    start, end, name, surface = candidate
    bracket = BRACKETED_INITIALISM.match(ctx.text, end)
    places = place_starts(ctx).get(bracket.end(), []) if bracket and name == surface else []
    if not places or bracket.group().strip(" ()")[0] != name[:1]:
        return candidate  # the initialism starts as the name does
    whole = f"{name} {ctx.text[bracket.end():places[0]]}"
    return (start, places[0], whole, whole)


def and_place(ctx: Context, end: int) -> int:
    """"... Foundation for England" + " and Wales": a second place joined to the first is the name's too."""
    joined = re.match(r" (?:and|&) ", ctx.text[end:end + 6])
    further = place_starts(ctx).get(end + len(joined.group()), []) if joined else []
    return further[0] if further else end


def refined(ctx: Context, candidate: tuple) -> list[tuple]:
    """A candidate that is really more than one name: a headline's "A Opens B" gives A and B, a person's
    name before "of" ("Patrick Taran of the International Labour Organization") and an occasion after "on"
    ("... on International Women’s Day") are cut off."""
    start, end, name, surface = candidate
    if name != surface:
        return [candidate]
    if cut_expansion(ctx.text, start, end):
        return []
    if PLUS.match(ctx.text, end):  # "REACH+", "Erasmus+": the plus is part of the name
        name += "+"
    if "[" in name or "]" in name:  # an editor's brackets ("[The Cross Cultural Learner Centre] CCLC") end a name
        piece = max(re.finditer(r"[^\[\]]+", name), key=lambda m: len(m.group().strip()))
        offset = piece.start() + len(piece.group()) - len(piece.group().lstrip())
        start, name = start + offset, piece.group().strip()
    based = BASED_IN.match(name) or INITIALLED_PERSON.match(name) \
        or name not in gazetteer_categories() and LOOSE_THE.match(name)  # "Save the Children" is a name
    if based:  # "Troy-based Kresge Foundation", "C. Vanderkruys Barrie Public Library": not the body's name
        start, name = start + based.end(), name[based.end():]
    weekday = WEEKDAY_AFTER.search(name)
    if weekday:
        name = name[:weekday.start()]  # "BBC Radio Leeds on Monday 18": the day it spoke, no part of the name
    occasion = re.search(r" on (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* ([A-Z][a-z]+)$", name)
    if occasion and occasion.group(1).lower() in word_sets()["not_body_heads"]:
        name = name[:occasion.start()]  # "Parliament on International Women’s Day": the day is no part
    name = without_post_and_person(without_thing_word(name))
    held = person_post_length(name)
    start, name = start + held, name[held:]
    posted, unposted = without_roles(name)  # "the Bishop of Coventry": a post and its see, no body
    if posted:
        if a_place(ctx, unposted):
            return []
        start, name = start + posted, unposted
    titled = TITLE_BEFORE_BODY.match(name)
    if titled and titled.group(1).split()[-1].lower() not in word_sets()["org_heads"]:
        # "Opportunities for Partnerships - Municipal Association": a page's title, then its body
        start, name = start + titled.end(), name[titled.end():]
    if not name:
        return []  # "Kitchener Centre MP Stephen Woodworth": a constituency, its member and no body
    parts = headline_parts(name)
    found = [without_person(ctx, (start + offset, start + offset + len(part), part, part)) for offset, part in parts]
    if len(parts) == 1:
        return found
    return [c for c in found if len(c[2].split()) > 1 or c[2].isupper() and len(c[2]) >= 3]  # a headline's names


PLUS = re.compile(r"\+(?![\w+])")
WEEKDAY_AFTER = re.compile(r" (?:on|from|until) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$")
TITLE_BEFORE_BODY = re.compile(r"(.+?) - (?=[A-Z][\w’'-]* [A-Z])")  # a page's title, a dash, its body's name
EXPANDED = re.compile(r"\b[A-Z]{2,}\s*\($")  # "AMRI (" opens the initialism's long form


def cut_expansion(text: str, start: int, end: int) -> bool:
    """Part of an initialism's bracketed long form: "AMRI (Association of Leaders of Missionaries and Religious
    of Ireland)" names one body, AMRI, not an "Association of Leaders" or a "Religious of Ireland"."""
    opening = text.rfind("(", max(0, start - 120), start)
    if opening < 0 or ")" in text[opening:start] or not EXPANDED.search(text, max(0, opening - 12), opening + 1):
        return False
    close = text.find(")", end, end + 120)
    return close >= end and (text[opening + 1:start].strip() != "" or text[end:close].strip() != "")


@lru_cache(maxsize=1)
def headline_verbs() -> re.Pattern:
    return re.compile(r" (?:" + "|".join(re.escape(v) for v in lexicon()["headline_verbs"]) + r") ", re.I)


def headline_parts(name: str) -> list[tuple[int, str]]:
    for match in headline_verbs().finditer(name):
        if match.group(0)[1].isupper():  # set as a headline: "Opens", "OPENS"; "opens" is a sentence's verb
            rest = match.end()
            return [(0, name[:match.start()])] + [(rest + o, p) for o, p in headline_parts(name[rest:])]
    return [(0, name)]


def without_person(ctx: Context, candidate: tuple) -> tuple:
    """"Patrick Taran of the ILO": the model's person before "of" is no part of the body's name, unless the
    words end in a body's head word ("Manawatū Chamber of Commerce", which the model calls a person)."""
    start, end, name, _ = candidate
    match = re.match(r"(.+?) of (?:the )?", name)
    heads = word_sets()["org_heads"]
    if match and match.group(1).split()[-1].lower() not in heads and any(
            e.label_ == "PERSON" and e.start_char == start and e.end_char == start + len(match.group(1))
            for e in ctx.entities):
        rest = name[match.end():]
        return (start + match.end(), end, rest, rest)
    return candidate


def place_starts(ctx: Context) -> dict[int, list[int]]:
    """{start: [end]} of the gazetteer's and the model's places."""
    if "place_starts" not in ctx.notes:
        starts: dict[int, list[int]] = {}
        spans = list(ctx.spans("gazetteer", "PLACE")) + [e for e in ctx.entities if e.label_ in ("GPE", "LOC")]
        for span in spans:
            starts.setdefault(span.start_char, []).append(span.end_char)
        ctx.notes["place_starts"] = {k: sorted(v, reverse=True) for k, v in starts.items()}
    return ctx.notes["place_starts"]


ACRONYM_ORGAN = re.compile(r"([A-Z]{3,}) ([A-Z][a-z]+(?: (?:of )?[A-Z][a-z]+)?)$")  # "ALDA Governing Board"


def owner_of(ctx: Context, candidate: tuple) -> tuple:
    """"Tuntum Housing’s Supported Housing Service": a named body's own service is the body's; a body
    named head first after a possessive ("the Government’s Department of X") was cut off before this. A
    place owns no body: "Red Deer’s Immigrant Centre" is the centre's name; nor does a group of people or a
    saint ("Centre Children’s Project", "St Bede’s")."""
    start, end, name, surface = candidate
    acronym = ACRONYM_ORGAN.match(name)
    if acronym and acronym.group(2).lower() in lexicon()["body_organs"]:  # "the NCCA Board ... approved"
        return (start, start + acronym.end(1), acronym.group(1), acronym.group(1))
    owner, heads = OWNER.match(name), word_sets()["org_heads"]
    organ = bool(owner) and name[owner.end() - 1:].strip().lower() in lexicon()["body_organs"]  # "X’ Board of Directors"
    if not owner or len(owner.group(1).split()) < 2 and not owner.group(1).isupper() and not organ \
            and (owner.group(1).lower() not in heads or name.split()[-1].lower() in heads) \
            or owner.group(1).split()[-1].lower() in word_sets()["people_nouns"] \
            or re.fullmatch(r"(?:St\.?|Saint) [A-Z][a-z]+", owner.group(1)) \
            or a_place(ctx, owner.group(1)) or owner.group(1) in listed_place_names(ctx):
        return candidate  # "the Government’s Resettlement Schemes": the Government's; "the Union’s X Fund" a fund
    return (start, start + len(owner.group(1)), owner.group(1), owner.group(1))


def with_shared_heads(ctx: Context, candidates: list[tuple]) -> list[tuple]:
    """"North Kesteven and South Kesteven District Councils": the two councils, each under its own name, in
    place of any candidate that overlaps the phrase."""
    shared, phrases = [], Ranges()
    for match in shared_head_pattern().finditer(ctx.text):
        start = match.start() + len(re.match(r"(?:The |A )?", match.group()).group())
        names = shared_head_names(ctx.text[start:match.end()])
        shared += [(start + s, start + e, name, ctx.text[start + s:start + e]) for s, e, name in names]
        if names:
            phrases.add(start, match.end())
    return shared + [c for c in candidates if not phrases.overlaps(c[0], c[1])] if shared else candidates


def roster_candidates(ctx: Context) -> list[tuple]:
    """A roster line's body, whole: "DWP Scotland", not the "DWP" a gazetteer finds inside it."""
    return [(r.org_start, r.org_start + len(r.org), r.org, r.org) for r in roster_lines(ctx) if r.org]


def gazetteer_candidates(ctx: Context) -> list[tuple]:
    categories = gazetteer_categories()
    found = []
    spans = [s for s in ctx.spans("gazetteer") if s.label_ in ("ORG", "SERVICE")]
    starts = {s.start_char: s for s in spans}
    for span in spans:
        if span.label_ == "ORG" and categories.get(span.kb_id_) in ADJECTIVAL_CATEGORIES and used_as_modifier(span):
            owned = starts.get(span.end_char + 1)  # "European Union Asylum, Migration and Integration Fund": one name
            if owned is not None and owned.label_ == "ORG" and ctx.text[span.end_char] == " ":
                name = ctx.text[span.start_char:owned.end_char]
                found.append((span.start_char, owned.end_char, name, name))
            continue
        name = span.kb_id_ if span.label_ == "ORG" else span.text.lower()
        if name != span.text and name not in ctx.text:
            name = span.text  # a body is named by the fullest form the report uses ("COSLA" alone stays "COSLA")
        found.append((span.start_char, span.end_char, name, span.text))
    return found


def used_as_modifier(span) -> bool:
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.is_alpha and following.lower_ not in {"and", "or", "to", "in", "on"}


def shaped_candidates(ctx: Context) -> list[tuple]:
    """Names by shape; a church's or mosque's name too ("St. Andrew’s Pentecost Episcopal Church and ... have
    partnered with X"): where it is not a venue (a venue's range is blocked), it is the congregation."""
    suffixes = set(ctx.notes.get("role_suffixes", ()))
    acting = word_sets()["acting_venue_heads"]
    found = []
    for span in ctx.spans("names", "ORG") + [s for s in ctx.spans("names", "VENUE") if s[-1].lower_ in acting]:
        span = trim_span(span)
        if span is None:
            continue
        text = span.text
        head, _, suffix = text.rpartition("-")
        if suffix.lower() in suffixes and head:
            text = head
        lead, unposted = without_roles(text)  # "ACTING DIRECTOR OF LOCAL SERVICES": a post and its portfolio
        if len(span) < 2 and "-" not in span.text or is_generic(text) or is_place(ctx, (span.start_char, span.end_char)) \
                or portfolio(ctx.text, span.start_char, text) \
                or lead and portfolio(ctx.text, span.start_char + lead, unposted):
            continue
        text = unposted
        in_list = bool(re.search(r"[\w)],\s*$", ctx.text[max(0, span.start_char - 4):span.start_char]))
        for offset, part in split_listed_names(text, in_list):
            start = span.start_char + lead + offset
            end = start + len(part)
            start, part = with_people_possessive(ctx.text, start, part) if offset == 0 else (start, part)
            part = without_cut_branch(ctx.text, end, part)
            end = start + len(part)
            end, part = with_dashed_branch(ctx.text, start, *with_listed_place(ctx.text, start, end, part))
            found.append((start, end, part, part))
    return found
