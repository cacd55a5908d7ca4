"""Project names the wording introduces rather than a head word: "a two-year project Here to Contribute",
"a project focused on employment, called In Work", "Welcome Treff is a joint initiative of ...", "worked
with A and B to launch and deliver the Global Majority Fund", "the Work in Nova Scotia (WINS) project". Pure functions over the text;
`projects.find_projects` adds what they find."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from partnergraph.extract.facts.context import lexicon
from partnergraph.extract.facts.names import is_generic, word_sets

OPENING_QUOTES, CLOSING_QUOTES = "‘'\"“«„", "’'\"”»“"
NAME = r"['‘\"“«„]?([A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|to|for|of|and|in|on|at|the|&)){0,7})"  # on one line
LINKS = {"to", "for", "of", "and", "in", "on", "at", "the", "&"}
SUBTITLE = r"(?:\s+[–—-]\s+[a-z][\w ]{0,40}?)?"  # "Europe4refugees – follow the routes"


@lru_cache(maxsize=1)
def intro_patterns() -> list[re.Pattern]:
    lex = lexicon()
    nouns = "|".join(re.escape(w) for w in lex["project_heads"])
    verbs = "|".join(re.escape(w) for w in sorted(lex["project_launch_verbs"], key=len, reverse=True))
    return [  # (pattern, whether a body's head word may end the name, whether one word may be the name)
        # "a project focused on employment, called In Work", "an initiative known as X"
        (re.compile(rf"\b(?:{nouns})s?,?\s+(?:[\w-]+,?\s+){{0,4}}?(?:called|named|entitled|known as)\s+{NAME}"), True,
         False),
        # "a two-year project Here to Contribute"
        (re.compile(rf"\b(?i:a|the|our|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s+{NAME}"), False, False),
        # "the GIZ programme Qudra": after its owner's name one word may be the name (not "the town project X")
        (re.compile(rf"\b(?i:the|a|an)\s+[A-Z][\w&-]*\s+(?:{nouns})\s+{NAME}"), False, True),
        # "Welcome Treff is a joint initiative of ...", "The X Service (XS) was the UK's first national
        # programme", "Bridges – routes to work is a project ...": a sentence saying what its subject is
        # (also after a fronted phrase: "In partnership with the City of Sanctuary, Universities of Sanctuary is an
        # initiative to ...")
        (re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=,\s))(?:The\s+)?{NAME}['’\"”]?(?:\s+\([A-Z][\w&-]*\))?{SUBTITLE}\s+(?:is|was)\s+"
                    rf"(?:a|an|the\s+[\w-]+['’]s)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b", re.M), True, True),
        # "The New Beginnings Fund has been contributed to by a number of charities": a fund several pay into
        (re.compile(rf"(?:^|(?<=[.!?]\s))(?:The\s+)?{NAME}\s+(?:has been|have been|is|was|will be)\s+"
                    rf"(?:jointly\s+)?(?:contributed to|co-funded|jointly funded|pooled)\s+by\b", re.M), True, False),
        # "the Government launched The Way Forward on Immigration, a bold action plan that ...": a launched name
        # that an apposition says is a plan or programme
        (re.compile(rf"\b(?:launched|unveiled|introduced)\s+(?:the\s+|its\s+|their\s+)?{NAME},\s+(?:a|an)\s+"
                    rf"(?:[\w-]+\s+){{0,3}}(?:{nouns}|plan|strategy)\b"), True, True),
        # "to launch and deliver the Global Majority Fund"
        (re.compile(rf"\bto\s+(?:{verbs})(?:\s+and\s+(?:{verbs}))?\s+(?:the|a|an|their|its|our)\s+(?:new\s+)?{NAME}"),
         True, False),
        # "the project “Supporting language learning ... through language buddies“, Language Buddy.": a title
        # in words, then the name it goes by
        (re.compile(rf"\b(?i:the|a|our|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s+[‘'\"“«„][^‘’'\"“”«»„\n]{{10,240}}"
                    rf"[’'\"”»“],\s+{NAME}(?=[.,;])"), False, False),
        # "2nd Transnational Project Meeting of ‘Rebuilding the lives in the Land of Hope’": a quoted name (lower-case
        # words too) that a project's meeting or page is of
        (re.compile(r"\b(?i:project|programme|program)(?:\s+[\w-]+){0,2}?\s+(?:of|for)\s+(?:the\s+)?[‘“\"]"
                    r"([A-Z][^‘’“”\"\n]{2,80}?)(?=[’”\"])"), True, True),
        # "thanks to the ‘humanitarian corridors’ project": a quoted name, lower-case words too, before the word
        (re.compile(r"\b(?i:the|a|an|our|its|their)\s+[‘“\"]([^‘’“”\"\n]{3,80}?)(?=[’”\"]\s+(?i:project|programme|program|"
                    r"initiative|scheme)\b)"), True, True),
        # "Project: “From Immigration to Integration”", "Project title: MILEstone": a labelled field ("Programme:"
        # labels the programme that funds the project, on the same pages)
        (re.compile(rf"^[ \t]*(?i:project)(?:[ \t]+(?i:name|title))?[ \t]*:[ \t]*{NAME}", re.M), True, True),
        # "X has been awarded €16,000 for its ‘Art Bridge: Building Connections Through Creativity’": money for
        # a body's own quoted undertaking
        (re.compile(r"(?:[€£$]\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion)\b)?|\b(?:awarded|grants?|funding)\b)"
                    r"[^.;\n]{0,60}?\bfor (?:its|their|his|her|our) [‘“\"]([A-Z][^‘’“”\"\n]{2,100}?)(?=[’”\"])"), True, True),
    ]


def introduced_projects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each project name the wording introduces."""
    found = []
    heads = word_sets()["org_heads"]
    for pattern, body_head_ok, one_word_ok in intro_patterns():
        for match in pattern.finditer(text):
            start, name = match.start(1), trimmed(match.group(1))
            quoted = start and text[start - 1] in OPENING_QUOTES
            if quoted:  # "called ‘A View From Here’": the closing quote is no part
                name = trimmed(name.rstrip(CLOSING_QUOTES))
                if " " not in name and text[start + len(name):start + len(name) + 1] not in CLOSING_QUOTES:
                    continue  # "the project “Supporting language learning ...“": a title's first word
            if name and (name_like(name, bool(quoted)) or (quoted or one_word_ok) and coined_word(name)) \
                    and (body_head_ok or name.split()[-1].lower() not in heads):
                found.append((start, start + len(name), name))
    return found


def coined_word(name: str) -> bool:
    """"All our projects are called ‘Perthyn’", "Bridges is a project": one capitalised word in quotes after
    "called", or the subject of a sentence saying what it is, is a name ("It", "This", "Everyone" are not)."""
    return " " not in name and name[:1].isupper() and not is_generic(name) and len(name) >= 3 \
        and name.lower() not in STOP_WORDS and name.lower() not in word_sets()["role_nouns"]  # "the project Manager"


# "the GIZ programme Qudra and UCLG-MEWA": an acronym joined by "and" to the end is another party
JOINED_ACRONYM = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?[A-Z]{2,}[A-Z-]*$")


def trimmed(name: str) -> str:
    """Cuts linking words off the end ("Here to Contribute delivered" never reaches here: lower-case
    words other than links end the name already), and an acronym joined to the end."""
    words = JOINED_ACRONYM.sub("", name).split()
    while words and words[-1].lower() in LINKS:
        words.pop()
    return " ".join(words)


def name_like(name: str, quoted: bool = False) -> bool:
    """Two or more words, the first a name's ("In Work" passes; "In 2019" and "Team" do not), not only
    generic words, not a body's post or a report's part; a number is a word of a quoted name ("‘Integrate Day 1
    Project’")."""
    sets = word_sets()
    words = name.split()
    if len(words) < 2 or is_generic(name) or any(w.lower() in sets["role_nouns"] for w in words[:1]):
        return False
    first = words[0].lower()
    return not (first in sets["non_initial_words"] and not words[1][:1].isupper()) and (quoted or not any(
        w.isdigit() for w in words))


# A coined one-word name, with capitals inside it: "SIforREF", "ERASMI", "INTEGRA-TRAIN"
COINED = r"([A-Z][A-Za-z0-9+-]*[A-Z][A-Za-z0-9+]*)"


@lru_cache(maxsize=1)
def coined_patterns() -> list[re.Pattern]:
    heads = "project|programme|program|initiative"
    return [re.compile(rf"\b(?i:the|our|this|an?)\s+(?:[\w+-]+\s+){{0,2}}?(?:{heads})\s+{COINED}(?![\w'’-])"),  # "the EU project X"
            re.compile(rf"\b(?i:the|our|this)\s+{COINED}\s+(?:{heads}|consortium|partnership|partners)\b")]  # "the X project"


def coined_projects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each one-word project name set beside a lower-case project word: "the EU
    project SIforREF", "the ERASMI project consortium". Not an acronym of a subject or document ("ESOL")."""
    not_names = word_sets()["not_org_acronyms"]
    found = []
    for pattern in coined_patterns():
        for match in pattern.finditer(text):
            name = match.group(1).rstrip("-")
            if len(name) >= 4 and name.lower() not in not_names:
                found.append((match.start(1), match.start(1) + len(name), name))
    return found


COINED_LIST = rf"((?:{COINED},\s+)*{COINED},?\s+(?:and|&)\s+{COINED})"
PLURAL_HEADS = r"(?i:projects|programmes|programs|initiatives|schemes)"
LISTED_COINED = [re.compile(rf"\b(?i:the|our|its|their)\s+{COINED_LIST}\s+{PLURAL_HEADS}\b"),
                 re.compile(rf"\b{PLURAL_HEADS}\s+\({COINED_LIST}\)")]  # "integration projects (MIXITIES, DIVE and INTI-Cities)"


def listed_coined_projects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each project in "its LINC, ISAP and HOST programs" or "projects (A, B and C)":
    the plural head word names every one of the list."""
    found = []
    for match in (m for pattern in LISTED_COINED for m in pattern.finditer(text)):
        for item in re.finditer(COINED, match.group(1)):
            found.append((match.start(1) + item.start(), match.start(1) + item.end(), item.group()))
    return found


# "the Syrian refugee resettlement scheme", "the UK resettlement scheme": a nationality or place, then the
# scheme's subject in lower case, as council papers name national schemes
LOWER_TAIL = re.compile(r"\b(?i:the)\s+((?:[A-Z][\w’'-]+)\s+(?:[a-z]+\s+){0,2}(?:resettlement|relocation|sponsorship|"
                        r"settlement|integration|dispersal|protection|welcome)\s+(?:scheme|programme|program))\b")


def lower_tail_projects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each "the <Nationality> ... resettlement scheme"; the caller checks that the
    first word is a nationality or a place."""
    return [(m.start(1), m.end(1), m.group(1)) for m in LOWER_TAIL.finditer(text)]


# "the Work in Nova Scotia (WINS) project": a name and its short form, then a lower-case project word
ACRONYM_TAIL = re.compile(rf"\b(?i:the|our|this|its|their)\s+{NAME}\s+\([A-Z][A-Za-z0-9&-]{{1,11}}\)\s+"
                          r"(?:project|programme|program|scheme|initiative|pilot)\b")


def acronym_tail_projects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each project named with its short form before a lower-case project word; a
    name ending in a body's head word is the body's ("the Home Office (HO) programme")."""
    found = []
    for match in ACRONYM_TAIL.finditer(text):
        words = match.group(1).split()
        while words and words[-1] in LINKS:
            words.pop()
        if len(words) >= 2 and words[-1].lower() not in word_sets()["org_heads"]:
            name = " ".join(words)
            found.append((match.start(1), match.start(1) + len(name), name))
    return found


# "New Scots refugee integration delivery project update": a heading over news of a project names it, lower-case
# words and all
UPDATE_HEADING = re.compile(r"^[ \t]*([A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){1,8}?[ \t]+(?:project|programme|program|"
                            r"initiative))[ \t]+(?i:update|updates|news|progress)[ \t]*$", re.M)


def update_heading_projects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each project a heading names over news of it."""
    return [(m.start(1), m.end(1), m.group(1)) for m in UPDATE_HEADING.finditer(text) if not is_generic(m.group(1))]
