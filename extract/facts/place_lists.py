"""Lists of places after "in": "refugees in Bishop’s Falls, Clarenville, Corner Brook, Gander and St. John’s".
Where one item is a place the gazetteer or the model knows, the others are places too (towns no gazetteer
lists), and none of them is a body."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import Context, lexicon
from partnergraph.extract.facts.names import word_sets
from partnergraph.extract.resources import load_csv

WORD = r"(?:St\.|[A-Z][\w’'-]*)"  # "St. John’s", not a sentence's full stop
ITEM = rf"{WORD}(?: (?:& )?{WORD}){{0,2}}"  # "Brighton & Hove" is one town


@lru_cache(maxsize=1)
def in_list() -> re.Pattern:
    openers = "|".join(re.escape(o) for o in sorted(lexicon()["place_list_openers"], key=len, reverse=True))
    return re.compile(rf"\b(?:{openers}) ({ITEM}(?:, {ITEM})*,? (?:and|&) {ITEM}|{ITEM}(?:, {ITEM}){{2,}})")


# "the Association of Voluntary Organisations in Wrexham, Bawso and Family Friends": "in" ends a body's name,
# and the list it seems to open is the list of bodies the name stands in
NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*|of|for|and) [A-Z][\w’'-]* $")
SEPARATOR = re.compile(r",? (?:and|&) (?=[^,]*$)|, ")  # "and" or "&" joins the last two; inside an item it is a name's


def place_lists(ctx: Context) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """(start, end, places) of every such list (worked out once per document)."""
    found = ctx.notes.get("place_lists")
    if found is None:
        found = ctx.notes["place_lists"] = [(m.start(1), m.end(1), items) for m in in_list().finditer(ctx.text)
                                            if not name_before(ctx.text, m.start()) and (items := places_of(ctx, m))]
    return found


def name_before(text: str, start: int) -> bool:
    """A body's name ends before "in"; capitalised people ("128 Privately-Sponsored Refugees in ...") are
    no body."""
    found = NAME_BEFORE.search(text, max(0, start - 80), start)
    return bool(found) and found.group().split()[-1].lower() not in word_sets()["people_nouns"]


def listed_places(ctx: Context) -> list:
    """Each listed place as a span of the Doc."""
    spans = (ctx.doc.char_span(s, e, alignment_mode="expand") for _, _, items in place_lists(ctx) for s, e, _ in items)
    return [span for span in spans if span is not None]


def places_of(ctx: Context, match) -> list[tuple[int, int, str]]:
    items, position = [], match.start(1)
    for part in SEPARATOR.split(match.group(1)):
        start = ctx.text.index(part, position)
        items.append((start, start + len(part), part))
        position = start + len(part)
    sets = word_sets()
    if len(items) < 3 or any(w.lower() in sets["org_heads"] for _, _, name in items for w in name.split()) \
            or any(name.split()[-1].lower() in sets["people_nouns"] for _, _, name in items):
        return []  # bodies, or groups of people ("Black, Asian, and Ethnic Communities")
    known = known_place_ranges(ctx)
    return items if any((s, e) in known for s, e, _ in items) else []


def known_place_ranges(ctx: Context) -> set[tuple[int, int]]:
    """The gazetteer's and the model's places (worked out once per document)."""
    known = ctx.notes.get("known_place_ranges")
    if known is None:
        spans = list(ctx.spans("gazetteer", "PLACE")) + [e for e in ctx.entities if e.label_ in ("GPE", "LOC")]
        known = ctx.notes["known_place_ranges"] = {(s.start_char, s.end_char) for s in spans}
    return known


# "Armidale, NSW, became ...", "Harrisonburg, Va.": a town in title case, then its state's or province's
# abbreviation (lexicon dateline_regions, less those that are also words or letters after a name)
TOWN_REGION = re.compile(r"\b([A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?),\s+([A-Z][A-Za-z.]{1,5})(?=[\s,.;:)]|$)")


# "Cramars società cooperative, Tolmezzo, Italy": after a comma, a town in title case, then its country
TOWN_COUNTRY = re.compile(r",\s+([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?),\s+([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
                          r"(?=\s*(?:[,.;:)]|$))", re.M)


# "in Gondomar (Portugal)", "Tar/Budapest (Hungary)": a town after a word of place, or a town and its city,
# then the country in brackets (a body's name before a country in brackets is a partner list's)
TOWN_BRACKET_COUNTRY = re.compile(r"(?:\b(?:in|at|to|from|near)\s+|(?<![\w’'-]))"
                                  r"([A-Z][\w’'-]+(?: (?:(?:de|del|da|do|di|la|am) )?[A-Z][\w’'-]+)?)"
                                  r"(?P<city>\s*/\s*[A-Z][\w’'-]+(?: (?:de )?[A-Z][\w’'-]+)*)?\s+\(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")
BRACKETED_WORD = re.compile(r"(?<=[\w’'.])\s+\(([A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?)\)")
BRACKETED_SIBLINGS = 3


def bracketed_towns(ctx: Context) -> set[str]:
    """"Caritas Aotearoa (Wellington), Gleniti Baptist Church (Timaru), ... (Christchurch)": where three or
    more names in a sentence carry a word in brackets and one of them is a place the gazetteer or the model
    knows, the others are places too (towns no gazetteer lists); a post ("(Chair)") in any makes none. Worked
    out once per report: the place and the body rules both ask."""
    if "bracketed_towns" not in ctx.notes:
        ctx.notes["bracketed_towns"] = found_bracketed_towns(ctx)
    return ctx.notes["bracketed_towns"]


def found_bracketed_towns(ctx: Context) -> set[str]:
    by_sentence: dict[int, list[re.Match]] = {}
    for match in BRACKETED_WORD.finditer(ctx.text):
        sentence = ctx.sentence_at(match.start())
        by_sentence.setdefault(sentence.start_char if sentence is not None else 0, []).append(match)
    known, posts = known_place_ranges(ctx), set(lexicon()["person_roles"]) | word_sets()["role_nouns"]
    found = set()
    for matches in by_sentence.values():
        words = [m.group(1) for m in matches]
        if len(matches) >= BRACKETED_SIBLINGS and any(m.span(1) in known for m in matches) \
                and not any(w.lower() in posts or w.lower() in word_sets()["org_heads"] for w in words):
            found |= set(words)
    return found


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    return frozenset(row["name"] for row in load_csv("gazetteers/places.csv") if row["kind"] == "country")


def region_towns(ctx: Context) -> list[tuple[int, int, str]]:
    """(start, end, name) of every mention of a town the text names with its region or country (worked out once)."""
    found = ctx.notes.get("region_towns")
    if found is None:
        lex = lexicon()
        regions = set(lex["dateline_regions"]) - set(lex["town_region_exclusions"]) - set(lex["post_nominals"])
        names = {m.group(1) for m in TOWN_REGION.finditer(ctx.text) if m.group(2) in regions}
        names |= {m.group(1) for m in TOWN_COUNTRY.finditer(ctx.text) if m.group(2) in countries()}
        names |= {m.group(1) for m in TOWN_BRACKET_COUNTRY.finditer(ctx.text) if m.group(3) in countries()
                  and (m.group("city") or not m.group(0)[:1].isupper())}
        names |= bracketed_towns(ctx)
        found = ctx.notes["region_towns"] = sorted(
            (m.start(), m.end(), m.group()) for name in names for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.text))
    return found
