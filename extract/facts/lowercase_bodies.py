"""Bodies a report writes in lower case or by their kind alone: "the government of Canada funds ...", "the
municipality of Sittard Geleen", "funding was announced by the Government". The name shapes need a capital
and a name, so a government is found by the place it names or by what it does; so is a municipality named
head first ("the City of Melbourne funded ..."), which is otherwise a place."""
from __future__ import annotations

import re

from functools import lru_cache

from partnergraph.extract.facts.context import Context, lexicon, phrase_regex

GOVERNMENT_OF = re.compile(r"(?<!this )(?<!that )(?<!each )\b(government|municipality) of (?:the )?"
                           r"([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})")  # not "this municipality of Alentejo"


def government_candidates(ctx: Context) -> list[tuple[int, int, str, str]]:
    """(start, end, name, surface) for each "government/municipality of <Place>", named with a capital."""
    found = []
    for match in GOVERNMENT_OF.finditer(ctx.text):
        surface = match.group()
        found.append((match.start(), match.end(), surface[0].upper() + surface[1:], surface))
    return found


# a government named in full ("the UK Government", "Government of Canada", "provincial government"): the
# kind alone then refers back to it
NAMED_GOVERNMENT = re.compile(r"\b(?:(?!(?:The|This|That|Our|Their|Its|A|Any|Each|Every) )[A-Z][\w'’-]+ Government|"
                              r"[Gg]overnment of [A-Z]|Province of [A-Z]|"
                              r"(?:[Ff]ederal|[Pp]rovincial|[Ss]tate|[Nn]ational) [Gg]overnment)\b")


@lru_cache(maxsize=1)
def acting_government() -> tuple[re.Pattern, re.Pattern]:
    """(the kind before what it does, the kind after "funding ... by") as regexes."""
    words = lexicon()["acting_government"]
    nouns = "|".join(words["nouns"])
    acts = phrase_regex(words["acts"]).pattern
    subject = re.compile(rf"\b[Tt]he ({nouns}|{nouns.title()})(?= (?:has |have |had |is |will |also |now )*{acts})",
                         re.I)
    agent = re.compile(rf"{phrase_regex(words['by']).pattern}[^.;:]{{0,60}}?\bby the ({nouns})\b(?! of)", re.I)
    return subject, agent


def acting_government_candidates(ctx: Context) -> list[tuple[int, int, str, str]]:
    """(start, end, name, surface) for "the Government"/"the province" where it funds, awards or launches,
    unless the text names a government in full."""
    if NAMED_GOVERNMENT.search(ctx.text):
        return []
    found = []
    for regex in acting_government():
        for match in regex.finditer(ctx.text):
            surface = match.group(1)
            found.append((match.start(1), match.end(1), surface[0].upper() + surface[1:], surface))
    return found


@lru_cache(maxsize=1)
def acting_municipality() -> re.Pattern:
    """"(the) City of <Place>" before what it does or after "with the", "by the": group 1 is the name."""
    words = lexicon()["acting_municipality"]
    name = municipality_name()
    acts = phrase_regex(words["acts"] + lexicon()["acting_government"]["acts"]).pattern
    after = phrase_regex(words["after"]).pattern
    helpers = "has |have |had |is |will |also |now |recently |already |currently |can |could "
    return re.compile(rf"(?:{after}) ({name})\b"
                      rf"|\b(?<![Ii]n the )({name})(?= (?:{helpers})*{acts})")


def municipality_candidates(ctx: Context) -> list[tuple[int, int, str, str]]:
    """(start, end, name, surface) for each municipality named head first where it acts."""
    found = []
    for match in acting_municipality().finditer(ctx.text):
        group = 1 if match.group(1) else 2
        found.append((match.start(group), match.end(group), match.group(group), match.group(group)))
    return found


def municipality_name() -> str:
    """"City of <Place>", "Town of <Place>", ... as a pattern."""
    heads = "|".join(lexicon()["acting_municipality"]["heads"])
    return rf"(?:{heads}) of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}}"


# between two listed bodies: "A, B and the City of Peterborough", "the City of Dubuque and Children of Abraham",
# "A (Italy), the City of Fuenlabrada (Spain), B": each item may be followed by its country in brackets
BRACKETED = r"(?:\s*\([^()\n]{1,40}\))?"
LISTED_BEFORE = re.compile(BRACKETED + r"(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?$")
LISTED_AFTER = re.compile(BRACKETED + r"(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?")


def add_listed_municipalities(ctx: Context, registry) -> None:
    """A municipality named head first in a list of bodies is a body, as the others are; a run of them
    ("A, the City of X (Spain), the City of Y (France) and B") is taken from both ends."""
    pending = list(re.finditer(rf"\b{municipality_name()}\b", ctx.text))
    while pending:
        ends = {end for _, end, _ in registry.mentions}
        starts = {start for start, _, _ in registry.mentions}
        listed = [m for m in pending if listed_between(ctx.text, m, ends, starts)]
        for match in listed:
            registry.add(ctx, match.group(), match.start(), match.end())
        pending = [m for m in pending if m not in listed] if listed else []


def listed_between(text: str, match, ends: set[int], starts: set[int]) -> bool:
    before = LISTED_BEFORE.search(text, max(0, match.start() - 60), match.start())
    after = LISTED_AFTER.match(text, match.end())
    return bool(before and before.start() in ends or after and after.end() in starts)
