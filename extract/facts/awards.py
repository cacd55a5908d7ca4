"""Grants to named bodies: "Doras was awarded €19,480 to provide ...", "Limerick Youth Service was awarded
€20,000 for their Lava Javas Diversity and Youth Group". The body awarded works with the funder (the body
named with the funding: "funding was announced by the Government", "The X Fund") — ANNOTATION.md: a
funder and the body it funds are a collaboration; what the grant is "for their/its" named project is a
project the body leads."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.cue_candidates import FUNDING_NOUN
from partnergraph.extract.facts.names import name_key
from partnergraph.extract.facts.projects import (
    add_participant,
    add_project,
    project_key,
)
from partnergraph.extract.facts.role_cues import subject_list

# "received $60,000 over two years for Kickstart, which offers coaching": the name the grant is for, then
# what it does
FOR_DESCRIBED = re.compile(r"[£$€]\s?\d[^.;]{0,40}?\bfor\s+([A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,5}),\s+"
                           r"(?:which|that|a|an)\s")
AWARDED = re.compile(r"\s*[,–—]?\s*(?:who\s+|which\s+)?(?:was|were|has been|have been|had been|is|are|will be)\s+"
                     r"(?:also\s+|each\s+|both\s+|jointly\s+)?(?:awarded|allocated|allotted|granted|given|receiving|to receive)\b", re.I)
RECEIVED = re.compile(r"\s+(?:has\s+|have\s+|will\s+)?(?:received|receives|receive|secured|won)\s+(?:a\s+)?"
                      r"(?:(?:about|around|nearly|almost|over|more than|some|up to)\s+)?"
                      r"(?:grant\s+of\s+|funding\s+of\s+)?(?:[A-Z]{0,3}\s?[£$€])"
                      r"|\s+(?:has\s+|have\s+|will\s+)?(?:received|receives|receive)\s+" + FUNDING_NOUN,
                      re.I)  # "X will receive funding for ..."
# "Canadian Arab Federation ($2,544,815)", "Young Women’s Christian Association (YWCA) ($420,208)"
AMOUNT_AFTER = re.compile(r"\s*(?:\([A-Z][\w.&-]*\)\s*)?\((?:[A-Z]{0,3}\s?)?[£$€]\s?\d")
LISTED_GRANTEES = re.compile(r"(?:\b(?:grants?|funding)|[£$€]\s?\d[\d,.]*\s*\w*)\b[^.:]{0,60}?\bto\s+(?:the\s+)?"
                             r"(?:\w+\s+){0,2}(?:organi[sz]ations|groups|charities|projects|bodies|recipients|"
                             r"applicants|grantees)\b[^.:]{0,80}:\s*$"
                             r"|\b(?:projects?|organi[sz]ations|groups|applicants)\s+(?:awarded|allocated|granted|funded|"
                             r"receiving)\b[^.:]{0,40}:\s*$|\b(?:grant|funding)\s+recipients\b[^.:]{0,40}:\s*$",
                             re.I)  # "grants to four organizations ...: A; B", "Leitrim projects awarded funding:"
MONEY_TO = re.compile(r"[£$€]\s?\d[\d,.]*\s*(?:k|m|bn|million|thousand)?\b(?:[^.;:£$€]{0,40}?)\s(?:to|for)\s+"
                      r"(?:the\s+)?(?:[a-z]+\s+){0,2}$", re.I)  # "£134,200 to X", "$20,000 a year ... for X"
FUNDING_BY = re.compile(r"\b(?:fund(?:ing|ed|s)?|grants?|donations?|investment|awarded|allocated)\b[^.]{0,80}?"
                        r"\b(?:by|from)\s+(?:the\s+)?$", re.I)
LISTED_LINES_REACH, LISTED_LINE_WORDS = 1500, 12  # how far, and how long, lines of grantees' names run
FUNDER_BEFORE = re.compile(r"\b(?:funders?|grant-?makers?|charitable trust)\s+(?:the\s+)?$", re.I)
FUNDER_VERB = re.compile(r"\s+(?:has\s+|have\s+|had\s+|will\s+)?(?:also\s+)?(?:awarded|granted|presented|donated|"
                         r"allocated|distributed|gave|funds|award|grant|offers\s+[^.]{0,40}?grant|"
                         r"(?:is\s+|are\s+)?(?:providing|provides|provided|investing|invests|invested)"
                         r"\s+(?:[\w-]+\s+){0,3}?[£$€])", re.I)  # "The province is providing the other $2.1 million"
# "for their Y Project", "for their national integration project ‘Y on the Move’"
FOR_OWN = re.compile(r"\bfor\s+(?:their|its|his|her)\s+(?:new\s+)?(?:(?:[a-z][\w-]*\s+){0,3}?"
                     r"(?:project|programme|program|initiative|scheme)\s+[‘'\"“](?=[A-Z]))?((?:[A-Z][\w’'&-]*\s+)*"
                     r"[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|and|of|for|in|on|the|to)){0,8})")


def award_pairs(ctx: Context, registry) -> list[tuple[str, str, object]]:
    """(funder, body awarded, sentence) for each sentence that says a named body was given a grant; a
    grantee pairs with the funder last named before it, or, in a list of grants whose funder is known only
    by what it does and is named after the list ("$70,000 for X ... The Y Government offers grants"), with
    the first after."""
    named: list[tuple[int, str]] = []  # funders named as such: "funding ... from X", "The X Fund"
    acting: list[tuple[int, str]] = []  # funders known by what they do: "funder X", "X has awarded"
    grantees: list[tuple[int, str, object]] = []
    for sentence in ctx.sentences:
        bodies = registry.in_range(sentence.start_char, sentence.end_char)
        funder, by_name = funder_in(ctx, sentence, bodies)
        if funder:
            (named if by_name else acting).append((sentence.start_char, funder))
        for index, (start, end, key) in enumerate(bodies):
            if key != funder and granted(ctx, sentence, start, end):  # "A and B were each awarded": both
                grantees += [(s, k, sentence) for s, _, k in subject_list(ctx.text, bodies[:index + 1], end)]
    funders = named or acting
    pairs = []
    for start, key, sentence in grantees:
        before = [f for at, f in funders if at <= start]
        funder = before[-1] if before else None if named else next((f for _, f in funders), None)
        if funder and funder != key:
            pairs.append((registry.orgs[funder].name, registry.orgs[key].name, sentence))
    return pairs


def granted(ctx: Context, sentence, start: int, end: int) -> bool:
    """"X was awarded", "X received £106,500", "X will receive funding", "£134,200 to X", "$70,000 over
    two years for X", "X ($420,208)", and each body listed after "grants ... to four organizations:"."""
    colon = ctx.text.rfind(":", sentence.start_char, start)
    return bool(AWARDED.match(ctx.text, end) or RECEIVED.match(ctx.text, end) or AMOUNT_AFTER.match(ctx.text, end)
                or MONEY_TO.search(ctx.text, max(sentence.start_char, start - 120), start)
                or colon >= 0 and LISTED_GRANTEES.search(ctx.text, sentence.start_char, colon + 1)
                or colon < 0 and listed_after_grants(ctx, start))


def listed_after_grants(ctx: Context, start: int) -> bool:
    """A body on its own line in a list of lines under "grants ... to 14 organizations ... including:"."""
    colon = ctx.text.rfind(":", max(0, start - LISTED_LINES_REACH), start)
    lines = ctx.text[colon + 1:start].splitlines()
    if colon < 0 or any(len(line.split()) > LISTED_LINE_WORDS for line in lines):
        return False
    lead = ctx.sentence_at(colon)
    return lead is not None and bool(LISTED_GRANTEES.search(ctx.text, lead.start_char, colon + 1))


def funder_in(ctx: Context, sentence, bodies: list) -> tuple[str | None, bool]:
    """The body a sentence names as giving funding, and whether it is named as such: after "funding ...
    by/from (the)" or a fund's name (named); after "funder", or before "has awarded"/"presented" (acting)."""
    acting = None
    for start, end, key in bodies:
        if AWARDED.match(ctx.text, end) or RECEIVED.match(ctx.text, end):
            continue  # "Africa Advocacy Foundation was awarded": given a grant, not giving one
        before = ctx.text[sentence.start_char:start]
        name = ctx.text[start:end]
        if FUNDING_BY.search(before) or re.search(r"\b(?:Fund|Foundation)\b", name) and \
                re.search(r"\b(?:award|grant|fund)", sentence.text, re.I):
            return key, True
        if acting is None and (FUNDER_BEFORE.search(before) or FUNDER_VERB.match(ctx.text, end)):
            acting = key
    return acting, False


# a grantee's line: "Fenagh Development Company - Community Party & Summer School, €1,400."
LINE_PROJECT = re.compile(r"\s*(?:\([A-Z][\w&.-]*\)\s*)?[-–—:]\s+(?P<name>[A-Z][^,\n]{2,80}?)\s*,?\s*(?:[£$€]|\(|\.?$)",
                          re.M)


def own_projects(ctx: Context, registry) -> list[tuple[str, int, int, str]]:
    """(project name, start, end, body) for "X was awarded ... for their Y Project", and for a line of a list
    of grants that names the body, a dash and its project."""
    found = []
    for sentence in ctx.sentences:
        for start, end, key in registry.in_range(sentence.start_char, sentence.end_char):
            line = LINE_PROJECT.match(ctx.text, end)
            if line and ctx.text[start - 1:start] in ("", "\n") and listed_after_grants(ctx, start):
                found.append((line.group("name"), line.start("name"), line.end("name"), registry.orgs[key].name))
            if not (AWARDED.match(ctx.text, end) or RECEIVED.match(ctx.text, end)):
                continue
            match = FOR_OWN.search(ctx.text, end, sentence.end_char)
            if match and len(match.group(1).split()) >= 2:
                found.append((match.group(1), match.start(1), match.end(1), registry.orgs[key].name))
            described = FOR_DESCRIBED.search(ctx.text, end, sentence.end_char)
            if described and not placed(ctx, described.span(1)):
                found.append((described.group(1), described.start(1), described.end(1), registry.orgs[key].name))
    return found


def placed(ctx: Context, span: tuple[int, int]) -> bool:
    return any((s.start_char, s.end_char) == span for s in ctx.spans("gazetteer", "PLACE")) \
        or any((e.start_char, e.end_char) == span and e.label_ in ("GPE", "LOC", "EVENT") for e in ctx.entities)


def add_award_projects(ctx: Context, registry, projects: dict, mentions: list) -> None:
    """Each "for their Y Project" a project the awarded body leads; Y is no body of its own."""
    for name, start, end, body in own_projects(ctx, registry):
        registry.drop(name_key(name))
        if project_key(name) not in projects:
            add_project(ctx, projects, mentions, name, start, end)
        add_participant(ctx, projects[project_key(name)], body, "lead", ctx.sentence_at(start))
