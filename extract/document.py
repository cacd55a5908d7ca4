"""The Document every reader returns: ordered blocks over one plain text, with offsets and pages."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table")
BLOCK_SEPARATOR = "\n\n"


@dataclass
class Block:
    kind: str
    text: str
    start: int
    end: int
    page: int | None = None
    level: int | None = None
    rows: list[list[str]] | None = None

    def to_dict(self) -> dict:
        out = {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end, "page": self.page}
        if self.level is not None:
            out["level"] = self.level
        if self.rows is not None:
            out["rows"] = self.rows
        return out


@dataclass
class Document:
    path: str
    format: str
    text: str = ""
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    metadata: dict = field(default_factory=dict)
    sha256: str = ""

    @property
    def tables(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "table"]

    @property
    def title(self) -> str | None:
        return self.metadata.get("title")

    def block_at(self, offset: int) -> Block | None:
        """The block holding this offset (blocks are in text order; bisected, as every fact asks)."""
        index = self.last_block_starting_by(offset)
        if index >= 0 and offset < self.blocks[index].end:
            return self.blocks[index]
        return None

    def last_block_starting_by(self, offset: int) -> int:
        """Index of the last block that starts at or before this offset; -1 if none does."""
        return bisect.bisect_right(self._block_starts, offset) - 1

    @cached_property
    def _block_starts(self) -> list[int]:
        return [block.start for block in self.blocks]

    def page_at(self, offset: int) -> int | None:
        block = self.block_at(offset)
        return block.page if block else None


NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")  # control, unmapped, private-use
# Word's Symbol and Wingdings bullets reach PDF text as private-use code points: they are bullets, not noise
SYMBOL_FONT_BULLETS = str.maketrans(dict.fromkeys("\uf0b7\uf0a7\uf0d8\uf076", "•"))
INLINE_BULLETS = "•▪◦●■➢►"  # bullets that may stand inside a line, items a PDF ran together


def clean_inline(text: str) -> str:
    """Folds runs of white space inside one block, so offsets stay stable across formats; characters that
    are not text (control codes, a font's private-use glyphs, unmapped glyphs) are dropped."""
    text = NOT_TEXT.sub("", text.replace("\n", " ").translate(SYMBOL_FONT_BULLETS))
    return re.sub(r"[ \t\r\f\v\u00a0\u200b]+", " ", text).strip()


def table_text(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(cell for cell in row) for row in rows)


class DocumentBuilder:
    """Appends blocks to one plain text and records where each block starts and ends."""

    def __init__(self, path: str, fmt: str):
        self.doc = Document(path=str(path), format=fmt)
        self._parts: list[str] = []
        self._length = 0

    def add(self, kind: str, text: str, page: int | None = None, level: int | None = None,
            rows: list[list[str]] | None = None) -> Block | None:
        if kind == "table":
            rows = [[clean_inline(c) for c in row] for row in rows or []]
            rows = [r for r in rows if any(r)]
            if not rows:
                return None
            text = table_text(rows)
        else:
            text = clean_inline(text)
        if not text:
            return None
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        block = Block(kind, text, self._length, self._length + len(text), page, level, rows)
        self._parts.append(text)
        self._length += len(text)
        self.doc.blocks.append(block)
        return block

    def build(self, **metadata) -> Document:
        self.doc.text = "".join(self._parts)
        self.doc.metadata.update({k: v for k, v in metadata.items() if v})
        if "title" not in self.doc.metadata:
            self.doc.metadata["title"] = first_heading(self.doc)
        return self.doc


def first_heading(doc: Document) -> str | None:
    headings = [b for b in doc.blocks if b.kind == "heading"]
    if not headings:
        return None
    top = min(b.level or 9 for b in headings)
    return next(b.text for b in headings if (b.level or 9) == top)
