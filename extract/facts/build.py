"""From a Document and its spaCy Doc to the Record, with the fact builders of this package."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from partnergraph.extract.facts.awards import add_award_projects
from partnergraph.extract.facts.collaborations import find_collaborations
from partnergraph.extract.facts.context import Context, lexicon
from partnergraph.extract.facts.established_groups import add_established_groups, add_fronted_leads
from partnergraph.extract.facts.events import find_events, find_money
from partnergraph.extract.facts.figure_shares import share_figures
from partnergraph.extract.facts.figure_tables import table_figures
from partnergraph.extract.facts.figures import sentence_figures
from partnergraph.extract.facts.list_groups import add_list_groups
from partnergraph.extract.facts.list_items import drop_listed_projects
from partnergraph.extract.facts.memberships import add_memberships
from partnergraph.extract.facts.names import initials, name_key, word_sets
from partnergraph.extract.facts.organisations import find_organisations
from partnergraph.extract.facts.people_places import find_people, find_places
from partnergraph.extract.facts.place_lists import place_lists
from partnergraph.extract.facts.project_roles import assign_roles
from partnergraph.extract.facts.projects import (
    find_projects,
    membership_projects,
    project_key,
)
from partnergraph.extract.facts.roster_groups import add_roster_group
from partnergraph.extract.facts.rosters import add_roster_people
from partnergraph.extract.facts.themes import document_themes, ranked, sentence_themes
from partnergraph.extract.facts.titles import (
    lead_field,
    self_described,
    title_author,
    title_lines_end,
    title_of,
    title_project,
)
from partnergraph.extract.facts.venues import find_venues
from partnergraph.extract.facts.when import find_dates, report_date
from partnergraph.extract.record import Record


def build_record(document, doc, with_model: bool) -> Record:
    ctx = Context(document, doc)
    ctx.notes["role_suffixes"] = list(lexicon()["role_suffixes"])
    record = Record(document=Path(document.path).name, title=title_of(document), report_date=report_date(document))
    ctx.report_date = record.report_date
    title_end = title_lines_end(document)
    main = title_project(document)
    projects, project_mentions = find_projects(ctx, main)
    drop_listed_projects(ctx, projects, project_mentions)
    record.venues, venue_ranges = find_venues(ctx)
    project_ranges = [(s, e) for s, e, _ in project_mentions if e > s]
    registry = find_organisations(ctx, venue_ranges + project_ranges, with_model)
    drop_project_parts(ctx, registry, projects)
    add_established_groups(ctx, registry, projects, project_mentions)
    add_fronted_leads(ctx, registry, projects, project_mentions)
    membership_projects(ctx, registry, projects, project_mentions)
    add_roster_group(ctx, registry, projects, project_mentions, main)
    add_memberships(ctx, registry, projects, project_mentions)
    add_list_groups(ctx, registry, projects, project_mentions)
    assign_roles(ctx, registry, projects, sorted(project_mentions), main)
    add_award_projects(ctx, registry, projects, project_mentions)  # after the roles: no heading rule reaches them
    taken = venue_ranges + project_ranges + [(s, e) for s, e, _ in registry.mentions]
    listed_towns = [(start, end) for start, end, _ in place_lists(ctx)]  # "in Pennwick Falls, Cardiff and ..."
    record.people = add_roster_people(ctx, registry, find_people(ctx, registry, taken + listed_towns, with_model))
    # A town named inside a venue's name is still a place ("Uckfield Children's Centre").
    taken = [r for r in taken if r not in venue_ranges]
    taken += [(ev.start, ev.end) for person in record.people for ev in person.evidence]
    names = {o.name for o in registry.orgs.values()} | {v.name for v in record.venues}
    record.places = find_places(ctx, taken, names)
    record.people, record.places, record.venues = (whole_names(ctx, found) for found in
                                                   (record.people, record.places, record.venues))
    record.dates = find_dates(ctx)
    record.events = find_events(ctx, record.venues, record.places, title_end)
    money_ranges = [(s.start_char, s.end_char) for s in ctx.spans("money")]
    date_ranges = [(s.start_char, s.end_char) for s in ctx.spans("dates")]
    shares, share_ranges = share_figures(ctx)
    tabled, labelled_ranges = table_figures(ctx)
    skip = money_ranges + date_ranges + share_ranges + labelled_ranges
    record.figures = tabled + shares + sentence_figures(ctx, skip)
    record.money = find_money(ctx)
    record.themes, record.sections = document_themes(ctx)
    author = main or title_author(document) or lead_field(ctx, registry) or self_described(ctx, registry) \
        or most_named(ctx, registry)
    record.collaborations = find_collaborations(ctx, registry, author, projects)
    if author and any(author in (c.a, c.b) for c in record.collaborations) and not registry.resolve_key(author):
        registry.add(ctx, author, 0, len(author))
    record.organisations = registry.as_list()
    record.projects = list(projects.values())
    for project in record.projects:
        project.themes = project_themes(ctx, project, record.themes, main)
    return record


def drop_project_parts(ctx: Context, registry, projects: dict) -> None:
    """A "body" whose name is part of a project's name and has no head word of a body is that project
    named short ("Employment Support" of the "ESOL and Employment Support project"); an owner's "X of Y"
    name opening the project's ("City of Wexcombe Resettlement Program") stays a body; what opens a "... for
    ..." name is the project's short form ("Supplemental Services" of "Supplemental Services for Recently
    Arrived Refugees Program"). So is a "body" whose short form is a project's. A name the text has act on its
    own ("The Sanctuary Runners have been awarded ... for ‘Sanctuary Runners on the Move’") stays a body."""
    heads = word_sets()["org_heads"]
    project_words = [" " + name_key(p.name) + " " for p in projects.values()]
    project_aliases = {name_key(alias) for p in projects.values() for alias in p.aliases}
    for key in list(registry.orgs):
        inside = [name for name in project_words if f" {key} " in name and name.strip() != key]
        owner = "of" in key.split() and any(name.startswith(f" {key} ") for name in inside)
        served = any(name.startswith(f" {key} for ") for name in inside)  # "Supplemental Services for ... Program"
        if inside and not owner and not acting(ctx, registry, key) and (served or not heads & set(key.split())) \
                or project_aliases & {
                name_key(alias) for alias in registry.orgs[key].aliases}:
            registry.drop(key)  # or a project's long form the text defines ("... Support (SETS) program")
    drop_project_initialisms(registry, projects)
    drop_project_titles(registry, projects)


def drop_project_titles(registry, projects: dict) -> None:
    """A "body" named as a project, a dash and more words ("CORE - Integration in the Centre" heading a page
    on the project CORE) is the project's full title: it becomes the project's alias."""
    for key, org in list(registry.orgs.items()):
        for project in projects.values():
            if re.match(re.escape(project.name) + r"\s+[-–—]\s+[A-Z]", org.name):
                registry.drop(key)
                project.aliases.append(org.name)
                break


def drop_project_initialisms(registry, projects: dict) -> None:
    """A "body" written in capitals that are a project's initials ("HSP" of the "Humanitarian Settlement
    Program") is the project named short: it becomes the project's alias."""
    by_initials = {initials(p.name): p for p in projects.values() if len(initials(p.name)) >= 3}
    for key, org in list(registry.orgs.items()):
        project = by_initials.get(org.name)
        if project is not None and org.name.isupper() and not org.aliases:
            registry.drop(key)
            if org.name not in project.aliases:
                project.aliases.append(org.name)


ACTS = re.compile(r"\s+(?:(?:has|have|had|was|were|will)\s+(?:been\s+)?(?:awarded|received|launched|won|secured|"
                  r"worked|delivered|run|led)|said|says)\b")


def acting(ctx: Context, registry, key: str) -> bool:
    """A mention of the name followed by what a body does or was given ("have been awarded", "said")."""
    return any(k == key and ACTS.match(ctx.text, end) for _, end, k in registry.mentions)


def whole_names(ctx: Context, found: list) -> list:
    """Without the names that only end where a cut-off text stops ("... to Councillor Margaret Hollin")."""
    return [item for item in found
            if not item.evidence or not all(ctx.cut_off(ev.start, ev.end) for ev in item.evidence)]


def most_named(ctx: Context, registry) -> str | None:
    """The body a report names most often, at least twice: who "we" are when the title names nobody; never
    a body "we" work with ("We are working closely with X")."""
    alone = named_alone(ctx, registry)
    counts = sorted(((len(org.evidence), key in alone, -registry.first_seen[key], key)
                     for key, org in registry.orgs.items()), reverse=True)
    if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[0][:2] == counts[1][:2]:
        return None
    top = counts[0][3]
    if any(WE_WITH.search(ctx.text, max(0, start - 90), start) for start, _end, key in registry.mentions if key == top):
        return None
    return registry.orgs[top].name


def named_alone(ctx: Context, registry) -> set[str]:
    """The bodies whose name makes a line by itself, a heading over what "we" say ("Meath Partnership" over
    "Meath Partnership provide ... We have forged links with ...")."""
    return {key for start, end, key in registry.mentions
            if ctx.text[start - 1:start] in ("", "\n") and ctx.text[end:end + 1] in ("", "\n")}


WE_WITH = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b[^.!?\n]*\bwith\s+(?:the\s+)?$")


def project_themes(ctx: Context, project, document_themes_: list[str], main: str | None) -> list[str]:
    if main and project_key(main) == project_key(project.name):
        return document_themes_
    counts = Counter()
    for evidence in project.evidence + [ev for p in project.participants for ev in p.evidence]:
        counts.update(sentence_themes(ctx, evidence.sentence))
    return ranked(counts)
