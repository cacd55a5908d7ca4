"""Shares of a plan: "30 of the planned 50 families have arrived", "we have delivered 12 of the 15 planned
sessions", "the first of 2 focus groups": the first number is delivered, the second the target, of the things
counted after them. Found before sentence_figures, which skips their numbers."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.figure_cues import DIGITS, cue_patterns, number
from partnergraph.extract.facts.figure_nouns import noun_phrase
from partnergraph.extract.record import Figure

PLAN_WORDS = r"planned|targeted|expected|proposed|intended|promised|scheduled"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


@lru_cache(maxsize=1)
def share_pattern() -> re.Pattern:
    numbers = "|".join(sorted(cue_patterns()[3]["number_words"], key=len, reverse=True))
    value = rf"{DIGITS}|(?i:{numbers})"
    return re.compile(rf"\b(?P<done>{value}|(?i:{'|'.join(ORDINALS)})) of (?:the |our |its |their )?"
                      rf"(?:(?P<plan>{PLAN_WORDS}) )?(?P<total>{value}) (?:(?P<plan_after>{PLAN_WORDS}) )?")


def share_figures(ctx: Context) -> tuple[list[Figure], list[tuple[int, int]]]:
    """The figures of every share of a plan, and the character ranges of their numbers."""
    lex = cue_patterns()[3]
    figures, ranges = [], []
    for match in share_pattern().finditer(ctx.text):
        ordinal = match.group("done").lower() in ORDINALS
        if not (match.group("plan") or match.group("plan_after") or ordinal):
            continue  # "12 of the 15 sessions": a share, but of nothing said to be planned
        found = noun_phrase(ctx.text[match.end():match.end() + 200], lex, False)
        done, total = (value_of(match.group(g), lex) for g in ("done", "total"))
        if found is None or done is None or total is None or done > total:
            continue
        figure = Figure(found[0], total, done, found[0].split()[-1])
        figure.evidence.append(ctx.evidence(match.start(), match.end() + found[1]))
        figures.append(figure)
        ranges += [match.span("done"), match.span("total")]
    return figures, ranges


def value_of(word: str, lex) -> int | float | None:
    lower = word.lower()
    if lower in ORDINALS:
        return ORDINALS[lower]
    if lower in lex["number_words"]:
        return lex["number_words"][lower]
    return number(word) if word[:1].isdigit() else None
