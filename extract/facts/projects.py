"""Projects and who takes part in them, with roles from the wording around each body:
"led by", "X is leading", "X-backed", "funded by", "brings together A, B and C", "including A, B and C",
"X's 'P' Project", a "Funding" section. A sentence without a project name speaks of the last one named."""
from __future__ import annotations

import bisect
import re

from partnergraph.extract.facts.context import Context, lexicon, phrase_regex
from partnergraph.extract.facts.listed_names import gazetteer_categories
from partnergraph.extract.facts.names import (
    clean_quotes,
    is_generic,
    name_key,
    trim_span,
    whole_name_spans,
    with_people_possessive,
    word_sets,
)
from partnergraph.extract.facts.project_intros import introduced_projects
from partnergraph.extract.facts.when import running_text
from partnergraph.extract.facts.ranges import Ranges
from partnergraph.extract.facts.role_cues import ROLE_ORDER, cue_roles
from partnergraph.extract.record import Participant, Project

REFERENCE = re.compile(r"(?=[ito])(?:^It\b|\b(?:the|this|our|their)\b(?:\s+[\w'’-]+){0,6}?\s+(?:project|initiative|programme|program|"
                       r"scheme|pilot)\b)", re.I)  # the lookahead: what the words begin with, tested first
FUNDING = re.compile(r"\bfund(ing|ed|er|ers)?\b", re.I)  # a heading over funders
FIRST_PERSON_OWNER = re.compile(r"\bour (?:funders?|partners?|members?|lead partner|sponsors?)\b", re.I)


def project_key(name: str) -> str:
    heads = word_sets()["project_heads"]
    words = name_key(name).split()
    while len(words) > 1 and words[-1] in heads:
        words.pop()
    return " ".join(words)


def find_projects(ctx: Context, title_project: str | None) -> tuple[dict[str, Project], list[tuple[int, int, str]]]:
    projects: dict[str, Project] = {}
    mentions: list[tuple[int, int, str]] = []
    role_nouns = word_sets()["role_nouns"]
    for span in sorted(ctx.spans("names", "PROJECT"), key=lambda s: s.start):
        quoted = span[0].text in "'\"‘“"
        trimmed = trim_span(span)
        if trimmed is None:
            continue
        following = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        name = clean_quotes(re.sub(r"['’”\"]\s*\w+$", "", trimmed.text)) if quoted else trimmed.text
        if following in role_nouns or is_generic(name) or len(name.split()) < 2 and not quoted or fused_role(name):
            continue
        if parent_programme(ctx, trimmed):
            continue
        name = without_owner(name)
        for offset, part in split_projects(name):
            start = trimmed.start_char + trimmed.text.find(part) if part in trimmed.text else trimmed.start_char
            end = start + len(part)
            if offset == 0 and not quoted:
                start, part = with_people_possessive(ctx.text, start, part)
            add_project(ctx, projects, mentions, part, start, end)
    taken = Ranges((s, e) for s, e, _ in mentions)
    for start, end, name in introduced_projects(ctx.text):
        if not taken.overlaps(start, end) and project_key(name) not in projects:
            add_project(ctx, projects, mentions, name, start, end)
    if title_project and project_key(title_project) not in projects:
        add_project(ctx, projects, mentions, title_project, 0, len(title_project))
    for short, (long_form, _start, _) in (ctx.doc._.acronyms or {}).items():
        project = projects.get(project_key(clean_quotes(long_form)))
        if project and short not in project.aliases:
            project.aliases.append(short)
    add_name_mentions(ctx, projects, mentions)
    return projects, sorted(mentions)


def add_name_mentions(ctx: Context, projects: dict[str, Project], mentions: list) -> None:
    """Every place the text uses a project's name or alias is a mention, not only where a pattern saw it."""
    taken = Ranges((s, e) for s, e, _ in mentions)
    for key, project in projects.items():
        for name in {project.name, *project.aliases}:
            for start, end in whole_name_spans(ctx.text, name):
                if not taken.overlaps(start, end):
                    mentions.append((start, end, key))
                    taken.add(start, end)


def without_owner(name: str) -> str:
    """"Home Office for the Vulnerable Persons Resettlement Scheme", "Oxford City Council on the Sanctuary
    Hosting programme" -> the scheme, the programme: a body's name that runs into the project's is not
    part of it."""
    match = re.match(r"^(.+?)\s+(?:for|of|on|in|with|at)\s+(?:the\s+)?(.+)$", name)
    if not match:
        return name
    owner = match.group(1)
    is_body = owner.split()[-1].lower() in word_sets()["org_heads"] or owner in gazetteer_categories()
    return match.group(2) if is_body and len(match.group(2).split()) >= 2 else name


def split_projects(name: str) -> list[tuple[int, str]]:
    """"the UK Resettlement Scheme and the Vulnerable Persons Resettlement Scheme" are two projects; in
    "SVP and the Justice and Peace Refugee Project" the acronym is a body's."""
    heads = word_sets()["project_heads"]
    match = re.search(r" and (?:the )?", name)
    if not match or len(name[match.end():].split()) < 2:
        return [(0, name)]
    left, rest = name[:match.start()], [(match.end() + o, p) for o, p in split_projects(name[match.end():])]
    if left.split()[-1].lower() in heads:
        return [(0, left)] + rest
    return rest if re.fullmatch(r"[A-Z]{2,}", left) else [(0, name)]  # "SVP and the X Project": a body, then the project


def parent_programme(ctx: Context, span) -> bool:
    """"set up as part of the Commission's 'X Programme'": a body's funding programme, not a project here."""
    sentence = ctx.sentence_at(span.start_char)
    before = ctx.text[sentence.start_char:span.start_char]
    return bool(re.search(r"['’]s\s+(?:['‘\"“][^'’\"”]*)?$", before)) and "part of" in sentence.text.lower()


def fused_role(name: str) -> bool:
    """"Authority-backed initiative" names a backer, not a project."""
    suffixes = lexicon()["role_suffixes"]
    return any(word.rpartition("-")[2].lower() in suffixes for word in name.split() if "-" in word)


def add_project(ctx, projects, mentions, name: str, start: int, end: int) -> None:
    key = project_key(name)
    project = projects.get(key)
    if project is None:
        project = projects[key] = Project(name)
    elif name != project.name and name not in project.aliases:
        project.aliases.append(name)
    project.evidence.append(ctx.evidence(start, end))
    mentions.append((start, end, key))


def membership_projects(ctx: Context, registry, projects, mentions) -> None:
    """A body that "brings together" listed members is itself a partnership project."""
    cues = phrase_regex(lexicon()["role_cues"]["member"]["after"])
    for sentence in ctx.sentences:
        cue = cues.search(sentence.text)
        if not cue:
            continue
        bodies = registry.in_range(sentence.start_char, sentence.start_char + cue.start())
        if bodies:
            start, end, key = bodies[0]
            add_project(ctx, projects, mentions, registry.orgs[key].name, start, end)


class Mentions:
    """Project mentions (start, end, key) in text order, asked about by position for every sentence."""

    def __init__(self, mentions: list[tuple[int, int, str]]):
        self.items = mentions
        self.starts = [m[0] for m in mentions]

    def first_inside(self, start: int, end: int) -> tuple[int, int, str] | None:
        index = bisect.bisect_left(self.starts, start)
        return self.items[index] if index < len(self.items) and self.starts[index] < end else None

    def last_before(self, start: int, other_than: str) -> tuple[int, int, str] | None:
        index = bisect.bisect_left(self.starts, start) - 1
        while index >= 0 and self.items[index][2] == other_than:
            index -= 1
        return self.items[index] if index >= 0 else None

    def keys_starting(self, start: int, end: int) -> set[str]:
        """Keys of the mentions that start in [start, end]."""
        first, last = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end)
        return {m[2] for m in self.items[first:last]}


def assign_roles(ctx: Context, registry, projects, mentions: list, main: str | None) -> None:
    mentions = Mentions(mentions)
    lex = lexicon()
    suffixes = lex["role_suffixes"]
    previous: tuple[int, str] | None = None  # (block start, project) of the last sentence given a project
    sole = next(iter(projects)) if len(projects) == 1 else None
    for sentence in ctx.sentences:
        key = project_for(ctx, sentence, mentions, main)
        block = ctx.block_at(sentence.start_char)
        if key is None and previous and block is not None and previous[0] == block.start:
            key = previous[1]  # "... is led by X. Partners include A and B.": one paragraph, one project
        roles = cue_roles(ctx, sentence, registry)
        label = labelled_role(ctx, block, lex["role_labels"])
        if label:
            for org_key in labelled_names(ctx, block, registry.in_range(sentence.start_char, sentence.end_char)):
                roles.setdefault(org_key, label)
        if key is None and sole and (label or any(role != "partner" for role in roles.values())):
            # a case study of one project: its "Lead organisation:" and "Partners:" lines are about it; "we work
            # with X" alone is a collaboration, not a part in the project
            key = sole
        if key is None or key not in projects:
            continue
        if block is not None:
            previous = (block.start, key)
        for _start, end, org_key in registry.in_range(sentence.start_char, sentence.end_char):
            text = ctx.text[end:end + 12]
            fused = re.match(r"-(\w+)", text)
            if fused and fused.group(1).lower() in suffixes:
                roles.setdefault(org_key, suffixes[fused.group(1).lower()])
            if possessive_of_project(ctx, end, mentions, key):
                roles.setdefault(org_key, "lead")
        if under_funding_heading(ctx, sentence.start_char):
            for _, _, org_key in registry.in_range(sentence.start_char, sentence.end_char):
                roles.setdefault(org_key, "funder")
        for org_key, role in roles.items():
            add_participant(ctx, projects[key], registry.orgs[org_key].name, role, sentence)


INLINE_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z ]{2,30}?)\s*:\s")


def labelled_role(ctx: Context, block, labels: dict) -> str | None:
    """The role a label gives what it introduces: "Partners:" over "- Glasgow City Council", or before
    them on one line ("Funding: UNHCR")."""
    if block is None:
        return None
    inline = INLINE_LABEL.match(block.text)
    if inline and inline.group(1).lower() in labels:
        return labels[inline.group(1).lower()]
    if block.kind != "list_item":
        return None
    lead_in = ctx.lead_in(block)
    if lead_in is None:
        return None
    label = lead_in.text.strip().rstrip(":").strip().lower()
    if lead_in.kind == "heading" or not lead_in.text.strip().endswith(":"):
        return labels.get(label)
    # "... at the following providers:", "Our partners this year were:": the label ends the lead-in
    return next((role for words, role in labels.items() if label == words or label.endswith(" " + words)), None)


COORDINATION = re.compile(r"^\s*(?:[,;/&]|and\b|,\s*and\b)\s*(?:the\s+)?$", re.I)


def labelled_names(ctx: Context, block, mentions: list[tuple[int, int, str]]) -> list[str]:
    """The bodies a label's role goes to: in a list item only its leading names, joined by commas or "and"
    ("A (AB) 9 cohorts at their venue" or "A, with sessions at B and C" give A alone); on a labelled line
    every body named."""
    if block is None or block.kind != "list_item" or not mentions:
        return [key for _, _, key in mentions]
    leading, previous_end = [mentions[0][2]], mentions[0][1]
    for start, end, key in mentions[1:]:
        between = re.sub(r"\s*\([^()]{1,12}\)", "", ctx.text[previous_end:start])  # "(BACC)" after a name
        if not COORDINATION.match(between):
            break
        leading.append(key)
        previous_end = end
    return leading


def project_for(ctx: Context, sentence, mentions: Mentions, main: str | None) -> str | None:
    """The project a sentence speaks of: one it names, else the last named before it (or the lead-in's)."""
    inside = mentions.first_inside(sentence.start_char, sentence.end_char)
    if inside:
        return inside[2]
    if REFERENCE.search(sentence.text) or in_list_after_project(ctx, sentence, mentions):
        return last_named(mentions, sentence, main)
    if main and FIRST_PERSON_OWNER.search(sentence.text):
        return project_key(main)  # "our funders", "our partners": the reporting project's
    if under_funding_heading(ctx, sentence.start_char):
        return last_named(mentions, sentence, main)
    return None


def under_funding_heading(ctx: Context, offset: int) -> bool:
    """Under a heading about funding ("Our funders"); a long first line of running text is no heading."""
    heading = (ctx.heading_before(offset) or "").strip()
    return bool(FUNDING.search(heading)) and not running_text(heading)


def last_named(mentions: Mentions, sentence, main: str | None) -> str | None:
    """The last project named before the sentence other than the reporting one, else the reporting one."""
    earlier = mentions.last_before(sentence.start_char, project_key(main or ""))
    return earlier[2] if earlier else (project_key(main) if main else None)


def in_list_after_project(ctx: Context, sentence, mentions: Mentions) -> bool:
    block = ctx.block_at(sentence.start_char)
    if block is None or block.kind != "list_item":
        return False
    lead_in = ctx.lead_in(block)
    return lead_in is not None and mentions.first_inside(lead_in.start, lead_in.end) is not None


def possessive_of_project(ctx: Context, end: int, mentions: Mentions, key: str) -> bool:
    after = ctx.text[end:end + 6]
    return bool(re.match(r"['’]s\s", after)) and key in mentions.keys_starting(end, end + 6)


def add_participant(ctx: Context, project: Project, name: str, role: str, sentence) -> None:
    if name_key(name) == project_key(project.name):
        return
    for participant in project.participants:
        if participant.organisation == name:
            if ROLE_ORDER.index(role) < ROLE_ORDER.index(participant.role):
                participant.role = role
            return
    project.participants.append(Participant(name, role, [ctx.evidence(sentence.start_char, sentence.end_char)]))
