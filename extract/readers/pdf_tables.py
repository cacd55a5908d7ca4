"""Ruled tables of PDF pages: pdfplumber finds the cells by their ruling lines, PDFium gives each cell's
text (pdfplumber joins characters set close together, losing spaces, and leaves right-to-left text in
visual order; PDFium reads cells as it reads the rest of the page)."""
from __future__ import annotations

import io
import logging
from collections import Counter

from partnergraph.extract.readers.pdf_layout import pdfium_text

CELL_AGREEMENT = 0.9  # share of PDFium's characters in a cell that pdfplumber also found there ...
CELL_COVERAGE = 0.45  # ... and of pdfplumber's that PDFium found (pdfplumber doubles characters drawn twice)


def find_tables(data: bytes, indexes: list[int], password: str | None) -> dict[int, list]:
    """{page index: [(top, bottom, rows, cell boxes)]} of ruled tables, in pdfplumber's page coordinates
    (from the top edge); pdfplumber is opened once for those pages."""
    import pdfplumber

    if not indexes:
        return {}
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # odd fonts are common and not the user's concern
    found: dict[int, list] = {}
    try:
        with pdfplumber.open(io.BytesIO(data), pages=[i + 1 for i in indexes], password=password or "") as pdf:
            for index, page in zip(indexes, pdf.pages):
                keep_chars_near_lines(page)
                left, top = float(page.mediabox[0]), float(page.mediabox[3])
                found[index] = [(t.bbox[1], t.bbox[3], rows, [[pdf_box(cell, left, top) for cell in row.cells]
                                                            for row in t.rows])
                                for t in page.find_tables()
                                if len(rows := [[cell or "" for cell in row] for row in t.extract()]) >= 2
                                and max(len(r) for r in rows) >= 2]
    except Exception:  # pdfminer raises many types on odd files; the text is still read without tables
        return found
    return found


def pdf_box(cell, left: float, top: float):
    """A pdfplumber cell (x0, top, x1, bottom from the page's top-left) as PDF user space (left, bottom,
    right, top), which PDFium reads in."""
    if cell is None:
        return None
    x0, y0, x1, y1 = cell
    return left + x0, top - y1, left + x1, top - y0


def with_pdfium_cells(pdf, tables: dict[int, list]) -> dict[int, list]:
    """The same tables as (top, bottom, rows), each cell's text as PDFium reads it where the two libraries
    agree on what is in the cell, pdfplumber's otherwise."""
    filled: dict[int, list] = {}
    for index, page_tables in tables.items():
        page = pdf[index]
        if page.get_rotation():  # the two libraries disagree on a turned page's coordinates
            filled[index] = [table[:3] for table in page_tables]
            continue
        textpage = page.get_textpage()
        try:
            filled[index] = [(top, bottom, [[cell_text(textpage, box, text) for box, text in zip(box_row, row)]
                                            for box_row, row in zip(boxes, rows)])
                             for top, bottom, rows, boxes in page_tables]
        finally:
            textpage.close()
    return filled


def cell_text(textpage, box, plumber_text: str) -> str:
    if box is None:
        return plumber_text
    left, bottom, right, top = box
    text = " ".join(pdfium_text(textpage.get_text_bounded(left=left, bottom=bottom, right=right, top=top)).split())
    return text if text and agrees(text, plumber_text) else plumber_text


def agrees(pdfium_text: str, plumber_text: str) -> bool:
    """PDFium's characters are (nearly) all among pdfplumber's, and cover most of them: the same cell, read
    better, never another cell's text pulled in, nor a part of the cell, by a coordinate mismatch."""
    ours = Counter(c for c in pdfium_text if not c.isspace())
    theirs = Counter(c for c in plumber_text if not c.isspace())
    shared = sum((ours & theirs).values())
    return shared > 0 and shared >= CELL_AGREEMENT * sum(ours.values()) \
        and shared >= CELL_COVERAGE * sum(theirs.values())


def keep_chars_near_lines(page) -> None:
    """Drops, from pdfplumber's layout of the page, the characters away from everything the page draws:
    a table's cells lie within its ruling lines, and pdfplumber turns each character into a Python
    object before it looks for tables (on a full page of text, 60% of reading a five-page report)."""
    from pdfminer.layout import LTAnno, LTChar, LTContainer, LTCurve

    objects = getattr(page.layout, "_objs", None)  # the list pdfplumber itself walks
    drawn = [o.bbox for o in walk_layout(objects or [], LTContainer) if isinstance(o, LTCurve)]
    if not drawn:
        return
    area = (min(b[0] for b in drawn), min(b[1] for b in drawn), max(b[2] for b in drawn), max(b[3] for b in drawn))
    page.layout._objs = [o for o in objects if not isinstance(o, (LTChar, LTAnno))
                         or isinstance(o, LTChar) and touches(o.bbox, area)]


def walk_layout(objects, container_type):
    for obj in objects:
        yield obj
        if isinstance(obj, container_type):
            yield from walk_layout(obj, container_type)


def touches(box, area, margin: float = 2.0) -> bool:
    return box[0] < area[2] + margin and area[0] - margin < box[2] and box[1] < area[3] + margin and area[1] - margin < box[3]
