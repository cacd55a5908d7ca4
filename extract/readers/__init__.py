"""Picks the reader for a file by what its bytes are, not only by its name, and enforces size limits."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from partnergraph.extract.boilerplate import strip_chrome
from partnergraph.extract.document import Document, DocumentBuilder
from partnergraph.extract.errors import PartnergraphError, RefusedFile, UnsupportedType

MIB = 1024 * 1024  # sizes in messages and options are MiB, as --max-mb means
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}


@dataclass(frozen=True)
class ReadLimits:
    """What a file may cost before it is refused, and the passwords to try on encrypted PDFs."""
    max_bytes: int = 50 * MIB
    max_chars: int = 2_000_000
    max_pages: int = 1_000
    max_unzipped_bytes: int = 200 * 1024 * 1024  # all parts of a DOCX together, uncompressed
    seconds: int = 120  # per document, for reading and again for extraction
    password: str | None = None
    passwords: tuple[tuple[str, str], ...] = ()  # (file name or path, password)

    def password_for(self, path: Path) -> str | None:
        for name, password in self.passwords:
            if name in (path.name, str(path)) or str(path).endswith("/" + name):
                return password
        return self.password


def read_file(path: str | Path, limits: ReadLimits = ReadLimits()) -> Document:
    """The Document of one file, or RefusedFile with a reason code and a one-line explanation."""
    path = Path(path)
    if path.suffix.lower() not in SUPPORTED and not (not path.suffix and kind_by_content(file_head(path))):
        raise UnsupportedType(f"unsupported file type '{path.suffix or '(none)'}' (read: PDF, DOCX, HTML, TXT, MD)")
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise RefusedFile("too_large", f"file is {size / MIB:.1f} MiB, over the {limits.max_bytes / MIB:g} MiB "
                                           "limit (--max-mb)")
        if path.suffix.lower() in TEXT_SUFFIXES and size > 4 * limits.max_chars:  # 4 bytes a character at most
            raise RefusedFile("too_large", f"text of {size / MIB:.1f} MiB holds more than the {limits.max_chars:,} "
                                           "characters allowed (--max-chars)")
        data = path.read_bytes()
    except OSError as exc:
        raise RefusedFile("unreadable", f"cannot read the file ({exc.strerror or exc})") from exc
    document = read_guarded(path, data, limits)
    if not document.text.strip():
        if document.format == "pdf":
            raise RefusedFile("no_text", "no text layer: a scanned or image-only PDF (run OCR on it first)")
        raise RefusedFile("no_text", "no readable text in the file")
    if len(document.text) > limits.max_chars:
        raise RefusedFile("too_large", f"text is {len(document.text):,} characters, over the {limits.max_chars:,} "
                                       "limit (--max-chars)")
    document.sha256 = hashlib.sha256(data).hexdigest()
    return document


def read_guarded(path: Path, data: bytes, limits: ReadLimits) -> Document:
    """Any failure inside a reader library becomes a refusal: the caller sees only the toolkit's errors."""
    try:
        return read_bytes(path, data, limits)
    except PartnergraphError:
        raise
    except RecursionError as exc:
        raise RefusedFile("corrupt", "structure nested too deeply to read") from exc
    except MemoryError as exc:
        raise RefusedFile("too_large", "not enough memory to read this file") from exc
    except Exception as exc:
        raise RefusedFile("corrupt", f"corrupt or unreadable ({type(exc).__name__}: {str(exc)[:100]})") from exc


def read_bytes(path: Path, data: bytes, limits: ReadLimits) -> Document:
    kind = sniff(path, data)
    document = read_format(kind, path, data, limits)
    return without_chrome(document, always=kind == "html")


def without_chrome(document: Document, always: bool) -> Document:
    """The same document less web-page chrome, rebuilt so offsets stay true."""
    blocks = [(b.kind, b.level, b.rows if b.kind == "table" else b.text, b.page) for b in document.blocks]
    kept = strip_chrome([b[:3] for b in blocks], always)
    if len(kept) == len(blocks):
        return document
    kept_ids = {id(body) for _, _, body in kept}
    builder = DocumentBuilder(document.path, document.format)
    for kind, level, body, page in blocks:
        if id(body) in kept_ids:
            builder.add(kind, "" if kind == "table" else body, page=page, level=level,
                        rows=body if kind == "table" else None)
    builder.doc.pages = document.pages
    metadata = dict(document.metadata)
    if metadata.get("title") == (document.blocks[0].text if document.blocks else None):
        metadata.pop("title")  # the old first heading may have been chrome
    return builder.build(**metadata)


def read_format(kind: str, path: Path, data: bytes, limits: ReadLimits) -> Document:
    if kind == "pdf":
        from partnergraph.extract.readers.pdf import read_pdf
        return read_pdf(path, data, limits.password_for(path), limits.max_pages)
    if kind == "docx":
        from partnergraph.extract.readers.docx import read_docx
        return read_docx(path, data, limits.max_unzipped_bytes)
    if kind == "html":
        from partnergraph.extract.readers.html import read_html
        return read_html(path, data)
    from partnergraph.extract.readers.text import read_text
    return read_text(path, data)


def file_head(path: Path, size: int = 4096) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError:
        return b""


def kind_by_content(head: bytes) -> str | None:
    """For a file with no extension: "pdf", "docx" or "html" when its first bytes say so, else None."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK") and b"word/" in head:
        return "docx"
    if re.search(rb"<!doctype html|<html[\s>]", head[:2048], re.I):
        return "html"
    return None


def sniff(path: Path, data: bytes) -> str:
    """The format the content really has; a name that lies about it is refused."""
    suffix = path.suffix.lower()
    if not data.strip():
        raise RefusedFile("empty", "the file is empty")
    binary = kind_by_content(data[:4096])
    misnamed = suffix in TEXT_SUFFIXES | HTML_SUFFIXES and binary in ("pdf", "docx") and data[:2] in (b"%P", b"PK")
    if not suffix or misnamed:  # a PDF or Word file saved under a text or web-page name is read as what it is
        suffix = "." + (binary or "txt")
    if suffix == ".pdf":
        if b"%PDF-" not in data[:1024]:
            raise RefusedFile("not_pdf", "named .pdf but it is not a PDF (no %PDF header)")
        return "pdf"
    if suffix == ".docx":
        if not data.startswith(b"PK"):
            raise RefusedFile("not_docx", "named .docx but it is not a Word document (not a zip package)")
        return "docx"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text"
