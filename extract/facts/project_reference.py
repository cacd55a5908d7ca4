"""Which project a sentence speaks of: one it names (not a funder's programme that pays for it), else the
one "this project" or "the partnership includes" refers back to, the one its list item's lead-in names, the
reporting project for "our partners", or the last one named under a funding heading."""
from __future__ import annotations

import bisect
import re

from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.project_intros import UPDATE_HEADING
from partnergraph.extract.facts.projects import group_reference, project_key
from partnergraph.extract.facts.when import running_text


REFERENCE = re.compile(r"(?=[ito])(?:^It\b|\b(?:the|this|our|their)\b(?:\s+[\w'’-]+){0,6}?\s+(?:project|initiative|programme|program|"
                       r"scheme|pilot)\b)", re.I)  # the lookahead: what the words begin with, tested first
# "Along with X, the partnership includes A and B": the group whose members are listed is the project last named
GROUP_LISTED = re.compile(r"\bthe (?:partnership|consortium) (?:also )?(?:includes|included|comprises|is made up of)\b",
                          re.I)
FUNDING = re.compile(r"\bfund(ing|ed|er|ers)?\b", re.I)  # a heading over funders
FUNDING_HEADING_WORDS = 7  # "Funding from the National Lottery Community Fund"; longer, a headline
FIRST_PERSON_OWNER = re.compile(r"\bour (?:funders?|partners?|members?|lead partner|sponsors?)\b", re.I)

# "the Capacity Building and Participation Grants program": a funder's programme, which "the project" never means
# (a key has lost its head word: "capacity building and participation grants")
GRANT_PROGRAMME = re.compile(r"\b(?:grants?|funding)(?: (?:program|programme|scheme))?$", re.I)  # a fund is
# a project when "the Fund" is what the text goes on to speak of


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
        while index >= 0 and (self.items[index][2] == other_than or GRANT_PROGRAMME.search(self.items[index][2])):
            index -= 1
        return self.items[index] if index >= 0 else None

    def starting(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The mentions that start in [start, end): a sentence's end is the next one's start."""
        return self.items[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def keys_starting(self, start: int, end: int) -> set[str]:
        return {m[2] for m in self.starting(start, end)}


def project_for(ctx: Context, sentence, mentions: Mentions, main: str | None) -> str | None:
    """The project a sentence speaks of: one it names, other than a funder's programme that pays for it ("the
    current phase of the project ... Funded by MHF's Covid Response Programme"), else the last named before
    it (or the lead-in's)."""
    inside = [m for m in mentions.starting(sentence.start_char, sentence.end_char)
              if not FUNDING_SOURCE.search(ctx.text, max(sentence.start_char, m[0] - 40), m[0])]
    if inside:
        return inside[0][2]
    group = group_reference().match(sentence.text)
    if group:
        agreeing = agreeing_project(ctx, mentions, sentence.start_char, group.group(1).lower())
        if agreeing:
            return agreeing  # "This Committee is chaired by ...": only a group of that name, never another project
    reference = REFERENCE.search(sentence.text) or GROUP_LISTED.search(sentence.text)
    if reference:
        agreeing = agreeing_project(ctx, mentions, sentence.start_char, reference.group(0).split()[-1].lower())
        if agreeing:
            return agreeing
    if reference:
        return last_named(mentions, sentence, main)
    listed_under = lead_in_project(ctx, sentence, mentions)
    if listed_under:
        return listed_under  # "Consortium partners are:" naming the reporting consortium too
    if main and FIRST_PERSON_OWNER.search(sentence.text):
        return project_key(main)  # "our funders", "our partners": the reporting project's
    if under_funding_heading(ctx, sentence.start_char):
        return last_named(mentions, sentence, main)
    return update_heading_project(ctx, sentence)


def update_heading_project(ctx: Context, sentence) -> str | None:
    """Under a heading "X project update" the sentences are news of X."""
    heading = UPDATE_HEADING.match(ctx.heading_before(sentence.start_char) or "")
    return project_key(heading.group(1)) if heading else None


# "Funded by MHF's Covid Response Programme", "funded ... under the Programme “Europe for Citizens”"
FUNDING_SOURCE = re.compile(r"\b(?:(?:funded by|funding from|financed by)\s+(?:the\s+)?[\w’'.-]+['’]s|under the "
                            r"(?:[\w-]+\s+)?(?i:programme|program|fund))\s+[\"“«‘']?$", re.I)


def under_funding_heading(ctx: Context, offset: int) -> bool:
    """Under a heading about funding ("Our funders", "New Beginnings Fund opens for local groups ..."); a long
    first line of running text is no heading, nor is a long headline that only mentions funding ("Kingston
    Council awarded £338,000 Government funding to provide English language courses")."""
    heading = (ctx.heading_before(offset) or "").strip()
    funding = FUNDING.search(heading)
    return bool(funding) and not running_text(heading) \
        and (len(heading.split()) <= FUNDING_HEADING_WORDS or funding.group()[0].isupper())


SAME_HEADS = ({"programme", "program"},)


def agreeing_project(ctx: Context, mentions: Mentions, start: int, noun: str) -> str | None:
    """"This project" after "the X Programme" and "the Y Project": the last one named whose head word is the
    noun the sentence uses."""
    nouns = next((heads for heads in SAME_HEADS if noun in heads), {noun})
    for mention_start, mention_end, key in reversed(mentions.items[:bisect.bisect_left(mentions.starts, start)]):
        words = ctx.text[mention_start:mention_end].split()
        if words and words[-1].strip("'’\"”").lower() in nouns and not GRANT_PROGRAMME.search(key):
            return key
    return None


def last_named(mentions: Mentions, sentence, main: str | None) -> str | None:
    """The last project named before the sentence other than the reporting one, else the reporting one."""
    earlier = mentions.last_before(sentence.start_char, project_key(main or ""))
    return earlier[2] if earlier else (project_key(main) if main else None)


def lead_in_project(ctx: Context, sentence, mentions: Mentions) -> str | None:
    """The project the lead-in of the sentence's list item names."""
    block = ctx.block_at(sentence.start_char)
    if block is None or block.kind != "list_item":
        return None
    lead_in = ctx.lead_in(block)
    named = mentions.first_inside(lead_in.start, lead_in.end) if lead_in is not None else None
    return named[2] if named else None
