"""The TXT/Markdown reader's structure rules, and every encoding reports arrive in."""
from __future__ import annotations

import codecs

import pytest
from conftest import CORPUS
from partnergraph.extract.readers import read_file

REPORT = (CORPUS / "001_947af744e8958214.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "cp1252", "latin-1"])
def test_sample_report_in_any_encoding_reads_the_same(tmp_path, encoding):
    text = REPORT.translate(str.maketrans("’‘–·", "''-*")) if encoding == "latin-1" else REPORT
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le") if encoding == "utf-16-le-bom" else text.encode(encoding)
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    document = read_file(path)
    assert "Concordia Hall, St Leonards" in document.text
    assert "Uckfield Children" in document.text
    if encoding == "cp1252":
        assert "we’re" in document.text  # cp1252's curly quote, not a latin-1 control character


def test_html_with_a_wrong_charset_declaration(tmp_path):
    path = tmp_path / "page.html"
    body = "<p>Café de la Gare hosted the Refugee Week launch with the Council’s support and many partners.</p>" * 3
    path.write_bytes(f"<html><head><meta charset='iso-8859-1'></head><body>{body}</body></html>".encode("utf-8"))
    assert "Café" in read_file(path).text and "Council’s" in read_file(path).text


def test_html_without_a_charset_in_cp1252(tmp_path):
    path = tmp_path / "page.html"
    body = "<p>The Council’s team met the Refugee Forum in Bexhill to plan the festival and the launch.</p>" * 3
    path.write_bytes(f"<html><body>{body}</body></html>".encode("cp1252"))
    assert "Council’s" in read_file(path).text


def test_txt_structure(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Annual report\n\nIntro paragraph that runs on\nacross a wrapped line.\n\n## Delivery\n"
                    "• first bullet\n- second bullet\na) lettered item\nMetric\tTarget\tActual\nClasses\t10\t12\n",
                    encoding="utf-8")
    document = read_file(path)
    kinds = [(b.kind, b.text) for b in document.blocks]
    assert kinds[0] == ("heading", "Annual report")
    assert ("paragraph", "Intro paragraph that runs on across a wrapped line.") in kinds
    assert ("heading", "Delivery") in kinds
    assert ("list_item", "first bullet") in kinds and ("list_item", "second bullet") in kinds
    assert ("list_item", "a) lettered item") in kinds
    assert document.tables[0].rows == [["Metric", "Target", "Actual"], ["Classes", "10", "12"]]


def test_txt_list_written_without_bullets_after_a_lead_in(tmp_path):
    """Short lines ending in ";" after a line ending in ":" are a list, its closing line too; a line after
    a colon that is no such run stays what it was."""
    path = tmp_path / "chapter.txt"
    path.write_text("Providers\n\nThese service providers are:\nQuayside Services (NSW);\nHarbour Aid (QLD); and\n"
                    "Melaleuca (NT).\nThe next part looks at housing and what the providers said about it.\n\n"
                    "Our aim:\nWelcome every family.\n", encoding="utf-8")
    kinds = [(b.kind, b.text) for b in read_file(path).blocks]
    assert ("list_item", "Quayside Services (NSW);") in kinds and ("list_item", "Harbour Aid (QLD); and") in kinds
    assert ("list_item", "Melaleuca (NT).") in kinds
    assert ("list_item", "Welcome every family.") not in kinds
    assert not any(kind == "list_item" and text.startswith("The next part") for kind, text in kinds)


def test_a_list_item_wrapped_onto_the_next_line_is_one_item(tmp_path):
    """Text taken from a PDF breaks long bullets, a blank line between their parts: a part after an item that
    stops on "and", or a body's head word before more bullets, is the item's rest; a heading between two
    groups of bullets and the paragraph after a list stay blocks of their own."""
    path = tmp_path / "thanks.txt"
    path.write_text("Acknowledgements\n\nFunding support:\n\n• Harbour Arts Trust\n\n• Department of Housing and"
                    "\n\nCommunities\n\n• Northgate Community Relations\n\nCommission\n\n• Kestrel Aid\n\n"
                    "In-kind support\n\n• Eastgate Church\n\nConsortium\n\n• Harbour Aid\n\n"
                    "We thank them all for their help this year.\n",
                    encoding="utf-8")
    kinds = [(b.kind, b.text) for b in read_file(path).blocks]
    assert ("list_item", "Department of Housing and Communities") in kinds
    assert ("list_item", "Northgate Community Relations Commission") in kinds
    assert ("list_item", "Kestrel Aid") in kinds and ("list_item", "Eastgate Church") in kinds
    assert ("paragraph", "We thank them all for their help this year.") in kinds
    assert not any(kind == "list_item" and ("In-kind" in text or "Consortium" in text) for kind, text in kinds)


def test_saved_page_text_file_is_cleaned(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text("Skip to main content\nSite logo\nMy Council Website\n\nNew hub opens for refugees\n\n"
                    "The council opened a new hub for refugees and migrants in the town centre this week, with "
                    "partners from the voluntary sector.\n\nRelated articles\n\nSomething else entirely happened.\n",
                    encoding="utf-8")
    document = read_file(path)
    assert document.title == "New hub opens for refugees"
    assert "Something else" not in document.text and "logo" not in document.text


def test_a_line_ending_on_a_word_no_sentence_ends_on_runs_into_the_next(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes of the group\n\nMinutes of meeting held on Monday 9th May 2016 at the\nFriends Meeting "
                    "House in Kestrel\n\nAnn chaired the meeting.\n", encoding="utf-8")
    blocks = [(b.kind, b.text) for b in read_file(path).blocks]
    assert ("paragraph", "Minutes of meeting held on Monday 9th May 2016 at the Friends Meeting House in Kestrel") \
        in blocks


def test_a_text_that_opens_on_a_paragraph_has_no_title_line(tmp_path):
    """A web page's excerpt may start in its first paragraph: a long line that ends as a sentence ends is no
    headline, however it stands first; a short first line still is."""
    path = tmp_path / "excerpt.txt"
    path.write_text("Four local charities have launched an appeal for families across the county to offer homes "
                    "and a welcome to refugees. They will work together all year.\n\nMore follows.\n", encoding="utf-8")
    document = read_file(path)
    assert [b.kind for b in document.blocks] == ["paragraph", "paragraph"] and document.title is None
    path.write_text("Four local charities launch an appeal\n\nMore follows.\n", encoding="utf-8")
    assert [b.kind for b in read_file(path).blocks] == ["heading", "paragraph"]


def test_symbol_font_bullets_inside_a_line_are_kept_as_bullets(tmp_path):
    # a PDF's Word bullets arrive as the Symbol font's private-use U+F0B7; other private-use glyphs are dropped
    path = tmp_path / "bullets.txt"
    path.write_text("Overview\n\nMembers: 308 \uf0b7 Followers: 298 \ue123\uf0a7 Stalls: 5\n", encoding="utf-8")
    assert read_file(str(path)).text.endswith("Members: 308 • Followers: 298 • Stalls: 5")


HARD_WRAPPED = """Extra funds for newcomers

    The Welsh Office announced last week funding of £200,000 in
    each of the next two years to help newcomers settle into the
    community. The money will be made available through the new
    Welcome Fund, established as part of the strategy launched in
    the spring by the department and its partners in the county.

    The strategy is being taken forward by the Harbour Newcomer
    Integration Forum, chaired by the deputy minister Jane Mortimer
    of the Welsh Office, who met the forum's members in March.

    The forum will consult with newcomers, local authorities, faith
    communities and voluntary groups to develop the strategy and its
    plans for the coming years across all of the region's towns.
"""


def test_a_hard_wrapped_text_joins_its_lines_into_paragraphs(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(HARD_WRAPPED, encoding="utf-8")
    document = read_file(path)
    paragraphs = [b.text for b in document.blocks if b.kind == "paragraph"]
    assert [b.kind for b in document.blocks] == ["heading", "paragraph", "paragraph", "paragraph"]
    assert any("the Harbour Newcomer Integration Forum, chaired by the deputy minister Jane Mortimer of" in p
               for p in paragraphs)


def test_short_lines_of_a_text_not_wrapped_by_hand_stay_apart(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("Partners\n\nHarbour Trust\nWelcome Forum\nNewcomer Aid\n\nThe partners met in May 2023 and agreed "
                    "a plan for the year ahead with the council and its many partners across the county.\n",
                    encoding="utf-8")
    assert "Harbour Trust Welcome Forum" not in read_file(path).text
