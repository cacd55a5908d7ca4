"""Figures: targets and delivered numbers from sentences (tables: figure_tables.py)
("248 learners have attended", "will train 60 health champions", "Two community events were held").
Cues, word lists and roles: figure_cues.py."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import Context, phrase_regex
from partnergraph.extract.facts.figure_cues import (
    DIGITS,
    cue_patterns,
    list_role,
    number,
    role_of,
    scaled,
    words,
)
from partnergraph.extract.facts.figure_nouns import head_word, noun_phrase, qualifying_tail
from partnergraph.extract.record import Figure

def sentence_figures(ctx: Context, skip: list[tuple[int, int]]) -> list[Figure]:
    """Figures of each sentence, in order; a number with no noun of its own refers to the block's figure
    before it ("Of these, 292 came ...", "trained 72 volunteers against a target of 60")."""
    count = cue_patterns()[0]
    skip = skip + contents_pages(ctx.text) + [m.span(1) for m in SECTION_NUMBER.finditer(ctx.text)]
    figures, seen, last_block, antecedent = [], {}, None, None
    for sentence in ctx.sentences:
        block = ctx.block_at(sentence.start_char)
        if block is None or block.kind == "table":
            continue
        if block is not last_block:
            last_block, antecedent, statistics = block, None, False
        given, listed = list_role(ctx, block), None
        after_statistics, statistics = statistics, statistic_sentence(sentence.text)
        for match in count.finditer(sentence.text):
            start = sentence.start_char + match.start()
            if any(s <= start < e for s, e in skip) or after_statistics and not OWN_WORK.search(sentence.text):
                continue
            found = figure_at(sentence.text, match, (given, listed), antecedent, label_of(block.text))
            if found is None or found is antecedent:
                continue
            antecedent = listed = found
            if not said_before(found, seen, DEFINITE.search(sentence.text[:match.start()])):
                found.evidence.append(ctx.evidence(start, sentence.start_char + match.end()))
                figures.append(found)
    return with_achieved_targets(without_rounded_repeats(figures))


# "The 2016 Census shows that ... There were 6,617 non-Irish nationals": the sentence after a population
# statistic goes on with it, unless it turns to the writer's own work
OWN_WORK = re.compile(r"\b(?i:we|our|us|project|programme|program|service|scheme)\b")


def statistic_sentence(text: str) -> bool:
    return bool(phrase_regex(words()["statistic_cues"]).search(text))


# "2.3 Resettlement had planned to ...": a council paper's numbered paragraph, no figure
SECTION_NUMBER = re.compile(r"^[ \t]*(\d{1,2}(?:\.\d{1,2})+)\.?[ \t]+(?=[A-Z])(?!(?:Million|Billion|Thousand)\b)", re.M)
PAGE_NUMBER = re.compile(r"(?<=[A-Za-z’')]) (\d{1,3})(?= +[A-Z]|\s*$)", re.M)
CONTENTS_RUN = 3  # page numbers in a row that make a list of contents


def contents_pages(text: str) -> list[tuple[int, int]]:
    """The page numbers of a list of contents run together on one line ("Foreword 4 Introduction 6
    Call for Proposals 8 ... Conclusions 30"): titles each followed by a page number that never goes down."""
    spans, run, last = [], [], None
    for match in PAGE_NUMBER.finditer(text):
        value = int(match.group(1))
        joined = last is not None and value >= int(last.group(1)) and \
            not re.search(r"[.!?;\n]", text[last.end():match.start()]) and match.start() - last.end() <= 80
        if not joined:
            spans += [m.span(1) for m in run] if len(run) >= CONTENTS_RUN else []
            run = []
        run.append(match)
        last = match
    return spans + ([m.span(1) for m in run] if len(run) >= CONTENTS_RUN else [])


TARGET_WORD = re.compile(r"\b(?:targets?|achieved|actual)\b", re.I)  # "Target: 100 learners. Achieved: 112 learners."


def with_achieved_targets(figures: list[Figure]) -> list[Figure]:
    """A target, then next a count of the same things in a sentence about that target ("tasked with supporting
    1164 beneficiaries ... exceeded its target, supporting 1796 beneficiaries"): one figure with both."""
    kept = []
    for figure in figures:
        earlier = kept[-1] if kept and kept[-1].unit == figure.unit and kept[-1].delivered is None \
            and kept[-1].target is not None else None  # the figure just before: a target further back is another's
        if earlier is not None and figure.target is None and figure.delivered is not None \
                and figure.evidence and TARGET_WORD.search(figure.evidence[0].sentence):
            earlier.delivered = figure.delivered
            earlier.evidence.extend(figure.evidence)
            continue
        kept.append(figure)
    return kept


DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def value_of(figure: Figure):
    return figure.target if figure.target is not None else figure.delivered


def said_before(figure: Figure, seen: dict, definite) -> bool:
    """The same count of the same things again: "Seven projects awarded ..." in the title and the text,
    or "the six families" after "six refugee families"."""
    value, unit = value_of(figure), figure.unit
    noun = figure.metric[:figure.metric.find(unit) + len(unit)] if unit in figure.metric else figure.metric
    if (value, unit) in seen and (definite or seen[value, unit] == noun):
        return True
    seen.setdefault((value, unit), noun)
    return False


def without_rounded_repeats(figures: list[Figure]) -> list[Figure]:
    """A rounded count restated exactly ("more than 800 projects", then "824 projects") is one figure."""
    def rounded_repeat(f, k):
        return k is not f and "(" not in k.metric and k.unit == f.unit and (k.target is None) == (f.target is None) \
            and abs(value_of(k) - value_of(f)) <= 0.1 * value_of(k)
    return [f for f in figures if not (f.metric.endswith(")") and any(rounded_repeat(f, k) for k in figures))]


def figure_at(text: str, match, given_and_listed, antecedent, label: str | None) -> Figure | None:
    """The figure of one number, the antecedent it completed, or None when the number measures no work;
    with no cue, a number in a list takes the role its lead-in gives and one after a count of its sentence
    takes that count's role."""
    lex = cue_patterns()[3]
    value = count_value(text, match, lex)
    if value is None:
        return None
    after = text[match.end():]
    found = noun_phrase(after, lex, bool(match.group("pct")))
    if found is None:
        return elliptic_figure(text, match, value, antecedent, label, lex)
    noun, end = found
    if partner_count(text, match, end, noun, lex) or FREQUENCY.match(text, match.end() + end) \
            or names_no_count(head_word(noun)):
        return None
    given, listed = given_and_listed
    role = role_of(text, match.start(), match.end() + end, lex) or antecedent_role(listed) or given \
        or share_of_served(match, noun, lex)
    return new_figure(noun, qualifying_tail(after[end:], lex), value, role, match) if role else None


def names_no_count(unit: str) -> bool:
    """A capitalised head word that is no plural ("Council File 3", "WHEREAS, 22" of a scanned resolution's
    line numbers, "Foundation"): what is counted is a plural ("Afghans", "GARs") or in lower case."""
    return unit[:1].isupper() and not unit.endswith("s")


def share_of_served(match, noun: str, lex) -> str | None:
    """"65% of participants in the program are young women": a share of the people served is delivered."""
    served = phrase_regex(lex["served_people"])
    return "delivered" if match.group("pct") and served.match(noun.removeprefix("of ")) else None


@lru_cache(maxsize=1)
def people_verb() -> re.Pattern:
    verbs = "|".join(cue_patterns()[3]["people_verbs"])
    return re.compile(rf"\b({verbs})\s+(?:(?:over|more than|nearly|almost|some|about)\s+)?$", re.I)


# "5 or 6 people approach us each week": a rate of what happens, not a count of the work
FREQUENCY = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:each|every|per|a)\s+(?:day|week|fortnight|month)\b", re.I)
PEOPLE_PLACE = re.compile(r"\s+(?:in|into|on|at|through|across|with)\s")
NUMBER_ROSE = re.compile(r"\bthe (?:total )?number of ([\w'’ -]{3,60}?)\s+(?:has\s+|have\s+)?(?:rose|risen|increased|"
                         r"grew|grown|reached|went up|climbed)\s+to\s+(?:over\s+|more than\s+|around\s+|about\s+)?$",
                         re.I)


def elliptic_figure(text: str, match, value, antecedent, label: str | None, lex):
    """A number with no noun: what "the number of X rose to" names; under a header word it completes the
    figure before it ("against a target of 60"), or labels its line ("Workshops - target 20"); after "of
    these" it counts the same things again."""
    risen = NUMBER_ROSE.search(text[max(0, match.start() - 120):match.start()])
    if risen:  # "the number of households supported rose to 450"
        return new_figure(risen.group(1), "", value, "delivered", match)
    done = people_verb().search(text[max(0, match.start() - 40):match.start()])
    if done and PEOPLE_PLACE.match(text, match.end()):  # "enrolled 174 in ESL training": people
        return new_figure("people " + done.group(1).lower(), qualifying_tail(text[match.end():], lex), value,
                          "delivered", match)
    header = re.search(r"\b(?:" + "|".join(lex["target_headers"] + lex["delivered_headers"]) + r")\W{0,3}(?:of\s+)?$",
                       text[:match.start()], re.I)
    back = refers_back(text, match, lex)
    role = antecedent_role(antecedent) if back == "these" else role_of(text, match.start(), match.end(), lex)
    if role is None:
        return None
    if antecedent is not None and getattr(antecedent, role) is None and (header or role == "delivered"):
        setattr(antecedent, role, value)  # "aimed to engage 200 young people and engaged 236": its delivered
        return antecedent
    noun = antecedent.unit if antecedent is not None and back else (label if header else None)
    return new_figure(noun, qualifying_tail(text[match.end():], lex), value, role, match) if noun else None


def new_figure(noun: str, tail: str, value, role: str, match) -> Figure:
    metric = noun + tail + (f" ({match.group('over').lower()})" if match.group("over") else "")
    unit = "percent" if match.group("pct") else head_word(noun)
    return Figure(metric, *((value, None) if role == "target" else (None, value)), unit)


def partner_count(text: str, match, end: int, noun: str, lex) -> bool:
    """Bodies worked with are partners, not a measure of the work ("working with three cities"); so are
    organisations counted in a sentence that funds none ("more than 20 agencies have come together", not
    "13 organisations awarded grants")."""
    head = head_word(noun).lower()
    if head not in lex["body_nouns"]:
        return False
    if head in lex["organisation_nouns"] and not phrase_regex(lex["funding_words"]).search(text) \
            and not re.search(r"[£$€]\s?\d", text):
        return True
    near = text[max(0, match.start() - 30):match.start()] + " " + text[match.end() + end:match.end() + end + 30]
    return bool(phrase_regex(lex["partner_cues"]).search(near))


def antecedent_role(antecedent) -> str | None:
    """A number with no cue of its own in a list of counts takes the role of the count before it."""
    if antecedent is None:
        return None
    return "target" if antecedent.target is not None and antecedent.delivered is None else "delivered"


def count_value(text: str, match, lex):
    """The number, unless it is a year, a label ("Theme 1"), part of a name ("Connect Four"), one of a set
    already named ("from the three agencies"), an empty range ("1-1") or a population statistic."""
    raw = match.group("num")
    value = lex["number_words"].get(raw.lower()) if raw.lower() in lex["number_words"] else number(raw)
    value = scaled(value, match.group("scale"))
    upper = match.group("upper")
    upper_value = upper and (lex["number_words"].get(upper.lower()) or number(upper))
    if value is None or (upper_value and upper_value <= value) or \
            (1900 <= value <= 2100 and not match.group("pct")):
        return None
    before = text[:match.start()]
    previous = re.findall(r"[\w'’-]+", before[-30:])
    if previous and (previous[-1].lower() in lex["label_words"] or
                     raw[0].isupper() and previous[-1][0].isupper() and before.rstrip()[-1:].isalpha()):
        return None
    between = re.search(rf"\bbetween\s+({DIGITS})\s+and\s+$", before, re.I)
    if between and number(between.group(1)) < value:
        value = number(between.group(1))  # "between 30 and 40 volunteers": a range gives its lower bound
    near = text[max(0, match.start() - 80):match.end() + 80]
    if re.search(r"\b(?:" + "|".join(lex["not_counts"]) + r")\s+$", before, re.I) or \
            phrase_regex(lex["statistic_cues"]).search(near):
        return None
    return value


def refers_back(text: str, match, lex) -> str | None:
    """"these" after "Of these, 292 ...", "including 1,000 in ..."; "end" for a number that ends its clause
    ("expected to be 300."), which counts the things before it too."""
    before = text[max(0, match.start() - 20):match.start()]
    if re.search(r"\b(?:" + "|".join(lex["back_references"]) + r")\W*$", before, re.I):
        return "these"
    return "end" if re.match(r"\s*(?:[.;,)]|$)", text[match.end():]) else None


def label_of(line: str) -> str | None:
    """The label opening a line such as "Volunteers recruited – target 20, achieved 24"."""
    found = re.match(r"\W*([A-Za-z][^\d:–—]{2,60}?)\s*[:–—-]\s", line)
    return found.group(1).strip() if found else None
