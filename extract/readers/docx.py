"""DOCX reader (python-docx): body in order, heading and list styles, tables, headers, footers, footnotes."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from extract.document import Document, DocumentBuilder
from extract.errors import RefusedFile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título|titolo)\s*(\d)", re.I)


MAX_RATIO = 200  # a part that inflates more than this from its compressed size is a zip bomb


def read_docx(path: Path, data: bytes, max_unzipped_bytes: int = 200 * 1024 * 1024) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_package(data, max_unzipped_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise RefusedFile("corrupt", f"not a readable Word document ({type(exc).__name__})") from exc
    builder = DocumentBuilder(str(path), "docx")
    add_body(builder, document)
    add_furniture(builder, document)
    add_footnotes(builder, document)
    return builder.build(**core_properties(document))


def check_package(data: bytes, max_unzipped_bytes: int) -> None:
    """Refuses zip bombs and zips that are not Word documents before any part is inflated."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise RefusedFile("corrupt", f"not a readable Word document ({exc})") from exc
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise RefusedFile("not_docx", "named .docx but it is not a Word document (no word/document.xml)")
    total = sum(info.file_size for info in infos)
    if total > max_unzipped_bytes:
        raise RefusedFile("decompression", f"unzips to {total / 1e6:,.0f} MB, over the "
                                           f"{max_unzipped_bytes / 1e6:,.0f} MB limit (a zip bomb?)")
    for info in infos:
        if info.file_size > 10_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise RefusedFile("decompression", f"part {info.filename} inflates {info.file_size // max(info.compress_size, 1)}"
                                               f" times (a zip bomb?)")


def add_body(builder: DocumentBuilder, document) -> None:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    styles = style_names(document)
    for element in document.element.body.iterchildren():
        if element.tag == W + "p":
            add_paragraph(builder, Paragraph(element, document), styles)
        elif element.tag == W + "tbl":
            builder.add("table", "", rows=table_rows(Table(element, document)))


def style_names(document) -> dict[str | None, str]:
    """Paragraph style id -> name, read once: python-docx's `paragraph.style` rescans every style of
    the document for each paragraph (it was two thirds of DOCX reading time). Key None: the default."""
    names: dict[str | None, str] = {}
    try:
        root = document.styles.element
    except (KeyError, ValueError):  # a package without a styles part
        return names
    for style in root.iterchildren(W + "style"):
        if style.get(W + "type") not in (None, "paragraph"):
            continue
        name_element = style.find(W + "name")
        name = name_element.get(W + "val", "") if name_element is not None else ""
        names[style.get(W + "styleId")] = name
        if style.get(W + "default") in ("1", "true", "on"):
            names.setdefault(None, name)
    return names


def add_paragraph(builder: DocumentBuilder, paragraph, styles: dict[str | None, str]) -> None:
    style_id = paragraph._p.style
    style = styles.get(style_id, styles.get(None, "")) or ""
    text = paragraph.text
    match = HEADING_STYLE.match(style or "")
    if style.lower() == "title":
        builder.add("heading", text, level=1)
    elif match:
        builder.add("heading", text, level=int(match.group(1)))
    elif style.lower().startswith("list") or is_numbered(paragraph):
        builder.add("list_item", text)
    else:
        builder.add("paragraph", text)


def is_numbered(paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.numPr is not None


def table_rows(table) -> list[list[str]]:
    """Rows of cell texts; python-docx repeats a merged cell in every grid position it covers."""
    rows = []
    for row in table.rows:
        try:
            rows.append([cell.text for cell in row.cells])
        except (IndexError, ValueError):  # malformed grids from odd editors
            rows.append([tc.xpath("string(.)") for tc in row._tr.tc_lst])
    return rows


def add_furniture(builder: DocumentBuilder, document) -> None:
    seen = set()
    for section in document.sections:
        for part in (section.header, section.footer):
            try:
                texts = [p.text for p in part.paragraphs] if not part.is_linked_to_previous else []
            except (KeyError, ValueError):
                continue
            text = " ".join(t.strip() for t in texts if t.strip())
            if text and text not in seen:
                seen.add(text)
                builder.add("paragraph", text)


def add_footnotes(builder: DocumentBuilder, document) -> None:
    for part in document.part.package.parts:
        if str(part.partname).endswith(("/footnotes.xml", "/endnotes.xml")):
            from docx.oxml import parse_xml

            root = parse_xml(part.blob)
            for note in root.iter(W + "footnote", W + "endnote"):
                if note.get(W + "type") in (None, "normal"):
                    builder.add("paragraph", "".join(t.text or "" for t in note.iter(W + "t")))


def core_properties(document) -> dict:
    props = document.core_properties
    return {"title": props.title or None, "author": props.author or None,
            "created": props.created.isoformat() if props.created else None,
            "modified": props.modified.isoformat() if props.modified else None}
