"""Bodies listed among bodies: a capitalised name in a list whose other members are known bodies is one
too ("..., Migrant Voice and Interserve.", "including Gardaí, the HSE, ...")."""
from __future__ import annotations

import re

from partnergraph.extract.facts.body_names import not_a_body_name
from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.model_names import names_people
from partnergraph.extract.facts.names import is_generic, word_sets
from partnergraph.extract.facts.org_registry import OrgRegistry
from partnergraph.extract.facts.people_places import apposed_speaker
from partnergraph.extract.facts.place_checks import is_place

LIST_MEMBER = re.compile(r"(?:,\s*|\s+and\s+)(?:the\s+)?([A-Z][\w’'&-]+(?:\s[A-Z][\w’'&-]+){0,3})"
                         r"(?=\s*(?:,|(?<!\bSt|\bMt|\bFt|\bDr)\.|\band\b|$))")  # not "St. Luke’s"
# the last member, before the verb the whole list is the subject of ("..., and Highland Third Sector
# Interface are working together")
LAST_MEMBER = re.compile(r",?\s+and\s+(?:the\s+)?([A-Z][\w’'&-]+(?:\s[A-Z][\w’'&-]+){0,3})"
                         r"(?=\s+(?:are|were|have|will)\s)")
FIRST_MEMBER = re.compile(r"\b(?:including|includes|include|such as)\s+(?:the\s+)?"
                          r"([A-Z][\w’'&-]+(?:\s[A-Z][\w’'&-]+){0,3}),\s*(?:the\s+)?$")


def add_list_members(ctx: Context, registry: OrgRegistry, blocked) -> None:
    """A capitalised name listed among bodies is a body: "..., Migrant Voice and Interserve.", "including
    Gardaí, the HSE, ..."; each one added may lead on to the next ("the CLDC and Lisdoonvarna Fáilte")."""
    seen: set[int] = set()
    while True:
        fresh = [m for m in registry.mentions if m[0] not in seen]
        if not fresh:
            return
        for start, end, _ in fresh:
            seen.add(start)
            first = FIRST_MEMBER.search(ctx.text, max(0, start - 60), start)
            for match in filter(None, (LIST_MEMBER.match(ctx.text, end), LAST_MEMBER.match(ctx.text, end), first)):
                add_list_member(ctx, registry, blocked, match)


def add_list_member(ctx: Context, registry: OrgRegistry, blocked, match: re.Match) -> None:
    rng = (match.start(1), match.end(1))
    if registry.covered(*rng) or blocked.overlaps(*rng) or is_place(ctx, rng) or apposed_speaker(ctx.text, *rng):
        return
    name = match.group(1)
    if name.split()[0].lower().rstrip(".") in word_sets()["honorifics"]:
        return  # "..., the City of Athens, Mr. Panagiotis Psathas": a person's title
    if not is_generic(name) and name.lower() not in word_sets()["not_org_acronyms"] and not names_people(name.split()) \
            and not not_a_body_name(name):
        registry.add(ctx, name, *rng)
