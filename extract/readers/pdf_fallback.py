"""When PDFium's text is not to be trusted: a readability score per page, pdfplumber's text for pages
PDFium garbles (or for a file PDFium cannot open), and a refusal when neither gives text."""
from __future__ import annotations

import io
import logging
import re

from partnergraph.extract.document import NOT_TEXT
from partnergraph.extract.errors import RefusedFile

MIN_READABLE = 0.85  # share of a page's characters that must be text (not control, private-use or unmapped)
CID = re.compile(r"\(cid:\d+\)")  # pdfminer's mark for a glyph with no known character
RIGHT_TO_LEFT_CHAR = r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"  # Hebrew, Arabic, Syriac, Thaana, N'Ko
RIGHT_TO_LEFT = re.compile(RIGHT_TO_LEFT_CHAR)
RIGHT_TO_LEFT_RUN = re.compile(rf"{RIGHT_TO_LEFT_CHAR}(?:[ .,:]|{RIGHT_TO_LEFT_CHAR})*{RIGHT_TO_LEFT_CHAR}"
                               rf"|{RIGHT_TO_LEFT_CHAR}")
LEFT_TO_RIGHT = r"[0-9A-Za-z\u00c0-\u024f\u0370-\u04ff]"  # digits, Latin, Greek, Cyrillic
LEFT_TO_RIGHT_RUN = re.compile(rf"{LEFT_TO_RIGHT}(?:[ .,:/%'+-]|{LEFT_TO_RIGHT})*{LEFT_TO_RIGHT}|{LEFT_TO_RIGHT}")


SPACE = re.compile(r"\s")  # what str.isspace() calls space
NOT_TEXT_NOR_SPACE = re.compile(r"(?!\s)" + NOT_TEXT.pattern)


def readable_share(text: str) -> float:
    """1.0 for clean text; lower as control, private-use, replacement characters and (cid:N) marks grow."""
    marks = sum(len(m) for m in CID.findall(text))
    text = CID.sub("", text)
    letters = len(text) - len(SPACE.findall(text))
    if not letters and not marks:
        return 1.0
    bad = len(NOT_TEXT_NOR_SPACE.findall(text)) + marks
    return 1.0 - bad / (letters + marks)


def plumber_text(text: str) -> str:
    """pdfplumber's page text without (cid:N) marks, each line in reading order: pdfplumber lays out
    characters left to right, so Hebrew and Arabic lines come out reversed."""
    return "\n".join(logical_order(line) for line in CID.sub("", text).split("\n"))


def logical_order(line: str) -> str:
    """A line holding right-to-left text, laid out left to right, in reading order. In a mostly
    right-to-left line the line is reversed, then each run of left-to-right words or digits turned back;
    in a mostly left-to-right line only the right-to-left runs are turned."""
    right_to_left = len(RIGHT_TO_LEFT.findall(line))
    if not right_to_left:
        return line
    if right_to_left < len(re.findall(LEFT_TO_RIGHT, line)):
        return RIGHT_TO_LEFT_RUN.sub(lambda run: run.group()[::-1], line)
    return LEFT_TO_RIGHT_RUN.sub(lambda run: run.group()[::-1], line[::-1])


def plumber_pages(data: bytes, indexes: list[int], password: str | None) -> dict[int, str]:
    """pdfplumber's text of these pages (0-based), where it reads as text."""
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    found: dict[int, str] = {}
    try:
        with pdfplumber.open(io.BytesIO(data), pages=[i + 1 for i in indexes], password=password or "") as pdf:
            for index, page in zip(indexes, pdf.pages):
                text = page.extract_text() or ""
                if text.strip() and readable_share(text) >= MIN_READABLE:
                    found[index] = plumber_text(text)
    except Exception:  # pdfminer raises many types on odd files: those pages stay unread
        return found
    return found


def plumber_document(path, data: bytes, password: str | None, max_pages: int, why: str):
    """The whole file read by pdfplumber, for a PDF that PDFium cannot open; refused if that fails too."""
    import pdfplumber

    from partnergraph.extract.document import DocumentBuilder

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
            if len(pdf.pages) > max_pages:
                raise RefusedFile("too_many_pages", f"{len(pdf.pages):,} pages, over the {max_pages:,}-page limit")
            builder = DocumentBuilder(str(path), "pdf")
            for number, page in enumerate(pdf.pages, start=1):
                add_page_text(builder, plumber_text(page.extract_text() or ""), number)
            builder.doc.pages = len(pdf.pages)
            return builder.build()
    except RefusedFile:
        raise
    except Exception as exc:
        raise RefusedFile("corrupt", f"corrupt or truncated PDF ({why}; pdfplumber: {type(exc).__name__})") from exc


def add_page_text(builder, text: str, page: int) -> None:
    """Plain page text as paragraphs: lines joined, a blank line or a short line ends a paragraph."""
    paragraph: list[str] = []
    for line in text.splitlines() + [""]:
        if line.strip():
            paragraph.append(line.strip())
        if paragraph and (not line.strip() or len(line.strip()) < 40 or line.rstrip().endswith((".", ":"))):
            builder.add("paragraph", " ".join(paragraph), page=page)
            paragraph = []
