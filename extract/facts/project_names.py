"""The parts of a project's name: a body's name, a happening or a stage before it ("Home Office for the
Vulnerable Persons Resettlement Scheme", "Round IV of the X Challenge") is no part of it, and "A Scheme and
the B Scheme" are two projects; and the words around a project word that make it no project's name ("the
Office of the X Programme", "Short Program of the Meeting"); and when such a name is a body's (one among bodies
listed after a cue)."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import Context, lexicon
from partnergraph.extract.facts.listed_names import gazetteer_categories
from partnergraph.extract.facts.model_names import gazetteer_places
from partnergraph.extract.facts.names import NUMBERED_STAGE, name_key, word_sets
from partnergraph.extract.resources import load_yaml

STAGE_OF = re.compile(NUMBERED_STAGE + r"\s+of\s+(?:the\s+)?")
# "Short Program of the Meeting", "Programme of the Day": a happening's agenda, no project
AGENDA_OF = re.compile(r"\s+of\s+(?:the|this|our)\s+(?:meeting|event|conference|day|visit|workshop|seminar|session)s?\b",
                       re.I)
NAMED_AFTER = re.compile(r",?\s+(?:called|named|entitled|known as)\s+['‘\"“]?[A-Z]")


def model_bodies(ctx: Context) -> frozenset:
    """Names the model calls a body or a person: "Kestrel Aid" before "for the X Project" is not the project's."""
    if "model_bodies" not in ctx.notes:
        ctx.notes["model_bodies"] = frozenset(re.sub(r"^[Tt]he ", "", e.text) for e in ctx.entities
                                              if e.label_ in ("ORG", "PERSON"))
    return ctx.notes["model_bodies"]


def without_owner(name: str, bodies: frozenset = frozenset()) -> str:
    """"Home Office for the Vulnerable Persons Resettlement Scheme", "Oxford City Council on the Sanctuary
    Hosting programme", "Interim Meeting of the CONNECTION project", "X Community Group - Y Project" -> the
    scheme, the programme, the project: a body's name (by its head word, a gazetteer, or `bodies`, the names
    the model tells apart) or a happening that runs into the project's is not part of it."""
    dashed = re.match(r"^(.+?)\s+[-–—]\s+(.+)$", name)  # "Leitrim Community Group - Intercultural Awareness Project"
    if dashed and dashed.group(1).split()[-1].lower() in word_sets()["org_heads"] and len(dashed.group(2).split()) >= 2:
        return dashed.group(2)
    match = re.match(r"^(.+?)\s+(for|of|on|in|with|at|to)\s+(the\s+)?(.+)$", name)
    if not match or match.group(2) in ("in", "at") and placed_head(match.group(4)):
        return name  # "the Migration Services in Wales project": where the project works is part of its name
    owner, last = match.group(1), match.group(1).split()[-1].lower()
    if match.group(2) == "for" and not match.group(3) and owner not in gazetteer_categories():
        return name  # "Supplemental Services for Recently Arrived Refugees Program": whom the services are for
    is_owner = last in word_sets()["org_heads"] or owner in gazetteer_categories() or last in happening_words() \
        or owner in bodies and match.group(3) \
        or last in lexicon()["report_words"]  # "Evaluation of the X Program", "Update on the Y Scheme": a paper on it
    return match.group(4) if is_owner and len(match.group(4).split()) >= 2 else name


def placed_head(rest: str) -> bool:
    """"Wales project": a known place and a lower-case head word."""
    *place, head = rest.split()
    return head.islower() and " ".join(place).lower() in gazetteer_places()


@lru_cache(maxsize=1)
def happening_words() -> frozenset[str]:
    return frozenset(w for w in load_yaml("patterns/events.yaml")["event_words"] if " " not in w)


def split_projects(name: str) -> list[tuple[int, str]]:
    """"the UK Resettlement Scheme and the Vulnerable Persons Resettlement Scheme" are two projects; in
    "SVP and the Justice and Peace Refugee Project" the acronym, and a name before "and the", is a body's."""
    heads = word_sets()["project_heads"]
    match = re.search(r" and (?:the )?", name)
    if not match or len(name[match.end():].split()) < 2:
        return [(0, name)]
    left, rest = name[:match.start()], [(match.end() + o, p) for o, p in split_projects(name[match.end():])]
    if left.split()[-1].lower() in heads:
        return [(0, left)] + rest
    if re.fullmatch(r"[A-Z]{2,}", left) or match.group().endswith("the "):
        return rest  # "SVP and the X Project", "Kestrel Aid and the X Project": a body, then the project
    return [(0, name)]


def mid_word(text: str, start: int) -> bool:
    """A name that starts inside a word ("V. Initiative" of "e.V. Initiative") is a tokenizer's cut."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] == "." and start > 1 and text[start - 2].isalpha())


def office_of(text: str, start: int) -> bool:
    """"the Office of the Refugee Protection Programme": a body named head first for the programme."""
    lead = re.search(r"\b(\w+)\s+(?:of|for)\s+(?:the\s+)?$", text[max(0, start - 40):start])
    return bool(lead) and lead.group(1)[:1].isupper() and lead.group(1).lower() in lexicon()["head_first_orgs"]


def bodies_listed(items: list[tuple]) -> list[tuple]:
    """A name with a project's head word among two or more bodies listed after a cue, after one of them ("the
    consortium includes HIAS, the International Refugee Assistance Project (IRAP) and ..."), is a body so
    named; first in the list ("part of the X Campaign, a partnership among A, B and C") or beside fewer
    bodies, it is the project the bodies work on."""
    heads = word_sets()["project_heads"]
    named_like_project = [item[2].split()[-1].lower() in heads for item in items]
    bodies = [item for item, projectish in zip(items, named_like_project) if not projectish]
    if len(bodies) < 2:
        return bodies
    return [item for index, item in enumerate(items)
            if not named_like_project[index] or not all(named_like_project[:index + 1])]


def project_key(name: str) -> str:
    heads = word_sets()["project_heads"]
    words = name_key(name).split()
    while len(words) > 1 and words[-1] in heads:
        words.pop()
    return " ".join(words)
