"""Small helpers about names: keys for matching, cleaning of matched spans, generic-name tests."""
from __future__ import annotations

import re
from functools import lru_cache

from extract.facts.context import lexicon

QUOTES = "'\"‘’“”"


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """A matching key: case, "the", "&"/"and", possessives and punctuation do not matter."""
    text = name.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1] == "bureaux":
        words[-1] = "bureau"
    return " ".join(words)


@lru_cache(maxsize=1)
def word_sets() -> dict[str, set[str]]:
    lex = lexicon()
    return {key: {w.lower() for w in lex[key]} for key in
            ("generic_name_words", "non_initial_words", "org_heads", "project_heads", "venue_heads",
             "role_nouns", "not_org_acronyms")}


def is_generic(name: str) -> bool:
    words = [w for w in re.split(r"[\s’']+", name.lower()) if w and w not in {"and", "of", "for", "&", "in", "on", "s"}]
    return not words or all(w.strip(QUOTES + ".,:;()") in word_sets()["generic_name_words"] for w in words)


def trim_span(span):
    """Drops leading words that cannot start a name (determiners, verbs of headings) and quotes."""
    start, end = span.start, span.end
    sets = word_sets()
    while start < end and (span.doc[start].lower_ in sets["non_initial_words"] or span.doc[start].text in QUOTES
                           or span.doc[start].is_punct):
        start += 1
    while end > start and (span.doc[end - 1].text in QUOTES or span.doc[end - 1].is_punct):
        end -= 1
    return span.doc[start:end] if end > start else None


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


def clean_quotes(text: str) -> str:
    return text.strip(QUOTES + " ").replace("’s", "'s")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
