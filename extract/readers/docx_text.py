"""Text of WordprocessingML elements, read from the XML itself so nothing a reader sees is lost: runs
inside content controls (w:sdt), hyperlinks and fields, text boxes (w:txbxContent, once: not again from
their VML fallback), nested tables, and rows or cells wrapped in content controls."""
from __future__ import annotations

from typing import Iterator

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
NOT_TEXT = {W + "pPr", W + "rPr", W + "txbxContent", W + "delText", W + "instrText", MC_FALLBACK}
WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag"}  # hold blocks, rows or cells


def paragraph_text(paragraph) -> str:
    """A w:p's text: every w:t in order, tabs and breaks kept; text boxes are blocks of their own."""
    out: list[str] = []
    collect_text(paragraph, out)
    return "".join(out)


def collect_text(element, out: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in NOT_TEXT or not isinstance(tag, str):
            continue
        if tag == W + "t":
            out.append(child.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        else:
            collect_text(child, out)


def blocks(container) -> Iterator:
    """The w:p and w:tbl of a body, cell or text box in order, through content controls; after each
    paragraph, the blocks of the text boxes anchored in it."""
    for child in container:
        if child.tag == W + "p":
            yield child
            for box in text_boxes(child):
                yield from blocks(box)
        elif child.tag == W + "tbl":
            yield child
        elif child.tag in WRAPPERS:
            yield from blocks(child)


def text_boxes(paragraph) -> Iterator:
    for box in paragraph.iter(W + "txbxContent"):
        if not any(ancestor.tag == MC_FALLBACK for ancestor in box.iterancestors()):
            yield box


def within(element, tag: str) -> Iterator:
    """Children with this tag, also those wrapped in content controls."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in WRAPPERS:
            yield from within(child, tag)


def table_rows(table) -> list[list[str]]:
    """Rows of cell texts; a merged cell's text is repeated in every grid position it covers, and a
    cell's nested tables are part of its text."""
    rows: list[list[str]] = []
    for tr in within(table, W + "tr"):
        row: list[str] = []
        for tc in within(tr, W + "tc"):
            text = cell_text(tc)
            if vertical_merge(tc) == "continue" and rows and len(rows[-1]) > len(row):
                text = rows[-1][len(row)]
            row.extend([text] * grid_span(tc))
        rows.append(row)
    return rows


def cell_text(cell) -> str:
    lines = []
    for block in blocks(cell):
        if block.tag == W + "p":
            lines.append(paragraph_text(block))
        else:
            lines += [" | ".join(row) for row in table_rows(block)]
    return "\n".join(lines)


def grid_span(cell) -> int:
    span = cell.find(f"{W}tcPr/{W}gridSpan")
    value = span.get(W + "val") if span is not None else None
    return max(1, min(int(value), 64)) if value and value.isdigit() else 1


def vertical_merge(cell) -> str | None:
    merge = cell.find(f"{W}tcPr/{W}vMerge")
    if merge is None:
        return None
    return merge.get(W + "val") or "continue"
