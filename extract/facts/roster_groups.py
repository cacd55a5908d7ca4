"""A meeting's roster makes the group that met a project, with the roster's bodies as its members."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.projects import (
    add_participant,
    add_project,
    project_key,
)
from partnergraph.extract.facts.rosters import roster_group, roster_lines


def add_roster_group(ctx: Context, registry, projects: dict, mentions: list, title_group: str | None) -> None:
    """The roster's bodies are members of the group that met, which is a project and a body too; a body whose
    short name opens the group's leads it."""
    group = roster_group(ctx, title_group)
    if not group:
        return
    if project_key(group) not in projects:
        add_project(ctx, projects, mentions, group, 0, 0)
    if not registry.resolve_key(group):
        registry.add(ctx, group, 0, 0)
    project = projects[project_key(group)]
    owner = registry.resolve_key(group.split()[0]) if len(group.split()) > 2 else None
    if owner and registry.orgs[owner].name != group:  # "MAV Multicultural Conference Planning Group": MAV's
        add_participant(ctx, project, registry.orgs[owner].name, "lead", ctx.sentence_at(max(0, ctx.text.find(group))))
    bodies = {project_key(line.org) for line in roster_lines(ctx) if line.org} - {project_key(group)}
    for key in bodies & set(projects):  # "Ailsa Adamson (Methodist Asylum Project)": a member, no project here
        del projects[key]
    mentions[:] = [m for m in mentions if m[2] not in bodies]
    for line in roster_lines(ctx):
        key = registry.resolve_key(line.org) if line.org else None
        if key and not observing(ctx, line.org_start):
            sentence = ctx.sentence_at(line.org_start)
            add_participant(ctx, project, registry.orgs[key].name, "member", sentence)


OBSERVERS = re.compile(r"\s*Observers?\s*:?\s*$", re.I)


def observing(ctx: Context, offset: int) -> bool:
    """A line under an "Observers" heading: its body watched the group, it is no member."""
    return bool(OBSERVERS.match(ctx.heading_before(offset) or ""))
