"""DOCX text that sits in nested tables, content controls and text boxes, Strict OOXML packages, and a
main part under another name: read from real sample DOCX files changed the way other editors write them."""
from __future__ import annotations

import zipfile

import pytest

from conftest import CORPUS
from partnergraph.extract.readers import read_file

SAMPLE = CORPUS / "003_e5d3308963921065.docx"
MC = b'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def p(text: str) -> bytes:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>".encode()


def cell(inner: bytes) -> bytes:
    return b"<w:tc>" + inner + b"</w:tc>"


NESTED_TABLE = (b"<w:tbl><w:tr>" + cell(p("Outer cell.") + b"<w:tbl><w:tr>" + cell(p("Inner partner Hope Trust."))
                + cell(p("Inner figure 42.")) + b"</w:tr></w:tbl>" + p("")) + b"</w:tr></w:tbl>")
CONTENT_CONTROLS = (b"<w:sdt><w:sdtContent>" + p("Block control: Leeds Welcome Centre.") + b"</w:sdtContent></w:sdt>"
                    b"<w:p><w:r><w:t>Inline </w:t></w:r><w:sdt><w:sdtContent><w:r><w:t>control text</w:t></w:r>"
                    b"</w:sdtContent></w:sdt></w:p>"
                    b"<w:tbl><w:sdt><w:sdtContent><w:tr>" + cell(p("Row in a control."))
                    + b"<w:sdt><w:sdtContent>" + cell(p("Cell in a control.")) + b"</w:sdtContent></w:sdt>"
                    b"</w:tr></w:sdtContent></w:sdt></w:tbl>")
TEXT_BOX = (b"<w:p><w:r><mc:AlternateContent " + MC + b"><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
            + p("Box text: Harbour Refugee Forum.") + b"</w:txbxContent></w:drawing></mc:Choice><mc:Fallback>"
            b"<w:pict><w:txbxContent>" + p("Box text: Harbour Refugee Forum.") + b"</w:txbxContent></w:pict>"
            b"</mc:Fallback></mc:AlternateContent></w:r></w:p>")


def changed_docx(tmp_path, change, name="changed.docx"):
    target = tmp_path / name
    with zipfile.ZipFile(SAMPLE) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            renamed, data = change(info.filename, old.read(info.filename))
            new.writestr(renamed, data)
    return target


def with_body_start(extra: bytes):
    def change(name, data):
        if name == "word/document.xml":
            start = data.index(b"<w:body>") + len(b"<w:body>")
            data = data[:start] + extra + data[start:]
        return name, data
    return change


@pytest.mark.parametrize("extra, expected", [
    (NESTED_TABLE, ["Outer cell.", "Inner partner Hope Trust.", "Inner figure 42."]),
    (CONTENT_CONTROLS, ["Block control: Leeds Welcome Centre.", "Inline control text", "Row in a control.",
                        "Cell in a control."]),
    (TEXT_BOX, ["Box text: Harbour Refugee Forum."]),
], ids=["nested-tables", "content-controls", "text-box"])
def test_text_in_word_structures_is_read(tmp_path, extra, expected):
    document = read_file(changed_docx(tmp_path, with_body_start(extra)))
    for text in expected:
        assert text in document.text, text
    assert document.text.count("Box text") <= 1  # a text box once, not again from its fallback
    assert "Coventry City Council" in document.text  # the report's own text still read


def test_a_document_all_in_nested_tables_is_read_not_refused(tmp_path):
    def only_tables(name, data):
        if name == "word/document.xml":
            start, end = data.index(b"<w:body>") + len(b"<w:body>"), data.index(b"<w:sectPr")
            data = data[:start] + NESTED_TABLE + data[end:]
        return name, data
    assert "Inner partner Hope Trust." in read_file(changed_docx(tmp_path, only_tables)).text


def test_strict_ooxml_is_read(tmp_path):
    def strict(name, data):
        data = data.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                            b"http://purl.oclc.org/ooxml/wordprocessingml/main")
        data = data.replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                            b"http://purl.oclc.org/ooxml/officeDocument/relationships")
        return name, data
    original, converted = read_file(SAMPLE), read_file(changed_docx(tmp_path, strict))
    assert converted.text == original.text
    assert [b.kind for b in converted.blocks] == [b.kind for b in original.blocks]


def test_a_main_part_under_another_name_is_found_through_the_package_relationships(tmp_path):
    def renamed(name, data):
        if name == "word/document.xml":
            return "word/document2.xml", data
        if name == "_rels/.rels":
            data = data.replace(b"word/document.xml", b"word/document2.xml")
        if name == "[Content_Types].xml":
            data = data.replace(b"/word/document.xml", b"/word/document2.xml")
        if name == "word/_rels/document.xml.rels":
            return "word/_rels/document2.xml.rels", data
        return name, data
    assert read_file(changed_docx(tmp_path, renamed)).text == read_file(SAMPLE).text
