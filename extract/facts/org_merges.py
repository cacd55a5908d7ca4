"""One body under several names in a report: short forms, initialisms and bracketed acronyms become aliases
of the full name."""
from __future__ import annotations

import re

from partnergraph.extract.facts.body_names import indefinite_kind
from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.names import DANGLING_WORDS, is_generic, name_key, not_acronyms, overlaps, word_sets
from partnergraph.extract.facts.org_registry import OrgRegistry

LINKS = {"and", "of", "for", "the", "&", "on", "in"}


def merge_into(registry, short: str, long: str) -> None:
    """Moves the body keyed `short` into the one keyed `long`: names, evidence and mentions."""
    org = registry.orgs.pop(short)
    target = registry.orgs[long]
    target.aliases.extend(a for a in [org.name] + org.aliases if a not in target.aliases and a != target.name)
    target.evidence.extend(org.evidence)
    registry.set_mentions([(s, e, long if k == short else k) for s, e, k in registry.mentions])


def merge_short_forms(registry) -> None:
    """"Equality and Diversity Partnership" is the short form of "West Cumbria Equality and Diversity
    Partnership"; "Department of Justice" (split off "Department of Justice & Equality") of "Department of
    Justice and Equality"; "Doras" of "Doras Luimní", "St. Andrew’s Pentecost" of "St. Andrew’s Pentecost
    Episcopal Church"."""
    keys = sorted(registry.orgs, key=len, reverse=True)
    for short in keys:
        one_word = " " not in short  # "Doras" of "Doras Luimní": a name's start, the rest no head word
        longer = [k for k in keys if len(k) > len(short) and k in registry.orgs
                  and (completed_by(k, short + " ") or not one_word and ends_with_name(k, short))]
        if short in registry.orgs and len(longer) == 1:
            if run_together(longer[0], short):
                merge_into(registry, longer[0], short)
            else:
                merge_into(registry, short, longer[0])


def run_together(name: str, short: str) -> bool:
    """"Refugee and Migrant Services Immigration New Zealand" (a post's unit before its body, no comma
    between) is the body named short, not a longer name of it: what goes before ends in a head word."""
    before = name[:-len(short)].split()
    return bool(before) and before[-1].lower() in word_sets()["org_heads"]


def ends_with_name(name: str, short: str) -> bool:
    """"West Cumbria Equality and Diversity Partnership" ends with the short form; "Housing Directorate of
    Wicklow County Council" ends with its owner's name, which is another body."""
    return name.endswith(" " + short) and name[:-len(short)].split()[-1] not in {"of", "for", "at", "in", "to"}


def merge_same_names(registry) -> None:
    """Bodies that came to the same name by different ways (a long form defined with its acronym, and the
    same name found whole elsewhere) are one body."""
    first: dict[str, str] = {}
    for key in list(registry.orgs):
        # "European Committee of Regions" and "... of the Regions": an inner "the" is no difference either
        same = first.setdefault(name_key(registry.orgs[key].name).replace(" the ", " "), key)
        if same != key:
            merge_into(registry, key, same)


def completed_by(name: str, start: str) -> bool:
    """`name` is `start` and one or two more words that name no other body ("... and Equality", not "... and
    the Northgate Education Board")."""
    rest = name[len(start):].split() if name.startswith(start) else []
    return 0 < len(rest) <= 2 and not word_sets()["org_heads"] & set(rest)


def name_initials(name: str) -> str:
    """"Lisburn and Castlereagh City Council" -> "LCCC"; "Immigration, Refugees and Citizenship Canada" -> "IRCC"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in LINKS and w[0].isupper())


def initialism_forms(name: str) -> set[str]:
    """The forms an initialism of `name` takes: all of it, its last words ("LHB"), or those with the first
    words kept ("Cardiff LHB")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in LINKS]
    forms = {name_initials(name)}
    for keep in range(1, len(words) - 1):
        forms.add(" ".join(words[:keep]) + " " + name_initials(" ".join(words[keep:])))
        forms.add(name_initials(" ".join(words[keep:])))
    return {f for f in forms if len(f.replace(" ", "")) >= 2}


def initialism_owners(registry) -> dict[str, list[str]]:
    """{initialism form: keys of the bodies that have it}."""
    forms: dict[str, list[str]] = {}
    for key, org in registry.orgs.items():
        if len(org.name.split()) >= 2:
            for form in initialism_forms(org.name):
                forms.setdefault(form, []).append(key)
    return forms


def merge_initialisms(registry) -> None:
    """An initialism used without its definition ("LCCC", "Cardiff LHB", "RBC") is the body whose
    initials it is, when exactly one body of the report has them."""
    forms = initialism_owners(registry)
    for key in list(registry.orgs):
        name = registry.orgs[key].name if key in registry.orgs else ""
        if not re.fullmatch(r"(?:[A-Z][\w'’-]* )*[A-Z]{2,}", name):
            continue
        owners = [k for k in forms.get(name, []) if k != key and k in registry.orgs]
        if len(owners) == 1:
            merge_into(registry, key, owners[0])


def merge_leading_words(registry) -> None:
    """A name in capitals that opens exactly one longer body's name is that body named short: "SHARE" of
    "SHARE Family and Community Services"."""
    for key in list(registry.orgs):
        name = registry.orgs[key].name if key in registry.orgs else ""
        if not re.fullmatch(r"[A-Z]{3,}", name):
            continue
        longer = [k for k, org in registry.orgs.items() if k != key and org.name.startswith(name + " ")]
        if len(longer) == 1:
            merge_into(registry, key, longer[0])


def merge_referring_forms(registry) -> None:
    """Forms that refer to a body named in full: a government by its kind, a regional initialism."""
    merge_government_kind(registry)
    merge_regional_initialisms(registry)


def merge_regional_initialisms(registry) -> None:
    """"TSI Edinburgh" after "Third Sector Interface (TSI) Edinburgh": the initialism and the place of a body
    named in full."""
    for key in list(registry.orgs):
        words = registry.orgs[key].name.split() if key in registry.orgs else []
        if len(words) != 2 or not words[0].isupper():
            continue
        owners = [k for k, org in registry.orgs.items() if k != key and words[0] in org.aliases
                  and org.name.endswith(" " + words[1])]
        if len(owners) == 1:
            merge_into(registry, key, owners[0])


def merge_government_kind(registry) -> None:
    """"the Government" after "the UK Government" or "the Government of Canada" is that one government."""
    if "government" not in registry.orgs:
        return
    named = [k for k, org in registry.orgs.items() if k != "government"
             and re.search(r"^Government of |\bGovernment$", org.name)]
    if len(named) == 1:
        merge_into(registry, "government", named[0])


BRACKETED = re.compile(r"\s*\(\s*(?:the\s+)?([^()]{2,60}?)\s*\)")


def merge_bracketed_short_names(text: str, registry) -> None:
    """"Department of Home Affairs (Home Affairs)": a part of a body's name given in brackets right after
    it is the short name the report then uses."""
    at = {start: key for start, _end, key in registry.mentions}
    for _start, end, key in list(registry.mentions):
        bracket = BRACKETED.match(text, end)
        short = at.get(bracket.start(1)) if bracket else None
        if short is None or short == key or short not in registry.orgs or key not in registry.orgs:
            continue
        name, part = registry.orgs[key].name, registry.orgs[short].name
        if part != name and re.search(rf"(?:^|\s){re.escape(part)}$", name):
            merge_into(registry, short, key)


def add_acronym_definitions(ctx: Context, registry: OrgRegistry) -> None:
    """"Full Name (FN)": the short form is the body's alias; a long form naming a test, system or document
    ("International English Language Testing System (IELTS)") is no body."""
    heads, not_body = word_sets()["org_heads"], word_sets()["not_body_heads"]
    for short, (long_form, start, _) in (ctx.doc._.acronyms or {}).items():
        end = start + len(long_form)
        pieces = registry.in_range(start - 1, end + 1)
        inside = pieces or [m for m in registry.mentions if overlaps(m[:2], (start, end))]
        if inside:
            key = inside[-1][2]
            for piece in {k for _, _, k in pieces} - {key}:  # "Centre on Migration" and "Policy and Society"
                if piece in registry.orgs:
                    merge_into(registry, piece, key)
            org = registry.orgs[key]
            if len(long_form) > len(org.name) and (name_key(org.name) in name_key(long_form) or org.name == short):
                org.aliases.append(org.name)
                org.name = long_form
            if short not in org.aliases:
                org.aliases.append(short)
            if name_key(short) in registry.orgs and name_key(short) != key:  # the bracketed form found on its own
                merge_into(registry, name_key(short), key)
        elif (any(w.lower() in heads for w in long_form.split()) or proper_name(long_form)) and not is_generic(long_form) \
                and long_form.split()[-1].lower() not in not_body and short.lower() not in not_acronyms() \
                and not indefinite_kind(ctx.text, start, end):
            registry.add(ctx, long_form, start, end)
            registry.orgs[name_key(long_form)].aliases.append(short)


def proper_name(text: str) -> bool:
    """Every word capitalised but the links: "Immigration, Refugees and Citizenship Canada"."""
    words = re.findall(r"[\w'’-]+", text)
    return len(words) >= 2 and all(w[0].isupper() or w in {"and", "of", "for", "the", "on"} for w in words) and \
        words[-1].lower() not in word_sets()["project_heads"]


def split_joined_names(ctx: Context, registry) -> None:
    """"Kestrel Assist and Harbour Settlement Services" where the text names "Kestrel Assist" on its own too,
    or "First United Church and Jewish Family Services" where each side ends in a body's head word: two
    bodies listed, not one name with "and" inside it."""
    for key, org in list(registry.orgs.items()):
        left, joint, right = org.name.partition(" and ")
        if not joint or not (len(right.split()) >= 2 or right.isupper()) or len(left.split()) < 2 \
                or not (named_alone(ctx.text, left, org.name) or both_headed(left, right)):
            continue
        mentions = [(start, end) for start, end, k in registry.mentions if k == key]
        registry.drop(key)
        for start, end in mentions:
            cut = ctx.text.find(" and ", start, end)
            for part_start, part_end in ((start, cut), (cut + 5, end)) if cut > start else ():
                if ctx.text[part_start:part_end].split()[-1] not in DANGLING_WORDS:  # "the City of and X": a name lost
                    registry.add(ctx, ctx.text[part_start:part_end], part_start, part_end)


def named_alone(text: str, name: str, joined: str) -> bool:
    """The text names `name` on its own, neither inside `joined` nor joined to anything else by "and" or a
    comma ("Kestrel Assist provided an update"; not "Minister of Immigration, Refugees and Citizenship")."""
    return "," not in name and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?!\s*(?:,|&|and\b))", text) is not None


def both_headed(left: str, right: str) -> bool:
    """Each side a whole name ending in a body's head word ("Law Centre", "Family Services"); "of" on the left
    makes the right its subject ("Department of Health and Human Services")."""
    heads = word_sets()["org_heads"] | word_sets()["acting_venue_heads"]
    return left.split()[-1].lower() in heads and right.split()[-1].lower() in heads and " of " not in left \
        and "," not in left and right.split()[0][:1].isupper() and not is_generic(right)
