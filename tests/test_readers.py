"""Every reader on real files: the sample reports in four formats and third-party files."""
from __future__ import annotations

import zipfile

import pytest
from conftest import (
    CORPUS,
    EXTERNAL,
    FORMATS,
    STEMS,
    manifest,
    needs_shared,
    passwords,
    words,
)
from partnergraph.extract.errors import PartnergraphError, RefusedFile
from partnergraph.extract.readers import ReadLimits, read_file


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("stem", STEMS)
def test_sample_report_reads_with_true_offsets(stem, fmt):
    document = read_file(CORPUS / f"{stem}.{fmt}")
    assert document.blocks and document.format in (fmt, "txt")
    assert len(document.sha256) == 64
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text
    assert document.title and document.blocks[0].kind == "heading"
    if fmt == "pdf":
        assert document.pages >= 1 and all(b.page for b in document.blocks)


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
@pytest.mark.parametrize("stem", STEMS)
def test_formats_have_the_words_of_the_txt_version(stem, fmt):
    txt = words(read_file(CORPUS / f"{stem}.txt").text)
    other = words(read_file(CORPUS / f"{stem}.{fmt}").text)
    assert len(txt & other) / len(txt | other) >= 0.95


@pytest.mark.parametrize("fmt", FORMATS)
def test_targets_table_comes_out_as_rows_and_cells(fmt):
    document = read_file(CORPUS / f"000_da3f3502c5de7ce4.{fmt}")
    assert len(document.tables) == 1
    rows = document.tables[0].rows
    assert rows[0] == ["Activity", "Targets", "Delivered"]
    assert rows[1] == ["Workshops", "20", "24"]
    assert len(rows) == 8 and all(len(r) == 3 for r in rows)


def test_saved_web_page_loses_its_chrome_and_teasers():
    for fmt in FORMATS:
        document = read_file(CORPUS / f"004_0854eb83939da139.{fmt}")
        assert document.title.startswith("Developing a partnership response"), fmt
        assert "Skip to main content" not in document.text
        assert "Estonia" not in document.text  # the "Related content" teaser
        assert "Gavan Curley" in document.text  # the byline is content


@pytest.mark.parametrize("head,expected", [('<meta name="date" content="2020-05-04">', "2020-05-04"), ("", None)])
def test_a_web_page_date_comes_from_its_markup_never_from_dates_in_its_text(tmp_path, head, expected):
    path = tmp_path / "page.html"
    body = "<p>The project has been running since 1st October 2015 and ends on 30th September 2017.</p>" * 3
    path.write_text(f"<html><head><title>Update</title>{head}</head><body><h1>Update</h1>{body}</body></html>",
                    encoding="utf-8")
    assert read_file(path).metadata.get("date") == expected


def test_pdf_lists_and_headings_are_blocks():
    document = read_file(CORPUS / "001_947af744e8958214.pdf")
    kinds = {b.text[:25]: b.kind for b in document.blocks}
    assert kinds["Theme 1 – Information and"] == "heading"
    assert kinds["Wednesday 22nd June at Co"] == "list_item"


SAMPLE = [row for i, row in enumerate(manifest()) if i % 6 == 0 or row["plain_lib_result"] not in ("ok", "n/a")]


@needs_shared
@pytest.mark.parametrize("row", SAMPLE, ids=[r["path"] for r in SAMPLE])
def test_third_party_file_is_read_or_refused_with_a_reason(row):
    try:
        document = read_file(EXTERNAL / row["path"])
    except RefusedFile as exc:
        assert exc.reason and str(exc)
        if row["path"] in passwords():
            assert exc.reason == "encrypted"
    except PartnergraphError as exc:  # pragma: no cover - would be a toolkit error without a reason code
        pytest.fail(f"refused without a reason code: {exc}")
    else:
        assert document.text.strip()
        assert row["path"] not in passwords()


@needs_shared
@pytest.mark.parametrize("path", sorted(passwords()))
def test_encrypted_pdf_reads_with_its_password(path):
    document = read_file(EXTERNAL / path, ReadLimits(password=passwords()[path]))
    assert document.text.strip()


@needs_shared
def test_wrong_password_is_refused_clearly():
    with pytest.raises(RefusedFile, match="password given does not open it"):
        read_file(EXTERNAL / "pypdf/resources/encrypted-file.pdf", ReadLimits(password="wrong"))


@needs_shared
def test_password_for_other_files_does_not_lock_out_an_unencrypted_one():
    document = read_file(EXTERNAL / "pypdf/resources/encryption/r6-empty-password.pdf", ReadLimits(password="x"))
    assert "encryption" in document.text


@pytest.mark.parametrize("name,data,reason", [
    ("fake.pdf", b"<html>not a pdf</html>", "not_pdf"),
    ("fake.docx", b"%PDF-1.4 not a docx", "not_docx"),
    ("empty.txt", b"", "empty"),
    ("truncated.pdf", (CORPUS / "000_da3f3502c5de7ce4.pdf").read_bytes()[:2000], "corrupt"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "corrupt"),
    ("image.png", b"\x89PNG\r\n", "unsupported"),
])
def test_bad_files_are_refused_with_their_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(RefusedFile) as caught:
        read_file(path)
    assert caught.value.reason == reason


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(RefusedFile) as caught:
        read_file(path, ReadLimits(max_bytes=100))
    assert caught.value.reason == "too_large"


def rezipped_docx(source, target, change) -> None:
    """A copy of a DOCX with `change(name, bytes) -> bytes | None` applied to each part (None drops it)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info.filename, data)


def test_docx_without_core_properties_is_titled_by_its_first_heading(tmp_path):
    # python-docx's Document() makes up core properties for such a package ("Word Document").
    path = tmp_path / "no-core.docx"
    rezipped_docx(CORPUS / "000_da3f3502c5de7ce4.docx", path,
                  lambda name, data: None if name == "docProps/core.xml" else data)
    document = read_file(path)
    assert document.title == document.blocks[0].text == read_file(CORPUS / "000_da3f3502c5de7ce4.txt").title
    assert "created" not in document.metadata and "author" not in document.metadata


def test_docx_styles_are_read_from_each_documents_own_styles_part(tmp_path):
    """Styles parts are cached by checksum: a report whose styles differ is not read with another's."""
    renamed = tmp_path / "renamed-styles.docx"
    rezipped_docx(CORPUS / "000_da3f3502c5de7ce4.docx", renamed, lambda name, data: data.replace(
        b'w:val="Heading 1"', b'w:val="Plain 1"') if name == "word/styles.xml" else data)
    original = read_file(CORPUS / "000_da3f3502c5de7ce4.docx")
    plain = read_file(renamed)
    assert original.text == plain.text
    headings = [b.text for b in original.blocks if b.kind == "heading" and b.level == 1]
    assert headings and not any(b.kind == "heading" and b.text in headings for b in plain.blocks)
    assert [b.kind for b in read_file(CORPUS / "000_da3f3502c5de7ce4.docx").blocks] == [b.kind for b in original.blocks]
