"""Membership said outright: "West Lindsey was a member of the Lincolnshire Refugee Resettlement
Partnership", "This partnership was in turn a member of the East Midland Migration Partnership",
"A, B and C are members of the X Network". The group is a project (and a body); the members take part
in it with the role "member"."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.projects import (
    add_participant,
    add_project,
    project_key,
)

MEMBER_OF = re.compile(r"\b(?:is|are|was|were|became|become|has been|have been|remains?|joined as|to be)\s+"
                       r"(?:in turn\s+|now\s+|also\s+)?(?:a|an|one of the)?\s*(?:founding |full |active |key |core )?"
                       r"members?\s+of\s+(?:the\s+|an?\s+)?", re.I)
INVITED = re.compile(r"\b(?:invited|invites|asked|asks|encouraged)\b[^.;]*\bto\s+$")
BACK_REFERENCE = re.compile(r"^\s*(?:this|the|that)\s+([a-z]+)\b", re.I)


def add_memberships(ctx: Context, registry, projects: dict, mentions: list) -> None:
    for sentence in ctx.sentences:
        for cue in MEMBER_OF.finditer(sentence.text):
            start = sentence.start_char + cue.end()
            group = next(iter(registry.in_range(start, start + 120)), None)
            if group is None or group[0] != start:
                continue  # the group is named right after "member of"
            members = members_before(ctx, sentence, sentence.start_char + cue.start(), registry)
            if INVITED.search(ctx.text, sentence.start_char, sentence.start_char + cue.start()):
                members = members[-1:]  # "X has invited the City to become a member of Y": the one invited
            if not members:
                continue
            name = registry.orgs[group[2]].name
            if project_key(name) not in projects:
                add_project(ctx, projects, mentions, name, group[0], group[1])
            for key in members:
                add_participant(ctx, projects[project_key(name)], registry.orgs[key].name, "member", sentence)


def members_before(ctx: Context, sentence, cue_start: int, registry) -> list[str]:
    """The bodies the sentence names before the cue, or the body a "This partnership" refers back to."""
    before = registry.in_range(sentence.start_char, cue_start)
    if before:
        return list(dict.fromkeys(key for _, _, key in before))
    place = [p for p in ctx.spans("gazetteer", "PLACE") if sentence.start_char <= p.start_char and
             p.end_char <= cue_start and re.fullmatch(r"\s*", ctx.text[p.end_char:cue_start])]
    if place:  # "West Lindsey was a member of": a place that joins something is its council
        return [registry.add(ctx, place[0].text, place[0].start_char, place[0].end_char)]
    back = BACK_REFERENCE.match(sentence.text)
    if not back:
        return []
    head = back.group(1).lower()
    earlier = [m for m in registry.in_range(0, sentence.start_char) if m[2].split()[-1] == head]
    return [earlier[-1][2]] if earlier else []
