"""Figures: targets and delivered numbers from tables (any usual header words) and from sentences
("248 learners have attended", "will train 60 health champions", "Two community events were held")."""
from __future__ import annotations

import re
from functools import lru_cache

from extract.components.first_chars import first_chars
from extract.facts.context import Context, lexicon, phrase_regex
from extract.record import Figure

QUALIFIERS = ["over", "more than", "at least", "up to", "around", "about"]
PLANS = re.compile(r"\b(plans?|will|aims?|targets?|planned|proposed)\b", re.I)
NUMBER_CELL = re.compile(r"^\s*[£€$]?\s*(\d[\d,]*(?:\.\d+)?)\s*%?\s*$")
VERB_STOP = {"have", "has", "had", "were", "was", "are", "is", "will", "being", "been", "to", "who", "which",
             "that", "in", "on", "at", "for", "from", "with", "by", "into", "as", "through", "within", "across",
             "next", "this", "last", "every", "each", "per", "during", "over", "since", "before", "after", "until"}


def table_figures(ctx: Context) -> list[Figure]:
    figures = []
    for block in ctx.document.tables:
        figures.extend(figures_of_table(ctx, block))
    return figures


def figures_of_table(ctx: Context, block) -> list[Figure]:
    rows = block.rows or []
    if len(rows) < 2:
        return []
    target_col, delivered_col = header_columns(rows[0])
    if target_col is None and delivered_col is None:
        return []
    figures, offset = [], block.start + len("\t".join(rows[0])) + 1
    for row in rows[1:]:
        target = cell_number(row, target_col)
        delivered = cell_number(row, delivered_col)
        if row and row[0].strip() and (target is not None or delivered is not None):
            figure = Figure(row[0].strip(), target, delivered, None)
            figure.evidence.append(ctx.evidence(offset, offset + len(row[0])))
            figures.append(figure)
        offset += len("\t".join(row)) + 1
    return figures


def header_columns(header: list[str]) -> tuple[int | None, int | None]:
    lex = lexicon()
    targets, delivered = phrase_regex(lex["target_headers"]), phrase_regex(lex["delivered_headers"])
    target_col = next((i for i, h in enumerate(header) if i and targets.search(h)), None)
    delivered_col = next((i for i, h in enumerate(header) if i and i != target_col and delivered.search(h)), None)
    return target_col, delivered_col


def cell_number(row: list[str], column: int | None) -> float | None:
    if column is None or column >= len(row):
        return None
    match = NUMBER_CELL.match(row[column])
    return number(match.group(1)) if match else None


def number(text: str) -> float | int:
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() else value


@lru_cache(maxsize=1)
def cue_patterns():
    lex = lexicon()
    words = "|".join(sorted(lex["number_words"], key=len, reverse=True))
    starts = first_chars([*QUALIFIERS, *lex["number_words"]], digits=True)
    count = re.compile(rf"{starts}(?<![\w£€$./-])(?:(?P<over>{'|'.join(QUALIFIERS)})\s+)?"
                       rf"(?P<num>\d[\d,]*(?:\.\d+)?|{words})(?P<pct>%| per ?cent)?(?![\w/-]|\.\d)", re.I)
    return count, phrase_regex(lex["target_cues"]), phrase_regex(lex["delivered_cues"]), lex


def sentence_figures(ctx: Context, skip: list[tuple[int, int]]) -> list[Figure]:
    count, target_cues, delivered_cues, lex = cue_patterns()
    figures = []
    for sentence in ctx.sentences:
        block = ctx.block_at(sentence.start_char)
        if block is None or block.kind == "table":
            continue
        plan_context = in_plan_list(ctx, block)
        for match in count.finditer(sentence.text):
            start = sentence.start_char + match.start()
            if any(s <= start < e for s, e in skip):
                continue
            try:
                figure = figure_at(sentence.text, match, lex, target_cues, delivered_cues, plan_context)
            except NoFigure:
                continue
            if figure:
                figure.evidence.append(ctx.evidence(start, sentence.start_char + match.end()))
                figures.append(figure)
    return figures


def figure_at(text: str, match, lex, target_cues, delivered_cues, plan_context: bool) -> Figure | None:
    raw = match.group("num").lower()
    value = lex["number_words"].get(raw) if raw in lex["number_words"] else number(raw)
    if value is None or (isinstance(value, (int, float)) and 1900 <= value <= 2100 and not match.group("pct")):
        return None
    after = text[match.end():]
    if match.group("pct"):
        noun = noun_phrase(after, lex)
        metric, unit = (noun or "rate"), "percent"
    else:
        noun = noun_phrase(after, lex)
        if not noun:
            return None
        metric, unit = noun, noun.split()[-1]
    last = noun.split()[-1] if noun else ""
    clause_after = after[after.find(last) + len(last):][:40] if last in after else after[:40]
    return Figure(metric, *split_by_tense(text, match, clause_after, target_cues, delivered_cues, plan_context,
                                          value), unit)


def split_by_tense(text: str, match, after: str, target_cues, delivered_cues, plan_context: bool, value):
    """(target, delivered): the verb nearest the number decides ("will train 60", "recruited 7",
    "248 learners have attended"); a list under a plans lead-in is targets; otherwise no figure."""
    near_before = text[max(0, match.start() - 25):match.start()]
    wider = text[max(0, match.start() - 60):match.start()] + " " + after
    for cues_first in ((near_before,), (after,)):
        target_hit = any(target_cues.search(part) for part in cues_first)
        delivered_hit = any(delivered_cues.search(part) for part in cues_first)
        if target_hit and not delivered_hit:
            return value, None
        if delivered_hit and not target_hit:
            return None, value
        if target_hit and delivered_hit:  # "have been planned", "will have attended": the future wins
            return (value, None) if re.search(r"\b(will|to be|being|planned|expected)\b", cues_first[0]) else (None, value)
    if plan_context or (match.group("over") and "expected" in wider) or target_cues.search(wider):
        return value, None
    raise NoFigure


class NoFigure(Exception):
    """The number has no cue that makes it a target or a delivered figure."""


def noun_phrase(after: str, lex) -> str | None:
    """The words after the number up to a verb or preposition: "learners", "health champions";
    a quoted name counts as one word ("4 'No Recourse to Public Funds' training events")."""
    quoted = re.match(r"\s*[‘'\"“]([^’'\"”]{1,60})[’'\"”]", after)
    words = [quoted.group(1)] if quoted else []
    for word in re.findall(r"[\w'’-]+|[^\w\s]", after[quoted.end() if quoted else 0:].strip())[:7]:
        lower = word.lower()
        if not re.match(r"[\w'’-]", word) or lower in VERB_STOP or (words and lower.endswith("ed") and len(lower) > 4):
            break
        words.append(word)
    words = words[:5]
    while words and words[-1].lower() in {"and", "or", "of", "the", "a"}:
        words.pop()  # "85 mentors and supported ...": the phrase ends before the next clause
    if not words or words[0].isdigit() or {words[0].lower(), words[-1].lower()} & set(lex["not_figure_nouns"]):
        return None
    return " ".join(words)


def in_plan_list(ctx: Context, block) -> bool:
    """A list item under a lead-in that announces plans ("Other plans for the project include:")."""
    if block.kind != "list_item":
        return False
    previous = ctx.lead_in(block)
    return previous is not None and bool(PLANS.search(previous.text)) and previous.text.rstrip().endswith(":")
