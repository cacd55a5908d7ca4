"""A named group's members listed under a lead-in that names the group by its kind: "the Western Region
Settlement Consortium (WRSC) is ..." then "Consortium partners are:" over one member per line. The group
is a project (ANNOTATION.md: a named consortium, partnership or network with listed members), its
members take part with the role the line gives ("(lead)") or the lead-in's."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.list_items import body_lists
from partnergraph.extract.facts.projects import (
    add_participant,
    add_project,
    project_key,
)

GROUP_KINDS = r"consortium|partnership|network|alliance|coalition|board|forum|collaborative|group"
LEAD_IN_GROUP = re.compile(rf"^\s*(?:the\s+|our\s+)?({GROUP_KINDS})\s+(partners|members)\b|"
                           rf"\b(partners|members)\s+of\s+(?:the|our|this)\s+({GROUP_KINDS})\b", re.I)
LINE_ROLE = re.compile(r"\(\s*(lead(?: partner| organisation)?|coordinator|co-ordinator|funder)\s*\)", re.I)


def add_list_groups(ctx: Context, registry, projects: dict, mentions: list) -> None:
    for found in body_lists(ctx):
        match = LEAD_IN_GROUP.search(found.lead_in.text)
        if not match:
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
