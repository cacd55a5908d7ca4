"""Organisations: gazetteer bodies, names by their shape, bracketed acronyms, initialisms, one-word
names in the places bodies stand ("from IMIX", "and AWAZ": single_word_names.py), and back-references
("the council")."""
from __future__ import annotations

import re

from partnergraph.extract.facts.body_names import a_kind, member_title, not_a_body_name, without_role_participle
from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.cue_candidates import (cue_object_candidates, cue_subject_candidates, described_bodies,
                                                      founded_candidates, posted_body_candidates)
from partnergraph.extract.facts.list_items import list_item_candidates
from partnergraph.extract.facts.list_members import add_list_members
from partnergraph.extract.facts.lowercase_bodies import acting_government_candidates, add_listed_municipalities, \
    government_candidates, municipality_candidates
from partnergraph.extract.facts.model_names import (
    model_org_candidates,
    names_people,
    not_a_body,
    with_name_suffix,
)
from partnergraph.extract.facts.names import (
    is_generic,
    name_key,
    within_cell,
    word_sets,
)
from partnergraph.extract.facts.org_candidates import (
    gazetteer_candidates,
    owner_of,
    refined,
    roster_candidates,
    shaped_candidates,
    with_bracketed_place,
    with_place_of,
    with_shared_heads,
)
from partnergraph.extract.facts.org_merges import (
    add_acronym_definitions,
    merge_bracketed_short_names,
    merge_initialisms,
    merge_leading_words,
    merge_referring_forms,
    merge_same_names,
    merge_short_forms,
    split_joined_names,
)
from partnergraph.extract.facts.org_registry import OrgRegistry
from partnergraph.extract.facts.partner_lists import country_bracket_candidates, listed_candidates, \
    town_bracket_candidates
from partnergraph.extract.facts.people_places import after_a_post, apposed_speaker, byline_name
from partnergraph.extract.facts.place_checks import is_place
from partnergraph.extract.facts.post_names import portfolio
from partnergraph.extract.facts.ranges import Ranges, crosses
from partnergraph.extract.facts.rosters import roster_lines
from partnergraph.extract.facts.single_word_names import add_single_word_names
from partnergraph.extract.facts.titles import headline_words
from partnergraph.extract.facts.topic_lists import names_something_else, topic_list_ranges

BACK_REFERENCE_HEADS = {"council", "trust", "university", "college", "commission", "fund", "agency"}


def find_organisations(ctx: Context, blocked: list[tuple[int, int]] | Ranges, with_model: bool) -> OrgRegistry:
    """`blocked` are character ranges already taken by venues and projects."""
    registry = OrgRegistry()
    rosters = roster_lines(ctx)
    affiliations = {(r.org_start, r.org_start + len(r.org)) for r in rosters if r.org}  # "(Kestrel College)": a body
    blocked = Ranges([r for r in blocked if r not in affiliations] + topic_list_ranges(ctx)
                     + [(r.person_start, r.person_start + len(r.person)) for r in rosters])
    add_named_bodies(ctx, registry, blocked, with_model)
    add_acronym_definitions(ctx, registry)
    merge_bracketed_short_names(ctx.text, registry)
    merge_short_forms(registry)
    add_single_word_names(ctx, registry, blocked, with_model)
    add_listed_municipalities(ctx, registry)
    add_list_members(ctx, registry, blocked)
    merge_initialisms(registry)
    merge_leading_words(registry)
    merge_referring_forms(registry)
    add_known_full_names(ctx, registry)
    split_joined_names(ctx, registry)
    add_repeated_names(ctx, registry, blocked)
    add_back_references(ctx, registry)
    drop_cut_name(ctx, registry)
    merge_short_forms(registry)  # again: list members and back references add short forms too
    merge_same_names(registry)
    registry.mentions.sort()
    return registry


def drop_cut_name(ctx: Context, registry: OrgRegistry) -> None:
    """A name that only ends where a cut-off text stops is a fragment of one."""
    cut = {key for start, end, key in registry.mentions if ctx.cut_off(start, end)}
    for key in cut:
        if all(ctx.cut_off(start, end) for start, end, k in registry.mentions if k == key):
            registry.drop(key)


def add_named_bodies(ctx: Context, registry: OrgRegistry, blocked, with_model: bool) -> None:
    """Gazetteer bodies, names by shape and the model's entities; where they overlap the longer name wins."""
    known = gazetteer_candidates(ctx)
    candidates = known + shaped_candidates(ctx) + cue_object_candidates(ctx)
    candidates += [c for c in cue_subject_candidates(ctx) if topical(c[2]) or not not_a_body(ctx, c[2])]
    candidates += founded_candidates(ctx) + government_candidates(ctx) + acting_government_candidates(ctx)
    candidates += posted_body_candidates(ctx) + municipality_candidates(ctx)
    if with_model:
        candidates += [c for c in model_org_candidates(ctx) if not is_place(ctx, c[:2]) and not after_a_post(ctx.text, c[0])
                       and not apposed_speaker(ctx.text, c[0], c[1])]
    candidates += [c for c in roster_candidates(ctx) if not is_place(ctx, c[:2]) and not not_a_body(ctx, c[2], True)]
    candidates += [c for c in listed_candidates(ctx) if not is_place(ctx, c[:2]) and not not_a_body(ctx, c[2], True)
                   and (not names_people(c[2].split()) or with_model and model_org(ctx, c))
                   and not portfolio(ctx.text, c[0], c[2], capitalised=True)]  # "Minister for Equality, ... and Youth"
    candidates += [c for c in list_item_candidates(ctx) + country_bracket_candidates(ctx)
                   + town_bracket_candidates(ctx) if not is_place(ctx, c[:2])]
    described = described_bodies(ctx)
    candidates = [part for c in with_shared_heads(ctx, list(dict.fromkeys(within_cell(c) for c in candidates)))
                  for part in refined(ctx, with_bracketed_place(ctx, with_place_of(
                      ctx, with_name_suffix(ctx.text, without_role_participle(c)))))
                  if (not not_a_body_name(owner_of(ctx, part)[2]) or part[2] in described)
                  and not byline_name(ctx.text, part[0], part[1])
                  and not (" " not in part[2] and is_generic(part[2]))  # "Director of Service": no body
                  and not crosses(part, known) and not headline_words(ctx, part[0], part[2])
                  and not member_title(ctx.text, part[1], part[2]) and not a_kind(ctx, part)
                  and not names_something_else(ctx.text, *part[:3])]
    chosen: list[tuple[int, int, str, str]] = []
    taken = Ranges()
    for candidate in sorted(candidates, key=lambda c: c[0] - c[1]):
        if not taken.overlaps(*candidate[:2]) and not blocked_by(blocked, candidate):
            chosen.append(owner_of(ctx, candidate))  # the whole name is chosen, its owner kept
            taken.add(*candidate[:2])
    for start, end, name, surface in sorted(chosen):
        registry.add(ctx, name, start, end, surface)


def model_org(ctx: Context, candidate: tuple) -> bool:
    """The model calls the very span a body: a listed name that ends in a people noun ("Together Creating
    Communities") is one where both say so."""
    return any(e.label_ == "ORG" and (e.start_char, e.end_char) == candidate[:2] for e in ctx.entities)


def blocked_by(blocked: Ranges, candidate: tuple) -> bool:
    """A venue or project overlaps the candidate, unless the candidate is a body's name, by its head word,
    that holds them whole: "the Carmarthenshire SRP Multi-Agency Task Group" names the project inside."""
    start, end, name = candidate[:3]
    inside = blocked.overlapping(start, end)
    if not inside:
        return False
    words = name.split()
    return not (words and words[-1].lower() in word_sets()["org_heads"]
                and all(start <= s and e <= end and (s, e) != (start, end) for s, e in inside))


def topical(name: str) -> bool:
    """A word no person is named ("Refugee Roots"): the model's PERSON label on such a name is wrong."""
    return any(w.lower() in word_sets()["generic_name_words"] for w in name.split())


def add_known_full_names(ctx: Context, registry: OrgRegistry) -> None:
    """A gazetteer body the report names only by a short form keeps its full name as an alias, so that
    reports naming it either way meet in the graph."""
    defined = ctx.doc._.acronyms or {}
    for span in ctx.spans("gazetteer", "ORG"):
        if span.text in defined and name_key(defined[span.text][0]) != name_key(span.kb_id_):
            continue  # "Darebin Ethnic Communities Council (DECC)": not the gazetteer's DECC
        key = registry.resolve_key(span.text) if span.kb_id_ != span.text else None
        if key and span.kb_id_ not in registry.orgs[key].aliases and span.kb_id_ != registry.orgs[key].name:
            registry.orgs[key].aliases.append(span.kb_id_)


TWO_PART = re.compile(r"[A-Z]\w*-[A-Z][\w-]*")


def add_repeated_names(ctx: Context, registry: OrgRegistry, blocked) -> None:
    """A body's name of two words or more ("VNO-NCW" counts two) wherever else the text writes it, though no
    source found it there (the model called it a place the second time); one pass, longest names first."""
    names = sorted({org.name for org in registry.orgs.values() if " " in org.name or TWO_PART.fullmatch(org.name)},
                   key=len, reverse=True)
    if not names:
        return
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    for match in pattern.finditer(ctx.text):
        if not registry.covered(*match.span()) and not blocked.overlaps(*match.span()):
            registry.add(ctx, match.group(0), *match.span())


BARE_COUNCIL = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\bthat\s))Council(?= (?:is|has|was|will|have|agreed|resolved)\b)", re.M)


def back_reference_heads(doc) -> list[int]:
    """Indices of tokens like "council" right after "the", found over the token array (no Token objects)."""
    import numpy
    from spacy.attrs import LOWER

    lower = doc.to_array(LOWER)
    if len(lower) < 2:
        return []
    wanted = numpy.array([doc.vocab.strings[w] for w in BACK_REFERENCE_HEADS], dtype=lower.dtype)
    heads = numpy.isin(lower[1:], wanted) & (lower[:-1] == doc.vocab.strings["the"])
    return [int(i) + 1 for i in heads.nonzero()[0]]


def add_back_references(ctx: Context, registry: OrgRegistry) -> None:
    """"the council" is the most mentioned council of the report; so is "Council" without "the" as a
    sentence's subject, as councils write of themselves ("Council is partnering with ...")."""
    bare = [m.start() for m in BARE_COUNCIL.finditer(ctx.text)]
    for i in back_reference_heads(ctx.doc) + [t.start for t in (ctx.doc.char_span(b, b + 7) for b in bare) if t]:
        token = ctx.doc[i]
        rng = (ctx.doc[i - 1].idx if i and ctx.doc[i - 1].lower_ == "the" else token.idx, token.idx + len(token.text))
        if registry.covered(*rng):
            continue
        heads = [k for k in registry.orgs if k.split()[-1] == token.lower_]
        if heads:
            best = max(heads, key=lambda k: (len(registry.orgs[k].evidence), -registry.first_seen[k]))
            registry.add(ctx, registry.orgs[best].name, *rng, surface=re.sub(r"^The ", "the ", ctx.text[slice(*rng)]))
