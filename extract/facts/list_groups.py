"""A named group's members listed under a lead-in that names the group by its kind: "the Western Region
Settlement Consortium (WRSC) is ..." then "Consortium partners are:" over one member per line. The group
is a project (ANNOTATION.md: a named consortium, partnership or network with listed members), its
members take part with the role the line gives ("(lead)") or the lead-in's. A lead-in may name the group
itself ("a Welcoming Communities advisory group, which includes representatives from:")."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.list_items import body_lists, lead_in_subjects, referring_lead_in_pattern
from partnergraph.extract.facts.projects import (
    add_participant,
    add_project,
    project_key,
)

GROUP_KINDS = r"consortium|partnership|network|alliance|coalition|board|forum|collaborative|group"
LEAD_IN_GROUP = re.compile(rf"^\s*(?:the\s+|our\s+)?({GROUP_KINDS})\s+(partners|members)\b|"
                           rf"\b(partners|members)\s+of\s+(?:the|our|this)\s+({GROUP_KINDS})\b", re.I)
LINE_ROLE = re.compile(r"\(\s*(lead(?: partner| organisation)?|coordinator|co-ordinator|funder)\s*\)", re.I)


# "Council has been working with a Welcoming Communities advisory group, which includes representatives from:"
NAMED_IN_LEAD_IN = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Oo]ur)\s+((?:[A-Z][\w’'-]*\s+)+(?:[a-z]+\s+){{0,2}}"
                              rf"(?i:{GROUP_KINDS}))\b[^:;.]*\b(?:includes?|included|comprises?|is made up of)\b[^:;.]*[:;]\s*$")


def add_list_groups(ctx: Context, registry, projects: dict, mentions: list) -> None:
    for found in body_lists(ctx):
        if found.table:
            add_table_partners(ctx, registry, projects, mentions, found)
            continue
        named = NAMED_IN_LEAD_IN.search(found.lead_in.text)
        if named:
            add_named_group(ctx, registry, projects, mentions, found, named)
            continue
        match = LEAD_IN_GROUP.search(found.lead_in.text)
        if not match:
            add_referred_project(ctx, registry, projects, mentions, found)
            continue
        kind = (match.group(1) or match.group(4)).lower()
        role = "member" if (match.group(2) or match.group(3)).lower() == "members" else "partner"
        group = last_group_named(registry, kind, found.lead_in.start)
        if group is None:
            continue
        start, end, name = group
        if project_key(name) not in projects:
            add_project(ctx, projects, mentions, name, start, end)
        for item_start, _, item in found.items:
            key = registry.resolve_key(item)
            if key:
                line_end = ctx.text.find("\n", item_start)
                given = LINE_ROLE.search(ctx.text[item_start:line_end if line_end >= 0 else None])
                own = "funder" if given and given.group(1).lower() == "funder" else "lead" if given else role
                add_participant(ctx, projects[project_key(name)], registry.orgs[key].name, own, ctx.sentence_at(item_start))


def last_group_named(registry, kind: str, before: int) -> tuple[int, int, str] | None:
    """The last body named before the lead-in whose name ends in the group's kind ("... Consortium")."""
    named = [(s, e, registry.orgs[k].name) for s, e, k in registry.in_range(0, before)
             if registry.orgs[k].name.split()[-1].lower() == kind]
    return named[-1] if named else None


def add_named_group(ctx: Context, registry, projects: dict, mentions: list, found, named: re.Match) -> None:
    """The group the lead-in names is a project: the listed bodies its members, the body the lead-in says
    works with it a partner in it."""
    name, start = named.group(1), found.lead_in.start + named.start(1)
    inside = {k for s, e, k in registry.mentions if start <= s and e <= start + len(name)}
    for key in inside - {k for s, e, k in registry.mentions if not (start <= s and e <= start + len(name))}:
        registry.drop(key)  # "Harbour Welcome" of "a Harbour Welcome advisory group": part of the group's name
    if project_key(name) not in projects:
        add_project(ctx, projects, mentions, name, start, start + len(name))
    project = projects[project_key(name)]
    for subject in lead_in_subjects(ctx, registry, found):
        add_participant(ctx, project, subject, "partner", ctx.sentence_at(start))
    for item_start, _, item in found.items:
        key = registry.resolve_key(item)
        if key:
            add_participant(ctx, project, registry.orgs[key].name, "member", ctx.sentence_at(item_start))


def add_referred_project(ctx: Context, registry, projects: dict, mentions: list, found) -> None:
    """"INZ congratulates 10 councils for their success in the Welcoming Communities programme. These councils
    ... are the first to be accredited:" over the councils: bodies a lead-in refers back to are members of the
    project named last in it or in the paragraph before it."""
    if not referring_lead_in_pattern().search(found.lead_in.text):
        return
    index = ctx.document.last_block_starting_by(found.lead_in.start)
    start = ctx.document.blocks[index - 1].start if index > 0 else found.lead_in.start
    named = [key for s, e, key in mentions if start <= s and e <= found.lead_in.end and key in projects]
    if not named:
        return
    project = projects[named[-1]]
    for item_start, _, item in found.items:
        key = registry.resolve_key(item)
        if key:
            add_participant(ctx, project, registry.orgs[key].name, "member", ctx.sentence_at(item_start))


TABLE_LABEL_BLOCKS = 3  # the project a partner table belongs to is named in a line or two above its header


def add_table_partners(ctx: Context, registry, projects: dict, mentions: list, found) -> None:
    """"Project: “Bridges Between Villages”" over "Name Country Role in project" and its rows: the table's
    bodies are the partners of the project named just above it (none named there, they stay a group)."""
    index = ctx.document.last_block_starting_by(found.lead_in.start)
    start = ctx.document.blocks[max(0, index - TABLE_LABEL_BLOCKS)].start
    named = [key for s, e, key in mentions if start <= s and e <= found.lead_in.start and key in projects]
    if not named:
        return
    for item_start, _, item in found.items:
        key = registry.resolve_key(item)
        if key:
            add_participant(ctx, projects[named[-1]], registry.orgs[key].name, "partner", ctx.sentence_at(item_start))
