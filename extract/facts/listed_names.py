"""Known bodies (the organisations gazetteer) and the one rule that splits "X and Y" into listed names."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import lexicon
from partnergraph.extract.facts.names import is_generic, not_acronyms, word_sets
from partnergraph.extract.resources import load_csv


@lru_cache(maxsize=1)
def gazetteer_categories() -> dict[str, str]:
    return {row["name"]: row["category"] for row in load_csv("gazetteers/organisations.csv")}


@lru_cache(maxsize=1)
def nation_suffixes() -> frozenset[str]:
    """Places that end a body's regional form ("Foundation Scotland", "Refugee Voice Wales")."""
    return frozenset(lexicon()["name_place_suffixes"])


@lru_cache(maxsize=1)
def municipality() -> re.Pattern:
    """A municipality named head first, by one word: "The City of Toronto" (and COSTI Immigrant Services)."""
    return re.compile(rf"(?:The )?(?:{'|'.join(lexicon()['acting_municipality']['heads'])}) of [A-Z][\w’'-]+")


LOCATED = re.compile(r"(?<=[A-Za-z]) in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?$")  # a name, then where it is
HEAD_FIRST = re.compile(r"(?:Government|University|Department|Ministry|Office) (?:of|for) [A-Z]")


def split_listed_names(text: str, in_list: bool = False) -> list[tuple[int, str]]:
    """"Riverside College and Hope Street Centre" is two names; "Refugee and Migrant Centre" is one:
    split at "and" where the left part is a whole name (it ends in a head word or is a known body) or the
    right part is a known body; after a comma of a list ("..., Doras Luímí and Laois Training Board") a
    right part that is a whole name of its own splits off too."""
    heads, known = word_sets()["org_heads"], gazetteer_categories()
    for match in re.finditer(r" (?:and|&) (?:the )?", text):
        left, right = text[:match.start()], text[match.end():]
        last = left.split()[-1]
        whole = last.lower() in heads or left in known or last.isupper() and len(last) >= 2 \
            or last in nation_suffixes() and len(left.split()) >= 2 \
            or left.split()[0].lower() in word_sets()["head_first_foreign_orgs"] and len(left.split()) >= 2 \
            or municipality().fullmatch(left) and len(right.split()) >= 2 \
            or (right in known or in_list and len(right.split()) > 2 and right.split()[-1].lower() in heads
                and len(left.split()) >= 2 and not is_generic(left)) \
            and re.fullmatch(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*", left) \
            or match.group(0).endswith("the ") and (right.split()[-1].lower() in heads or HEAD_FIRST.match(right)) \
            and re.fullmatch(r"[A-Z][\w’'-]*(?: (?:of |for |on |and )?[A-Z][\w’'-]*)*", left)  # "Caritas Salford and the Booth Centre"
        one_word_name = len(left.split()) >= 2 and re.fullmatch(r"[A-Z][\w’'-]+", right) and \
            right.lower() not in heads and not re.search(r" (?:of|on|for|in) ", left)  # "Exchange on Migration and Diversity"
        # "Oasis and EYST": a one-word name and an initialism
        one_word_name = one_word_name or re.fullmatch(r"[A-Z][\w’'-]+", left) and re.fullmatch(r"[A-Z]{2,}", right) \
            or len(left.split()) >= 2 and re.fullmatch(r"[A-Z]{3,}", right) \
            and right not in not_acronyms()  # "City of Monash and VLGMIN"
        # "Tros Gynnal Plant and Cardiff and Vale Health Inclusion Service": the second "and" is inside a name
        one_word_name = one_word_name or re.match(r"[A-Z][\w’'-]+ and (?!the )", right) \
            and right.split()[-1].lower() in heads \
            and len(left.split()) >= 2 and re.fullmatch(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)+", left)
        located = LOCATED.search(left)  # "Welcome Place in Winnipeg and Eastman Immigrant Services in Steinbach"
        if located and right.split()[-1].lower() in heads and len(right.split()) >= 2:
            return [(0, left[:located.start()])] + [(match.end() + o, p) for o, p in split_listed_names(right)]
        if whole and (is_generic(right) or right.lower() in heads) and match.group(0).endswith("the "):
            return [(0, left)]  # "X Service and the Network" [of ...]: the second name runs on past the span
        if whole and is_generic(right) and len(right.split()) > 1 and right.split()[-1].lower() in heads:
            return [(0, left), (match.end(), right)]  # "... and Local Council" [of Porto Santo]: a place may follow
        if whole and not is_generic(right) and (len(right.split()) > 1 or right.isupper()) or one_word_name:
            return [(0, left)] + [(match.end() + o, p) for o, p in split_listed_names(right)]
    return [(0, text)]


@lru_cache(maxsize=1)
def shared_head_pattern() -> re.Pattern:
    """Two names, each of as many capitalised words, then the words and plural head they share."""
    plurals = "|".join(lexicon()["shared_plural_heads"])
    word = r"[A-Z][\w’'-]*"
    return re.compile(rf"((?:{word} ){{0,2}}{word}) (?:and|&) ((?:{word} ){{0,2}}{word})((?: {word}){{0,2}}) "
                      rf"((?i:{plurals}))\b")


def shared_head_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the two bodies "North Kesteven and South Kesteven District Councils" names, each
    with the shared head made singular; the second name's words are as many as the first's ("North Kesteven":
    two), so "Kent and Medway NHS Trusts" is "Kent NHS Trust" and "Medway NHS Trust". Empty if no such phrase."""
    match = shared_head_pattern().fullmatch(text)
    if match is None or match.group(4)[0].islower():
        return []
    first, rest = match.group(1), (match.group(2) + match.group(3)).split()
    second, shared = rest[:len(first.split())], rest[len(first.split()):]
    if len(second) < len(first.split()) or first.split()[-1].lower() in word_sets()["org_heads"] \
            or is_generic(first) or is_generic(" ".join(second)):
        return []  # "Refugee and Migrant Forums": words of a kind, not two names
    head = " ".join(shared + [lexicon()["shared_plural_heads"][match.group(4).lower()]])
    second_start = match.start(2)
    return [(0, len(first), f"{first} {head}"), (second_start, len(text), f"{' '.join(second)} {head}")]


@lru_cache(maxsize=1)
def gazetteer_countries() -> frozenset[str]:
    return frozenset(row["name"].lower() for row in load_csv("gazetteers/places.csv")
                     if row["kind"] in ("country", "continent"))


DASHED_BRANCH = re.compile(r" [–—] ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})"
                           r"(?=[,.;:]|$| (?:will|has|have|had|is|are|was|were|and|through|to|for|in|with)\b)", re.M)


def with_dashed_branch(text: str, start: int, end: int, name: str) -> tuple[int, str]:
    """"Multicultural Communities Council – Gold Coast", "Caritas – Hilfe in Not": a body's branch or service
    after a dash is part of its name; a country after it says where ("E.K. Katerinis – Greece")."""
    branch = DASHED_BRANCH.match(text, end)
    if branch and name.split()[-1].lower() in word_sets()["org_heads"] \
            and branch.group(1).lower() not in gazetteer_countries() and branch.group(1) not in nation_suffixes():
        return branch.end(1), text[start:branch.end(1)]
    return end, name


LISTED_BEFORE = re.compile(r"(?:[,:;]|\band)\s*(?:the\s+)?$")
PLACE_AFTER = re.compile(r" in ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?=\s*(?:[,;.]|\band\b|$))")


def with_listed_place(text: str, start: int, end: int, name: str) -> tuple[int, str]:
    """"..., Community Foundation in Wales, Community Foundation Northern Ireland, ...": an item of a list of
    bodies that is a name and "in" a nation is named so (as "Children in Wales" is); a town only says where
    ("Northgate College in Fremont"), and so does a nation in running text."""
    place = PLACE_AFTER.match(text, end)
    if place and LISTED_BEFORE.search(text, max(0, start - 8), start) and place.group(1) in nation_suffixes():
        return place.end(), text[start:place.end()]
    return end, name


CUT_BRANCH = re.compile(r"(.+?) [-–—] [A-Z][\w’'-]+$")


def without_cut_branch(text: str, end: int, name: str) -> str:
    """"University of Oxford - Centre on Migration, Policy and Society": a unit's name after a dash that
    the name's shape cut at its first small word leaves its body's name alone before the dash."""
    cut = CUT_BRANCH.fullmatch(name)
    if cut and name.split()[-1].lower() in word_sets()["org_heads"] and re.match(r" (?:on|of|for) ", text[end:end + 5]):
        return cut.group(1)
    return name
