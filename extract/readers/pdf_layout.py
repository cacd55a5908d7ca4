"""Turns a PDF page's characters into lines, then lines into headings, list items and paragraphs."""
from __future__ import annotations

import re
from dataclasses import dataclass

BULLET = re.compile(r"^\s*[\uf0b7\uf0a7·•▪◦●○■□➢►\-–]\s*")
ENUMERATED = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|\([a-z0-9ivx]{1,4}\))\s")
LINE_END_HYPHEN = "\ufffe"  # PDFium's mark for a hyphen it found at the end of a line
HEADING_RATIO = 1.15
PARAGRAPH_STEP = 1.45


@dataclass
class Line:
    text: str
    size: float
    baseline: float  # distance from the page's top edge

    @property
    def top(self) -> float:
        return self.baseline - self.size


def page_lines(page) -> list[Line]:
    import ctypes

    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        height = page.get_height()
        text = pdfium_text(textpage.get_text_range())
        lines, start = [], 0
        for raw_line in text.split("\r\n"):
            stripped = raw_line.strip()
            if stripped:
                index = start + raw_line.index(stripped[0])
                x, y = ctypes.c_double(), ctypes.c_double()
                raw.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y))
                size = raw.FPDFText_GetFontSize(textpage.raw, index)
                lines.append(Line(stripped, size, height - y.value))
            start += len(raw_line) + 2
        return lines
    finally:
        textpage.close()


def pdfium_text(text: str) -> str:
    """PDFium's text with its line-end hyphen mark as the hyphen the page shows (it cannot tell a
    compound's hyphen from a word split across lines, and neither can we: the hyphen is kept)."""
    return text.replace(LINE_END_HYPHEN, "-")


def group_lines(lines: list[Line], tables: list, body_size: float):
    """Yields (kind, level, text-or-rows); lines inside a table's box give way to the table."""
    pending = sorted(tables, key=lambda t: t[0])
    current: list[str] = []
    kind, level = None, None
    previous: Line | None = None
    for line in lines:
        while pending and pending[0][0] <= line.top:
            yield from flush(kind, current, level)
            current, kind = [], None
            yield "table", None, pending.pop(0)[2]
        if any(top - 2 <= line.baseline <= bottom + 2 for top, bottom, _ in tables):
            continue
        line_kind = classify(line, body_size)
        if current and not starts_new_block(kind, line_kind, previous, line):
            current.append(line.text)
        else:
            yield from flush(kind, current, level)
            current, kind = [BULLET.sub("", line.text, count=1)], line_kind
            level = heading_level(line, body_size) if line_kind == "heading" else None
        previous = line
    yield from flush(kind, current, level)
    for _, _, rows in pending:
        yield "table", None, rows


def classify(line: Line, body_size: float) -> str:
    if line.size >= body_size * HEADING_RATIO:
        return "heading"
    if BULLET.match(line.text) or ENUMERATED.match(line.text):
        return "list_item"
    return "paragraph"


def starts_new_block(kind: str | None, line_kind: str, previous: Line | None, line: Line) -> bool:
    if line_kind == "list_item" or kind != line_kind and not (kind == "list_item" and line_kind == "paragraph"):
        return True
    if previous is None:
        return True
    # Wrapped lines sit about 1.2 font sizes apart; paragraph spacing adds more.
    if line.baseline - previous.baseline > max(previous.size, 1) * PARAGRAPH_STEP or line.baseline < previous.baseline:
        return True
    if kind == "heading" and abs(line.size - previous.size) > 0.5:
        return True
    # Office suites leave no gap between paragraphs: a full stop then a capital is the best cue left.
    return kind == "paragraph" and previous.text.endswith((".", ":", "?", "!")) and len(previous.text) < 60


def heading_level(line: Line, body_size: float) -> int:
    return 1 if line.size >= body_size * 1.8 else 2 if line.size >= body_size * 1.3 else 3


def flush(kind: str | None, current: list[str], level: int | None):
    if kind and current:
        yield kind, level, join_wrapped(current)


def join_wrapped(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text.endswith("-") and not text.endswith(" -") and part[:1].islower():
            text += part  # a hyphenated compound broken across lines keeps its hyphen
        else:
            text = f"{text} {part}" if text else part
    return text
