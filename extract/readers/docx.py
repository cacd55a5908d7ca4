"""DOCX reader: body in order, heading and list styles, tables, headers, footers, footnotes.

Parts are read one by one from the package (docx_package.py), only those a report's text needs; the
text of paragraphs and tables is read from the XML (docx_text.py) so content controls, text boxes and
nested tables keep theirs."""
from __future__ import annotations

import re
from pathlib import Path

from partnergraph.extract.document import Document, DocumentBuilder
from partnergraph.extract.errors import RefusedFile
from partnergraph.extract.readers.docx_package import PartCache, WordPackage
from partnergraph.extract.readers.docx_text import W, blocks, paragraph_text, table_rows
HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título|titolo)\s*(\d)", re.I)
RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
STYLES = "/styles"
CORE_PROPERTIES = "/metadata/core-properties"
STYLE_CACHE = PartCache()


def read_docx(path: Path, data: bytes, max_unzipped_bytes: int = 200 * 1024 * 1024) -> Document:
    package = WordPackage(data, max_unzipped_bytes)
    try:
        body = package.xml(package.main).find(W + "body")
        if body is None:
            raise RefusedFile("not_docx", "named .docx but its main part holds no document body")
        builder = DocumentBuilder(str(path), "docx")
        add_body(builder, body, style_names(package))
        add_furniture(builder, package, body)
        add_footnotes(builder, package)
        return builder.build(**core_properties(package))
    finally:
        package.close()


def add_body(builder: DocumentBuilder, body, styles: dict[str | None, str]) -> None:
    for element in blocks(body):
        if element.tag == W + "p":
            add_paragraph(builder, element, styles)
        else:
            builder.add("table", "", rows=table_rows(element))


def style_names(package: WordPackage) -> dict[str | None, str]:
    """Paragraph style id -> name (key None: the default style), read once per styles part."""
    part = package.related(package.main, STYLES)
    if part is None:
        return {}
    return STYLE_CACHE.get(package.fingerprint(part), lambda: paragraph_styles(package.xml(part)))


def paragraph_styles(root) -> dict[str | None, str]:
    names: dict[str | None, str] = {}
    for style in root.iterchildren(W + "style") if root is not None else []:
        if style.get(W + "type") not in (None, "paragraph"):
            continue
        name_element = style.find(W + "name")
        name = name_element.get(W + "val", "") if name_element is not None else ""
        names[style.get(W + "styleId")] = name
        if style.get(W + "default") in ("1", "true", "on"):
            names.setdefault(None, name)
    return names


def add_paragraph(builder: DocumentBuilder, paragraph, styles: dict[str | None, str]) -> None:
    style = styles.get(paragraph_style(paragraph), styles.get(None, "")) or ""
    text = paragraph_text(paragraph)
    match = HEADING_STYLE.match(style)
    if style.lower() == "title":
        builder.add("heading", text, level=1)
    elif match:
        builder.add("heading", text, level=int(match.group(1)))
    elif style.lower().startswith("list") or is_numbered(paragraph):
        builder.add("list_item", text)
    else:
        builder.add("paragraph", text)


def paragraph_style(paragraph) -> str | None:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return style.get(W + "val") if style is not None else None


def is_numbered(paragraph) -> bool:
    return paragraph.find(f"{W}pPr/{W}numPr") is not None


def add_furniture(builder: DocumentBuilder, package: WordPackage, body) -> None:
    """Each section's own default header and footer (one linked to the previous section adds nothing)."""
    related = package.relationships(package.main)
    seen = set()
    for section in body.xpath("./w:p/w:pPr/w:sectPr | ./w:sectPr"):
        for reference in section.iterchildren(W + "headerReference", W + "footerReference"):
            if reference.get(W + "type") != "default" or reference.get(RELATIONSHIP_ID) not in related:
                continue
            root = package.xml(related[reference.get(RELATIONSHIP_ID)][1])
            texts = [paragraph_text(p) for p in blocks(root) if p.tag == W + "p"] if root is not None else []
            text = " ".join(t.strip() for t in texts if t.strip())
            if text and text not in seen:
                seen.add(text)
                builder.add("paragraph", text)


def add_footnotes(builder: DocumentBuilder, package: WordPackage) -> None:
    for name in package.names_ending("/footnotes.xml", "/endnotes.xml"):
        root = package.xml(name)
        for note in root.iter(W + "footnote", W + "endnote"):
            if note.get(W + "type") in (None, "normal"):
                builder.add("paragraph", "".join(t.text or "" for t in note.iter(W + "t")))


def core_properties(package: WordPackage) -> dict:
    """Title, author and dates from the core properties part; none when the package has no such part."""
    from docx.opc.coreprops import CoreProperties

    part = package.related("", CORE_PROPERTIES)
    element = package.xml(part) if part else None
    if element is None:
        return {}
    props = CoreProperties(element)
    return {"title": props.title or None, "author": props.author or None,
            "created": props.created.isoformat() if props.created else None,
            "modified": props.modified.isoformat() if props.modified else None}
