"""Candidate organisation names from the statistical model's entities, cleaned to the name itself.

The model finds bodies whose names have no head word ("Sanctuary Runners", "Grupa 484") that no name
shape catches, but its spans carry what surrounds a name: a leading "the", a line break into the next
line, an opening bracket ("University of Glasgow (Chair"). Those edges are cut here; whether a
candidate is kept is decided with the other sources in `organisations.add_named_bodies`."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import ORTH

from partnergraph.extract.components.gazetteer import organisation_forms
from partnergraph.extract.facts.context import lexicon
from partnergraph.extract.facts.listed_names import (
    split_listed_names,  # one splitting rule for every source
)
from partnergraph.extract.facts.names import (
    DANGLING_WORDS,
    EDGE,
    QUOTED_BODY,
    clean_entity,
    is_generic,
    named_owner,
    no_persons_name,
    not_acronyms,
    word_sets,
)
from partnergraph.extract.facts.post_names import portfolio, post_after_comma, post_title_word
from partnergraph.extract.facts.titled_people import after_title
from partnergraph.extract.resources import load_csv

POSSESSIVE = re.compile(r"['’]s$")
INITIALS = re.compile(r"^[A-Z]{1,2}$")  # "JF", "KT": a minute-taker's initials, not a body


def model_org_candidates(ctx) -> list[tuple[int, int, str, str]]:
    """(start, end, name, surface) for each ORG entity of two or more words, or one word that is an
    acronym of three or more capitals."""
    stop = not_acronyms()
    found = []
    for ent in ctx.entities:
        if ent.label_ != "ORG":
            continue
        start, text = with_rule_name(ctx, *clean_entity(ent.start_char, ent.text), POSSESSIVE.search(ent.text))
        kind_named = bool(QUOTED_BODY.match(EDGE.sub("", ent.text, count=1)))  # the writer calls it a foundation
        if not text or not text[0].isupper() or is_generic(text) or text.lower() in stop \
                or text.lower() in lexicon()["person_roles"]:
            continue  # "MPP" (for Ottawa Centre): a post
        words = text.split()
        if len(words) == 1 and not (text.isupper() and len(text) >= 3):
            continue  # one capitalised word: left to the context tests of add_single_word_names
        if INITIALS.match(text) or not all(w[0].isupper() or w.islower() and len(w) <= 4 for w in words):
            continue
        if words[-1].lower() in DANGLING_WORDS or not_a_body_head(text) \
                or introduces_body(ctx.text, start + len(text), words) \
                or not_a_body(ctx, text) or a_place(ctx, text) and not kind_named or after_title(ctx.text, start) \
                or names_people(words) and not named_owner(text) \
                or capitals_heading_words(ctx, start, text) \
                or table_row_label(ctx.text, start + len(text)) or portfolio(ctx.text, start, text) \
                or (post_title_word(ctx.text, start + len(text)) or post_after_comma().match(ctx.text, start + len(text))) \
                and not any(w.lower() in word_sets()["org_heads"] for w in words):
            continue
        text = ctx.text[start:start + len(text)] + qualifier(ctx.text, start + len(text))

        found += [(start + o, start + o + len(part), part, part) for o, part in listed_parts(text)
                  if " " in part or part.isupper()]  # a lone word split off is left to the context tests
    return found


OF_LEAD = re.compile(r"(?:[A-Z][\w'’-]*\s+)+of\s+(?:the\s+)?")  # "Our Lady of ", "Sisters of the "


def with_rule_name(ctx, start: int, text: str, possessive: bool) -> tuple[int, str]:
    """The whole name a rule found for a body or venue whose end or owner the entity is: "Peace Catholic
    Church" in "Our Lady of Peace Catholic Church" (the entity starts after the name's "of"); "Red Deer's" in
    "Red Deer's Immigrant Centre"."""
    end = start + len(text)
    by_start, by_end = rule_name_edges(ctx)
    for span in by_end.get(end, ()):
        lead = ctx.text[span.start_char:start]
        if span.start_char < start and OF_LEAD.fullmatch(lead) and not EDGE.match(lead):
            return span.start_char, span.text
    for span in by_start.get(start, ()) if possessive else ():
        if span.end_char > end:
            return span.start_char, span.text
    return start, text


def rule_name_edges(ctx) -> tuple[dict[int, list], dict[int, list]]:
    """The rules' names of bodies and venues by where they start and end (indexed once per report: a long
    report has thousands of entities and of names)."""
    if "rule_name_edges" not in ctx.notes:
        by_start, by_end = {}, {}
        for span in ctx.spans("names"):
            if span.label_ in ("ORG", "VENUE"):
                by_start.setdefault(span.start_char, []).append(span)
                by_end.setdefault(span.end_char, []).append(span)
        ctx.notes["rule_name_edges"] = (by_start, by_end)
    return ctx.notes["rule_name_edges"]


def listed_parts(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each body in an entity the model ran across a list ("RCOA, Save the Children,
    Welcome", "Citizens UK/Thrive"): split at its commas (three parts or more: "X, Ontario" is one body's
    name and town) and slashes, then at "and"."""
    parts = [(m.start(), m.group()) for m in re.finditer(r"[^,/]+", text)]
    if len(parts) < (2 if "/" in text or two_bodies(parts) else 3) or not all(p.strip()[:1].isupper() for _, p in parts):
        parts = [(0, text)]
    return [(offset + len(part) - len(part.lstrip()) + o, name) for offset, part in parts
            for o, name in split_listed_names(part.strip())]


def two_bodies(parts: list[tuple[int, str]]) -> bool:
    """"Community Foundation of Greater Dubuque, Greater Dubuque Development Corp": a body's kind on both sides of
    the comma, the second's last word ("X Council, Ontario" is one body and its town)."""
    heads = word_sets()["org_heads"]
    return len(parts) == 2 and parts[1][1].split()[-1].lower() in heads and " and " not in parts[1][1] \
        and any(word.lower() in heads for word in parts[0][1].split())  # not "Asylum, Migration and Integration Fund"


def not_a_body_head(name: str) -> bool:
    """"... Resettlement Grant", "Update On Refugee Resettlement Schemes": the model's ORG names a grant or
    a scheme, not a body; in "the Government’s Refugee Resettlement Schemes" the owner is one, and in "X
    Foundation for ... Policy" the head word before "for"."""
    sets, last = word_sets(), name.split()[-1].lower()
    return (last in sets["not_body_heads"] and not head_for(name) or last.removesuffix("s") in sets["project_heads"]) \
        and not re.search(r"['’]s ", name)


def head_for(name: str) -> bool:
    """"Hellenic Foundation for European and Foreign Policy": a body's head word, then what it is for."""
    words = name.lower().split()
    return any(word in word_sets()["org_heads"] and after == "for" for word, after in zip(words, words[1:]))


QUALIFIER = re.compile(r" (?:for|of|on) (?:the )?[A-Z][\w'’-]*(?: (?:and |& )?[A-Z][\w'’-]*)*")


def qualifier(text: str, end: int) -> str:
    """What continues a name the model cut short: "Hellenic Foundation" + " for European and Foreign
    Policy", "Global Exchange" + " on Migration and Diversity"; not a grant or a project named after "for"
    ("a grant from the X Office for the Y Inclusion Grant": what the money is for)."""
    match = QUALIFIER.match(text, end)
    last = match.group(0).split()[-1].lower().removesuffix("s") if match else ""
    return match.group(0) if match and last not in word_sets()["project_heads"] | {"grant"} else ""


@lru_cache(maxsize=1)
def place_suffix() -> re.Pattern:
    places = "|".join(re.escape(p) for p in sorted(lexicon()["name_place_suffixes"], key=len, reverse=True))
    return re.compile(rf" (?:{places})(?![\w-])(?! [A-Z])")


NUMBERED = re.compile(r" \d{1,3}(?=['’]s\b|[,;:)]|\.\s|\s+(?:and|&)\s)")  # "Intermediate Unit 13’s program"


def with_name_suffix(text: str, candidate: tuple) -> tuple:
    """A name followed by a country or nation is that body's regional form: "DWP Scotland"; one ending in its
    head word and followed by a number is numbered so ("Intermediate Unit 13", "School District 36")."""
    start, end, name, surface = candidate
    match = place_suffix().match(text, end) or name.split()[-1].lower() in word_sets()["org_heads"] \
        and NUMBERED.match(text, end)
    if not match:
        return candidate
    suffixed = surface + match.group(0)
    return (start, match.end(), suffixed, suffixed)


def not_a_body(ctx, text: str, named_as_partner: bool = False) -> bool:
    """A person's name or part of one (the model calls it PERSON elsewhere in the report), a name after an
    honorific, or one capitalised word the report also writes in lower case ("Education", "Charities").
    One word named as a partner is a body even where the model calls it a person ("with Irving")."""
    people = ctx.notes.get("model_person_words")
    if people is None:
        names = {e.text.strip() for e in ctx.entities if e.label_ == "PERSON"}
        people = ctx.notes["model_person_words"] = names | {w for n in names for w in n.split()}
    words = text.split()
    first = words[0].lower().rstrip(".")
    if (text in people and (len(words) > 1 and not no_persons_name(words) or len(words) == 1 and not named_as_partner)) \
            or first in word_sets()["honorifics"] \
            or first.endswith("s") and first[:-1] in word_sets()["honorifics"]:  # "Councillors Cairns"
        return True
    return written_lower(ctx, text) or stands_for_no_body(ctx, text)


def a_place(ctx, text: str) -> bool:
    """A known place ("IPSWICH" in a heading), or one the model calls a place elsewhere in the report."""
    places = ctx.notes.get("model_place_names")
    if places is None:
        places = ctx.notes["model_place_names"] = {e.text.strip() for e in ctx.entities if e.label_ in ("GPE", "LOC")}
    return text in places or text.lower() in gazetteer_places()


@lru_cache(maxsize=1)
def gazetteer_bodies() -> frozenset[str]:
    return frozenset(form.lower() for form in organisation_forms())


@lru_cache(maxsize=1)
def gazetteer_places() -> frozenset[str]:
    return frozenset(row["name"].lower() for row in load_csv("gazetteers/places.csv"))


def stands_for_no_body(ctx, text: str) -> bool:
    """An acronym the report defines as a grant, programme, plan or group of people: "Refugee School Impact
    Grant (RSIG)", "Atlantic Immigration Pilot Program (AIP)"."""
    long_form = (ctx.doc._.acronyms or {}).get(text)
    if not long_form:
        return False
    sets = word_sets()
    last = long_form[0].split()[-1].strip("'’\"”").lower()
    return last in sets["not_body_heads"] or last in sets["project_heads"] or last in sets["people_nouns"]


def written_lower(ctx, text: str) -> bool:
    """One capitalised word the report also writes in lower case: a common word ("Mentoring"); or words in
    capitals, without a body's head word, that it writes in lower case too: a heading's ("KEY DECISIONS")."""
    if "lower_words" not in ctx.notes:
        strings = ctx.doc.vocab.strings  # each distinct word once, without a Token object per token
        ctx.notes["lower_words"] = {w for w in map(strings.__getitem__, set(ctx.doc.to_array(ORTH).tolist()))
                                    if w.islower()}
    lower = ctx.notes["lower_words"]
    if " " not in text and not text.isupper():
        return text.lower() in lower
    words = [w.lower() for w in text.split()]
    return text.isupper() and len(text) > 5 and not set(words) & word_sets()["org_heads"] and all(
        w in lower for w in words) and text.lower() not in gazetteer_bodies()


def capitals_heading_words(ctx, start: int, text: str) -> bool:
    """Words without a body's head word in a line set all in capitals ("10.FORWARD PLAN OF KEY DECISIONS",
    "REPORT FOR CONSIDERATION BY SCRUTINY"): a heading's, not a body's name the gazetteer does not know."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", start)
    line = ctx.text[line_start:line_end if line_end >= 0 else len(ctx.text)]
    return line.isupper() and len(line.split()) > len(text.split()) and not {
        w.lower() for w in text.split()} & word_sets()["org_heads"] and text.lower() not in gazetteer_bodies()


def names_people(words: list[str]) -> bool:
    """"Migrant European Citizens": a group of people, not a body (no head word such as "Council");
    "German Neighbourhood Award", "Canada-Ontario Immigration Agreement": a thing, not a body."""
    sets = word_sets()
    last = words[-1].lower()
    return (last in sets["people_nouns"] or last in sets["not_body_heads"]) and not any(
        w.lower() in sets["org_heads"] for w in words)


TABLE_CELLS = re.compile(r"[ \t]*(?:\t|\s{2,}|\|)[ \t]*[\d£$€]")


def table_row_label(text: str, end: int) -> bool:
    """"Mentoring Meetings<TAB>20<TAB>23": a table row's label is what is counted, not a body."""
    return bool(TABLE_CELLS.match(text, end))


def introduces_body(text: str, end: int, words: list[str]) -> bool:
    """"Niall Mann from IMIX": two or three words without a body's head word before "from X" are a person."""
    heads = word_sets()["org_heads"]
    return len(words) <= 3 and not any(w.lower() in heads for w in words) and bool(
        re.match(r"\s+(?:from|of|at)\s+(?:the\s+)?[A-Z]", text[end:end + 40]))
