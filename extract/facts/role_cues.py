"""Roles from the wording around a body in one sentence: "led by X", "X is leading", "funded by X",
"including A, B and C". The cues are data (schemas/patterns/lexicon.yaml, role_cues)."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import Context, lexicon, phrase_regex

ROLE_ORDER = ["lead", "funder", "support", "delivery", "member", "partner"]
LIST_ROLES = {"member", "partner"}
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+$", re.I)
INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.I)
NEAR = 45  # characters between a body and the cue that gives its role


def cue_roles(ctx: Context, sentence, registry) -> dict[str, str]:
    roles: dict[str, str] = {}
    text, base = sentence.text, sentence.start_char
    bodies = registry.in_range(sentence.start_char, sentence.end_char)
    starts = cue_starts(text) if bodies else []
    if not starts:
        return roles  # a cue gives a role only to a body in its sentence; most sentences hold no cue
    for role, side, pattern in role_cue_patterns():
        for match in matches_from(pattern, text, starts):
            if not needs_met(match.group(0), text[:match.start()]):
                continue
            cue_start, cue_end = base + match.start(), base + match.end()
            if side == "after":
                after = [b for b in bodies if b[0] >= cue_end]
                near = bool(after) and after[0][0] - cue_end <= NEAR
                chosen = after if role in LIST_ROLES else object_list(ctx.text, after) if near else []
                if role in LIST_ROLES and after:
                    chosen = fronted_with(ctx.text, sentence, bodies, cue_start) + chosen
            elif re.match(r"\s+by\b", text[match.end():]):
                continue  # "is led by X", "funded by X": passive, the body comes after
            elif PASSIVE_BEFORE.search(text[:match.start()]) and not match.group(0).split()[0].endswith("ing"):
                continue  # "X was awarded the tender by Y": X received, it did not award ("X is taking part in": it does)
            elif role == "delivery" and INFINITIVE_BEFORE.search(text[:match.start()]):
                continue  # "partnered with A and B to deliver": whose aim, not who delivers what the sentence names
            else:
                # a body the cue's word ends ("Heritage Lottery Fund" of "Heritage Lottery Funded") is its subject
                chosen = subject_list(ctx.text, [b for b in bodies if b[0] < cue_start and b[1] < cue_end], cue_start)
                if not chosen and role in LIST_ROLES:
                    chosen = listed_after_copula(text, match.end(), base, bodies)
            for _, _, org_key in chosen:
                roles.setdefault(org_key, role)
    return roles


# bodies listed with the cue's object, or the channel it acts through ("funded by A through B")
COORDINATED = re.compile(r"\s*(?:,|and|&|through|via)\s*(?:and\s+)?(?:the\s+)?")


# "Along with Refugee Action, the partnership includes A and B": the fronted body is listed too
FRONTED_WITH = re.compile(r"\s*(?:Along with|Alongside|As well as|Besides|In addition to|Together with)\s+[^,;]+,", re.I)


def fronted_with(text: str, sentence, bodies: list, cue_start: int) -> list:
    """The bodies of a fronted "Along with X," before a list cue."""
    fronted = FRONTED_WITH.match(text, sentence.start_char)
    if not fronted or fronted.end() > cue_start:
        return []
    return [b for b in bodies if b[1] <= fronted.end()]


# "The councils taking part in this pilot programme are: A, B and C": the subject is listed after the verb
COPULA_LIST = re.compile(r"[^.;:()]{0,80}?\b(?:are|were|include|included)\b\s*:?\s*(?:the\s+)?", re.I)


def listed_after_copula(text: str, cue_end: int, base: int, bodies: list) -> list:
    """The bodies listed after "are"/"include" when a membership cue has no body before it."""
    listed = COPULA_LIST.match(text, cue_end)
    if not listed:
        return []
    after = [b for b in bodies if b[0] >= base + listed.end()]
    return after if after and after[0][0] - (base + listed.end()) <= NEAR else []


def needs_met(cue: str, before: str) -> bool:
    """A cue listed in role_cue_needs gives a role only after one of its words in the sentence, and one in
    role_cue_blockers none after one of its words."""
    needed = lexicon()["role_cue_needs"].get(cue.lower())
    blockers = lexicon()["role_cue_blockers"].get(cue.lower())
    return (not needed or bool(phrase_regex(needed).search(before))) and \
        not (blockers and phrase_regex(blockers).search(before))


def object_list(text: str, after: list) -> list:
    """The body nearest after the cue, with those listed with it: "delivered by A and B", not C in "funded
    by A, the project helped C"."""
    chosen = after[:1]
    for body in after[1:]:
        if not COORDINATED.fullmatch(text[chosen[-1][1]:body[0]]):
            break
        chosen.append(body)
    return chosen


def subject_list(text: str, before: list, cue_start: int) -> list:
    """The body nearest before the cue, with those listed with it: "A, B and C (ABC) are supporting"."""
    if not before or cue_start - before[-1][1] > NEAR:
        return []
    chosen = [before[-1]]
    for body in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:,|and|&|\()\s*(?:and\s+)?(?:the\s+)?", text[body[1]:chosen[-1][0]]):
            break
        chosen.append(body)
    return chosen


@lru_cache(maxsize=1)
def role_cue_patterns() -> list[tuple[str, str, re.Pattern]]:
    """(role, side of the body, regex) in the order roles are given."""
    cues, known = lexicon()["role_cues"], lexicon()["role_cues_of_known_bodies"]
    return [(role, side, phrase_regex(cues[role][side] + (known.get(role, []) if side == "after" else [])))
            for role in ROLE_ORDER for side in ("after", "before") if cues[role][side]]


def cue_starts(text: str) -> list[int]:
    """Every position where some role cue begins, overlapping ones too: each role's own pattern can only
    match there, so it is tried at those positions instead of scanning the sentence once per role."""
    cue = any_cue()
    starts, match = [], cue.search(text)
    while match:
        starts.append(match.start())
        match = cue.search(text, match.start() + 1)
    return starts


@lru_cache(maxsize=1)
def any_cue() -> re.Pattern:
    cues, known = lexicon()["role_cues"], lexicon()["role_cues_of_known_bodies"]
    return phrase_regex([phrase for sides in cues.values() for phrases in sides.values() for phrase in phrases]
                        + [phrase for phrases in known.values() for phrase in phrases])


def matches_from(pattern: re.Pattern, text: str, starts: list[int]):
    """What `pattern.finditer(text)` yields, given that a match can only begin at one of `starts` (sorted)."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match:
                yield match
                end = match.end()
