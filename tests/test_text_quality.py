"""Text that is not text, or text a reader missed: PDF pages PDFium garbles are read again with pdfplumber
or left out, a file of nothing but garbage is refused saying so, a file PDFium cannot open is read by
pdfplumber, and a web page whose structure walk misses the article falls back to trafilatura's text."""
from __future__ import annotations

import pytest

import partnergraph.extract.readers.pdf as pdf_reader
from conftest import CORPUS, EXTERNAL, manifest, needs_shared
from partnergraph.extract.errors import RefusedFile
from partnergraph.extract.readers import read_file
from partnergraph.extract.readers.pdf_fallback import readable_share
from partnergraph.extract.readers.pdf_layout import Line

SAMPLE = CORPUS / "003_e5d3308963921065.pdf"
GARBAGE = "\ue001\ue002\x07\ue003 \ufffd\ue004\ue005\x01 \ue006"


@pytest.mark.parametrize("text, clean", [
    ("Refugee Action worked with the council.", True),
    ("(cid:12)(cid:7)(cid:99) (cid:3)(cid:4)", False),
    (GARBAGE, False),
    ("Mostly text with one odd glyph \ue001 in it, which is fine.", True),
])
def test_readable_share_tells_text_from_garbage(text, clean):
    assert (readable_share(text) >= 0.85) == clean


def garbled_first_page(monkeypatch):
    real = pdf_reader.page_lines
    calls = {"n": 0}

    def lines(page):
        calls["n"] += 1
        found = real(page)
        return [Line(GARBAGE, line.size, line.baseline) for line in found] if calls["n"] == 1 else found

    monkeypatch.setattr(pdf_reader, "page_lines", lines)


def test_a_page_pdfium_garbles_is_read_again_with_pdfplumber(monkeypatch):
    clean = read_file(SAMPLE)
    garbled_first_page(monkeypatch)
    document = read_file(SAMPLE)
    assert "\ue001" not in document.text and readable_share(document.text) > 0.99
    assert "Coventry City Council is leading a consortium" in " ".join(document.text.split())
    assert {b.page for b in document.blocks} == {b.page for b in clean.blocks}


def test_a_file_of_garbage_only_is_refused_with_that_reason(monkeypatch):
    monkeypatch.setattr(pdf_reader, "page_lines", lambda page: [Line(GARBAGE, 11.0, 100.0)])
    monkeypatch.setattr(pdf_reader, "plumber_pages", lambda data, indexes, password: {})
    with pytest.raises(RefusedFile) as refused:
        read_file(SAMPLE)
    assert refused.value.reason == "garbled" and "OCR" in str(refused.value)


def test_a_file_pdfium_cannot_open_is_read_by_pdfplumber(monkeypatch):
    import pypdfium2

    def cannot_open(*args, **kwargs):
        raise pypdfium2.PdfiumError("Failed to load document (PDFium: Data format error).")

    monkeypatch.setattr(pypdfium2, "PdfDocument", cannot_open)
    document = read_file(SAMPLE)
    assert "Coventry City Council" in document.text and document.pages and document.blocks[0].page == 1


@needs_shared
@pytest.mark.parametrize("row", [r for r in manifest() if r["path"].endswith(".pdf") and r["plain_lib_result"] == "ok"
                                 and "large" not in r["note"] and "slow" not in r["note"]],
                         ids=lambda r: r["path"].rsplit("/", 1)[-1])
def test_third_party_pdfs_store_no_unreadable_characters(row):
    try:
        document = read_file(str(EXTERNAL / row["path"]))
    except RefusedFile:
        return  # refused with a reason: nothing stored
    assert "(cid:" not in document.text
    control = {*range(0, 9), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)}  # not tab, newline, return
    assert not any(0xE000 <= ord(c) <= 0xF8FF or c == "\ufffd" or ord(c) in control for c in document.text)


def test_a_web_page_whose_structure_walk_misses_the_article_falls_back_to_trafilaturas_text(monkeypatch):
    import partnergraph.extract.readers.html as html_reader

    page = CORPUS / "003_e5d3308963921065.html"
    full = read_file(page)
    monkeypatch.setattr(html_reader, "walk", lambda element: iter([("paragraph", None, "Menu")]))
    fallback = read_file(page)
    assert "Coventry City Council is leading a consortium" in " ".join(fallback.text.split())
    assert len(fallback.text.split()) >= 0.7 * len(full.text.split())


def test_a_news_pages_video_playlist_labels_are_not_text(tmp_path):
    page = tmp_path / "news.html"
    page.write_text("<html><body><article><h1>Welcome hub opens</h1><p>JUST WATCHED</p><p>Up next</p>"
                    "<p>Leeds City Council opened a welcome hub with the Refugee Council this week, with English "
                    "classes and housing advice for families who arrived this year.</p><p>MUST WATCH</p>"
                    "<p>Refugees must watch their appeal deadlines closely, advisers said.</p></article></body></html>",
                    encoding="utf-8")
    text = read_file(page).text
    assert "JUST WATCHED" not in text and "MUST WATCH" not in text and "Up next" not in text
    assert "must watch their appeal deadlines" in text


@needs_shared
def test_right_to_left_text_read_by_pdfplumber_is_in_reading_order(monkeypatch):
    """pdfplumber lays Arabic out left to right (reversed); PDFium reads it in order. With PDFium unable to
    open the file, the fallback's text must read as PDFium's does."""
    import pypdfium2

    path = EXTERNAL / "pypdf/resources/hello-world.pdf"
    by_pdfium = read_file(path)
    monkeypatch.setattr(pypdfium2, "PdfDocument", lambda *a, **k: (_ for _ in ()).throw(pypdfium2.PdfiumError("x")))
    by_pdfplumber = read_file(path)
    assert "مرحبا بالعالم" in by_pdfium.text and "مرحبا بالعالم" in by_pdfplumber.text
    assert "ملاعلاب" not in by_pdfplumber.text


@pytest.mark.parametrize("line, reading_order", [
    ("ملاعلاب ابحرم", "مرحبا بالعالم"),                       # all right-to-left: reversed
    ("Arabic hello world: ملاعلاب ابحرم", "Arabic hello world: مرحبا بالعالم"),  # only the Arabic run turns
    ("2021 ةنس ملاعلا", "العالم سنة 2021"),                    # digits keep their order
    ("Refugee Week 2021", "Refugee Week 2021"),
])
def test_logical_order_of_visual_lines(line, reading_order):
    from partnergraph.extract.readers.pdf_fallback import logical_order
    assert logical_order(line) == reading_order


def table_cells(path) -> list[str]:
    return [cell for block in read_file(path).blocks if block.kind == "table" for row in block.rows for cell in row]


@needs_shared
@pytest.mark.parametrize("name, spaced, squeezed", [
    ("pdfplumber/tests/pdfs/chelsea_pdta.pdf", "Pour participer à des activités sociales", "Pourparticiperà"),
    ("pdfplumber/tests/pdfs/WARN-Report-for-7-1-2015-to-03-25-2016.pdf", "07/01/2015", "0 7 / 0 1 / 2 0 15"),
    ("pdfplumber/tests/pdfs/issue-71-duplicate-chars.pdf", "项目描述：负责", "项项目目"),
])
def test_table_cells_keep_their_spaces_and_characters(name, spaced, squeezed):
    """Cells are found from the page's ruling lines and read by PDFium: no spaces lost between words set
    close together, none added inside numbers, no character doubled where a PDF draws it twice for bold."""
    cells = " ".join(table_cells(EXTERNAL / name))
    assert spaced in cells and squeezed not in cells


@needs_shared
@pytest.mark.parametrize("name, cell, with_neighbours", [
    ("pdfplumber/tests/pdfs/issue-140-example.pdf", "Updated on", "Updated on B"),
    ("python-docx/ref/ISO-IEC-29500-2.pdf", "Fixed", "Fixed A"),
])
def test_a_cell_takes_the_characters_centred_in_it_not_its_neighbours_edges(name, cell, with_neighbours):
    cells = table_cells(EXTERNAL / name)
    assert cell in cells and with_neighbours not in cells


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_a_turned_pages_table_reads_as_the_page_is_shown(tmp_path, rotation):
    """A page with /Rotate shows its table turned: rows become columns at 90 and 270 degrees, and at 180
    the last row comes first, read right to left; every cell keeps its own text."""
    import pypdfium2 as pdfium

    source = CORPUS / "000_da3f3502c5de7ce4.pdf"
    pdf = pdfium.PdfDocument(source)
    for page in pdf:
        page.set_rotation(rotation)
    turned = tmp_path / "turned.pdf"
    pdf.save(turned)
    upright = read_file(source).tables[0].rows
    shown = read_file(turned).tables[0].rows
    expected = {90: [list(column) for column in zip(*upright[::-1])],
                180: [row[::-1] for row in upright[::-1]],
                270: [list(column) for column in zip(*upright)][::-1]}[rotation]
    assert shown == expected


@needs_shared
def test_no_line_end_hyphen_marks_are_stored():
    """PDFium marks a hyphen at a line's end with U+FFFE; the stored text has the hyphen."""
    text = read_file(EXTERNAL / "pypdf/resources/Seige_of_Vicksburg_Sample_OCR.pdf").text
    assert "\ufffe" not in text and "dan-gerous" in text
