"""What every fact builder shares: the Document, the spaCy Doc, the lexicon and evidence helpers."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from partnergraph.extract.components.first_chars import first_chars
from partnergraph.extract.record import Evidence
from partnergraph.extract.resources import load_yaml


def lexicon() -> dict:
    return load_yaml("patterns/lexicon.yaml")


def phrase_regex(phrases) -> re.Pattern:
    """One case-insensitive regex matching any phrase on word boundaries (compiled once per list)."""
    return _compiled_phrases(tuple(phrases))


@lru_cache(maxsize=256)
def _compiled_phrases(phrases: tuple[str, ...]) -> re.Pattern:
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    starts = first_chars(ordered) if ordered and all(ordered) else ""  # rejects most positions at once
    return re.compile(starts + r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w-])", re.I)


@dataclass(frozen=True)
class Sentence:
    start_char: int
    end_char: int
    text: str


CUT_LINE_WORDS = 8  # words before a name on a last line that make it running text
PARAGRAPH_ITEM_WORDS = 30  # a list item this long is a paragraph (numbered paragraphs of minutes)


@dataclass
class Context:
    document: object
    doc: object
    report_date: str | None = None
    notes: dict = field(default_factory=dict)

    @cached_property
    def text(self) -> str:
        """The Doc's text, built once (spaCy joins the tokens anew on every Doc.text)."""
        return self.doc.user_data.get("text") or self.doc.text

    @cached_property
    def entities(self) -> list:
        """The model's entities, read once: spaCy builds `doc.ents` anew on every access."""
        return list(self.doc.ents)

    @cached_property
    def sentences(self) -> list["Sentence"]:
        """Sentences as plain records over the text, built once (a Span joins its tokens on every .text)."""
        text = self.text
        found = []
        for span in self.doc.sents:
            start, end = span.start_char, span.end_char
            if text[start:end].strip():
                found.append(Sentence(start, end, text[start:end]))
        return found

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start_char for s in self.sentences]

    def sentence_at(self, offset: int):
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[max(index, 0)] if self.sentences else None

    def cut_off(self, start: int, end: int) -> bool:
        """Whether a name runs into the end of a text cut off mid-sentence ("... and Wexcombe Borough Co"): the
        last line is a paragraph of running text without its full stop. A name on a short last line ("Posted
        by" over "Tom Hardy") or ending a bullet or a table row is whole."""
        text = self.text.rstrip()
        if end < len(text) or not text or not text[-1].isalnum():
            return False
        block = self.block_at(start)
        if block is not None and (block.kind in ("table", "heading") or block.kind == "list_item"
                                  and len(block.text.split()) < PARAGRAPH_ITEM_WORDS):
            return False
        return len(text[text.rfind("\n", 0, start) + 1:start].split()) >= CUT_LINE_WORDS

    def evidence(self, start: int, end: int) -> Evidence:
        sentence = self.sentence_at(start)
        text = sentence.text.strip() if sentence is not None else self.text[start:end]
        return Evidence(start=start, end=end, sentence=text, page=self.document.page_at(start))

    def block_at(self, offset: int):
        return self.document.block_at(offset)

    def lead_in(self, block):
        """The nearest block before this one that is not a list item: a list's label or lead-in."""
        return self.lead_ins[self.document.last_block_starting_by(block.start)]

    @cached_property
    def lead_ins(self) -> list:
        """Per block, its lead-in (asked for every sentence of a list; blocks start at distinct offsets)."""
        found, last = [], None
        for block in self.document.blocks:
            found.append(last)
            if block.kind != "list_item":
                last = block
        return found

    def heading_before(self, offset: int) -> str | None:
        """The nearest heading at or above this offset."""
        index = self.document.last_block_starting_by(offset)
        return self.block_headings[index] if index >= 0 else None

    @cached_property
    def block_headings(self) -> list[str | None]:
        """Per block, the nearest heading at or above it (asked for every sentence)."""
        headings, heading = [], None
        for block in self.document.blocks:
            if block.kind == "heading":
                heading = block.text
            headings.append(heading)
        return headings

    def spans(self, key: str, label: str | None = None) -> list:
        """Spans of a group, read once per group and label: a SpanGroup makes new Span objects on every pass."""
        cache = self.notes.setdefault("span_cache", {})
        if key not in cache:
            cache[key] = list(self.doc.spans.get(key, []))
        if label is None:
            return list(cache[key])
        if (key, label) not in cache:
            cache[key, label] = [s for s in cache[key] if s.label_ == label]
        return list(cache[key, label])
