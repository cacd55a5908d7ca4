"""Candidate organisation names found by what a sentence says they do: the subject that worked or partnered
with someone, was founded, provides a service or receives a grant; the object of "met with", "run by" or a
grant that "will go to". `organisations.add_named_bodies` chooses among these and the other sources."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import Context, lexicon
from partnergraph.extract.facts.listed_names import split_listed_names
from partnergraph.extract.facts.model_names import (
    EDGE,
    a_place,
    names_people,
    not_a_body,
)
from partnergraph.extract.facts.names import is_generic, kind_after, word_sets
from partnergraph.extract.facts.place_checks import place_ranges
from partnergraph.extract.facts.post_names import portfolio

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
                           r"granted|given)|secured|got) " + AMOUNT + r"|(?:received|receives|will receive|(?:was|were|has been|have been) "
                           r"awarded|secured|won) " + FUNDING_NOUN + r"|will use (?:the|this|its|their) " + FUNDING_NOUN
                           + ")", re.M)
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


POST_PREFIXES = ("deputy", "assistant", "interim", "acting", "senior", "chief", "executive", "head")


@lru_cache(maxsize=1)
def posted_body() -> re.Pattern:
    """"Richard Eynon, Oasis Cardiff Deputy CEO": a person's name, a comma, then the words before a post."""
    posts = "|".join(re.escape(p) for p in sorted(lexicon()["person_roles"], key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{1,2}},\s+(?:the\s+)?"
                      rf"([A-Z][\w’'&-]+(?: (?:[A-Z][\w’'&-]+|of|for|and)){{0,4}}?)"
                      rf" (?i:(?:{'|'.join(POST_PREFIXES)}) )?(?i:{posts})\b", re.M)


POST_OF = re.compile(r",?\s+(?:at|of|for|with|in)\b")  # "Community Sponsorship Manager at Nasc": the body follows
POST_AS_VERB = re.compile(r"\s+(?:a|an|the|their|our|its|this|these)\b")  # "A, B and C lead a team": a verb, no post


def posted_body_candidates(ctx: Context) -> list[tuple]:
    """The body a person holds a post in, named before the post, whatever its name looks like."""
    skipped = set(lexicon()["person_roles"]) | set(POST_PREFIXES) | set(lexicon()["post_topic_words"])
    found = []
    for match in posted_body().finditer(ctx.text):
        name = match.group(1)
        if any(word.lower() in skipped for word in name.split()) or a_place(ctx, name) or not_a_body(ctx, name) \
                or POST_OF.match(ctx.text, match.end()) or POST_AS_VERB.match(ctx.text, match.end()) \
                or is_generic(name) or match.span(1) in place_ranges(ctx):
            continue
        start, end = match.span(1)
        owner = re.fullmatch(r"([A-Z]{2,})['’]s", name)  # "Patrick Yeung, SSI’s Manager Housing Services"
        found.append((start, start + len(owner.group(1)), owner.group(1), owner.group(1)) if owner else
                     (start, end, name, name))
    return found


def subject_names(ctx: Context, matches: list) -> list[tuple]:
    found = []
    for match in matches:
        for offset, name in split_listed_names(match.group(1)):
            lead = EDGE.match(name)  # "Their Trafficking Office has worked with ..."
            offset, name = (offset + lead.end(), name[lead.end():]) if lead and lead.end() < len(name) else (offset, name)
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


@lru_cache(maxsize=1)
def kind_then_name() -> re.Pattern:
    """"the multi-ethnic, cultural association La Kasbah", "the charity Cairde", "the organization “Ecepaa” from
    Belgium": the writer says what the name is."""
    kinds = "|".join(map(re.escape, lexicon()["apposed_body_kinds"]))
    words = r"(?!(?:his|her|with|and|of|for|to|by)\b)[a-z][\w-]*|[A-Z][a-z]+(?:ish|ian|an|ese|ch)"  # "the Turkish"
    return re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts) (?:(?:" + words + r"),? ){0,3}(?:" + kinds + r") [“\"]?"
                      r"([A-Z][\w’'&-]*(?:\.\w+)*(?: (?:[A-Z][\w’'&-]*(?:\.\w+)*|de|del|di|du|des|la|le|of|for|and)){0,5})")


NOT_NAME_OPENERS = r"(?!(?:In|On|At|For|With|By|From|The|This|That|Last|Next|Since|After|Before|During|As)\b)"


@lru_cache(maxsize=1)
def name_then_kind() -> re.Pattern:
    """"Grantmakers Concerned With Immigrants and Refugees, a national network of foundations": a name the
    writer then says is a body."""
    kinds = "|".join(map(re.escape, lexicon()["apposed_body_kinds"] + lexicon()["apposed_group_kinds"]))
    return re.compile(rf"(?<![\w’'&-]){NOT_NAME_OPENERS}([A-Z][\w’'&-]*(?: (?:[A-Z][\w’'&-]*|of|for|and|the|&)){{1,8}}),"
                      rf" (?:a|an) (?:[\w-]+ ){{0,3}}?(?:{kinds})(?=\s+(?:of|for|that|which|who|working|based|in)\b|[,.;])")


def cue_object_candidates(ctx: Context) -> list[tuple]:
    """What "met with" or "working with" is followed by is a body, when it is more than a place; so is
    what "led by" or "run by" is followed by, when it is no person, and where a grant "will go to"."""
    found = []
    matches = [(m, m.group(1)) for m in CUE_OBJECT.finditer(ctx.text)] + list(by_cue_objects(ctx))
    matches += [(m, m.group(1)) for regex in (GRANT_OBJECT, kind_then_name()) for m in regex.finditer(ctx.text)]
    for match, name in matches:
        name = re.sub(r"\s+(?:and|of|for|in)$|['’]s$", "", name)  # "with the European Commission's 'Rights ...'"
        owner = re.match(r".*['’]s\s+", name)  # "the Council’s Refugee Team": the team is the object
        skip = owner.end() if owner else 0
        for offset, part in split_listed_names(name[skip:]):
            rng = (match.start(1) + skip + offset, match.start(1) + skip + offset + len(part))
            if rng not in place_ranges(ctx) and not is_generic(part) \
                    and not (" " not in part and kind_after().match(ctx.text, rng[1])):  # "and Welsh employers"
                found.append((*rng, part, part))
    return found + [(m.start(1), m.end(1), m.group(1), m.group(1)) for m in described_matches(ctx)]


def described_matches(ctx: Context) -> list:
    """Where the writer says a name is a body ("X, a national network of foundations"), found once per report."""
    if "described_bodies" not in ctx.notes:
        ctx.notes["described_bodies"] = list(name_then_kind().finditer(ctx.text))
    return ctx.notes["described_bodies"]


def described_bodies(ctx: Context) -> set[str]:
    """Names the writer says are bodies: one name each, whatever its shape."""
    return {m.group(1) for m in described_matches(ctx)}
