"""People named after a title, as council minutes list them: "Cllr J Riley", "Councillor E. Armstrong",
"Councillors K Booth and L Hunt", "Councillors: Bawn, D., Castle, G. and Hepple, A.", and officers'
lines that open with a surname and initials ("Lally, D. Head of Housing"). Surname-first names are given
in natural order ("D. Bawn")."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import Context, lexicon
from partnergraph.extract.facts.names import NAME_LOWER, NAME_UPPER

INITIALS = r"(?:[A-Z]\.?\s?){1,3}"
SURNAME = rf"[{NAME_UPPER}][{NAME_LOWER}'’]+(?:-[{NAME_UPPER}][{NAME_LOWER}'’]+)?"  # "Sućeska", "Müller"
FORENAME = rf"[{NAME_UPPER}][{NAME_LOWER}]+"
NATURAL = rf"(?:{INITIALS}|{FORENAME}\s)(?:{SURNAME})"
SURNAME_FIRST = re.compile(rf"({SURNAME}),\s([A-Z]\..*)")  # "Bawn, D."
STOPPED_INITIALS = r"[A-Z]\.(?:\s?[A-Z]\.){0,2}"
ONE_NAME = rf"(?:{SURNAME},\s{STOPPED_INITIALS}(?![\w.]|\s?{SURNAME})|{NATURAL})"  # not "Graham, G.W. Jones"
LISTED_NAME = rf"(?:{ONE_NAME}|{SURNAME}(?![\w'’]))"  # after "Councillors" a surname alone: "Cairns, Graham"
SEPARATOR = r"(?:\s*\([^()\n]{1,20}\))?(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)"
OFFICER_LINE = re.compile(rf"^[ \t•*-]*({SURNAME}),\s({STOPPED_INITIALS})(?=\s|$)", re.M)
PAIRED_OFFICER = re.compile(rf"[ \t]*/[ \t]*({SURNAME}),\s({STOPPED_INITIALS})(?=\s|$)")  # "Campbell, D. / Grimshaw, L."
NOT_LISTED_NAMES = {"present", "attending", "absent", "apologies", "in", "attendance", "were", "also"}


@lru_cache(maxsize=1)
def titled_list() -> re.Pattern:
    """A title, then one name; a plural title ("Councillors:"), then names joined by commas and "and"."""
    singular = "|".join(re.escape(t) for t in sorted(lexicon()["honorifics"], key=len, reverse=True))
    return re.compile(rf"\b(?i:(?:{singular})\.?|(?P<plural>councillors|cllrs))\s*:?\s+"
                      rf"(?P<names>(?(plural){LISTED_NAME}|{ONE_NAME})(?:(?(plural){SEPARATOR}{LISTED_NAME})){{0,30}})")


@lru_cache(maxsize=1)
def not_name_words() -> frozenset[str]:
    """Posts and joining words: "Lord Mayor Pat ..." and "Minister of State" give no "Mayor Pat" or "Of State"."""
    lex = lexicon()
    return frozenset(lex["person_roles"]) | frozenset(lex["honorifics"]) | {"of", "for", "the", "and", "on"}


def titled_people(ctx: Context) -> list[tuple[int, int, str]]:
    """(start, end, name in natural order) for each person named after a title or opening an officer's line."""
    found = []
    for match in titled_list().finditer(ctx.text):
        names_start = match.start("names")
        for name in re.finditer(LISTED_NAME if match.group("plural") else ONE_NAME, match.group("names")):
            words = {w.lower() for w in name.group(0).split()}
            if not_name_words().isdisjoint(words) and not words & NOT_LISTED_NAMES:  # "Minister of State"
                found.append((names_start + name.start(), names_start + name.end(), natural_order(name.group(0))))
    for match in OFFICER_LINE.finditer(ctx.text):
        found.append((match.start(1), match.end(2), natural_order(match.group(0).strip(" \t•*-"))))
        paired = PAIRED_OFFICER.match(ctx.text, match.end())
        if paired:
            found.append((paired.start(1), paired.end(2), natural_order(f"{paired.group(1)}, {paired.group(2)}")))
    return found


def titled_spans(ctx: Context) -> dict:
    """start -> (token span, name in natural order) of each titled person."""
    found = {}
    for start, end, name in titled_people(ctx):
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found[span.start_char] = (span, name)
    return found


def natural_order(name: str) -> str:
    """"Bawn, D." -> "D. Bawn"; a name in natural order is kept."""
    name = name.strip()
    match = SURNAME_FIRST.fullmatch(name)
    return f"{match.group(2).strip()} {match.group(1)}" if match else name


@lru_cache(maxsize=1)
def title_at_end() -> re.Pattern:
    titles = "|".join(re.escape(t) for t in sorted(lexicon()["honorifics"] + ["councillors", "cllrs"], key=len, reverse=True))
    return re.compile(rf"\b(?i:{titles})\.?\s*:?\s+$")


def after_title(text: str, start: int) -> bool:
    """"Cllr J Riley": what follows a title is a person, whatever the model calls it."""
    return bool(title_at_end().search(text, max(0, start - 16), start))
