"""Groups of partners named together: "in partnership with Oasis and EYST", "in conjunction with project
partners A, B and C", "Partners: A (Belgium) - leading partner, B (Finland), C", "partners involved
include A, B and C". Everyone in such a group works with everyone else in it, and with the body the
sentence is about (the one named before the cue, or the author when the sentence says "we")."""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from extract.facts.context import Context, lexicon, phrase_regex
from extract.facts.names import is_generic

# What may stand between two bodies of one list: a bracket, a dash and a few words ("(Belgium) -
# leading partner"), then a comma, semicolon or "and"; the next may begin with "the".
# A list may also hold one item that is not a body (a person, a place) between two that are.
EXTRA = r"(?:\s*\([^()]{0,60}\))?(?:\s*[-–—]\s*(?:[a-z][a-z ]{0,30}|[A-Z]{2,10}))?"
SEP = r"\s*(?:,|;|&|\band\b|,\s*and\b)\s*(?:the\s+)?"
LIST_GAP = re.compile(rf"{EXTRA}{SEP}(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}{EXTRA}{SEP})?")


@lru_cache(maxsize=1)
def group_cues() -> re.Pattern:
    return phrase_regex(lexicon()["partner_group_cues"])


def group_pairs(ctx: Context, sentence, registry, subject_of) -> list[tuple[str, str]]:
    """Pairs among a group of partners a cue introduces in this sentence. `subject_of(cue_start, before)`
    names the body the sentence is about, or None."""
    cue = group_cues().search(sentence.text)
    if not cue:
        return []
    cue_start, cue_end = sentence.start_char + cue.start(), sentence.start_char + cue.end()
    after = registry.in_range(cue_end, sentence.end_char)
    members = listed_run(ctx, after)
    if not members:
        return []
    before = registry.in_range(sentence.start_char, cue_start)
    subject = subject_of(cue, before)
    names = list(dict.fromkeys(([subject] if subject else []) + [registry.orgs[k].name for k in members]))
    return list(itertools.combinations(names, 2)) if len(names) >= 2 else []


def listed_run(ctx: Context, mentions: list) -> list[str]:
    """The keys of the bodies listed one after another from the first mention on: a list stops where
    something other than a separator stands between two bodies."""
    if not mentions:
        return []
    keys = [mentions[0][2]]
    for (_, end, _), (start, _, key) in zip(mentions, mentions[1:]):
        if not LIST_GAP.fullmatch(ctx.text[end:start]):
            break
        keys.append(key)
    return list(dict.fromkeys(keys))


ITEM = re.compile(r"(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|\d+|of|for|on|de|du))*)"
                  r"(?:\s*\([^()]{0,60}\))?(?:\s*[-–—]\s*[a-z][a-z ]{0,30})?")
SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s*&\s*)")


@lru_cache(maxsize=1)
def list_cues() -> re.Pattern:
    lex = lexicon()
    return phrase_regex(lex["partner_group_cues"] + lex["collaboration_cues"])


def listed_candidates(ctx: Context) -> list[tuple[int, int, str, str]]:
    """Capitalised names listed after a partnership cue are bodies, one-word ones too ("in partnership
    with Oasis and EYST"): (start, end, name, surface) for each item of such a list."""
    found = []
    for cue in list_cues().finditer(ctx.text):
        position = re.match(r"[\s:;]*(?:(?:project|other|local)\s+)?(?:partners\s+)?(?:such as\s+)?", ctx.text[cue.end():])
        position = cue.end() + position.end()
        while True:
            item = ITEM.match(ctx.text, position)
            if not item or "\n" in item.group(0):
                break
            name = re.sub(r"\s+(?:of|for|on|de|du)$", "", re.split(r"\.\s", item.group(1))[0].rstrip("."))
            found.append((item.start(1), item.start(1) + len(name), name, name))
            gap = SEPARATOR.match(ctx.text, item.end())
            if not gap:
                break
            position = gap.end()
    return [c for c in found if not is_generic(c[2])]
