"""PDF reader: text and ruled tables with pypdfium2 (fast); pdfplumber for what PDFium cannot read."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from partnergraph.extract.document import Document, DocumentBuilder
from partnergraph.extract.errors import RefusedFile
from partnergraph.extract.readers.pdf_fallback import (MIN_READABLE, add_page_text, plumber_document,
                                                       plumber_pages, readable_share)
from partnergraph.extract.readers.pdf_layout import Line, group_lines, page_lines
from partnergraph.extract.readers.pdf_tables import find_tables

RULING_PATHS = 4  # a page drawing fewer vector paths than this holds no ruled table


def read_pdf(path: Path, data: bytes, password: str | None = None, max_pages: int = 1_000) -> Document:
    import pypdfium2 as pdfium

    try:
        pdf = open_pdf(pdfium, data, password)
    except UnopenedByPdfium as exc:
        return plumber_document(path, data, password, max_pages, str(exc))
    try:
        if len(pdf) > max_pages:
            raise RefusedFile("too_many_pages", f"{len(pdf):,} pages, over the {max_pages:,}-page limit")
        builder = DocumentBuilder(str(path), "pdf")
        pages = [page_content(pdf, index) for index in range(len(pdf))]
        replaced = reread_garbled(pages, data, password)
        ruled = [i for i, (_, has_rules) in enumerate(pages) if has_rules and i not in replaced]
        tables = find_tables(pdf, ruled)
        body = body_sizes(pages).most_common(1)
        body_size = body[0][0] if body else 12.0
        for number, (lines, _) in enumerate(pages, start=1):
            if number - 1 in replaced:
                add_page_text(builder, replaced[number - 1], number)
                continue
            for kind, level, content in group_lines(lines, tables.get(number - 1, []), body_size):
                builder.add(kind, "" if kind == "table" else content, page=number, level=level,
                            rows=content if kind == "table" else None)
        builder.doc.pages = len(pdf)
        return builder.build(**pdf_metadata(pdf))
    finally:
        pdf.close()


def body_sizes(pages: list) -> Counter:
    """Characters set in each (rounded) font size: the commonest is the body text's."""
    sizes: Counter = Counter()
    for lines, _ in pages:
        for line in lines:
            sizes[round(line.size)] += len(line.text)
    return sizes


class UnopenedByPdfium(Exception):
    """PDFium cannot load the file; pdfplumber may."""


def reread_garbled(pages: list, data: bytes, password: str | None) -> dict[int, str]:
    """pdfplumber's text for the pages whose PDFium text scores as garbage; a page neither reads is left
    out, and a file whose every page is garbage is refused."""
    texts = [" ".join(line.text for line in lines) for lines, _ in pages]
    garbled = [i for i, text in enumerate(texts) if readable_share(text) < MIN_READABLE]
    if not garbled:
        return {}
    replaced = plumber_pages(data, garbled, password)
    for index in garbled:
        if index not in replaced:
            pages[index] = ([], False)
    if all(not lines for lines, _ in pages) and not replaced:
        share = min(readable_share(texts[i]) for i in garbled)
        raise RefusedFile("garbled", f"the text layer is not text ({1 - share:.0%} of its characters are unmapped "
                                     "or control characters): run OCR on it")
    return replaced


def open_pdf(pdfium, data: bytes, password: str | None):
    """Opens without a password first: a password given for other files must not lock out this one."""
    for attempt in (None, password) if password else (None,):
        try:
            return pdfium.PdfDocument(data, password=attempt)
        except pdfium.PdfiumError as exc:
            if "password" not in str(exc).lower():
                raise UnopenedByPdfium(f"PDFium: {exc}") from exc
    if password:
        raise RefusedFile("encrypted", "encrypted PDF and the password given does not open it")
    raise RefusedFile("encrypted", "encrypted PDF: give its password with --password")


def page_content(pdf, index: int) -> tuple[list[Line], bool]:
    """The page's lines, and whether it draws enough ruling lines to hold a table."""
    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        lines = page_lines(page)
        paths = sum(1 for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2))
    finally:
        page.close()
    return lines, paths >= RULING_PATHS


def pdf_metadata(pdf) -> dict:
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # broken info dictionaries are common and never worth refusing a file for
        return {}
    return {"title": meta.get("Title"), "author": meta.get("Author"),
            "created": pdf_date(meta.get("CreationDate")), "modified": pdf_date(meta.get("ModDate"))}


def pdf_date(value: str | None) -> str | None:
    """'D:20190312...' -> '2019-03-12'."""
    if not value:
        return None
    digits = value[2:] if value.startswith("D:") else value
    if len(digits) >= 8 and digits[:8].isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
    return None
