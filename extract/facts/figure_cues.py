"""Figure cues: the count pattern, the word lists (schemas/patterns/figures.yaml) and the role a count
takes from the words around it: target ("will train 60") or delivered ("trained 60"), or from its list's
lead-in."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.components.first_chars import first_chars
from partnergraph.extract.facts.context import Context, phrase_regex
from partnergraph.extract.resources import load_yaml

DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:['’]\d{3})+|\d+)(?:\.\d+)?"  # "9'565": Swiss thousands
PLANS = re.compile(r"\b(plans?|will|aims?|targets?|planned|proposed)\b", re.I)
PAST = re.compile(r"(?<![\w-])[a-z]{3,}ed(?![\w-])")
DETERMINER = r"\b(?:a|an|the|its|their|our|this|each|his|her)\s+"
ADJECTIVE = re.compile(DETERMINER + r"(?:[\w-]+\s+)?(?P<verb>[a-z]{3,}ed)\s+(?!(?:a|an|the|its|their|our|to)\b)[a-z]")


def words() -> dict:
    return load_yaml("patterns/figures.yaml")


def number(text: str) -> float | int:
    value = float(re.sub(r"[,'’]", "", text))
    return int(value) if value.is_integer() else value


# Spelled-out multipliers after a number ("six hundred thousand residents"); "million" is left to money.
SCALES = r"hundred\s+thousand|hundred|thousand"
SCALE_VALUES = {"hundred": 100, "thousand": 1000}


def scaled(value, scale: str | None):
    """The value times its spelled-out multipliers."""
    for word in (scale or "").lower().split():
        value *= SCALE_VALUES[word]
    return value


@lru_cache(maxsize=1)
def cue_patterns():
    """The count pattern (a range gives its lower bound: "8/10 families", "50-60", "three to five", "seven
    or eight"; not the digits after a thousands comma or a "#") and the cue patterns."""
    lex = words()
    numbers = "|".join(sorted(lex["number_words"], key=len, reverse=True))
    qualifiers = "|".join(sorted(lex["qualifiers"], key=len, reverse=True))
    starts = first_chars([*lex["qualifiers"], *lex["number_words"]], digits=True)
    count = re.compile(rf"{starts}(?<![\w£€$#№./-])(?<!\d,)(?:(?P<over>{qualifiers})\s+)?"
                       rf"(?P<num>{DIGITS}|{numbers})(?:\s+(?P<scale>{SCALES}))?"
                       rf"(?:\s*(?:[/–-]|\s+(?:to|or)\s+)\s*(?P<upper>{DIGITS}|{numbers})(?!\s*[/–-]))?"
                       rf"(?P<pct>%| per ?cent)?(?![\w/-]|\.\d)", re.I)
    return count, phrase_regex(lex["target_cues"]), phrase_regex(lex["delivered_cues"] + lex["irregular_past"]), lex


# A council's resolution: "That the resettlement of up to six families ... be approved." What it approves
# is planned.
RESOLUTION = re.compile(r"^\s*(?:\(?\w{1,3}[.)]\s*)?That\b.*\b(?:be|is|are)\s+(?:approved|agreed|endorsed|"
                        r"authorised|authorized|supported)\b", re.S)


def role_of(text: str, start: int, end: int, lex) -> str | None:
    """The role the nearest cue gives: the verb before the number or after its noun ("will train 60",
    "settled 91 Afghans", "Five volunteers were recruited"); "being ..." counts only when nothing else does.
    In a resolution every figure is a target."""
    if RESOLUTION.match(text):
        return "target"
    hits = cue_hits(text[max(0, start - 150):start], lex, before=True) + cue_hits(text[end:end + 100], lex, False)
    strong = [hit for hit in hits if not hit[2]]
    chosen = min(strong or hits, default=None)
    return chosen[1] if chosen else None


def cue_hits(window: str, lex, before: bool) -> list[tuple[int, str, bool]]:
    """(distance from the number, role, weak: "being ..." or past a comma after the count) of every cue in a
    window: target and delivered cue words, past forms in -ed, and "to <work verb>" (a purpose or plan unless
    "enabled ... to")."""
    window = re.split(r"[;•]", window)[-1 if before else 0]
    _, targets, delivered, _ = cue_patterns()
    found = [(m, "target") for m in targets.finditer(window)]
    found += [(m, "delivered") for m in delivered.finditer(window)]
    found += [(m, "delivered") for m in PAST.finditer(window) if m.group() not in lex["not_past_verbs"]]
    enabled = phrase_regex(lex["enabling_verbs"])
    found += [(m, "target") for m in work_infinitive().finditer(window)
              if before and not enabled.search(window[max(0, m.start() - 40):m.start()])]
    spans = [m.span() for m, role in found if role == "target"]
    adjectives = {a.start("verb") for a in ADJECTIVE.finditer(window)}
    hits = []
    for m, role in found:
        if any(a <= m.start() and m.end() <= b and (a, b) != m.span() for a, b in spans) or m.start() in adjectives:
            continue  # "organised" inside "being organised"; "an accredited course"
        if role == "delivered" and (re.search(r"\b(?:will|shall|would|to|be)\s+(?:\w+\s+)?$", window[:m.start()])
                                    or any(b <= m.start() and not window[b:m.start()].strip() for _, b in spans)
                                    or planned_gerund(window, m, spans)):
            role = "target"  # "will support", "tasked with supporting": the verb of a plan
        distance = len(window) - m.end() if before else m.start()
        # a cue past a comma after the count is another clause's verb ("520 people, helping them to ...")
        weak = m.group().lower().startswith("being") or (not before and "," in window[:m.start()])
        hits.append((distance, role, weak))
    return hits


def planned_gerund(window: str, match: re.Match, target_spans: list) -> bool:
    """"The funding will be used for delivering language training to 1,800 students": a gerund in the
    clause of a plan's word is planned work."""
    return match.group().lower().endswith("ing") and any(
        b <= match.start() and not re.search(r"[.,:]", window[b:match.start()]) for _, b in target_spans)


@lru_cache(maxsize=1)
def work_infinitive() -> re.Pattern:
    return re.compile(r"\bto\s+(?:" + "|".join(words()["work_verbs"]) + r")\b", re.I)


def list_role(ctx: Context, block) -> str | None:
    """The role a list's lead-in gives its items' counts: plans ("Other plans for the project include:")
    make targets, a lead-in telling what was done ("we ran 25 cohorts at the following providers:")
    delivered figures."""
    if block.kind != "list_item":
        return None
    lead_in = ctx.lead_in(block)
    if lead_in is None or not lead_in.text.rstrip().endswith(":"):
        return None
    if PLANS.search(lead_in.text):
        return "target"
    hits = cue_hits(lead_in.text, cue_patterns()[3], before=True)
    chosen = min([hit for hit in hits if not hit[2]] or hits, default=None)
    return chosen[1] if chosen else None
