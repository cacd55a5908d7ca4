"""Candidate organisation names from the statistical model's entities, cleaned to the name itself.

The model finds bodies whose names have no head word ("Sanctuary Runners", "Grupa 484") that no name
shape catches, but its spans carry what surrounds a name: a leading "the", a line break into the next
line, an opening bracket ("University of Glasgow (Chair"). Those edges are cut here; whether a
candidate is kept is decided with the other sources in `organisations.add_named_bodies`."""
from __future__ import annotations

import re

from extract.facts.names import is_generic, without_roles, word_sets

EDGE = re.compile(r"^(?:the|a|an)\s+", re.I)
CUT = re.compile(r"\s*(?:\n|\(|\)|\[|:|;|\s[-–—]\s).*$", re.S)  # what follows a name on its line
INITIALS = re.compile(r"^[A-Z]{1,2}$")  # "JF", "KT": a minute-taker's initials, not a body


def model_org_candidates(ctx) -> list[tuple[int, int, str, str]]:
    """(start, end, name, surface) for each ORG entity of two or more words, or one word that is an
    acronym of three or more capitals."""
    stop = word_sets()["not_org_acronyms"]
    found = []
    for ent in ctx.doc.ents:
        if ent.label_ != "ORG":
            continue
        start, text = clean_entity(ent.start_char, ent.text)
        if not text or not text[0].isupper() or is_generic(text) or text.lower() in stop:
            continue
        words = text.split()
        if len(words) == 1 and not (text.isupper() and len(text) >= 3):
            continue  # one capitalised word: left to the context tests of add_single_word_names
        if INITIALS.match(text) or not all(w[0].isupper() or w.islower() and len(w) <= 4 for w in words):
            continue
        if words[-1].lower() in {"and", "of", "for", "the", "&"}:
            continue
        found.append((start, start + len(text), text, text))
    return found


def clean_entity(start: int, text: str) -> tuple[int, str]:
    """Cuts a leading article and anything after the name's own line or bracket."""
    lead = EDGE.match(text)
    if lead:
        start, text = start + lead.end(), text[lead.end():]
    text = CUT.sub("", text).rstrip(" ,.'’\"”")
    offset, text = without_roles(text)
    return start + offset, text
