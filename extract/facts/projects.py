"""Projects: names the patterns, introductions and the title give, their aliases and every mention; a
body that "brings together" members is a partnership project. Who takes part: `project_roles`."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import Context, lexicon, phrase_regex
from partnergraph.extract.facts.names import (
    clean_quotes,
    is_generic,
    name_key,
    named_head_first,
    trim_span,
    whole_name_spans,
    with_people_possessive,
    word_sets,
)
from partnergraph.extract.facts.project_intros import (
    acronym_tail_projects,
    coined_projects,
    introduced_projects,
    listed_coined_projects,
    lower_tail_projects,
    update_heading_projects,
)
from partnergraph.extract.facts.project_names import (
    AGENDA_OF,
    NAMED_AFTER,
    STAGE_OF,
    mid_word,
    model_bodies,
    office_of,
    project_key,
    split_projects,
    without_owner,
)
from partnergraph.extract.facts.project_merges import (
    add_dashed_short_names,
    merge_cut_openings,
    merge_project,
    merge_project_initialisms,
    prefer_coined_names,
    rename_project,
)
from partnergraph.extract.facts.ranges import Ranges
from partnergraph.extract.facts.role_cues import ROLE_ORDER
from partnergraph.extract.facts.titles import described_as_body, headline_words
from partnergraph.extract.record import Participant, Project


def role_noun_after_quote(text: str, role_nouns: set[str]) -> bool:
    """"‘Best Initiative to Promote Inclusivity’ category": the quoted name qualifies the noun after it."""
    tail = re.search(r"['’”\"]((?:\s*\w+){1,2})$", text)
    return bool(tail) and any(word.lower() in role_nouns for word in tail.group(1).split())


def find_projects(ctx: Context, title_project: str | None) -> tuple[dict[str, Project], list[tuple[int, int, str]]]:
    projects: dict[str, Project] = {}
    mentions: list[tuple[int, int, str]] = []
    role_nouns = word_sets()["role_nouns"]
    for span in sorted(ctx.spans("names", "PROJECT"), key=lambda s: s.start):
        quoted = span[0].text in "'\"‘“"
        trimmed = determined_name(span) or trim_span(span)
        if trimmed is None:
            continue
        following = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        if modifier_head(span) or not quoted and len(span) >= 2 and span[-1].is_lower and span[-2].is_lower \
                and span[-2].lower_ != "pilot":
            continue  # "Central to the project": a link word before a lower-case head word ends no name
        name = clean_quotes(re.sub(r"['’”\"](?:\s*\w+){1,2}$", "", trimmed.text)) if quoted else trimmed.text
        if following in role_nouns or quoted and role_noun_after_quote(trimmed.text, role_nouns) or is_generic(name) or len(name.split()) < 2 and not quoted or fused_role(name) \
                or body_with_head(ctx, name) or mid_word(ctx.text, trimmed.start_char) \
                or described_as_body(ctx.text, name) or headline_words(ctx, trimmed.start_char, name):
            continue
        if parent_programme(ctx, trimmed) or NAMED_AFTER.match(ctx.text, trimmed.end_char) \
                or AGENDA_OF.match(ctx.text, trimmed.end_char) \
                or office_of(ctx.text, trimmed.start_char) or named_head_first(name):
            continue  # "a new Heritage Lottery Funded project called ‘A View From Here’": its description
        name = without_owner(name, model_bodies(ctx))
        for offset, part in split_projects(name):
            start = trimmed.start_char + trimmed.text.find(part) if part in trimmed.text else trimmed.start_char
            end = start + len(part)
            if offset == 0 and not quoted:
                start, part = with_people_possessive(ctx.text, start, part)
            add_project(ctx, projects, mentions, part, start, end)
    taken = Ranges((s, e) for s, e, _ in mentions)
    national = [c for c in lower_tail_projects(ctx.text) if nationality_or_place(ctx, c[0], c[2].split()[0])]
    for start, end, name in introduced_projects(ctx.text) + coined_projects(ctx.text) + national \
            + listed_coined_projects(ctx.text) + acronym_tail_projects(ctx.text) + update_heading_projects(ctx.text):
        if not taken.overlaps(start, end) and not names_a_body(ctx, name):
            add_project(ctx, projects, mentions, name, start, end)
    title_project = title_project and without_owner(title_project)  # "Interim Meeting of the X project"
    if title_project and project_key(title_project) not in projects:
        add_project(ctx, projects, mentions, title_project, 0, len(title_project))
    for short, (long_form, _start, _) in (ctx.doc._.acronyms or {}).items():
        long_form = clean_quotes(long_form)
        project = projects.get(project_key(long_form))
        if project and short not in project.aliases:
            project.aliases.append(short)
        if project and project_key(short) in projects and project_key(short) != project_key(long_form):
            merge_project(projects, mentions, project_key(short), project_key(long_form))  # "the REGIN project"
        project = projects.get(project_key(short))  # "the ... Support (SETS) program": named by the short form
        if project and without_lower_head(project.name) == short and not word_sets()["org_heads"] & set(
                long_form.lower().split()) and project_key(long_form) not in projects:
            rename_project(projects, mentions, project_key(short), long_form)  # not a body's ("the UNHCR Programme")
    add_dashed_short_names(ctx.text, projects, mentions)
    merge_project_initialisms(ctx, projects, mentions)
    merge_cut_openings(projects, mentions)
    prefer_coined_names(projects, mentions)
    add_name_mentions(ctx, projects, mentions)
    return projects, sorted(mentions)


def modifier_head(span) -> bool:
    """"18 Syrian Programme Refugee families": a capitalised word right after the head word, on the same
    line, makes the head a modifier of another name, not the end of a project's; not the project's own parties
    ("on behalf of the Highland Syrian Resettlement Programme Partners")."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.is_title and following.is_alpha and not following.is_sent_start \
        and following.lower_ not in word_sets()["org_heads"] and span[-1].whitespace_ == " " \
        and following.lower_ not in lexicon()["project_parties"]


def determined_name(span):
    """After "the"/"our"/"its" every capitalised word is the name's, words that open headings too: "the
    Supporting New Scots in Renfrewshire project"."""
    determiners = {"the", "our", "its", "their", "this"}
    before = span.doc[span.start - 1].lower_ if span.start else ""
    if span[0].lower_ in determiners and len(span) > 2:  # "The New Roots programme is ..." opening a sentence
        before, span = span[0].lower_, span.doc[span.start + 1:span.end]
    if before in determiners and span[0].is_alpha and span[0].is_title:
        trimmed = trim_span(span)
        return span.doc[span.start:trimmed.end] if trimmed is not None else None
    return None


def body_with_head(ctx: Context, name: str) -> bool:
    """"the EU project", "a UK programme", "a Home Office project": a body's name or a subject's acronym
    before a lower-case head word says whose project, not which."""
    words = name.split()
    if len(words) < 2 or not words[-1].islower():
        return False
    if len(words) > 2:
        owner = " ".join(words[:-1])
        return words[-2].lower() in word_sets()["org_heads"] or any(s.text == owner for s in ctx.spans("gazetteer"))
    return names_a_body(ctx, words[0]) or words[0].lower() in word_sets()["not_org_acronyms"]


def nationality_or_place(ctx: Context, start: int, word: str) -> bool:
    """The model calls the word a nationality or a place, or the gazetteer knows it as a place."""
    return any(e.start_char == start and e.label_ in ("NORP", "GPE", "LOC") for e in ctx.entities) or any(
        s.start_char == start and s.label_ == "PLACE" for s in ctx.spans("gazetteer"))


def names_a_body(ctx: Context, name: str) -> bool:
    """A one-word name the gazetteer knows as a body or place, or an acronym the text defines as a body's ("the
    UNHCR programme" is the body's programme)."""
    if " " in name:
        return False
    long_form = (ctx.doc._.acronyms or {}).get(name, ("",))[0]
    heads = word_sets()["org_heads"]
    return any(span.text == name for span in ctx.spans("gazetteer")) \
        or bool(long_form.split()) and long_form.split()[-1].lower() in heads


def add_name_mentions(ctx: Context, projects: dict[str, Project], mentions: list) -> None:
    """Every place the text uses a project's name or alias is a mention, not only where a pattern saw it."""
    taken = Ranges((s, e) for s, e, _ in mentions)
    for key, project in projects.items():
        for name in {project.name, *project.aliases}:
            for start, end in whole_name_spans(ctx.text, name):
                if not taken.overlaps(start, end):
                    mentions.append((start, end, key))
                    taken.add(start, end)


def parent_programme(ctx: Context, span) -> bool:
    """"set up as part of the Commission's 'X Programme'": a body's funding programme, not a project here."""
    sentence = ctx.sentence_at(span.start_char)
    before = ctx.text[sentence.start_char:span.start_char]
    return bool(re.search(r"['’]s\s+(?:['‘\"“][^'’\"”]*)?$", before)) and "part of" in sentence.text.lower()


def fused_role(name: str) -> bool:
    """"Authority-backed initiative", "UNHCR-led programme" name a backer, not a project; "Employer-led Refugee
    Employment Project" and "Community-led Sponsorship" name the kind of project."""
    suffixes, heads = lexicon()["role_suffixes"], word_sets()["org_heads"]
    for word in name.split():
        backer, _, suffix = word.rpartition("-")
        if backer and suffix.lower() in suffixes and (backer.lower() in heads or backer.isupper()):
            return True
    return False


def add_project(ctx, projects, mentions, name: str, start: int, end: int) -> None:
    if name.split()[-1].strip("'’\"”").lower() in word_sets()["not_project_heads"]:
        return  # "Refugee Week is a nationwide programme of events": a happening
    stage = STAGE_OF.match(name)
    if stage and len(name[stage.end():].split()) >= 2:
        start, name = start + stage.end(), name[stage.end():]  # "Round IV of the Gateways for Growth Challenge"
    key = project_key(name)
    project = projects.get(key)
    if project is None:
        project = projects[key] = Project(name)
    for form in (name, without_lower_head(name)):
        if form and form != project.name and form not in project.aliases:
            project.aliases.append(form)
    project.evidence.append(ctx.evidence(start, end))
    mentions.append((start, end, key))


def without_lower_head(name: str) -> str | None:
    """"ERASMI" of "ERASMI project": a name set before a lower-case project word is used without it too."""
    words = name.split()
    if len(words) >= 2 and words[-1] in word_sets()["project_heads"] and words[-2][:1].isupper():
        return " ".join(words[:-1])
    return None


@lru_cache(maxsize=1)
def group_reference() -> re.Pattern:
    """"This Committee", "The group, in conjunction with": a sentence opening on a group's head word."""
    heads = "|".join(lexicon()["group_heads"])
    return re.compile(rf"\s*(?:This|The|That)\s+(?:[\w-]+\s+){{0,2}}?((?i:{heads}))\b")


def membership_projects(ctx: Context, registry, projects, mentions) -> None:
    """A body that "brings together" listed members is itself a partnership project; not one named in a
    sentence about a group already named ("This Committee is chaired by the Council and has participants")."""
    cues = phrase_regex(lexicon()["role_cues"]["member"]["after"])
    groups = {name.split()[-1].lower() for p in projects.values() for name in [p.name, *p.aliases]}
    for sentence in ctx.sentences:
        cue = cues.search(sentence.text)
        opening = group_reference().match(sentence.text)
        if not cue or opening and opening.group(1).lower() in groups:
            continue
        bodies = registry.in_range(sentence.start_char, sentence.start_char + cue.start())
        # "Council has been working with an advisory group, which includes ...": the group includes, not the Council
        if bodies and not group_between(ctx.text[bodies[0][1]:sentence.start_char + cue.start()]) \
                and not PROJECT_REFERENCE.search(ctx.text[bodies[-1][1]:sentence.start_char + cue.start()]):
            start, end, key = bodies[0]
            add_project(ctx, projects, mentions, registry.orgs[key].name, start, end)


PROJECT_REFERENCE = re.compile(r"\b(?i:this|the) (?:project|programme|program|initiative|scheme)\s*$")  # "Led by X, this project"


def group_between(text: str) -> bool:
    """The body works with a group named after it, and that group is what includes the members ("X is a
    partnership that brings together" is X's own membership)."""
    cue = phrase_regex(lexicon()["collaboration_cues"]).search(text)
    return bool(cue and re.search(r"\b(?:%s)\b" % "|".join(lexicon()["group_heads"]), text[cue.end():]))


def add_participant(ctx: Context, project: Project, name: str, role: str, sentence) -> None:
    if name_key(name) == project_key(project.name):
        return
    for participant in project.participants:
        if participant.organisation == name:
            if ROLE_ORDER.index(role) < ROLE_ORDER.index(participant.role):
                participant.role = role
            return
    project.participants.append(Participant(name, role, [ctx.evidence(sentence.start_char, sentence.end_char)]))
