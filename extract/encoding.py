"""Turns the bytes of a text file into str: BOMs first, then UTF-8, then charset-normalizer's guess."""
from __future__ import annotations

import codecs

from partnergraph.extract.errors import RefusedFile

BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Returns (text, encoding). A declared charset is tried after BOMs and strict UTF-8."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return _guess(data)


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        if b"\x00" in data[:4096]:
            raise RefusedFile("binary", "binary content, not text (no encoding fits)")
        return data.decode("cp1252", errors="replace"), "cp1252"
    encoding = best.encoding
    # Western reports saved as "latin-1" almost always use cp1252's curly quotes and dashes.
    if encoding in ("latin_1", "iso8859_1", "iso8859_15"):
        encoding = "cp1252"
    return data.decode(encoding, errors="replace"), encoding
