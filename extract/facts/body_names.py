"""Whether a candidate name can be a body's at all: not a person with an honorific, a post, a topic, nor a
thing ("Offaly Migrant Integration Strategy 2020"). One test every source of candidates shares."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import lexicon
from partnergraph.extract.facts.model_names import gazetteer_bodies
from partnergraph.extract.facts.names import NUMBERED_STAGE, word_sets
from partnergraph.extract.facts.place_lists import countries

ABSTRACT_NOUN = re.compile(r"(?:ability|ibility|ment|tion|sion|ness|ism|ance|ence)$")
POST_QUALIFIERS = {"deputy", "assistant", "acting", "interim", "senior", "joint", "corporate", "strategic"}
TITLE_CASE_LINK = re.compile(r"(?<=\S) (?:To|For|With|Into|From|Are|Is) ")
YEAR_WORD = re.compile(r"(?:19|20)\d\d(?:[-–/]\d{2,4})?")


STAGE = re.compile(NUMBERED_STAGE + r"\b")
ROLE_COLUMN = {"partner", "coordinator", "co-ordinator", "leadpartner"}


def not_a_body_name(name: str) -> bool:
    """"Councillor John Carroll": an honorific and no body's head word ("Sir John Cass Foundation" is a body);
    "West of Scotland": a region; "Cork-based": where bodies are;
    "Offaly Migrant Integration Strategy 2020", "Indefinite Leave": a thing's last word (a year after it aside)
    and no body's head word, unless the gazetteer knows the name."""
    words = name.lower().split()
    sets = word_sets()
    if not words:
        return True
    if len(words) >= 2 and words[0].rstrip(".") in sets["honorifics"] and words[-1] not in sets["org_heads"]:
        return True
    if len(words) >= 3 and words[1] == "of" and words[0] in lexicon()["compass_words"]:
        return True  # "the West of Scotland": a region
    if " ".join(w for w in words if w not in POST_QUALIFIERS) in lexicon()["person_roles"]:
        return True  # "the Deputy Chief Executive submitted a report": a post
    if len(words) == 1 and not name.isupper() and ABSTRACT_NOUN.search(words[0]) and words[0] not in sets["org_heads"]:
        return True  # "priority areas: ESOL and Employability": a topic
    if STAGE.match(name):
        return True  # "Round IV", "Phase 2 G4G": a stage of a programme
    if words[-1].endswith("-based"):
        return True  # "Cork-based community organisations": where bodies are, no body
    if TITLE_CASE_LINK.search(name) and not name.isupper() and words[0] not in sets["head_first_orgs"]:
        return True  # "Changes To Refugee Settlement Service": a headline's capitals, names keep "to" small
        # (not "Association Bureau For Integration And Social Innovations", as EU partner lists write names)
    if len(words) >= 3 and words[-1] == "partners" and words[-2] in sets["project_heads"]:
        return True  # "the Highland Syrian Resettlement Programme Partners": the bodies of a programme
    if len(words) >= 2 and words[-1] in ROLE_COLUMN and name[:name.lower().rindex(words[-1])].strip() in countries():
        return True  # "Greece Partner": a partner table's country and role columns run together
    while len(words) > 1 and YEAR_WORD.fullmatch(words[-1]):
        words.pop()
    return words[-1] in sets["not_body_heads"] and not set(words) & sets["org_heads"] \
        and name.lower() not in gazetteer_bodies()


def without_role_participle(candidate: tuple) -> tuple:
    """"a new Heritage Lottery Funded project": a name run on into the participle of its role ("Funded",
    "Led", "Backed") ends before it, and is the fund the gazetteer knows when "Fund" + "ed" was read."""
    start, end, name, surface = candidate
    words = name.split()
    if name != surface or len(words) < 3 or words[-1].lower() not in lexicon()["role_suffixes"] \
            or not words[-1][:1].isupper():
        return candidate
    stem = name[:name.rindex(" ")]
    if words[-1].lower() == "funded" and f"{stem.lower()} fund" in gazetteer_bodies():
        return (start, end - 2, f"{stem} Fund", surface[:-2])
    return (start, start + len(stem), stem, stem)


def without_thing_word(name: str) -> str:
    """"Office of Refugee Resettlement Grant": a name set head first whose last word is a thing's
    ("Grant", "Award") or a country names the body without it."""
    words = name.split()
    if len(words) >= 4 and words[0].lower() in word_sets()["head_first_orgs"] and words[1] in ("of", "for") \
            and (words[-1].lower() in word_sets()["not_body_heads"]
                 or words[-1] in countries() and words[-2] not in ("of", "for", "in")):  # "... of Finland" is its name
        return name[:name.rindex(" ")]  # "Municipality of Curtis Spain": a table's country column runs on
    return name


# the words of a post that may stand before its title ("Regional Chair", "Deputy Leader")
POST_QUALIFIERS_BEFORE = {"regional", "deputy", "vice", "acting", "interim", "executive", "chief", "general", "senior",
                          "local", "federal", "provincial"}


def without_post_and_person(name: str) -> str:
    """"Region of Waterloo Regional Chair Ken Seiling": the body named before a post and its holder, without
    them; "" where the words before an MP's title are a constituency ("Kitchener Centre MP Stephen Woodworth")."""
    words, roles, heads = name.split(), lexicon()["person_roles"], word_sets()["org_heads"]
    for index in range(len(words) - 2, 0, -1):
        holder = words[index + 1:]
        if not 2 <= len(holder) <= 3 or not all(w[:1].isupper() and w.lower() not in heads for w in holder):
            continue
        if words[index] in lexicon()["post_nominals"]:
            return ""
        two_words = " ".join(words[index - 1:index + 1]).lower()
        title_start = index - 1 if two_words in roles else index if words[index].lower() in roles else -1
        before = words[:title_start] if title_start > 0 else []
        while before and before[-1].lower() in POST_QUALIFIERS_BEFORE:
            before.pop()
        if before and before[-1].lower() not in {"of", "the", "for", "and", "&"}:
            return " ".join(before)
    return name


PERSON_POST_OF = re.compile(r"(?:[A-Z][\w’'-]+ ){2,3}(\S+) (?:of|at) (?:the )?(?=[A-Z])")


def person_post_length(name: str) -> int:
    """How much of a name is a person and their post "of" or "at" the body: "Martina Earley CEO of " in
    "Martina Earley CEO of Leader Partnership"; 0 when there is none."""
    match = PERSON_POST_OF.match(name)
    if not match or match.group(1).lower() not in lexicon()["person_roles"] \
            or any(w.lower() in word_sets()["org_heads"] for w in match.group().split()):
        return 0
    return match.end()


MEMBER_TITLE = re.compile(r" ([A-Z]{2,3}) [A-Z]")


def member_title(text: str, end: int, name: str) -> bool:
    """"MPP John Milloy", "Kitchener Centre MP Stephen Woodworth": a member's title, or the constituency before
    it, is no body."""
    titles = lexicon()["post_nominals"]
    after = MEMBER_TITLE.match(text, end)
    return name in titles or bool(after) and after.group(1) in titles


# "had been an Approved Proposing Organisation (APO) in the CPP": "a"/"an" before a whole name makes it a kind
# of body the text says something is, not a body; "a Refugee Action project" names the body as a modifier, and
# a body set up, joined or belonged to ("has established a Resettlement Inter-Agency Working Group to ...", "a
# member of a Refugee Welcome Zone Leadership Group") is one the text names
INDEFINITE_BEFORE = re.compile(r"(?<![\w-])[Aa]n? $")
NAMING_BEFORE = re.compile(r"\b(?:member of|establish(?:ed|es)?|set up|sets up|form(?:ed|s)?|creat(?:ed|es|e)|"
                           r"launch(?:ed|es)?|convened|found(?:ed|s)?|join(?:ed|s|ing)?) [Aa]n? $")
KIND_ENDS = re.compile(r"\s*(?:\(|[.,;:]|$|\s(?:in|for|of|and|with|to|under|that|which)\b)")


def indefinite_kind(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30):start]
    return bool(INDEFINITE_BEFORE.search(before)) and not NAMING_BEFORE.search(before) \
        and bool(KIND_ENDS.match(text, end))


def a_kind(ctx, candidate: tuple) -> bool:
    """A kind of body, or the short form the text gives one ("an Approved Proposing Organisation (APO)")."""
    start, end, name = candidate[:3]
    long_form = (ctx.doc._.acronyms or {}).get(name)
    return indefinite_kind(ctx.text, start, end) or bool(long_form) and indefinite_kind(
        ctx.text, long_form[1], long_form[1] + len(long_form[0]))
