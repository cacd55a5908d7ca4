"""Who a cue is said of: the body named before it (not one that only says what or where that body is), a
body the sentence refers back to ("the church"), a list's lead-in or the name line above a purpose, or the
report's author for first-person wording."""
from __future__ import annotations

import re

from partnergraph.extract.facts.quotes import quoted_speaker

SUBJECTLESS = re.compile(r"\s*[A-Za-z]+ing\b(?!\s+(?:of|to)\b)")  # a sentence opening with its verb


APPOSITION_OPENS = re.compile(r"\)?\s*(?:\([A-Z]{2,}\))?\s*[–—,]\s*an?\s+[\w\s-]{0,40}?$")
APPOSITION_CLOSES = re.compile(r"\s*[–—,]\s*")
BASED_AT = re.compile(r"\)?\s*(?:\([A-Z][\w&-]*\))?\s+(?:is|are|was|were)\s+(?:based|located|hosted|housed)\s+"
                      r"(?:at|in|within|by)\s+(?:the\s+)?")


def outside_apposition(text: str, before: list, cue_start: int) -> tuple:
    """The body nearest before the cue, unless it only says what the one before it is or where it is: "X (XP) –
    a unit within Y – partnered with Z", "X is based at Y and will work with Z": X is the subject."""
    if len(before) >= 2 and (APPOSITION_CLOSES.fullmatch(text, before[-1][1], cue_start)
                             and APPOSITION_OPENS.fullmatch(text, before[-2][1], before[-1][0])
                             or BASED_AT.fullmatch(text, before[-2][1], before[-1][0])):
        return before[-2]
    return before[-1]


def speaker_of(ctx, sentence, match, before, first_person, author, registry) -> str | None:
    block = ctx.block_at(sentence.start_char)
    opens_heading = block is not None and block.kind == "heading" and match.start() == 0
    subject_from = before[-1][1] if before else sentence.start_char
    between = ctx.text[subject_from:sentence.start_char + match.start()]
    said_by = first_person.search(between)
    if said_by:
        speaker = quoted_speaker(ctx, subject_from + said_by.start(), registry)
        if speaker:
            return speaker  # '"We work with Y," says X's director': X works with Y
    if author and (said_by or opens_heading):
        return author  # "As part of X, we ... have met with Y": the author met Y
    if before:
        return registry.orgs[outside_apposition(ctx.text, before, sentence.start_char + match.start())[2]].name
    referred = definite_subject(between, sentence.start_char, registry)
    if referred:
        return referred  # "The church has been working with X": the church named before
    if author and OWN_WORK.match(between):
        return author  # "The project is supported by X", where no body's name ends in "project"
    subjectless = SUBJECTLESS.match(sentence.text)
    listed_by = lead_in_subject(ctx, block, registry) if subjectless else None
    listed_by = listed_by or (name_line_before(ctx, block, registry) if PURPOSE.match(sentence.text) else None)
    if listed_by:
        return listed_by  # "X proposed:" over "· liaising with Y"
    if author and (first_person.search(sentence.text) or subjectless):
        return author  # "Running a pilot in partnership with X": the report's own work
    return None


DEFINITE_SUBJECT = re.compile(r"\s*(?:The|the|This|this)\s+([a-z]+)\b")


def definite_subject(between: str, before_offset: int, registry) -> str | None:
    """"The library also partners with X" after "Massanutten Regional Library": the body named before whose
    name ends in the noun; where several do, the one named most often (the report's subject), then first."""
    noun = DEFINITE_SUBJECT.match(between)
    if noun is None:
        return None
    counts: dict[str, int] = {}
    for start, _end, key in registry.mentions:
        name = registry.orgs[key].name
        if start < before_offset and name.split()[-1].lower() == noun.group(1) and len(name.split()) > 1:
            counts[key] = counts.get(key, 0) + 1
    return registry.orgs[max(counts, key=counts.get)].name if counts else None


# the report's own work, referred to by its kind: "The project is supported by X", "Support for the hub came from"
OWN_WORK = re.compile(r"\s*(?:(?:Support|Funding)\s+for\s+)?(?:the|this|our)\s+(?:project|programme|program|scheme|"
                      r"initiative|pilot|service|hub|work)\b", re.I)


PURPOSE = re.compile(r"\s*To\s+[a-z]+\b")  # a grant's purpose under its grantee's name: "To work in partnership with"


def name_line_before(ctx, block, registry) -> str | None:
    """The body whose name alone makes the line above ("Refugee Council" over "To work with X ...")."""
    index = ctx.document.last_block_starting_by(block.start) - 1 if block is not None else -1
    line = ctx.document.blocks[index] if index >= 0 else None
    first = next(iter(registry.in_range(line.start, line.end)), None) if line else None
    if first is None or ctx.text[line.start:first[0]].strip() or \
            not re.fullmatch(r"[\s,]*(?:[A-Z][\w’'&.-]*\s*)*", ctx.text[first[1]:line.end]):
        return None  # "Institute for Social Change, University of Manchester": the first
    return registry.orgs[first[2]].name


def lead_in_subject(ctx, block, registry) -> str | None:
    """The body a list's lead-in opens with ("Middlesbrough Council proposed the following:"): the subject
    of each item that opens with its verb."""
    if block is None:
        return None
    lead_in = ctx.lead_in(block) if block.kind == "list_item" else paragraphs_lead_in(ctx, block)
    if lead_in is None or not lead_in.text.rstrip().endswith(":"):
        return None
    first = next(iter(registry.in_range(lead_in.start, lead_in.end)), None)
    opening = ctx.text[lead_in.start:first[0]] if first else ""
    return registry.orgs[first[2]].name if first and len(opening.split()) <= 1 else None


def paragraphs_lead_in(ctx, block):
    """"Swansea University’s support includes:" over paragraphs that each open with their verb ("Hosting 53
    students ...", "Supporting Discovery, ..."): the lead-in above the run of such paragraphs."""
    blocks = ctx.document.blocks
    index = ctx.document.last_block_starting_by(block.start) - 1
    while index >= 0 and blocks[index].kind == "paragraph" and SUBJECTLESS.match(blocks[index].text):
        index -= 1
    return blocks[index] if index >= 0 and blocks[index].text.rstrip().endswith(":") else None
