"""Candidate organisation names by source: the gazetteer, names by their shape, the objects of "met
with"/"working with", roster lines; with the rules every source shares (splitting "A and B", a head word
then "of" and a place, what counts as a place). `organisations.add_named_bodies` chooses among them."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.body_names import without_thing_word
from partnergraph.extract.facts.context import Context, lexicon
from partnergraph.extract.facts.listed_names import (
    gazetteer_categories,
    split_listed_names,
)
from partnergraph.extract.facts.model_names import a_place, names_people, not_a_body, portfolio
from partnergraph.extract.facts.names import (
    is_generic,
    trim_span,
    with_people_possessive,
    without_roles,
    word_sets,
)
from partnergraph.extract.facts.place_lists import place_lists, region_towns
from partnergraph.extract.facts.ranges import Ranges
from partnergraph.extract.facts.rosters import roster_lines

BASED_IN = re.compile(r"[A-Z][\w’'.]*(?:[ -][A-Z][\w’'.]*)*-based\s+(?=[A-Z])")
INITIALLED_PERSON = re.compile(r"(?:[A-Z]\.\s?){1,2}[A-Z][\w’'-]+\s+(?=[A-Z][\w’'-]+\s+[A-Z])")
# "the" in a name follows a link word ("Friends of the Earth"); after a name's word it starts another name:
# "For the UKRS the Council had contracted" -> "the Council"
LOOSE_THE = re.compile(r".*?\b[A-Z0-9][\w’'.)-]*\s+the\s+(?=[A-Z])")
ADJECTIVAL_CATEGORIES = {"eu_institution", "international_org"}  # "EU citizens", "UN conventions"


def with_place_of(ctx: Context, candidate: tuple) -> tuple:
    """"Boys and Girls Club" + " of Moncton": a body's head word, then "of" and a place, is one name; so is
    a head word then a place ("Community Migrant Resource Centre Parramatta will deliver");
    "Government of Newfoundland" + " and Labrador": a name ending in the first words of a place takes all of it."""
    start, end, name, surface = candidate
    of_place = re.search(r" of ", name)
    for place_end in place_starts(ctx).get(start + of_place.end(), []) if of_place else []:
        if place_end > end and name == surface:
            longer = ctx.text[start:place_end]
            return (start, place_end, longer, longer)
    if not name.split() or name.split()[-1].lower() not in word_sets()["org_heads"]:
        return candidate
    gap = 4 if ctx.text[end:end + 4] == " of " else 1 if ctx.text[end:end + 1] == " " else 0
    for place in place_starts(ctx).get(end + gap, []) if gap else []:
        if gap == 4 or not re.match(r" [A-Z]|['’]", ctx.text[place:place + 2]):
            return (start, place, name + ctx.text[end:place], surface + ctx.text[end:place])
    return candidate


def refined(ctx: Context, candidate: tuple) -> list[tuple]:
    """A candidate that is really more than one name: a headline's "A Opens B" gives A and B, a person's
    name before "of" ("Patrick Taran of the International Labour Organization") and an occasion after "on"
    ("... on International Women’s Day") are cut off."""
    start, end, name, surface = candidate
    if name != surface:
        return [candidate]
    if "[" in name or "]" in name:  # an editor's brackets ("[The Cross Cultural Learner Centre] CCLC") end a name
        piece = max(re.finditer(r"[^\[\]]+", name), key=lambda m: len(m.group().strip()))
        offset = piece.start() + len(piece.group()) - len(piece.group().lstrip())
        start, name = start + offset, piece.group().strip()
    based = BASED_IN.match(name) or INITIALLED_PERSON.match(name) or LOOSE_THE.match(name)
    if based:  # "Troy-based Kresge Foundation", "C. Vanderkruys Barrie Public Library": not the body's name
        start, name = start + based.end(), name[based.end():]
    occasion = re.search(r" on (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* ([A-Z][a-z]+)$", name)
    if occasion and occasion.group(1).lower() in word_sets()["not_body_heads"]:
        name = name[:occasion.start()]  # "Parliament on International Women’s Day": the day is no part
    name = without_thing_word(name)
    parts = headline_parts(name)
    found = [without_person(ctx, (start + offset, start + offset + len(part), part, part)) for offset, part in parts]
    if len(parts) == 1:
        return found
    return [c for c in found if len(c[2].split()) > 1 or c[2].isupper() and len(c[2]) >= 3]  # a headline's names


@lru_cache(maxsize=1)
def headline_verbs() -> re.Pattern:
    return re.compile(r" (?:" + "|".join(re.escape(v) for v in lexicon()["headline_verbs"]) + r") ", re.I)


def headline_parts(name: str) -> list[tuple[int, str]]:
    for match in headline_verbs().finditer(name):
        if match.group(0)[1].isupper():  # set as a headline: "Opens", "OPENS"; "opens" is a sentence's verb
            rest = match.end()
            return [(0, name[:match.start()])] + [(rest + o, p) for o, p in headline_parts(name[rest:])]
    return [(0, name)]


def without_person(ctx: Context, candidate: tuple) -> tuple:
    start, end, name, _ = candidate
    match = re.match(r"(.+?) of (?:the )?", name)
    if match and any(e.label_ == "PERSON" and e.start_char == start and e.end_char == start + len(match.group(1))
                     for e in ctx.entities):
        rest = name[match.end():]
        return (start + match.end(), end, rest, rest)
    return candidate


def place_starts(ctx: Context) -> dict[int, list[int]]:
    """{start: [end]} of the gazetteer's and the model's places."""
    if "place_starts" not in ctx.notes:
        starts: dict[int, list[int]] = {}
        spans = list(ctx.spans("gazetteer", "PLACE")) + [e for e in ctx.entities if e.label_ in ("GPE", "LOC")]
        for span in spans:
            starts.setdefault(span.start_char, []).append(span.end_char)
        ctx.notes["place_starts"] = {k: sorted(v, reverse=True) for k, v in starts.items()}
    return ctx.notes["place_starts"]


OWNER = re.compile(r"((?:[A-Z][\w&-]*\s+(?:(?:of|for|and|the)\s+)*)*?[A-Z][\w&-]*)['’]s\s+[A-Z]")


def owner_of(candidate: tuple) -> tuple:
    """"Tuntum Housing’s Supported Housing Service": a named body's own service is the body's; a body
    named head first after a possessive ("the Government’s Department of X") was cut off before this."""
    start, end, name, surface = candidate
    owner, heads = OWNER.match(name), word_sets()["org_heads"]
    if not owner or len(owner.group(1).split()) < 2 and not owner.group(1).isupper() \
            and (owner.group(1).lower() not in heads or name.split()[-1].lower() in heads) \
            or owner.group(1).split()[-1].lower() in word_sets()["people_nouns"] \
            or re.fullmatch(r"(?:St\.?|Saint) [A-Z][a-z]+", owner.group(1)):  # "Centre Children’s Project", "St Bede’s"
        return candidate  # "the Government’s Resettlement Schemes": the Government's; "the Union’s X Fund" a fund
    return (start, start + len(owner.group(1)), owner.group(1), owner.group(1))


def roster_candidates(ctx: Context) -> list[tuple]:
    """A roster line's body, whole: "DWP Scotland", not the "DWP" a gazetteer finds inside it."""
    return [(r.org_start, r.org_start + len(r.org), r.org, r.org) for r in roster_lines(ctx) if r.org]


def gazetteer_candidates(ctx: Context) -> list[tuple]:
    categories = gazetteer_categories()
    found = []
    for span in ctx.spans("gazetteer"):
        if span.label_ not in ("ORG", "SERVICE"):
            continue
        if span.label_ == "ORG" and categories.get(span.kb_id_) in ADJECTIVAL_CATEGORIES and used_as_modifier(span):
            continue
        name = span.kb_id_ if span.label_ == "ORG" else span.text.lower()
        if name != span.text and name not in ctx.text:
            name = span.text  # a body is named by the fullest form the report uses ("COSLA" alone stays "COSLA")
        found.append((span.start_char, span.end_char, name, span.text))
    return found


def used_as_modifier(span) -> bool:
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.is_alpha and following.lower_ not in {"and", "or", "to", "in", "on"}


def shaped_candidates(ctx: Context) -> list[tuple]:
    suffixes = set(ctx.notes.get("role_suffixes", ()))
    found = []
    for span in ctx.spans("names", "ORG"):
        span = trim_span(span)
        if span is None:
            continue
        text = span.text
        head, _, suffix = text.rpartition("-")
        if suffix.lower() in suffixes and head:
            text = head
        lead, unposted = without_roles(text)  # "ACTING DIRECTOR OF LOCAL SERVICES": a post and its portfolio
        if len(span) < 2 and "-" not in span.text or is_generic(text) or is_place(ctx, (span.start_char, span.end_char)) \
                or portfolio(ctx.text, span.start_char, text) \
                or lead and portfolio(ctx.text, span.start_char + lead, unposted):
            continue
        text = unposted
        for offset, part in split_listed_names(text):
            start = span.start_char + lead + offset
            end = start + len(part)
            start, part = with_people_possessive(ctx.text, start, part) if offset == 0 else (start, part)
            found.append((start, end, part, part))
    return found


CUE_OBJECT = re.compile(r"\b(?:met|meet|meeting|work|working|worked|partner|partners|partnered|partnering|partnership|"
                        r"collaborate|collaborates|collaborated|collaborating|collaboration) with "
                        r"(?:the )?([A-Z][\w’'&-]+(?: (?:[A-Z][\w’'&-]+|and|of|for)){0,5})")


CUE_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s))(?:The )?([A-Z][\w’'&-]+(?: (?:[A-Z][\w’'&-]+|and|of|for)){1,5}) "
                         r"(?:(?:has been|have been|had been|is|are|was|were) working|"
                         r"(?:has |have |had )?(?:worked|works|work|partnered|partners|collaborated|collaborates|"
                         r"teamed up|joined forces|joined together|come together|came together|"
                         r"(?:was|were) (?:established|founded|set up|formed|registered)|"
                         r"(?:is|was) an? (?:(?:small|local|registered|national|community|voluntary|grassroots|"
                         r"non-profit|not-for-profit|volunteer-led|refugee-led|user-led|independent) )*"
                         r"(?:charity|organisation|organization|group|network|association|NGO|social enterprise)))\b",
                         re.M)


# "EYST provide a caseworker support service and Syria Sir Gar provide community support": who provides a
# service is a body; one word only if it is an acronym or coined ("EYST", "SIforREF")
SERVICE_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\band\s))(?:The )?"
                             r"((?:[A-Z][\w’'&-]+(?: (?:[A-Z][\w’'&-]+|and|of|for)){1,5})"
                             r"|[A-Z][A-Za-z]*[A-Z][A-Za-z]*) "
                             r"(?:also |now )?(?:provide|provides|provided|deliver|delivers|"
                             r"delivered|offer|offers|offered|run|runs|ran) (?:a |an |the |free |weekly |regular )?"
                             r"(?:[\w-]+ ){0,3}(?:support|services?|advice|sessions|classes|courses|casework|training|"
                             r"activities|befriending|lessons|drop-ins?)\b", re.M)
# "since Shares was set up in 2015": a one-word name inside a sentence, said to have been founded
FOUNDED_SUBJECT = re.compile(r"(?:\b[a-z]+|,) ([A-Z][\w’'&-]+) (?:was|were) "  # after a lower-case word: one name
                             r"(?:established|founded|set up|formed|registered)\b")


AMOUNT = r"(?:about |around |nearly |almost |over |more than |up to )?[£$€]\s?\d[\d,.]*(?:\s?(?:million|m|bn|billion|k)\b)?"
# "Friendly House received about $350,000", "In Fingal, Aster Family Support will receive funding", "$300,000
# is going to Somali American United Council": who receives a grant is a body, whatever its name looks like
FUNDING_NOUN = r"(?:a\s+|new\s+)?(?:grant\s+)?(?:funding|grants?)\b"  # what is received: "a grant", "new funding"
GRANT_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[a-z], ))(?:The )?"
                           r"([A-Z][\w’'&-]+(?: (?:[A-Z][\w’'&-]+|and|of|for)){1,5}) "
                           r"(?:(?:received|receives|will receive|(?:was|were|has been|have been) (?:allotted|awarded|"
                           r"granted|given)|secured|got) " + AMOUNT + r"|(?:received|receives|will receive) "
                           + FUNDING_NOUN + ")", re.M)
GRANT_OBJECT = re.compile(AMOUNT + r" (?:will go|is going|goes|went|(?:was|were|will be) (?:awarded|given|allotted|"
                          r"granted)) to (?:the )?([A-Z][\w’'&-]+(?: (?:[A-Z][\w’'&-]+|and|of|for)){0,5})")


def cue_subject_candidates(ctx: Context) -> list[tuple]:
    """A name of two or more words opening a sentence that says it worked or partnered with someone, or
    was founded, or is a charity or group, is a body: "Refugee Roots has worked in partnership with Oxford
    City Council", "Sidmouth Companions was established in 2018"; so is who provides a service, and who
    receives a grant."""
    return subject_names(ctx, [*CUE_SUBJECT.finditer(ctx.text), *SERVICE_SUBJECT.finditer(ctx.text),
                               *GRANT_SUBJECT.finditer(ctx.text)])


def founded_candidates(ctx: Context) -> list[tuple]:
    """"since Shares was set up in 2015": a person is not set up or founded, whatever the model says."""
    return subject_names(ctx, list(FOUNDED_SUBJECT.finditer(ctx.text)))


def subject_names(ctx: Context, matches: list) -> list[tuple]:
    found = []
    for match in matches:
        for offset, name in split_listed_names(match.group(1)):
            rng = (match.start(1) + offset, match.start(1) + offset + len(name))
            one_word_no_body = " " not in name and (a_place(ctx, name)
                                                    or name.lower() in word_sets()["not_org_acronyms"])
            if rng not in place_ranges(ctx) and not is_generic(name) and not portfolio(ctx.text, rng[0], name) \
                    and not one_word_no_body:
                found.append((*rng, name, name))
    return found


# "led by Displaced People in Action": a body without a head word, after a cue whose object is one; "in"
# may join its words, but not to a place ("run by Refugee Action in Cardiff")
CUE_BY = re.compile(r"\b(?:led|run|delivered|managed|co-ordinated|coordinated|hosted|organised|organized|funded|"
                    r"supported|commissioned) by (?:the )?"
                    r"([A-Z][\w’'&-]+(?: (?:[A-Z][\w’'&-]+|of|for|in|and)){0,5})")


def by_cue_objects(ctx: Context):
    """Matches of CUE_BY whose object is not a person's name: one the model calls a person is taken only
    with a joining word in it ("People in Action"), as people's names have none."""
    for match in CUE_BY.finditer(ctx.text):
        name = re.sub(r"(?:\s+in\s+.*)?\s*$", "", match.group(1)) if in_place(ctx, match) else match.group(1)
        name = joined_body(name)
        words = name.split()
        if not names_people(words) and (not not_a_body(ctx, name) or set(words) & {"in", "of", "for"}):
            yield match, name


def joined_body(name: str) -> str:
    """"run by the Cambridgeshire and Peterborough CCG": "and" inside one body's name, which then ends in
    a head word or an initialism; else what follows "and" is another name ("run by Jane Smith and ...")."""
    if " and " not in name:
        return name
    last = name.split()[-1]
    if last.isupper() and len(last) >= 2 or last.lower() in word_sets()["org_heads"]:
        return name
    return name.split(" and ")[0]


def in_place(ctx: Context, match) -> bool:
    """The object ends in "in <place>"."""
    inside = re.search(r"\s+in\s+(.+)$", match.group(1))
    return bool(inside) and (match.start(1) + inside.start(1), match.end(1)) in place_ranges(ctx)


def cue_object_candidates(ctx: Context) -> list[tuple]:
    """What "met with" or "working with" is followed by is a body, when it is more than a place; so is
    what "led by" or "run by" is followed by, when it is no person, and where a grant "will go to"."""
    found = []
    matches = [(m, m.group(1)) for m in CUE_OBJECT.finditer(ctx.text)] + list(by_cue_objects(ctx))
    matches += [(m, m.group(1)) for m in GRANT_OBJECT.finditer(ctx.text)]
    for match, name in matches:
        name = re.sub(r"\s+(?:and|of|for|in)$|['’]s$", "", name)  # "with the European Commission's 'Rights ...'"
        owner = re.match(r".*['’]s\s+", name)  # "the Council’s Refugee Team": the team is the object
        skip = owner.end() if owner else 0
        for offset, part in split_listed_names(name[skip:]):
            rng = (match.start(1) + skip + offset, match.start(1) + skip + offset + len(part))
            if rng not in place_ranges(ctx) and not is_generic(part):
                found.append((*rng, part, part))
    return found


def place_ranges(ctx: Context) -> set[tuple[int, int]]:
    if "place_range_set" not in ctx.notes:
        ctx.notes["place_range_set"] = {(s.start_char, s.end_char) for s in ctx.spans("gazetteer", "PLACE")}
    return ctx.notes["place_range_set"]


def is_place(ctx: Context, rng) -> bool:
    """The range is a place name, or lies inside one, or names places listed as such elsewhere in the
    report ("Clarenville, Corner Brook")."""
    places = ctx.notes.get("place_ranges")
    if places is None:
        places = ctx.notes["place_ranges"] = Ranges([(s.start_char, s.end_char) for s in ctx.spans("gazetteer", "PLACE")]
                                                    + [(start, end) for start, end, _ in place_lists(ctx)]
                                                    + [(start, end) for start, end, _ in region_towns(ctx)])
    if places.contains(*rng):
        return True
    listed = ctx.notes.get("listed_place_names")
    if listed is None:
        listed = ctx.notes["listed_place_names"] = {name for _, _, items in place_lists(ctx) for _, _, name in items}
    return bool(listed) and all(part in listed for part in re.split(r",\s*|\s+and\s+", ctx.text[slice(*rng)]))
