"""Themes from the taxonomy in schemas/themes.yaml: per section (under each heading) and per document."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from partnergraph.extract.facts.context import Context, phrase_regex
from partnergraph.extract.facts.topic_lists import topic_list_ranges
from partnergraph.extract.resources import load_yaml

MIN_WEIGHT = 2  # one passing word is not a theme: plain terms need two mentions, strong terms one
WEIGHTS = {"terms": 1.0, "strong": 2.0, "weak": 0.5}  # see schemas/themes.yaml


WORD = re.compile(r"\w+")
MENU_LINE = re.compile(r"^[^\n]*(?:\|[^\n|]*){3,}$", re.M)  # "Crime | Employers | Housing | Legal"
# Four or more bare topics ("housing, finance, health, education and employment."), the last of 1-2 words.
TOPIC_LIST = re.compile(r"(?<![\w-])[\w-]+(?:\s*,\s*[\w-]+){2,},?\s+(?:and|or)\s+[\w-]+(?:\s[\w-]+)?"
                        r"(?=\s*(?:[.;:)!?\n]|$))")
NAME_RUN = re.compile(r"[A-Z][\w'’&-]*(?:\s(?:(?:of|for|and|the)\s)?[A-Z][\w'’&-]*)+")


def expand(term: str, languages: list[str]) -> list[str]:
    return [term.replace("{language}", name) for name in languages] if "{language}" in term else [term]


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, dict]:
    """Per theme: the weight of each term (casefolded, `{language}` expanded) and its `not` phrases."""
    found = {}
    for theme, entry in load_yaml("themes.yaml").items():
        weights: dict[str, float] = {}
        for kind, weight in WEIGHTS.items():
            for term in entry.get(kind, []):
                for form in expand(term, entry.get("languages", [])):
                    weights.setdefault(form.casefold(), weight)
        found[theme] = {"weights": weights, "not": tuple(entry.get("not", []))}
    return found


@lru_cache(maxsize=1)
def theme_patterns() -> dict[str, tuple[frozenset, re.Pattern]]:
    """Per theme: the first words of its terms, and one regex for all its terms."""
    return {theme: (frozenset(WORD.findall(term)[0] for term in entry["weights"]), phrase_regex(entry["weights"]))
            for theme, entry in taxonomy().items()}


@lru_cache(maxsize=1)
def themes_by_first_word() -> dict[str, list[tuple[str, re.Pattern]]]:
    index: dict[str, list[tuple[str, re.Pattern]]] = {}
    for theme, (first_words, pattern) in theme_patterns().items():
        for word in first_words:
            index.setdefault(word, []).append((theme, pattern))
    return index


def theme_mentions(text: str) -> dict[str, list[int]]:
    """Per theme, where its mentions start, as `findall` would find them. A term starts at the start of
    a word that is some term's first word, so each theme's regex is tried only there (scanning every
    block with every theme's regex was a sixth of fact building)."""
    index = themes_by_first_word()
    found: dict[str, list[int]] = {}
    ends: dict[str, int] = {}
    for word in WORD.finditer(text):
        for theme, pattern in index.get(word.group().casefold(), ()):
            if word.start() >= ends.get(theme, 0):
                match = pattern.match(text, word.start())
                if match:
                    found.setdefault(theme, []).append(match.start())
                    ends[theme] = match.end()
    return {theme: found[theme] for theme in theme_patterns() if theme in found}  # taxonomy order breaks ties


def themes_of_text(text: str) -> Counter:
    return Counter({theme: len(starts) for theme, starts in theme_mentions(text).items()})


def sentence_themes(ctx: Context, sentence: str) -> Counter:
    """Theme mentions of one sentence, counted once per report: the same sentences are the evidence
    of many facts."""
    cache = ctx.notes.setdefault("sentence_themes", {})
    if sentence not in cache:
        cache[sentence] = themes_of_text(sentence)
    return cache[sentence]


def ranked(counts: Counter, minimum: float = MIN_WEIGHT) -> list[str]:
    return [theme for theme, n in counts.most_common() if n >= minimum]


def passing_ranges(text: str) -> list[tuple[int, int]]:
    """Where words name topics without describing work: menu lines and bare lists of one-word topics
    ("challenges relating to housing, health, education and employment")."""
    return sorted(m.span() for pattern in (MENU_LINE, TOPIC_LIST) for m in pattern.finditer(text))


class Ranges:
    """Offsets inside any of many ranges, answered by bisection (long reports have thousands)."""

    def __init__(self, ranges):
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts, self.ends = [r[0] for r in merged], [r[1] for r in merged]

    def __contains__(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


def inner_starts(spans: dict[str, list[tuple[int, int]]]) -> set[int]:
    """Starts of mentions lying inside another theme's longer mention ("training" in "language training")."""
    ordered = sorted((span for theme_spans in spans.values() for span in theme_spans),
                     key=lambda span: (span[0], -span[1]))
    inner, reach = set(), (-1, -1)
    for start, end in ordered:
        if reach[0] <= start and end <= reach[1] and (start, end) != reach:
            inner.add(start)
        if end > reach[1]:
            reach = (start, end)
    return inner


def org_names(ctx: Context) -> list[tuple[int, int, str]]:
    """Organisation names found by the rule components: a theme word in a body's name says what the
    body is, once, not what the report describes each time it names it."""
    spans = ctx.spans("names", "ORG") + ctx.spans("gazetteer", "ORG")
    return [(s.start_char, s.end_char, re.sub(r"^the\s+", "", s.text.casefold())) for s in spans]


def name_at(text: str, start: int, end: int, names) -> str | None:
    """The organisation name, or longer run of capitalised words ("Advice NI", "Destitution Steering
    Group"), that a mention starts inside or begins."""
    for s, e, name in names:
        if s <= start < e:
            return name
    run = NAME_RUN.match(text, start)
    return run.group().casefold() if run and run.end() > end else None


def heading_ranges(ctx: Context) -> list[tuple[int, int]]:
    """Headings name the subject of their section, even when they name a body."""
    return [(b.start, b.end) for b in ctx.document.blocks if b.kind == "heading"]


def term_spans(text: str, mentions: dict[str, list[int]]) -> dict[str, list[tuple[int, int]]]:
    """Per theme, the span of each mention and its matched term."""
    return {theme: [theme_patterns()[theme][1].match(text, start).span() for start in starts]
            for theme, starts in mentions.items()}


def weighted_mentions(ctx: Context) -> dict[str, list[tuple[int, float]]]:
    """Per theme, (start, weight) of each mention that counts, by the rules of schemas/themes.yaml. A
    word inside another theme's longer term belongs to that term ("language training" is not training)."""
    text, found, seen = ctx.text, {}, set()
    names, headings = org_names(ctx), Ranges(heading_ranges(ctx))
    passing = passing_ranges(text) + topic_list_ranges(ctx)  # "The priority areas ... are:" and its items
    spans = term_spans(text, theme_mentions(text))
    inner = inner_starts(spans)
    for theme, theme_spans in spans.items():
        entry = taxonomy()[theme]
        excluded = [m.span() for m in phrase_regex(entry["not"]).finditer(text)] if entry["not"] else []
        skip = Ranges(excluded + passing)
        for start, end in theme_spans:
            if start in skip or start in inner:
                continue
            weight = entry["weights"].get(text[start:end].casefold(), 1.0)
            name = name_at(text, start, end, names)
            if name is not None and start not in headings:
                weight = 0.0 if (theme, name) in seen else min(weight, 1.0)
                seen.add((theme, name))
            found.setdefault(theme, []).append((start, weight))
    return found


def themes_between(mentions: dict[str, tuple[list[int], list[float]]], start: int, end: int) -> Counter:
    """Weight of the mentions inside one block: a term never runs across the blank line between blocks."""
    counts = Counter()
    for theme, (offsets, weights) in mentions.items():
        weight = sum(weights[bisect.bisect_left(offsets, start):bisect.bisect_left(offsets, end)])
        if weight:
            counts[theme] = weight
    return counts


def document_themes(ctx: Context) -> tuple[list[str], list[dict]]:
    sections, current = [], None
    mentions = {theme: ([o for o, _ in found], [w for _, w in found])
                for theme, found in weighted_mentions(ctx).items()}
    for block in ctx.document.blocks:
        if block.kind == "heading" or current is None:
            current = {"heading": block.text if block.kind == "heading" else None, "start": block.start,
                       "end": block.end, "themes": Counter()}
            sections.append(current)
        current["end"] = block.end
        current["themes"].update(themes_between(mentions, block.start, block.end))
    total = Counter()
    for section in sections:
        total.update(section["themes"])
        section["themes"] = ranked(section["themes"])
    return ranked(total), sections
