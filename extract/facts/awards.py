"""Grants to named bodies: "Doras was awarded €19,480 to provide ...", "Limerick Youth Service was awarded
€20,000 for their Lava Javas Diversity and Youth Group". The body awarded works with the funder (the body
named with the funding: "funding was announced by the Government", "The X Fund") — ANNOTATION.md: a
funder and the body it funds are a collaboration; what the grant is "for their/its" named project is a
project the body leads."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.names import name_key
from partnergraph.extract.facts.projects import (
    add_participant,
    add_project,
    project_key,
)

AWARDED = re.compile(r"\s*,?\s*(?:who\s+|which\s+)?(?:was|were|has been|have been|had been|is|are|will be)\s+"
                     r"(?:also\s+)?(?:awarded|allocated|granted|given|receiving|to receive)\b", re.I)
FUNDING_BY = re.compile(r"\bfund(?:ing|ed|s)?\b[^.]{0,80}?\b(?:by|from)\s+(?:the\s+)?$", re.I)
FOR_OWN = re.compile(r"\bfor\s+(?:their|its|his|her)\s+(?:new\s+)?((?:[A-Z][\w’'&-]*\s+)*[A-Z][\w’'&-]*"
                     r"(?:\s+(?:[A-Z][\w’'&-]*|and|of|for|in|on)){0,8})")


def award_pairs(ctx: Context, registry) -> list[tuple[str, str, object]]:
    """(funder, body awarded, sentence) for each sentence that says a named body was awarded a grant."""
    funder = None
    pairs = []
    for sentence in ctx.sentences:
        bodies = registry.in_range(sentence.start_char, sentence.end_char)
        funder = funder_in(ctx, sentence, bodies) or funder
        for _start, end, key in bodies:
            if funder and key != funder and AWARDED.match(ctx.text, end):
                pairs.append((registry.orgs[funder].name, registry.orgs[key].name, sentence))
    return pairs


def funder_in(ctx: Context, sentence, bodies: list) -> str | None:
    """The body a sentence names as giving funding: after "funding ... by/from (the)", or a fund's name."""
    for start, end, key in bodies:
        before = ctx.text[sentence.start_char:start]
        name = ctx.text[start:end]
        if FUNDING_BY.search(before):
            return key
        if re.search(r"\bFund\b", name) and re.search(r"\b(?:award|grant|fund)", sentence.text, re.I):
            return key
    return None


def own_projects(ctx: Context, registry) -> list[tuple[str, int, int, str]]:
    """(project name, start, end, body) for "X was awarded ... for their Y Project"."""
    found = []
    for sentence in ctx.sentences:
        for start, end, key in registry.in_range(sentence.start_char, sentence.end_char):
            if not AWARDED.match(ctx.text, end):
                continue
            match = FOR_OWN.search(ctx.text, end, sentence.end_char)
            if match and len(match.group(1).split()) >= 2:
                found.append((match.group(1), match.start(1), match.end(1), registry.orgs[key].name))
    return found


def add_award_projects(ctx: Context, registry, projects: dict, mentions: list) -> None:
    """Each "for their Y Project" a project the awarded body leads; Y is no body of its own."""
    for name, start, end, body in own_projects(ctx, registry):
        registry.drop(name_key(name))
        if project_key(name) not in projects:
            add_project(ctx, projects, mentions, name, start, end)
        add_participant(ctx, projects[project_key(name)], body, "lead", ctx.sentence_at(start))
