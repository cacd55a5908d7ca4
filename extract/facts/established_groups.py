"""A named group a body sets up is a partnership project (and a body): "Westmeath County Council has
established a Resettlement Inter-Agency Working Group", "An Interagency Committee has been established".
The body that set it up leads it; who sits on it is read by `project_roles` ("This Committee is chaired
by the Council and has participants from A, B and C")."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context, lexicon
from partnergraph.extract.facts.projects import add_participant, add_project, project_key

SET_UP = re.compile(r"\b(?:established|set up|formed|convened|created|to form)\b", re.I)
PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+$", re.I)


def add_established_groups(ctx: Context, registry, projects: dict, mentions: list) -> None:
    heads = {word.lower() for word in lexicon()["group_heads"]}
    for sentence in ctx.sentences:
        cue = SET_UP.search(sentence.text)
        if not cue:
            continue
        cue_start, cue_end = sentence.start_char + cue.start(), sentence.start_char + cue.end()
        bodies = registry.in_range(sentence.start_char, sentence.end_char)
        named = [b for b in bodies if registry.orgs[b[2]].name.split()[-1].lower() in heads]
        after = [b for b in named if b[0] >= cue_end]
        # "An Interagency Committee has been established", "The X Forum, formed in 2015,": named before the cue
        passive = bool(PASSIVE.search(sentence.text[:cue.start()])) or not after
        groups = [b for b in named if b[1] <= cue_start][-1:] if passive else after[:1]
        if not groups:
            continue
        start, end, group_key = groups[0]
        name = registry.orgs[group_key].name
        if project_key(name) not in projects:
            add_project(ctx, projects, mentions, name, start, end)
        joined = cue.group(0).lower() == "to form"  # "A and B came together to form X": members, not its lead
        setters = [b for b in bodies if b[1] <= cue_start and b[2] != group_key] if not passive and not joined else []
        if setters:
            add_participant(ctx, projects[project_key(name)], registry.orgs[setters[-1][2]].name, "lead", sentence)


# "As the lead agency in the Kesby Strategic Partnership, X was granted ...": the group a body leads, named
# before the body in a fronted phrase
FRONTED_LEAD = re.compile(r"(?i:as)\s+(?:the\s+)?(?i:lead|leading|coordinating)\s+(?:agency|partner|organi[sz]ation|"
                          r"body|member)\s+(?:in|of|for|on)\s+(?:the\s+)?")


def add_fronted_leads(ctx: Context, registry, projects: dict, mentions: list) -> None:
    heads = {word.lower() for word in lexicon()["group_heads"]}
    for sentence in ctx.sentences:
        cue = FRONTED_LEAD.match(sentence.text)
        if not cue:
            continue
        bodies = registry.in_range(sentence.start_char + cue.end(), sentence.end_char)
        if len(bodies) < 2 or bodies[0][0] != sentence.start_char + cue.end() \
                or "," not in ctx.text[bodies[0][1]:bodies[1][0]]:
            continue
        (start, end, group_key), lead = bodies[0], bodies[1]
        name = registry.orgs[group_key].name
        if name.split()[-1].lower() not in heads:
            continue
        if project_key(name) not in projects:
            add_project(ctx, projects, mentions, name, start, end)
        add_participant(ctx, projects[project_key(name)], registry.orgs[lead[2]].name, "lead", sentence)
