"""Who takes part in each project, with roles from the wording around each body: "led by", "X is leading",
"X-backed", "funded by", "including A, B and C", "X's 'P' Project", labelled lines ("Partners:"), a
"Funding" section, and any body in a sentence that names the project. Which project a sentence without a
project name speaks of: project_reference.py."""
from __future__ import annotations

import bisect
import re

from partnergraph.extract.facts.context import Context, lexicon
from partnergraph.extract.facts.list_items import listed_line
from partnergraph.extract.facts.names import name_key
from partnergraph.extract.facts.project_reference import Mentions, project_for, under_funding_heading
from partnergraph.extract.facts.projects import add_participant, project_key
from partnergraph.extract.facts.role_cues import cue_roles


def assign_roles(ctx: Context, registry, projects, mentions: list, main: str | None) -> None:
    mentions = Mentions(mentions)
    lex = lexicon()
    suffixes = lex["role_suffixes"]
    previous: tuple[int, str] | None = None  # (block start, project) of the last sentence given a project
    sole = next(iter(projects)) if len(projects) == 1 else None
    first_project = project_key(main) if main and project_key(main) in projects else \
        mentions.items[0][2] if mentions.items else None
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
        if key is None and label:
            # "Consortium partners are:" under a named consortium: that group's; "Project partners" on a page of
            # several projects: the page's first, its own
            key = labelled_group(ctx, block, mentions) or first_project
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
        for project, org_key in quoted_own_projects(ctx, sentence, registry, mentions):
            if project in projects:
                add_participant(ctx, projects[project], registry.orgs[org_key].name, "lead", sentence)
        if under_funding_heading(ctx, sentence.start_char):
            for _, _, org_key in registry.in_range(sentence.start_char, sentence.end_char):
                roles.setdefault(org_key, "funder")
        for org_key in named_with_project(ctx, registry, projects, mentions, sentence):
            roles.setdefault(org_key, "partner")
        listed = [k for k in coordinated_projects(ctx, mentions, sentence, key) if k in projects]
        hosts = hosting_bodies(ctx, registry.in_range(sentence.start_char, sentence.end_char)) if roles else set()
        for org_key, role in roles.items():
            if org_key in hosts:
                continue
            for project in [key, *listed]:
                add_participant(ctx, projects[project], registry.orgs[org_key].name, role, sentence)


OWN_QUOTED = re.compile(r"\bfor (?:its|their|his|her) [‘“\"]$")


def quoted_own_projects(ctx: Context, sentence, registry, mentions: Mentions) -> list[tuple[str, str]]:
    """"X has been awarded €16,000 for its ‘Art Bridge’, and Y will get €5,000 for their ‘Z’": (project, body)
    for each quoted project a body calls its own, the body the last named before it."""
    owned, since = [], sentence.start_char
    bodies = registry.in_range(sentence.start_char, sentence.end_char)
    for start, _end, key in mentions.starting(sentence.start_char, sentence.end_char):
        if OWN_QUOTED.search(ctx.text, max(since, start - 14), start):
            before = [body for body in bodies if since <= body[0] and body[1] <= start]
            owned += [(key, before[-1][2])] if before else []
        since = start
    return owned


HOSTED_AT = re.compile(r"(?:\s+(?:through|and|the|of|for|&|[A-Z][\w’'-]*))*?\s+(?:at|within|based at|based in|"
                       r"hosted by)\s+(?:the\s+)?")  # the rest of the body's name may come first


def hosting_bodies(ctx: Context, mentions: list) -> set[str]:
    """"the UNESCO Chair (for Refugee Integration through Languages and the Arts) at the University of Glasgow":
    the university is where the body named before it sits, no part it takes itself."""
    return {key for (_s, end, _k), (start, _e, key) in zip(mentions, mentions[1:])
            if HOSTED_AT.fullmatch(ctx.text, end, start)}


def coordinated_projects(ctx: Context, mentions: Mentions, sentence, key: str) -> list[str]:
    """"as part of its LINC, ISAP and HOST programs": what the sentence says of its first project, it says of
    the projects listed with it."""
    inside = mentions.starting(sentence.start_char, sentence.end_char)
    if not inside or inside[0][2] != key:
        return []
    chain = inside[:1]
    for mention in inside[1:]:
        if not LISTED.fullmatch(ctx.text[chain[-1][1]:mention[0]]):
            break
        chain.append(mention)
    return [m[2] for m in chain[1:] if m[2] != key]


OWNER = re.compile(r"['’]s\s+(?:own\s+)?")


def named_with_project(ctx: Context, registry, projects: dict, mentions: Mentions, sentence) -> list[str]:
    """The bodies of a sentence that names one project and no other: what the sentence says of them, it says
    in the project ("Home Office funding to deliver the UK Resettlement Scheme"). Not a body that is itself
    a project, nor its namesake ("the Open Society Initiative, part of the Open Society Foundations")."""
    named = mentions.keys_starting(sentence.start_char, sentence.end_char)
    block = ctx.block_at(sentence.start_char)
    if len(named) != 1 or block is not None and block.kind == "heading":
        return []
    key = next(iter(named))
    in_sentence = registry.in_range(sentence.start_char, sentence.end_char)
    if listed_with_bodies(ctx.text, mentions.first_inside(sentence.start_char, sentence.end_char), in_sentence):
        return []  # "Advice NI, YMCA, Resurgam Youth Initiative and ...": a body with a project's head word
    bodies = []
    for (_start, end, org_key), following in zip(in_sentence, in_sentence[1:] + [None]):
        name = registry.orgs[org_key].name
        owner = following is not None and OWNER.fullmatch(ctx.text[end:following[0]])  # "the EU's X Fund"
        if not owner and project_key(name) not in projects and name_key(name).split()[:2] != key.split()[:2]:
            bodies.append(org_key)
    return bodies


LISTED = re.compile(r"\s*(?:,|;|and|&)\s*(?:and\s+)?(?:the\s+)?")


def listed_with_bodies(text: str, project: tuple[int, int, str], bodies: list) -> bool:
    """The project's name stands in a list of bodies: "A, B, P and C", "A and the P"; not after a comma
    that ends a phrase ("As part of the P, the council used")."""
    start, end, _ = project
    separators = []
    for body in reversed([b for b in bodies if b[1] <= start]):
        if not LISTED.fullmatch(text[body[1]:start]):
            break
        separators.append(text[body[1]:start])
        start = body[0]
    for body in [b for b in bodies if b[0] >= end]:
        if not LISTED.fullmatch(text[end:body[0]]):
            break
        separators.append(text[end:body[0]])
        end = body[1]
    return len(separators) >= 2 or any(re.search(r"\band\b|&", s) for s in separators)


INLINE_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z ]{2,30}?)\s*:\s")


def labelled_role(ctx: Context, block, labels: dict) -> str | None:
    """The role a label gives what it introduces: "Partners:" over "- Glasgow City Council", or before
    them on one line ("Funding: UNHCR")."""
    if block is None:
        return None
    inline = INLINE_LABEL.match(block.text)
    if inline and inline.group(1).lower() in labels:
        return labels[inline.group(1).lower()]
    if block.kind == "paragraph" and (len(block.text.split()) <= LABELLED_PARAGRAPH_WORDS or listed_line(block.text)):
        return heading_role(ctx.heading_before(block.start), labels) or label_line_role(ctx, block, labels)
    if block.kind != "list_item":
        return None
    lead_in = ctx.lead_in(block)
    if lead_in is None:
        return None
    label = lead_in.text.strip().rstrip(":").strip().lower()
    if lead_in.kind == "heading" or not lead_in.text.strip().endswith(":"):
        return labels.get(label)
    label = re.sub(r"\s+(?:are|were|is|was|will be|include|includes|included)$", "", label)  # "These providers are:"
    # "... at the following providers:", "Our partners this year were:": the label ends the lead-in
    return next((role for words, role in labels.items() if label == words or label.endswith(" " + words)), None)


LABELLED_PARAGRAPH_WORDS = 25


def label_line_role(ctx: Context, block, labels: dict) -> str | None:
    """A key-data box: a line "Implemented by:" and the bodies on the line after it."""
    index = ctx.document.last_block_starting_by(block.start)
    label = ctx.document.blocks[index - 1].text.strip() if index > 0 else ""
    return labels.get(label[:-1].strip().lower()) if label.endswith(":") else None


GROUP_NOUN = re.compile(r"\b(consortium|partnership|network|alliance|coalition|forum|board|committee)\b", re.I)


def labelled_group(ctx: Context, block, mentions: Mentions) -> str | None:
    """The group a label names by its kind ("Consortium partners are:"): the last one named before it whose
    head word that is ("the Western Sydney Region Settlement Consortium")."""
    label_block = ctx.lead_in(block) if block.kind == "list_item" else block
    noun = GROUP_NOUN.search(label_block.text) if label_block is not None else None
    if noun is None:
        return None
    before = mentions.items[:bisect.bisect_left(mentions.starts, label_block.start)]
    # named in full or by its initials ("WSRSC"): the project's own name says what it is
    return next((key for _s, _e, key in reversed(before) if key.split()[-1] == noun.group(1).lower()), None)


def heading_role(heading: str | None, labels: dict) -> str | None:
    """"Project partners" over short paragraphs, one body each ("The X Foundation from Budapest."): the
    heading is their label; written as one word too ("Projectpartners")."""
    if not heading:
        return None
    label = heading.strip().rstrip(":").strip().lower()
    return labels.get(label) or next((role for words, role in labels.items()
                                      if " " in words and label == words.replace(" ", "")), None)


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


# "X's 'P' Project", "the GIZ programme Qudra": the body owns the project named next
OWNER_BEFORE = re.compile(r"['’]s\s|\s+(?:project|programme|program|initiative|scheme)\s+(?=[A-Z‘“'\"])")


def possessive_of_project(ctx: Context, end: int, mentions: Mentions, key: str) -> bool:
    owner = OWNER_BEFORE.match(ctx.text, end)
    return bool(owner) and key in mentions.keys_starting(end, max(end + 6, owner.end() + 1))
