"""Lists of bodies, one per line, under a lead-in that says what they are: "The project partners are:",
"This year we made grants to the following groups:", "Our funders:". Each line names one body, taken
whole (lower-case words too: "Fundación Cepaim", "Centro Astalli"), without what follows it: a country in
brackets, ", Rome", " – £5,000", " - leading partner". The lead-in says how the bodies relate: partners
and members are an unnamed group (everyone works with everyone), funders fund the author, grantees
are funded by it."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from partnergraph.extract.document import Block
from partnergraph.extract.facts.context import Context, lexicon, phrase_regex
from partnergraph.extract.facts.country_tables import country_table_rows
from partnergraph.extract.facts.model_names import names_people, written_lower
from partnergraph.extract.facts.names import is_generic, name_key, word_sets
from partnergraph.extract.facts.partner_lists import listed_candidates, town_bracket_candidates
from partnergraph.extract.facts.place_lists import countries

ITEM_WORDS = 12  # a longer line is running text, not a list item
BULLET = re.compile(r"^\s*(?:[-–—•*·▪◦]|\d{1,2}[.)])\s*")
ITEM_TAIL = re.compile(r"\s+[–—-]+\s.*$|\s*\(.*$|\s*[:;].*$|,\s.*$|\s+(?:£|\$|€|EUR|USD)\s?\d.*$", re.S)
# ", Tolmezzo, Italy" ending a line: the body's town and country, so the words before name a body
PLACE_TAIL = re.compile(r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}){1,2}\s*$")
ITEM_NAME = re.compile(r"[A-ZÀ-Ý][\w'’&.-]*(?:\s+[\w'’&.-]+){0,9}")
CONNECTORS = {"of", "for", "and", "the", "&", "on", "in", "at", "de", "du", "des", "di", "del", "della", "la", "le",
              "van", "von", "für", "und", "y", "e", "i"}
FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)


@dataclass
class BodyList:
    relation: str  # "group", "funders" (they fund the author) or "funded" (the author funds them)
    first_person: bool
    items: list[tuple[int, int, str]]  # (start, end, name)
    lead_in: Block
    table: bool = False  # a partner table with a country column, its header as the lead-in


@lru_cache(maxsize=1)
def lead_in_pattern() -> re.Pattern:
    """A lead-in's last words name bodies, then a colon ("the following groups:", "partners were:")."""
    lex = lexicon()
    nouns, after = phrase_regex(lex["body_list_labels"]).pattern, phrase_regex(lex["body_list_label_tails"]).pattern
    return re.compile(r"(?:" + nouns + r")(?:\s+(?:" + after + r"|\d{4})){0,4}\s*[:;]\s*$", re.I)  # ";" for ":" too


@lru_cache(maxsize=1)
def list_heading_pattern() -> re.Pattern:
    return re.compile(r"(?:the\s+)?(?:" + phrase_regex(lexicon()["body_list_headings"]).pattern + r")", re.I)


# "... $2.1 million to 14 organizations for settlement projects across the province including:": a lead-in
# whose last sentence names bodies and ends by introducing examples
EXAMPLES_END = re.compile(r"\b(?:including|include|includes|included|such as|as follows|the following)\s*:\s*$", re.I)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def referring_lead_in_pattern() -> re.Pattern:
    """A lead-in whose last sentence opens on the bodies it lists, told before ("These councils and communities
    are the first to be accredited as ...:", "The following organisations have signed the charter:")."""
    nouns = phrase_regex(lexicon()["body_list_labels"]).pattern
    return re.compile(r"(?:^|(?<=[.!?])\s+)(?:These|Those|The following|All (?:these|of these|the))\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b[^.!?]*:\s*$")


def relation_of(lead_in: str) -> str | None:
    """How the listed bodies relate to the author or each other, from the lead-in's wording; "listed" when
    it only says they are bodies."""
    found = lead_in_pattern().search(lead_in) or list_heading_pattern().fullmatch(lead_in) \
        or referring_lead_in_pattern().search(lead_in)
    if not found:
        return examples_relation(lead_in)
    words = lexicon()["body_list_relations"]
    for relation in ("funders", "funded"):
        if any(re.search(r"\b" + re.escape(w) + r"\b", lead_in, re.I) for w in words[relation]):
            return relation
    return "group"


def examples_relation(lead_in: str) -> str | None:
    """"funded" or "listed" for a lead-in whose last sentence names bodies and ends "including:"; else None."""
    if not EXAMPLES_END.search(lead_in):
        return None
    last = SENTENCE_BREAK.split(lead_in)[-1]
    if not phrase_regex(lexicon()["body_list_labels"]).search(last):
        return None
    funded = any(re.search(r"\b" + re.escape(w) + r"\b", last, re.I) for w in lexicon()["body_list_relations"]["funded"])
    return "funded" if funded else "listed"


def body_lists(ctx: Context) -> list[BodyList]:
    """Every list of bodies in the text (worked out once per document)."""
    found = ctx.notes.get("body_lists")
    if found is None:
        found = ctx.notes["body_lists"] = list(find_body_lists(ctx))
    return found


def find_body_lists(ctx: Context):
    blocks = ctx.document.blocks
    for index, lead_in in enumerate(blocks):
        relation = relation_of(lead_in.text.strip()) if lead_in.kind != "list_item" else None
        if relation is None:
            continue
        items = []
        for block in blocks[index + 1:]:
            if not is_item(block):
                break
            items.append(item_name(ctx, block))
        if not items and index + 1 < len(blocks) and list_heading_pattern().fullmatch(lead_in.text.strip()):
            items = comma_listed(blocks[index + 1])
        if not items and index + 1 < len(blocks):  # "A (Hamilton) B (Timaru) C (Nelson)" run on in one line
            following = blocks[index + 1]
            items = [c[:3] for c in town_bracket_candidates(ctx) if following.start <= c[0] < following.end]
        named = [item for item in items if item is not None]
        if len(named) >= 2 and len(named) * 3 >= len(items) * 2:  # mostly names: a list of bodies
            yield BodyList(relation, bool(FIRST_PERSON.search(lead_in.text)), named, lead_in)
    yield from placed_lines(ctx)
    yield from country_bracket_runs(ctx)
    for header, rows in country_table_rows(ctx):
        yield BodyList("group", False, rows, header, table=True)


PLACED_LINES = 3
# "Burgenlandkreis (Germany), Leadpartner; Občina Postojna (Slovenia); IfL (Germany; Advisory Partner)"
COUNTRY_ITEM = re.compile(r"\s*(?P<name>[A-ZÀ-Ý][^();\n]{1,80}?)\s*\((?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                          r"(?:[;,][^()]*)?\)(?:\s*[,–-]\s*[\w -]{1,30})?\s*")


def split_outside_brackets(text: str) -> list[str]:
    """Parts between semicolons that stand outside brackets ("IfL (Germany; Advisory Partner)" is one)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth = depth + 1 if char == "(" else max(0, depth - 1) if char == ")" else depth
        if char == ";" and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    return parts + [text[start:]]


def country_bracket_runs(ctx: Context):
    """A paragraph that is nothing but bodies, each with its country in brackets, split by semicolons: a
    project page's partners whose label the page lost; an unnamed group."""
    for block in ctx.document.blocks:
        if block.kind == "table" or block.text.count(";") < PLACED_LINES - 1:
            continue
        parts, offset, items = split_outside_brackets(block.text), block.start, []
        for part in parts:
            item = COUNTRY_ITEM.fullmatch(part)
            if item and item.group("country") in countries():
                items.append((offset + item.start("name"), offset + item.end("name"), item.group("name")))
            offset += len(part) + 1
        if len(items) >= PLACED_LINES and len(items) * 3 >= len(parts) * 2:
            yield BodyList("group", False, items, block)


def placed_lines(ctx: Context):
    """Lines that each name a body and where it is ("Caritas International, Belgium", "Passage, Hamburg,
    Germany"), three or more running with no lead-in that says what they are: a project page's partners
    whose label the page lost; an unnamed group."""
    blocks, run = ctx.document.blocks, []
    for index, block in enumerate(blocks + [None]):
        placed = block is not None and block.kind != "list_item" and is_item(block) \
            and PLACE_TAIL.search(block.text.strip()) is not None
        item = item_name(ctx, block) if placed else None
        if item is not None:
            run.append(item)
            continue
        first = index - len(run)
        if len(run) >= PLACED_LINES and first > 0 and relation_of(blocks[first - 1].text.strip()) is None:
            yield BodyList("group", False, run, blocks[first - 1])
        run = []


def is_item(block) -> bool:
    """A list item, or a short line that is no sentence (lists typed without bullets): its words up to a
    dash or bracket are a name's ("Welcome Churches – £2,000", not "Due to the diversity of")."""
    text = block.text.strip()
    if block.kind == "list_item":
        return True
    words = ITEM_TAIL.sub("", text).split()
    return block.kind in ("heading", "paragraph") and 0 < len(text.split()) <= ITEM_WORDS \
        and not text.endswith((".", ":", "?", "!")) \
        and (all(w[0].isupper() or w in CONNECTORS for w in words) or bool(words) and words[0][0].isupper()
             and bool(PLACE_TAIL.search(text)))  # "Obrtničko učilište, Zagreb, Croatia": a body where it is


def item_name(ctx: Context, block) -> tuple[int, int, str] | None:
    """The body a line names, from its start: the whole line up to a dash, bracket, comma or amount. A
    name ends in a capitalised word ("Football in the park" is no body)."""
    text = block.text
    bullet = BULLET.match(text)
    offset = bullet.end() if bullet else 0
    rest = ITEM_TAIL.sub("", text[offset:]).strip().rstrip(".")
    name = ITEM_NAME.fullmatch(rest)
    lower_end = rest.split()[-1].islower() if rest.split() else True
    if name is None or len(rest) < 3 or is_generic(rest) or re.search(r"\d", rest) \
            or lower_end and not PLACE_TAIL.search(text) \
            or names_people(rest.split()) or written_lower(ctx, rest) or honoured(rest):
        return None
    start = block.start + text.index(rest, offset)
    return start, start + len(rest), rest


def comma_listed(block) -> list[tuple[int, int, str] | None]:
    """"Eurocities Asbl, Stadt Wien, Grad Zagreb and Nantes Metropole.": a paragraph that is only names set
    apart by commas, under a "Partnership" heading; nothing when any part is no name."""
    parts = list(re.finditer(r"[^,;]+", block.text.rstrip(". \n")))
    names = []
    for part in parts:
        for piece in re.split(r"\s+and\s+(?=[A-Z])", part.group()) if part is parts[-1] else [part.group()]:
            rest = ITEM_TAIL.sub("", piece.strip())
            words = rest.split()
            if not 0 < len(words) <= 14 or not words[0][0].isupper() or not words[-1][0].isupper() \
                    or re.search(r"\d|[.!?]\s", rest):
                return []  # a number, or a sentence's end: running text, not a list of names
            start = block.start + block.text.index(rest, part.start())
            names.append((start, start + len(rest), rest))
    return names if len(names) >= 3 else []


def honoured(name: str) -> bool:
    """"Cllr Jane Brown": a person. (The model's PERSON is no guide here: under a lead-in naming bodies it
    calls "Fundación Cepaim" and "Stadt Graz" people; a roster's "Jane Brown, Oxfam" is taken as a person
    before the bodies are.)"""
    return name.split()[0].lower().rstrip(".") in word_sets()["honorifics"]


def list_item_candidates(ctx: Context) -> list[tuple[int, int, str, str]]:
    """(start, end, name, surface) of every listed body, for the organisations' candidates."""
    return [(start, end, name, name) for found in body_lists(ctx) for start, end, name in found.items]


def drop_listed_projects(ctx: Context, projects: dict, mentions: list) -> None:
    """A name with a project's head word that is a whole line of a list of bodies ("• Donegal Travellers
    Project" among a group's members), or an item among bodies listed after a cue, is a body so named."""
    lines = {(start, end) for found in body_lists(ctx) if found.relation == "group" for start, end, _ in found.items}
    heads = word_sets()["project_heads"]
    lines |= {(start, end) for start, end, name, _ in listed_candidates(ctx) if name.split()[-1].lower() in heads}
    listed = {key for start, end, key in mentions if (start, end) in lines}
    for key in listed:
        projects.pop(key, None)
    mentions[:] = [mention for mention in mentions if mention[2] not in listed]


def list_pairs(ctx: Context, registry, author: str | None, projects: dict) -> list[tuple[str, str, int, int]]:
    """(a, b, a's line, b's line: the evidence) for the bodies each list relates, unless one project
    already has every listed body as a participant (the pairs are the project's then)."""
    pairs = []
    for found in body_lists(ctx):
        keys = [registry.resolve_key(name) for _, _, name in found.items]
        names = list(dict.fromkeys(registry.orgs[k].name for k in keys if k))
        funding = author and found.relation in ("funders", "funded")
        if len(names) < 2 or in_one_project(names + ([author] if funding else []), projects):
            continue  # (a project the funded bodies share is not one with their funder)
        line_of = {registry.orgs[k].name: start for k, (start, _, _) in zip(keys, found.items) if k}
        if found.relation == "group":
            group = ([author] if author and found.first_person else []) + lead_in_subjects(ctx, registry, found) + names
            pairs += [(a, b, line_of.get(a, line_of[b]), line_of[b]) for a, b in itertools.combinations(dict.fromkeys(group), 2)]
        elif author and found.relation != "listed":
            pairs += [(author, name, line_of[name], line_of[name]) for name in names if name_key(name) != name_key(author)]
    return pairs


def lead_in_subjects(ctx: Context, registry, found: BodyList) -> list[str]:
    """"Council has been working with a group which includes representatives from:": the body that works
    with the listed ones, named before a collaboration cue in the lead-in's last sentence."""
    lead_in = found.lead_in
    sentence = ctx.sentence_at(max(lead_in.start, lead_in.end - 1))
    start = max(lead_in.start, sentence.start_char) if sentence is not None else lead_in.start
    cue = phrase_regex(lexicon()["collaboration_cues"]).search(ctx.text, start, lead_in.end)
    before = registry.in_range(start, cue.start()) if cue else []
    return [registry.orgs[before[-1][2]].name] if before else []


def in_one_project(names: list[str], projects: dict) -> bool:
    wanted = set(names)
    return any(wanted <= {p.organisation for p in project.participants} for project in projects.values())


def listed_line(text: str) -> bool:
    """One sentence of names and commas ("Eurocities Asbl, Migrationwork Europe Sccl, ..."), however long."""
    return text.count(",") >= 3 and not re.search(r"[.!?]\s+[A-Z]", text)
