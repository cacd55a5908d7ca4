"""Places (gazetteer, outside names of bodies) and people (the model's PERSON, honorifics, "Posted by", "NAME
from ORG") with affiliations. Venues are in venues.py."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import Context, lexicon, phrase_regex
from partnergraph.extract.facts.model_names import (
    table_row_label,
    written_lower,
)
from partnergraph.extract.facts.names import NAME_LOWER, NAME_UPPER, is_generic, trim_span, word_sets
from partnergraph.extract.facts.person_names import (
    clean_person_name,
    person_key,
    surname_reference,
)
from partnergraph.extract.facts.place_lists import listed_places, region_towns
from partnergraph.extract.facts.post_names import post_after_comma
from partnergraph.extract.facts.ranges import Ranges
from partnergraph.extract.facts.titled_people import titled_spans
from partnergraph.extract.record import Person, Place

NAME_PART = rf"[{NAME_UPPER}][{NAME_UPPER}{NAME_LOWER}'’-]*[{NAME_LOWER}]"
PERSON_NAME = re.compile(rf"^{NAME_PART}(?: {NAME_PART}){{1,2}}$")  # "Joe O'Brien", "Mak Sućeska"


def place_spans(ctx: Context, taken: list[tuple[int, int]]) -> list:
    """Gazetteer places, and the model's places (GPE, LOC) where no gazetteer place stands, outside the
    names of bodies, venues and people."""
    gazetteer = joined_places(ctx, ctx.spans("gazetteer", "PLACE"))
    model = [trim_span(e) for e in ctx.entities if e.label_ in ("GPE", "LOC")]
    model = [s for s in model if s is not None and s.text[:1].isupper() and "\n" not in s.text
             and in_place_position(s) and not written_lower(ctx, s.text) and not table_row_label(ctx.text, s.end_char)]
    wider = [s for s in model if COMPASS.match(s.text)]  # "North Africa" over the gazetteer's "Africa"
    gazetteer = [g for g in gazetteer if not any(w.start_char <= g.start_char and g.end_char <= w.end_char for w in wider)]
    known = Ranges((s.start_char, s.end_char) for s in gazetteer)
    model = [s for s in model if not known.overlaps(s.start_char, s.end_char)]
    known = Ranges((s.start_char, s.end_char) for s in gazetteer + model)
    model += [s for s in listed_places(ctx) if not known.overlaps(s.start_char, s.end_char)]  # towns listed with them
    taken = Ranges(taken)
    return sorted((s for s in gazetteer + model if not taken.overlaps(s.start_char, s.end_char)),
                  key=lambda s: s.start_char)


COMPASS = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)(?:[ -]\w+)? [A-Z]")


PLACE_JOINS = (" & ", "/")  # "Brighton & Hove", "Derry/Londonderry"
PLACE_PREFIXES = {"Greater", "Inner", "Outer"}  # "Greater Belfast"


def joined_places(ctx: Context, spans: list) -> list:
    """"Brighton & Hove", "Derry/Londonderry": two places joined by an ampersand or a slash are one place's
    name; "Greater Belfast" is one place."""
    joined, skip = [], set()
    for first, second in zip(spans, spans[1:]):
        if ctx.text[first.end_char:second.start_char] in PLACE_JOINS and second.start - first.end <= 1:
            joined.append(first.doc[first.start:second.end])
            skip |= {first.start_char, second.start_char}
    spans = sorted([s for s in spans if s.start_char not in skip] + joined, key=lambda s: s.start_char)
    return [s.doc[s.start - 1:s.end] if s.start and s.doc[s.start - 1].text in PLACE_PREFIXES else s for s in spans]


PLACE_LEAD = {"in", "at", "from", "across", "throughout", "to", "around", "near", "of", "for", "within", "outside",
              "and", ","}


def in_place_position(span) -> bool:
    """The model's place counts where places stand: "in Moncton", "Mississauga and Brampton"; not as a
    people's adjective ("to Ukrainian refugees") nor cut off at the end of the text read."""
    doc = span.doc
    lead = span.start - 2 if span.start > 1 and doc[span.start - 1].lower_ == "the" else span.start - 1  # "to the U.S."
    if span.end >= len(doc) or not (lead >= 0 and doc[lead].lower_ in PLACE_LEAD and len(span.text) > 2):
        return False
    following = doc[span.end]
    return not (len(span) == 1 and following.is_lower and following.is_alpha and following.lower_ not in PLACE_FOLLOWERS)


PLACE_FOLLOWERS = {"and", "or", "to", "in", "on", "at", "for", "from", "with", "by", "of", "is", "are", "was", "were",
                   "has", "have", "had", "where", "which", "who", "that", "as", "since", "during", "until"}


def find_places(ctx: Context, taken, other_names: set[str] = frozenset()) -> list[Place]:
    """`other_names`: names of bodies and venues; the model's places with those names are not places."""
    places: dict[str, Place] = {}
    for span in place_spans(ctx, taken):
        if span.label_ != "PLACE" and span.text in other_names:
            continue
        place = places.setdefault(span.text, Place(span.text))
        place.evidence.append(ctx.evidence(span.start_char, span.end_char))
    for name, start, end in dateline_places(ctx.text) + [(n, s, e) for s, e, n in region_towns(ctx)] \
            + destinations(ctx, taken):
        place = places.setdefault(name, Place(name))
        if all((e.start, e.end) != (start, end) for e in place.evidence):
            place.evidence.append(ctx.evidence(start, end))
    return list(places.values())


def destinations(ctx: Context, taken) -> list[tuple[str, int, int]]:
    """Where people arrived, settled or moved ("7 Syrian families moved to Dingwall in 2018"): a place, though
    no gazetteer lists the town and the model reads it as a person's name; not a body's or a date's words."""
    taken = Ranges(list(taken) + [(d.start_char, d.end_char) for d in ctx.spans("dates")])
    found = []
    for match in destination_pattern().finditer(ctx.text):
        if not taken.overlaps(*match.span(1)) and match.group(1).lower() not in word_sets()["people_nouns"]:
            found.append((match.group(1), *match.span(1)))
    return found


@lru_cache(maxsize=1)
def destination_pattern() -> re.Pattern:
    verbs = "|".join(re.escape(v) for v in lexicon()["settling_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+(?:in|to|into)\s+([A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?)(?![\w’'-]| [A-Z])")


# A news dateline: "CALGARY, AB (December 15, 2015) —", "HARRISONBURG, Va. (WHSV) -": the town in capitals,
# its state or province's abbreviation, then a bracket or a dash.
DATELINE = re.compile(r"(?:^|(?<=\d\s))([A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,2}),\s+([A-Z][A-Za-z.]{0,5})"
                      r"(?=\s*(?:\(|[-–—]))", re.M)


def dateline_places(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the town (title-cased) and the region of each dateline."""
    found = []
    regions = set(lexicon()["dateline_regions"])
    for match in DATELINE.finditer(text):
        if match.group(2) not in regions:
            continue  # "SMITH, J. (Chair)": a roster's surname and initial
        town = " ".join(word.capitalize() for word in match.group(1).split())
        found += [(town, match.start(1), match.end(1)), (match.group(2), match.start(2), match.end(2))]
    return found



def find_people(ctx: Context, registry, taken, with_model: bool) -> list[Person]:
    candidates = [s for s in ctx.spans("names", "PERSON")]
    if with_model:
        candidates += [over_particles(e) for e in ctx.entities if e.label_ == "PERSON"]
    candidates += cue_people(ctx)
    titled = titled_spans(ctx)  # start -> (span, the name in natural order)
    candidates += [span for span, _ in titled.values()]
    people: dict[str, Person] = {}
    taken, named = Ranges(taken), Ranges()
    for span in sorted(candidates, key=lambda s: (s.start_char, -s.end_char)):
        names_a_titled = span.start_char in titled and titled[span.start_char][0] is span
        span = span if names_a_titled else trim_span(span)
        if span is None or not names_a_titled and len(span) < 3 \
                and not PERSON_NAME.match(span.text.split(".")[-1].strip()):
            continue
        rng = (span.start_char, span.end_char)
        if registry.covered(*rng) or taken.overlaps(*rng) or is_generic(span.text) or not person_like(ctx, span) \
                or named.contains(*rng):  # "Musile Tanzi" inside "Luca Musile Tanzi"
            continue
        name = titled[span.start_char][1] if names_a_titled else clean_person_name(span.text)
        if name is None:
            continue
        key = surname_reference(name, people) or person_key(name)
        person = people.setdefault(key, Person(name, affiliation(ctx, registry, span)))
        person.evidence.append(ctx.evidence(*rng))
        named.add(*rng)
    return list(people.values())


def over_particles(span):
    """The model may cut a name at the small words of its surname ("Ursula von der" + "Leyen", "de Barra"
    after "Caoimhe"): the capitalised word on the far side of such a word is the name's."""
    doc, start, end = span.doc, span.start, span.end
    if PARTICLE_WORD.match(doc[end - 1].text) and end < len(doc) and doc[end].is_title:
        end += 1
    if PARTICLE_WORD.match(doc[start].text) and start > 0 and doc[start - 1].is_title:
        start -= 1
    return doc[start:end]


def person_like(ctx: Context, span) -> bool:
    """Not words the report also writes in lower case ("Social Cohesion", "Chair Asylum"), nor a name ending
    in a body's, venue's or group's head word ("Riverside Community Centre", "Centre Users") or a possessive
    ("St Augustine’s"), nor one with a word of bodies, a digit or a slash in it ("Waterloo Community
    Counselling", "Grants 31 Appendix B", a photo credit's "John Moore/Getty Images")."""
    words = span.text.split()
    last = words[-1].lower() if words else ""
    if last in not_name_ends() or re.search(r"['’]s$", last) or re.search(r"[\d/]", span.text) or \
            any(word.lower() in word_sets()["not_person_words"] for word in words):
        return False
    return not all(written_lower(ctx, word) for word in words) and not places_only(ctx, span)


def places_only(ctx: Context, span) -> bool:
    """"Sri Lanka", "Ghana Greece" (a line of countries): every word a known place's."""
    places = [(s.start_char, s.end_char) for s in ctx.spans("gazetteer", "PLACE")
              if s.start_char < span.end_char and span.start_char < s.end_char]
    return bool(places) and all(any(s <= token.idx and token.idx + len(token) <= e for s, e in places)
                                for token in span if not token.is_punct)


@lru_cache(maxsize=1)
def not_name_ends() -> set[str]:
    sets = word_sets()
    posts = {w.lower() for w in lexicon()["person_roles"]}  # "K-12 EAL Subject Coordinator", "Scrutiny Officer"
    return sets["org_heads"] | sets["venue_heads"] | sets["people_nouns"] | sets["project_heads"] | posts


# "McCurry", "O’Gorman", "Sućeska", "Müller" too (Latin-1 and Latin Extended-A letters)
NAME_WORD = rf"(?:Mc|Mac|O['’]|D['’])?[{NAME_UPPER}][{NAME_LOWER}'’-]+"
# "Caoimhe de Barra", "Frans van der Berg": the small words inside a surname
PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|du|le|la|dos|das|bin|ibn|ter|ten)"
NAME_RUN = rf"{NAME_WORD}(?: (?:{PARTICLE} ){{0,2}}{NAME_WORD}){{1,2}}"
PARTICLE_WORD = re.compile(PARTICLE + "$")
CAPITALISED_WORDS = re.compile(rf"\b{NAME_RUN}\b")
FROM_NAME = re.compile(r"\s+from\s+[A-Z]")


@lru_cache(maxsize=1)
def person_cue_at_end() -> re.Pattern:
    return re.compile(r"(?:" + phrase_regex(lexicon()["person_cues"]).pattern + r")[\s:]*$", re.I)


# A post in running text, in lower case: a signature's "Director, Global Exchange on ..." names a body next
POST_THEN_NAME = re.compile(r"\b(?:co-?ordinator|officer|manager|director|chair|chief executive|adviser|advisor|"
                            r"caseworker|worker|lead)\s*,\s*$")


def after_a_post(text: str, start: int) -> bool:
    """"our policy and research coordinator, Gemma Lousley": the name after a post and a comma is a person's."""
    return bool(POST_THEN_NAME.search(text[max(0, start - 40):start]))


BYLINE_START = re.compile(r"(?:^|\n)[ \t]*By[ \t]+$")
BYLINE_END = re.compile(r"[ \t]*(?:$|\n|[,|–—-])")
# ", Roderic O’Gorman, today announced": a name set off by commas before a verb of saying is a person's
APPOSED_SPEAKER = re.compile(rf",\s+({NAME_WORD}(?: {NAME_WORD}){{1,2}}),\s+(?:today\s+|yesterday\s+|also\s+|has\s+)?"
                             r"(?:announced|said|says|added|explained|commented|stated|confirmed|noted|welcomed)\b")
BYLINE = re.compile(rf"^[ \t]*By[ \t]+({NAME_WORD}(?: {NAME_WORD}){{1,2}})(?={BYLINE_END.pattern})", re.M)


def apposed_speaker(text: str, start: int, end: int) -> bool:
    """"Principal of Carlisle College, Sarah McGrath, said": the name set off by commas before a verb of saying."""
    found = APPOSED_SPEAKER.match(text, max(0, start - 2))
    return bool(found) and found.span(1) == (start, end)


def byline_name(text: str, start: int, end: int) -> bool:
    """A line "By Cate McCurry" (perhaps ", Political Reporter" or "| 21 May") names the writer, a person."""
    return bool(BYLINE_START.search(text, max(0, start - 12), start)) and bool(BYLINE_END.match(text, end))


# "SSI General Manager Newcomers, Settlement and Integration, Yamamah Agha said": a name after a post and a
# comma, before a verb of saying
SPEAKER_AFTER_COMMA = re.compile(rf",\s+({NAME_WORD}(?: {NAME_WORD}){{1,2}})\s+(?:said|says|added|explained)\b")


# "Caoimhe de Barra, of Trócaire, said": a sentence opening on a name, its body set off by commas, then a verb of saying
SPEAKER_OF_BODY = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))({NAME_RUN}),\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,.;\n]{{1,80}},\s+"
                             r"(?:said|says|added|explained|commented|stated)\b", re.M)


@lru_cache(maxsize=1)
def post_in_title_case() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(r.title()) for r in lexicon()["person_roles"]) + r")\b")


def posted_speakers(text: str) -> list[re.Match]:
    found = []
    for match in SPEAKER_AFTER_COMMA.finditer(text):
        clause = re.split(r"[.!?”\"]\s", text[max(0, match.start() - 80):match.start()])[-1]
        if post_in_title_case().search(clause):
            found.append(match)
    return found


def cue_people(ctx: Context) -> list:
    """Two or three capitalised words after a person cue ("Posted by", "departure of") or before "from ORG";
    the name on a byline, or set off by commas before a verb of saying."""
    cue_end = person_cue_at_end()
    found = []
    for match in CAPITALISED_WORDS.finditer(ctx.text):
        before = " ".join(ctx.text[max(0, match.start() - 30):match.start()].split())
        after = ctx.text[match.end():match.end() + 8]
        if cue_end.search(before) or FROM_NAME.match(after) or after_a_post(ctx.text, match.start()) \
                or post_after_comma().match(ctx.text, match.end()):  # "Jo Bloggs, Executive Director at X"
            span = ctx.doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is not None:
                found.append(span)
    named = [*BYLINE.finditer(ctx.text), *APPOSED_SPEAKER.finditer(ctx.text), *posted_speakers(ctx.text),
             *SPEAKER_OF_BODY.finditer(ctx.text)]
    spans = (ctx.doc.char_span(*match.span(1), alignment_mode="contract") for match in named)
    return found + [span for span in spans if span is not None]


def affiliation(ctx: Context, registry, span) -> str | None:
    """"NAME from/of/at ORG", else the body named nearest before the person in the sentence."""
    sentence = ctx.sentence_at(span.start_char)
    mentions = registry.in_range(sentence.start_char, sentence.end_char)
    post = post_after_comma().match(ctx.text, span.end_char)  # "Jo Bloggs, Executive Director at X"
    name_end, link = (post.end(), r"\s*(the\s*)?") if post else (span.end_char, r"\s*(from|of|at|with|,|\()\s*(the\s*)?")
    after = [m for m in mentions if 0 <= m[0] - name_end <= 8 and re.fullmatch(link, ctx.text[name_end:m[0]])]
    if after:
        return registry.orgs[after[0][2]].name
    before = [m for m in mentions if m[1] <= span.start_char]
    return registry.orgs[before[-1][2]].name if before else None
