"""Groups of partners named together: "in partnership with Oasis and EYST", "in conjunction with project
partners A, B and C", "Partners: A (Belgium) - leading partner, B (Finland), C", "partners involved
include A, B and C". Everyone in such a group works with everyone else in it, and with the body the
sentence is about (the one named before the cue, or the author when the sentence says "we"); members of a
group and bodies that merged ("from the merger of A and B") work with each other only."""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from partnergraph.extract.facts.context import Context, lexicon, phrase_regex
from partnergraph.extract.facts.names import is_generic, kind_after, no_persons_name, not_acronyms, owner_length, word_sets
from partnergraph.extract.facts.place_lists import bracketed_towns, countries
from partnergraph.extract.facts.project_names import bodies_listed


@lru_cache(maxsize=1)
def group_cues() -> re.Pattern:
    return phrase_regex(lexicon()["partner_group_cues"])


@lru_cache(maxsize=1)
def between_cue() -> re.Pattern:
    """"cooperation begins between", "an agreement was signed between": a relation noun, up to two words
    and a verb of its start, then "between"."""
    nouns, verbs = (sorted(lexicon()[k], key=len, reverse=True) for k in ("between_cue_nouns", "between_cue_verbs"))
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{'|'.join(map(re.escape, verbs))})\s+between\b", re.I)


@lru_cache(maxsize=1)
def membership_cues() -> re.Pattern:
    """"The steering group includes representatives from A, B and C": members of one group work with each
    other, not with the group (which is no partner of its members)."""
    return phrase_regex(lexicon()["role_cues"]["member"]["after"])


# "Members of the steering group include A, B and C": the group between "members of" and its verb
MEMBERS_OF = re.compile(r"\b(?i:members|membership) of (?:the |this |our )?(?:[\w’'-]+ ){0,6}?"
                        r"(?:include|includes|included|are|were|comprise|comprises|comprised)\b")


def group_pairs(ctx: Context, sentence, registry, subject_of) -> list[tuple[str, str]]:
    """Pairs among a group of partners a cue introduces in this sentence. `subject_of(cue_start, before)`
    names the body the sentence is about, or None."""
    cue = called_partners_next(ctx, sentence) or group_cues().search(sentence.text) \
        or between_cue().search(sentence.text)
    if not cue:
        cue = membership_cues().search(sentence.text) or MEMBERS_OF.search(sentence.text) \
            or phrase_regex(lexicon()["merged_group_cues"]).search(sentence.text) \
            or group_named_before(ctx, sentence, registry) or names_only_line(ctx, sentence, registry)
        subject_of = lambda cue, before: None  # noqa: E731
    if not cue or receives_money(ctx, sentence):
        return []  # "the partner agencies, who will receive $36 million, include A ($4.3m), B ...": grantees
    cue_start, cue_end = sentence.start_char + cue.start(), sentence.start_char + cue.end()
    after = until_the_list_ends(ctx, registry.in_range(cue_end, sentence.end_char))
    members = list(dict.fromkeys(k for _, _, k in after))  # the group runs to its list's end
    if not members:
        return []
    before = registry.in_range(sentence.start_char, cue_start)
    subject = subject_of(cue, before)
    names = list(dict.fromkeys(([subject] if subject else []) + [registry.orgs[k].name for k in members]))
    return list(itertools.combinations(names, 2)) if len(names) >= 2 else []


# "Together with these partners, we have drawn up an action plan": the sentence before listed them
PARTNERS_BACK = re.compile(r"\s*(?i:(?:together|along|jointly)\s+with\s+|with\s+|all\s+(?:of\s+)?)?(?i:these|those|the above)"
                           r"\s+(?:[\w-]+\s+)?(?i:partners|organisations|organizations|bodies|agencies|stakeholders)\b")
PARTNERS_BACK_INSIDE = re.compile(r"[.!?]\s" + PARTNERS_BACK.pattern)  # after a stop the splitter missed
LIST_WITH = re.compile(r"\bwith\b")


def called_partners_next(ctx: Context, sentence) -> re.Match | None:
    """"We have been discussing action points with A, B, C and D. Together with these partners, we have
    drawn up a plan": bodies listed after "with" that the next sentence calls partners are a group."""
    inside = PARTNERS_BACK_INSIDE.search(sentence.text)
    following = len(ctx.text) - len(ctx.text[sentence.end_char:].lstrip())
    if inside is None and (following >= len(ctx.text) or not PARTNERS_BACK.match(ctx.sentence_at(following).text)):
        return None
    return LIST_WITH.search(sentence.text, 0, inside.start() if inside else len(sentence.text))


GROUP_BACK = re.compile(r"\s*(?:These|They|Those)\s+(?:include|includes|included|are|were|comprise|comprised)\b")
GROUP_NOUN = re.compile(r"\b(?:partners|co-funders|funders|partner (?:organisations|organizations|agencies)|members|"
                        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|following)\s+(?:[\w-]+\s+)?"
                        r"(?:organisations|organizations|groups|agencies|charities|bodies))\b[^.!?]*[.!?]?\s*$", re.I)


def group_named_before(ctx: Context, sentence, registry) -> re.Match | None:
    """"There were many partners and co-funders. These include A, B and C": a sentence that names a group of
    partners and none of them, and the next that lists them as "These include"."""
    opening = GROUP_BACK.match(sentence.text)
    if opening is None or sentence.start_char == 0:
        return None
    before = ctx.sentence_at(sentence.start_char - 1)
    named = GROUP_NOUN.search(before.text)
    if named is None or registry.in_range(before.start_char + named.start(), before.end_char):
        return None
    return opening


# between two listed bodies: the rest of a name the registry cut short ("Local Council" + " of Santiago de
# Compostela"), then commas or "and"
LIST_JOINS = re.compile(r"(?:\s+(?:of|for|de|do|da|del|the|[A-ZÀ-Ý][\w'’.-]*))*[\s,;&.]*(?:\band\b[\s,;&.]*)?")
BARE_LIST_SIZE = 3  # "A, B and C" on a line of their own; two may be one name ("X and Y")


def names_only_line(ctx: Context, sentence, registry) -> re.Match | None:
    """A line that is nothing but bodies in a list ("A, B, C and D", a project page's partners with their
    label lost): they are named together as partners."""
    block = ctx.block_at(sentence.start_char)
    if block is None or block.text.strip() != sentence.text.strip():
        return None
    bodies = registry.in_range(sentence.start_char, sentence.end_char)
    if len({key for _, _, key in bodies}) < BARE_LIST_SIZE:
        return None
    edges = [sentence.start_char] + [edge for start, end, _ in bodies for edge in (start, end)] + [sentence.end_char]
    gaps = (ctx.text[edges[i]:edges[i + 1]] for i in range(0, len(edges), 2))
    return re.match("", sentence.text) if all(LIST_JOINS.fullmatch(gap) for gap in gaps) else None


GAP_WORD = re.compile(r"\([^()]*\)|\b([a-z][\w-]*)")  # a bracket is skipped whole: "A (Belgium) - lead partner"


EXAMPLES_NEXT = re.compile(r"\b(?:such as|including|like|namely)\s+(?:the\s+)?$")


def until_the_list_ends(ctx: Context, after: list) -> list:
    """The bodies of a group up to the first word between two of them that does not join a list ("joint
    work between A, B and C resulted in D agreeing to ..." lists A, B and C), unless examples of the group
    follow ("A, and corporate partners who will provide mentoring, such as B, C and D")."""
    joining = set(lexicon()["list_gap_words"])
    for index in range(1, len(after)):
        gap = ctx.text[after[index - 1][1]:after[index][0]]
        if any(word and word not in joining for word in (m.group(1) for m in GAP_WORD.finditer(gap))) \
                and not EXAMPLES_NEXT.search(gap):
            return after[:index]
    return after


RECEIVE = re.compile(r"\b(?:receive|receives|received|receiving|awarded|allocated|granted)\b", re.I)


def receives_money(ctx: Context, sentence) -> bool:
    """A sentence in which the bodies listed receive an amount: they are grantees, each the funder's partner,
    not a group working together."""
    return bool(RECEIVE.search(sentence.text)) and any(
        sentence.start_char <= s.start_char < sentence.end_char for s in ctx.spans("money"))


NOT_BODIES = {"PERSON", "GPE", "LOC", "NORP", "EVENT", "DATE", "WORK_OF_ART", "LAW"}  # the model's other kinds
SEGMENT = re.compile(r"\s*(?:,|;|\band\b)\s*")  # "&" joins the words of one name ("Wales & West Housing")
LOWER_LEAD = re.compile(r"^(?:[a-z][\w'’-]*\s+)+")  # "such as the", "include": words before a name
NAME = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+(?:(?:d['’])?[A-ZÀ-Ý][\w'’&.-]*|&|\d+|of|for|on|de|du|des|and|to(?= [A-Z])))*")
LOCATED_NAME = re.compile(NAME.pattern + r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")
RUNS_ON = re.compile(r"\s+[a-z]+\s+[A-Z]")  # "the Chair for Refugee Integration through Languages"
PLACE_LEAD = re.compile(r"\b(?:in|across|around|throughout)\s+$")
PRONOUN = re.compile(r"(?:I|We|You|They|He|She|It)(?:['’](?:ve|d|m|ll|re|s))?")  # "that I’ve known"
# characters a list may run on after its cue; a labelled line ("Partner: A, B, ...") of a dozen partners
# runs past 400, a cue in running text that never reaches a full stop ends sooner
LIST_REACH, LABELLED_LIST_REACH = 400, 1500
LIST_END = re.compile(r"(?<!\b[A-Z])(?<!\bSt|\bMt|\bFt|\bDr)\.\s|\n|$")  # not "E.K. X", "St. Andrew’s"
COUNTED_GROUP = re.compile(r"\s*(?:representatives\s+(?:of|from)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s[^:.;\n]{0,80}:")
THE_LEAD = re.compile(r"[Tt]he\s+(?=[A-Z])")
COLON_AFTER = re.compile(r"(?:\s+(?:are|were|include|includes|included))?[ \t]*:\s*")
WHOLE_ITEM = re.compile(r"[A-ZÀ-Ý][\w'’&.-]*(?:\s+[\w'’&.–-]+){0,11}")  # "Kulturno društvo Gmajna"


@lru_cache(maxsize=1)
def list_cues() -> re.Pattern:
    lex = lexicon()
    return phrase_regex(lex["partner_group_cues"] + lex["collaboration_cues"] + lex["role_cues"]["member"]["after"]
                        + lex["body_kind_lists"])


def quoted(text: str, start: int, position: int) -> bool:
    """Inside a title in quotation marks ("the 'Rights, Equality and Citizenship Programme'"): an odd
    number of opening quotes between the cue and the item."""
    between = text[start:position]
    return between.count("‘") + between.count("“") > between.count("’") + between.count("”") or \
        len(re.findall(r"(?<!\w)'|\"", between)) % 2 == 1


def listed_candidates(ctx: Context) -> list[tuple[int, int, str, str]]:
    """Capitalised names listed after a partnership cue, up to the sentence's end, are bodies, one-word
    ones too ("in partnership with Oasis and EYST"): (start, end, name, surface) for each."""
    if "listed_candidates" in ctx.notes:
        return ctx.notes["listed_candidates"]
    found = []
    for cue in list_cues().finditer(ctx.text):
        sentence = ctx.sentence_at(cue.start())
        if sentence is not None and quoted(ctx.text, sentence.start_char, cue.start()):
            continue  # "a ‘Charity Partnership of the Year Award’": the cue is in a title's words
        colon = COLON_AFTER.match(ctx.text, cue.end())  # "The project partners are: A, Greece; B, Italy; ..."
        labelled = cue.group().endswith(":") or bool(colon)
        cue_end = colon.end() if colon else cue.end()
        reach = LABELLED_LIST_REACH if labelled else LIST_REACH
        end = LIST_END.search(ctx.text[cue_end:cue_end + reach]).start() + cue_end
        counted = COUNTED_GROUP.match(ctx.text, cue_end, end)  # "gathers together 7 organisations from ...: A, B"
        position, in_places, ran_on = counted.end() if counted else cue_end, False, False
        listed = ctx.text[position:end]
        separators, items = SEGMENT.findall(listed), []
        for index, part in enumerate(SEGMENT.split(listed)):
            part = part.strip().lstrip("(").strip()  # "participating organisations (A – Greece, B – Belgium)"
            if index >= 2 and "and" in separators[index - 2] and "," in separators[index - 1] \
                    and re.fullmatch(r"\S+(?:\s+[a-z].*)?", part):
                break  # "with A, B and C, Simon has settled ...": one word after a list closed at its "and"
            offset = ctx.text.find(part, position)
            position = offset + len(part)
            lead = LOWER_LEAD.match(part) or (THE_LEAD.match(part) if labelled else None)  # "Funded by: The X Trust"
            item = part[lead.end() if lead else 0:]
            name = located_name(item) or NAME.match(item)
            whole = WHOLE_ITEM.fullmatch(item) if labelled else None
            name = whole or name  # a labelled list's item is a whole name, lower-case words too
            in_places = in_places or bool(lead and PLACE_LEAD.search(lead.group()))
            continued, ran_on = ran_on, bool(name) and RUNS_ON.match(part, (lead.end() if lead else 0) + name.end())
            if in_places or continued and name and " " not in name.group(0):
                continue  # "... welcome in Brighton & Hove", "networks in Leitrim, Umbria and Tuzla"; "... through
                # Languages and the Arts": a word the name before runs on to
            if name and len(name.group(0)) > 1 and not is_generic(name.group(0)) and not PRONOUN.fullmatch(name.group(0)) \
                    and name.group(0).rstrip(".").lower() not in not_acronyms() \
                    and not quoted(ctx.text, cue_end, offset) and not person_item(name.group(0)):
                owner = owner_length(name.group(0))
                start = offset + (lead.end() if lead else 0) + owner
                text = re.sub(r"\s+(?:of|for|on|de|du|and)$|['’]s$", "", name.group(0)[owner:].rstrip("."))
                if " " not in text and kind_after().match(ctx.text, start + len(text)):
                    continue  # "with X and Welsh employers": a word that qualifies a kind of body or people
                items.append((start, start + len(text), text, text, bool(lead)))
        found += bodies_listed(items)
    others = other_entities(ctx) if found else []
    ctx.notes["listed_candidates"] = [c[:4] for c in found if not any(
        s <= c[0] and c[1] <= e and (c[4] or not named_as_partner(label, c[2])) for s, e, label in others)]
    return ctx.notes["listed_candidates"]


# "partner organizations from Italy (CET Platform), Greece (...) and Austria (GEMMA)": a body in brackets after
# its country
COUNTRY_BRACKET = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) \((?!the\b)([A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,9})\)")


def country_bracket_candidates(ctx: Context) -> list[tuple[int, int, str, str]]:
    """(start, end, name, surface) for each body named in brackets after its country, in a list of two or more;
    where a town stands in such brackets ("Hungary (Budapest), Italy (Cosenza)"), the list is of towns."""
    found = [(m.start(2), m.end(2), m.group(2), m.group(2)) for m in COUNTRY_BRACKET.finditer(ctx.text)
             if m.group(1) in countries() and not initials_of(m.group(1), m.group(2))]
    towns = {(s.start_char, s.end_char) for s in ctx.spans("gazetteer", "PLACE")}
    if len(found) < 2 or any(c[:2] in towns for c in found):
        return []
    return [c for c in found if " " in c[2] or c[2].isupper()]  # one word in title case: a town


# a list run into one line: "Hamilton Multicultural Services Trust (Hamilton) Purapura Whetu Trust (Christchurch)"
RUN_ON_TOWN_ITEM = re.compile(r"(?:(?<=\n)|(?<=\) )|^)([A-Z][^()\n]{2,70}?) \(([A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?)\)(?= [A-Z]|\s*$)",
                              re.M)


def town_bracket_candidates(ctx: Context) -> list[tuple[int, int, str, str]]:
    """(start, end, name, surface) for each body of a line of three or more "Body (Town)" items with nothing
    between them, the towns in brackets being places (place_lists.bracketed_towns)."""
    towns = bracketed_towns(ctx)
    by_line: dict[int, list[re.Match]] = {}
    for match in RUN_ON_TOWN_ITEM.finditer(ctx.text) if towns else ():
        if match.group(2) in towns:
            by_line.setdefault(ctx.text.rfind("\n", 0, match.start()), []).append(match)
    return [(m.start(1), m.end(1), m.group(1), m.group(1)) for items in by_line.values()
            if len(items) >= 3 for m in items]


def initials_of(place: str, short: str) -> bool:
    """"United Kingdom (UK)", "Bosnia and Herzegovina (BiH)": the country's own short form."""
    return short.lower() == "".join(w[0] for w in place.split() if w[0].isupper()).lower()


def person_item(name: str) -> bool:
    """A person in a list of bodies and people ("joined by Ian Lucas MP, Mayor Cllr Andy Williams and ..."):
    an honorific or a post-nominal names no body; an honorific last is a word of the body's ("Casa Do Professor")."""
    words = name.split()
    honorifics = word_sets()["honorifics"]
    return words[-1] in lexicon()["post_nominals"] or any(w.lower().rstrip(".") in honorifics for w in words[:-1])


def located_name(item: str):
    """A head-first name runs on to its town ("Association of Voluntary Organisations in Wrexham"); a name
    that ends in its head word is complete, and the town is where it is ("Northgate College in Fremont")."""
    located = LOCATED_NAME.match(item)
    if not located:
        return None
    heads, words = word_sets()["org_heads"], located.group(0).split(" in ")[0].split()
    return located if words[-1].lower() not in heads and any(w.lower() in heads for w in words) else None


def named_as_partner(label: str, name: str) -> bool:
    """A place, or one word the model calls a person, named as a partner ("in partnership with Aberlour",
    "Midland, Irving and Medavie Blue Cross") is a body: people are named in full, places after "in". So is a
    "person" with a body's head word or of more than four words ("Asociatia Romana Pentru ... De Succes")."""
    return label in ("GPE", "LOC") or label == "PERSON" and (" " not in name or no_persons_name(name.split()))


def other_entities(ctx: Context) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in ctx.entities if e.label_ in NOT_BODIES]
