"""Acronyms defined in brackets, "Long Form Name (LFN)", found with the Schwartz-Hearst algorithm.

Pure functions do the work; the component stores {short: long} on doc._.acronyms.
Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions in biomedical text".
"""
from __future__ import annotations

import re

from partnergraph.extract.components.sentences import doc_text
from spacy.language import Language
from spacy.tokens import Doc

DEFINITION = re.compile(r"\(\s*([A-Za-z][A-Za-z&.-]{1,9})\s*\)")
QUOTED_BEFORE = re.compile(r"[“‘\"«]([^“”‘’\"«»\n]{3,120})[”’\"»]+\s*$")  # a quoted name: the acronym is all of it
LONG_FORM_WINDOW = re.compile(r"((?:[\w'’&.-]+[,\s]+){1,14})$")

if not Doc.has_extension("acronyms"):
    Doc.set_extension("acronyms", default=None)


def is_short_form(candidate: str) -> bool:
    letters = [c for c in candidate if c.isalpha()]
    return 2 <= len(letters) <= 10 and sum(c.isupper() for c in letters) >= 2 and candidate[0].isalpha()


def best_long_form(short: str, words: list[str]) -> str | None:
    """Schwartz-Hearst: match the short form's letters right to left inside the words before it."""
    limit = max(len(short) + 5, len(short) * 2)  # the paper's min() misses names with place qualifiers
    candidate = " ".join(words[-limit:])
    s_index, l_index = len(short) - 1, len(candidate) - 1
    chars = short.lower()
    while s_index >= 0:
        char = chars[s_index]
        if not char.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (candidate[l_index].lower() != char or
                                (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = candidate.rfind(" ", 0, l_index + 1) + 1
    # "UK Community Foundations’ (UKCF) network", "a project named “Regions for Integration’’ (REGIN)"
    long_form = candidate[start:].strip(" ,").rstrip("'’\"”»")
    if len(long_form) <= len(short) or short.lower() in long_form.lower().split():
        return None
    return long_form


def find_definitions(text: str) -> dict[str, tuple[str, int, int]]:
    """{short: (long form, start, end)} for every "Long Form (SF)" in the text."""
    found = {}
    for match in DEFINITION.finditer(text):
        short = match.group(1).strip(".")
        if not is_short_form(short) or short in found:
            continue
        before = text[paragraph_start(text, match.start()):match.start()]
        quoted, window = QUOTED_BEFORE.search(before), LONG_FORM_WINDOW.search(before)
        if quoted and quoted.group(1)[0].lower() == short[0].lower():
            long_form = quoted.group(1).strip()  # “Regions for Migrants and Refugees Integration’’ (REGIN)
        elif window:
            words = re.split(r"[\s]+", window.group(1).strip(" ,"))
            long_form = best_long_form(short, [w.strip(",") for w in words if w.strip(",")])
        else:
            continue
        if long_form:
            long_form, start = as_written(text, long_form, match.start())
            found[short] = (long_form, start, match.end())
    for short, long_form, start, end in reverse_definitions(text):
        found.setdefault(short, (long_form, start, end))
    return found


# "ESTIA II (Emergency Support to Integration and Accommodation)": the short form first, its long form in brackets
REVERSE = re.compile(r"\b([A-Z][A-Za-z&-]{1,9})((?:\s+[IVX]{1,4})?)\s+\(\s*([A-Z][\w'’&,-]*(?:\s+[\w'’&,-]+){1,11})\s*\)")
LONG_FORM_LINKS = {"to", "and", "of", "for", "the", "on", "in", "&"}


def reverse_definitions(text: str) -> list[tuple[str, str, int, int]]:
    """(short, long form, its start, end) of each "SF (Long Form)" whose long form is a name (its words
    capitalised but the links) that the short form's letters spell, from its first word."""
    found = []
    for match in REVERSE.finditer(text):
        letters, numeral, long_form = match.group(1), match.group(2), match.group(3).rstrip(",")
        words = long_form.split()
        if not is_short_form(letters) or any(not w[0].isupper() and w.lower() not in LONG_FORM_LINKS for w in words) \
                or best_long_form(letters, [w.strip(",") for w in words]) != " ".join(w.strip(",") for w in words).strip(" ,"):
            continue
        found.append((letters + numeral, long_form, match.start(3), match.end()))
    return found


BLANK_LINE = re.compile(r"\n[ \t]*\n")


def paragraph_start(text: str, before: int) -> int:
    """Where the long form may start: within 200 characters, never across a blank line (a heading above
    "Law Centre (NI)" is no part of its name)."""
    start = max(0, before - 200)
    breaks = [m.end() for m in BLANK_LINE.finditer(text, start, before)]
    return breaks[-1] if breaks else start


def as_written(text: str, long_form: str, before: int) -> tuple[str, int]:
    """The long form as the text writes it, commas kept ("Immigration, Refugees and Citizenship Canada"),
    and where it starts."""
    pattern = r"[,\s]+".join(re.escape(word) for word in long_form.split())
    found = None
    for found in re.finditer(pattern, text[max(0, before - 250):before]):
        pass
    if found is None:
        return long_form, text.rfind(long_form, 0, before)
    return found.group(0), max(0, before - 250) + found.start()


@Language.factory("pg_acronyms")
def make_acronyms(nlp: Language, name: str):
    return AcronymDetector()


class AcronymDetector:
    def __call__(self, doc: Doc) -> Doc:
        doc._.acronyms = find_definitions(doc_text(doc))
        return doc
