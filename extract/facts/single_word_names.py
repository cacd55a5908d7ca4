"""One-word names and acronyms that count as bodies where a body stands ("from IMIX", "and AWAZ", "AWAZ
has ..."), a branch by its initialism and place ("DWP Scotland"), and an initialism the report's bodies
stand for ("Gresford LHB")."""
from __future__ import annotations

import re

from partnergraph.extract.facts.body_names import a_kind, not_a_body_name
from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.model_names import capitals_heading_words, names_people, not_a_body, with_name_suffix
from partnergraph.extract.facts.names import initials, is_generic, not_acronyms, trim_span
from partnergraph.extract.facts.org_merges import initialism_owners
from partnergraph.extract.facts.org_registry import OrgRegistry
from partnergraph.extract.facts.people_places import after_a_post, byline_name
from partnergraph.extract.facts.place_checks import is_place
from partnergraph.extract.facts.post_names import portfolio, post_title_word

ORG_CONTEXT_BEFORE = {"from", "with", "by", "for", "and", ",", "between", "at", "to", "including"}


SUBJECT_VERBS = {"has", "have", "will", "is", "are", "was", "were", "'s", "’s", "can", "also"}


def add_single_word_names(ctx: Context, registry: OrgRegistry, blocked, with_model: bool) -> None:
    """Acronyms and one-word names count where a body stands: after "from"/"with"/"and", before "'s"."""
    stop = not_acronyms()
    candidates = list(ctx.spans("names", "ACRONYM"))
    if with_model:
        candidates += [e for e in ctx.entities if e.label_ == "ORG"]
    for span in sorted(candidates, key=lambda s: s.start):
        span = trim_span(span)
        if span is None or span.text.lower() in stop or is_generic(span.text):
            continue
        rng = (span.start_char, span.end_char)
        if registry.covered(*rng) or blocked.overlaps(*rng) or not all(
                t.text[:1].isupper() or t.lower_ in {"and", "of", "for", "the"} for t in span):
            continue
        regional = regional_form(ctx, span)
        known = registry.resolve_key(span.text) or initialism_of(registry, span.text)
        qualified = qualified_initialism(ctx, registry, span) if not known else None
        if regional:
            registry.add(ctx, ctx.text[slice(*regional)], *regional)
        elif qualified:
            registry.add(ctx, registry.orgs[qualified[2]].name, *qualified[:2], surface=ctx.text[slice(*qualified[:2])])
        elif known:
            registry.add(ctx, registry.orgs[known].name, *rng, surface=span.text)
        elif in_org_context(span) and not is_place(ctx, rng) and not not_a_body(ctx, span.text) and not counted(span) \
                and not portfolio(ctx.text, *rng[:1], span.text) and not post_title_word(ctx.text, rng[1]) \
                and not names_people(span.text.split()) and not after_a_post(ctx.text, rng[0]) \
                and not byline_name(ctx.text, *rng) and not a_kind(ctx, (*rng, span.text)) \
                and not capitals_heading_words(ctx, rng[0], span.text) and not not_a_body_name(span.text):
            start, end, name, _ = with_name_suffix(ctx.text, (*rng, span.text, span.text))
            registry.add(ctx, name, start, end)


REGION_AFTER = re.compile(r" [A-Z][a-z]+(?: [A-Z][a-z]+)?")


def regional_form(ctx: Context, span) -> tuple[int, int] | None:
    """"UHI Moray", "DWP Scotland": an initialism and a place is a body of its own, the branch there."""
    place = REGION_AFTER.match(ctx.text, span.end_char) if span.text.isupper() and len(span.text) >= 2 else None
    return (span.start_char, place.end()) if place and is_place(ctx, (place.start() + 1, place.end())) else None


def qualified_initialism(ctx: Context, registry: OrgRegistry, span) -> tuple[int, int, str] | None:
    """"Gresford LHB": a word and an initialism that together stand for one body of the report."""
    if span.start == 0 or not span.text.isupper():
        return None
    previous = span.doc[span.start - 1]
    owners = initialism_owners(registry).get(f"{previous.text} {span.text}", [])
    return (previous.idx, span.end_char, owners[0]) if len(owners) == 1 else None


def initialism_of(registry: OrgRegistry, text: str) -> str | None:
    if not (text.isupper() and len(text) >= 2):
        return None
    matches = [k for k, org in registry.orgs.items() if initials(org.name) == text]
    return matches[0] if len(matches) == 1 else None


def counted(span) -> bool:
    """"all UASC’s": what is counted is a group of people, not a body."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in {"all", "many", "some", "several", "few", "these",
                                                                  "those", "more", "fewer", "most"}


def in_org_context(span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in ORG_CONTEXT_BEFORE:
        return True
    return after is not None and after.lower_ in SUBJECT_VERBS and (before is None or before.is_sent_start
                                                                   or span[0].is_sent_start)
