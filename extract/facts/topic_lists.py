"""Names that belong to something other than a body: the items of a list of topics ("The priority areas
targeted by the plan are: Reception, Integration and Solidarity Services; ..."), and a name that does not
end in a body's head word and runs on into a plan's or a funding stream's name ("the Integrated Action
Plan", "as part of the Service Delivery Improvement stream") or is owned ("their Action Plans")."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import Context, lexicon, phrase_regex
from partnergraph.extract.facts.names import word_sets


TOPIC_WORDS = 12  # an item longer than this describes work ("Community sponsors understand their tasks ...")


def topic_list_ranges(ctx: Context) -> list[tuple[int, int]]:
    """The short list items under a lead-in that names topics and ends in a colon, and no bodies. Worked
    out once per report: the body and the theme rules both ask."""
    if "topic_lists" not in ctx.notes:
        ctx.notes["topic_lists"] = found_topic_lists(ctx)
    return ctx.notes["topic_lists"]


def found_topic_lists(ctx: Context) -> list[tuple[int, int]]:
    ranges, under_topics = [], False
    topics, bodies = phrase_regex(lexicon()["topic_list_leads"]), phrase_regex(lexicon()["body_list_labels"])
    for block in ctx.document.blocks:
        if block.kind == "list_item":
            if under_topics and all(len(item.split()) <= TOPIC_WORDS for item in re.split(r"[;§•]", block.text)):
                ranges.append((block.start, block.end))
            continue
        text = block.text.rstrip()
        under_topics = text.endswith(":") and bool(topics.search(text)) and not bodies.search(text)
    return ranges


@lru_cache(maxsize=1)
def continuation() -> re.Pattern:
    words = "|".join(re.escape(w) for w in lexicon()["name_continuations"])
    return re.compile(rf" (?:{words})\b")


OWNED = re.compile(r"\b(?i:their|its|his|her)\s+$")  # "the partners present their Action Plans"


def names_something_else(text: str, start: int, end: int, name: str) -> bool:
    """A name that does not end in a body's head word and runs on into a plan's or a stream's name, or that
    follows an owner's "their" or "its"."""
    if name.split()[-1].lower() in word_sets()["org_heads"]:
        return False
    return bool(continuation().match(text, end) or OWNED.search(text, max(0, start - 8), start))
