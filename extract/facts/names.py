"""Small helpers about names: keys for matching, cleaning of matched spans, generic-name tests."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import lexicon, phrase_regex

QUOTES = "'\"‘’“”"
# a numbered stage of a programme: "Round IV", "Phase 2" (no body, no part of a project's name)
NUMBERED_STAGE = r"(?:Round|Phase|Stage|Wave|Cohort|Tranche|Cycle|Year)\s+(?:[IVX]+|\d+|One|Two|Three|Four)"
WORD_BREAK = re.compile(r"[\s’']+")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """A matching key: case, "the", "&"/"and", possessives and punctuation do not matter."""
    text = name.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1] == "bureaux":
        words[-1] = "bureau"
    return " ".join(words)


@lru_cache(maxsize=1)
def word_sets() -> dict[str, set[str]]:
    lex = lexicon()
    return {key: {w.lower() for w in lex[key]} for key in
            ("generic_name_words", "non_initial_words", "org_heads", "project_heads", "venue_heads",
             "role_nouns", "not_org_acronyms", "honorifics", "people_nouns", "head_first_orgs",
             "not_body_heads", "not_project_heads", "not_person_words", "acting_venue_heads",
             "head_first_foreign_orgs")}


def no_persons_name(words: list[str]) -> bool:
    """More than four words, or a body's head word among them ("Asociatia Romana Pentru ... De Succes"): the
    model's PERSON label on such a name is wrong."""
    return len(words) > 4 or any(w.lower() in word_sets()["org_heads"] for w in words)


@lru_cache(maxsize=1)
def people_possessive() -> re.Pattern:
    nouns = "|".join(sorted(n.capitalize() for n in word_sets()["people_nouns"] | {"peoples", "women", "men"}))
    return re.compile(rf"(?<![\w’'-])(?:(?:St\.? )?[A-Z][\w-]*\s+)*(?:{nouns})(?:['’]s|(?<=s)['’])\s+$")


# Letters of names in Latin-1 and Latin Extended-A ("Müller", "Sućeska", "Šimić"), for patterns that read names
NAME_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
NAME_LOWER = "a-zß-öø-ÿĀ-ž"

def with_people_possessive(text: str, start: int, name: str) -> tuple[int, str]:
    """A name's words before it that end in a group of people's possessive belong to it: "Vulnerable
    Children’s" + "Resettlement Scheme", "The Children’s" + "Society", "Migrants’" + "Law Project"."""
    before = people_possessive().search(text, max(0, start - 60), start)
    if not before:
        return start, name
    lead = re.match(r"(?:The|A|An|Our|Their|Its)\s+", before.group())
    begin = before.start() + (lead.end() if lead else 0)
    return begin, text[begin:start] + name


@lru_cache(maxsize=1)
def not_acronyms() -> set[str]:
    """Words in capitals that are no body: subjects and documents ("ESOL"), and a headline's verbs ("OPENS")."""
    return word_sets()["not_org_acronyms"] | {verb for verb in lexicon()["headline_verbs"] if " " not in verb}


# words no name ends on: a name cut there lost its last part ("Strategic Migration Partnership in", "the City of")
DANGLING_WORDS = frozenset({"and", "of", "for", "the", "&", "in", "on", "at", "to"})


@lru_cache(maxsize=100_000)
def is_generic(name: str) -> bool:
    """Only words of a kind ("Local Authority"), a plural head read as its singular ("District Councils")."""
    words = [w for w in WORD_BREAK.split(name.lower()) if w and w not in {"and", "of", "for", "&", "in", "on", "s"}]
    singular = plural_heads()
    return not words or all(singular.get(w, w).strip(QUOTES + ".,:;()") in word_sets()["generic_name_words"]
                            for w in words)


@lru_cache(maxsize=1)
def plural_heads() -> dict[str, str]:
    """{"councils": "council", ...}: is_generic asks for every word of every candidate name."""
    return {plural: singular.lower() for plural, singular in lexicon()["shared_plural_heads"].items()}


@lru_cache(maxsize=1)
def owner_pattern() -> re.Pattern:
    return re.compile(r".+?['’]s\s+(?=(?:%s)\b)" % "|".join(sorted(word_sets()["head_first_orgs"])), re.I)


def owner_length(name: str) -> int:
    """How much of a name is an owner's possessive before a body named head first: "Federal Government’s "
    in "Federal Government’s Department of Social Services"; 0 when there is none ("Tuntum Housing’s
    Supported Housing Service" is Tuntum Housing's service)."""
    owner = owner_pattern().match(name)
    if owner is None or people_possessive().search(owner.group()):
        return 0  # "Children’s Society": a group of people's possessive is part of the name
    return owner.end()


def without_roles(name: str) -> tuple[int, str]:
    """(offset, name) with a person's post cut off: "Co-chair of the X Group" -> "X Group", "Chair WSMP"
    -> "WSMP", "X Chief Executive" -> "X"."""
    leading, trailing = role_edges()
    lead = leading.match(name)
    offset = lead.end() if lead and lead.end() < len(name) else 0
    rest = trailing.sub("", name[offset:])
    return offset, rest or name[offset:]


@lru_cache(maxsize=1)
def role_edges() -> tuple[re.Pattern, re.Pattern]:
    roles = "|".join(re.escape(r) for r in sorted(lexicon()["person_roles"], key=len, reverse=True))
    # a body's part before the body it plays it for ("Accountable Body for the Home Office") is cut off too
    parts = "|".join(re.escape(r) for r in sorted(lexicon()["person_roles"] + lexicon()["body_roles"], key=len,
                                                  reverse=True))
    return (re.compile(rf"^(?:(?:(?:acting|interim|assistant|former|joint)\s+)?(?:{parts})\s+"
                       rf"(?:(?:of|on|for|at|to)\s+)?(?:the\s+)?)+", re.I),
            re.compile(rf"(?:\s+(?:{roles}))+$", re.I))


def trim_span(span):
    """Drops leading words that cannot start a name (determiners, verbs of headings) and quotes."""
    start, end = span.start, span.end
    leading, trailing = name_edges(span.doc)
    while start < end and leading[start]:
        start += 1
    while end > start and trailing[end - 1]:
        end -= 1
    return span.doc[start:end] if end > start else None


def name_edges(doc) -> tuple[list[bool], list[bool]]:
    """Per token: it cannot start a name; it cannot end one (quotes, punctuation). Read once per Doc from
    its token arrays: making a Token for each question was most of trimming's time."""
    if "name_edges" not in doc.user_data:
        import numpy
        from spacy.attrs import IS_PUNCT, LOWER, ORTH

        rows = doc.to_array([LOWER, ORTH, IS_PUNCT]).reshape(-1, 3)
        quotes = numpy.array([doc.vocab.strings[q] for q in QUOTES], dtype=rows.dtype)
        non_initial = numpy.array([doc.vocab.strings[w] for w in word_sets()["non_initial_words"]], dtype=rows.dtype)
        trailing = numpy.isin(rows[:, 1], quotes) | (rows[:, 2] != 0)
        leading = trailing | numpy.isin(rows[:, 0], non_initial)
        doc.user_data["name_edges"] = (leading.tolist(), trailing.tolist())
    return doc.user_data["name_edges"]


def whole_name_spans(text: str, name: str) -> list[tuple[int, int]]:
    r"""Where `name` stands in `text` as whole words, as the regex (?<![\w-])name(?![\w-]) finds it (a
    regex per name was compiled anew for every report)."""
    spans, index = [], text.find(name) if name else -1
    while index != -1:
        end = index + len(name)
        if not (index and is_word_char(text[index - 1])) and not (end < len(text) and is_word_char(text[end])):
            spans.append((index, end))
            index = text.find(name, end)
        else:
            index = text.find(name, index + 1)
    return spans


def is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


def clean_quotes(text: str) -> str:
    return text.strip(QUOTES + " ").replace("’s", "'s")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# "Tuntum Housing’s Supported Housing Service": the owner before a possessive and a capitalised word
OWNER = re.compile(r"((?:[A-Z][\w&-]*\s+(?:(?:of|for|and|the)\s+)*)*?[A-Z][\w&-]*)(?:['’]s|(?<=s)['’])\s+[A-Z]")


def named_owner(name: str) -> bool:
    """A possessive whose owner is named in full (two words or more, or capitals): "Healthcare Improvement
    Scotland’s Quality Improvement Award" names the body that owns the award."""
    owner = OWNER.match(name)
    return bool(owner) and (len(owner.group(1).split()) >= 2 or owner.group(1).isupper())


# "Dear Readers": a greeting; "Their Legal Service": an owner's pronoun ("Our Lady of X" is a church's name)
EDGE = re.compile(r"^(?:the|a|an|dear|their|its|his|her|my|your|our(?! Lady\b))\s+", re.I)
CUT = re.compile(r"\s*(?:\n|\(|\)|\[|:|;|\s[-–—]\s).*$", re.S)  # what follows a name on its line
# "The “Deutschlandstiftung Integration” foundation": a name in quotes and the kind of body it names
QUOTED_BODY = re.compile(r"^[“\"‘'](?P<name>[^“”\"‘’']+)[”“\"’'‘]\s+(?:foundation|charity|association|organi[sz]ation|"
                         r"network|society|trust|group|collective)$")
AT_BODY = re.compile(r"^.* at (?:the )?(?=[A-Z])")  # the last "at" before a capital: a unit or post at a body


def clean_entity(start: int, text: str) -> tuple[int, str]:
    """Cuts a leading article and anything after the name's own line or bracket."""
    lead = EDGE.match(text)
    if lead:
        start, text = start + lead.end(), text[lead.end():]
    quoted = QUOTED_BODY.match(text)
    if quoted:
        return start + quoted.start("name"), quoted.group("name")
    text = re.sub(r"['’]s$", "", CUT.sub("", text).rstrip(" ,.'’\"”/"))  # "Scottish Refugee Council’s"
    owner = owner_length(text)
    start, text = start + owner, text[owner:]
    offset, text = without_roles(text)
    at_body = AT_BODY.search(text)
    if at_body and text.split()[-1].lower() in word_sets()["org_heads"]:
        offset, text = offset + at_body.end(), text[at_body.end():]  # "Sustainability and Integration at X Council"
    return start + offset, text


def within_cell(candidate: tuple) -> tuple:
    """A name ends at a table cell's edge ("Association Terra Nova<tab>Cyprus<tab>Partner" is the first cell's)."""
    start, end, name, surface = candidate
    if "\t" not in surface or name != surface:
        return candidate
    cell = surface.split("\t")[0].rstrip()
    return (start, start + len(cell), cell, cell)



def named_head_first(name: str) -> bool:
    """"Office of the Refugee Protection Programme" as a whole: a body's name, not a programme's."""
    words = name.split()
    return len(words) > 2 and words[0].lower() in word_sets()["head_first_orgs"] and words[1] in ("of", "for")


@lru_cache(maxsize=1)
def kind_after() -> re.Pattern:
    """A plural noun for bodies or people right after a word: "Welsh employers", "Syrian families"."""
    lex = lexicon()
    return re.compile(r"\s+(?:" + phrase_regex(lex["people_nouns"] + lex["body_list_labels"]
                                               + lex["kinds_of_employer"]).pattern + r")")
