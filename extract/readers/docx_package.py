"""A Word package opened part by part: only the parts the DOCX reader asks for are inflated and
parsed (with python-docx's element classes). `docx.Document()` parses every XML part of the package;
python-docx's own template carries a 350 KB styles part, whose parse was half of reading a short report."""
from __future__ import annotations

import io
import posixpath
import zipfile
from collections import OrderedDict

from partnergraph.extract.errors import RefusedFile

MAIN_PART = "word/document.xml"
MAX_RATIO = 200  # a part that inflates more than this from its compressed size is a zip bomb
RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
STRICT_NAMESPACES = [
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
]


class WordPackage:
    """The zip of a .docx, checked for zip bombs before any part is inflated."""

    def __init__(self, data: bytes, max_unzipped_bytes: int):
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, ValueError, EOFError) as exc:
            raise RefusedFile("corrupt", f"not a readable Word document ({exc})") from exc
        self.infos = {info.filename: info for info in infos}
        self.rels: dict[str, dict[str, tuple[str, str]]] = {}  # by source part: read once, asked several times
        check_sizes(infos, max_unzipped_bytes)
        self.main = self.related("", "/officeDocument") or MAIN_PART  # the package says which part is the text
        if self.main not in self.infos:
            raise RefusedFile("not_docx", "named .docx but it is not a Word document (no main document part)")

    def xml(self, name: str):
        """The parsed part, or None when the package has no such part."""
        from docx.oxml.parser import (
            parse_xml,  # no entity is resolved, no network is used
        )

        if name not in self.infos:
            return None
        data = self.zip.read(name)
        for strict, transitional in STRICT_NAMESPACES:  # Strict OOXML: the same elements in other namespaces
            data = data.replace(strict, transitional)
        return parse_xml(data)

    def fingerprint(self, name: str) -> tuple[int, int] | None:
        """The stored checksum and size of a part: equal for the same part copied from one template."""
        info = self.infos.get(name)
        return (info.CRC, info.file_size) if info else None

    def relationships(self, source: str) -> dict[str, tuple[str, str]]:
        """rId -> (relationship type, part name) of a part's internal relationships ('' for the package's)."""
        if source not in self.rels:
            self.rels[source] = self.read_relationships(source)
        return self.rels[source]

    def read_relationships(self, source: str) -> dict[str, tuple[str, str]]:
        folder, base = posixpath.split(source)
        rels = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        found = {}
        for rel in rels if rels is not None else []:
            target = rel.get("Target") or ""
            if rel.tag != RELS_NS + "Relationship" or rel.get("TargetMode") == "External" or not target:
                continue
            name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            found[rel.get("Id")] = (rel.get("Type") or "", name)
        return found

    def related(self, source: str, type_suffix: str) -> str | None:
        """The first part related to `source` by a relationship whose type ends with `type_suffix`."""
        return next((name for kind, name in self.relationships(source).values() if kind.endswith(type_suffix)), None)

    def names_ending(self, *suffixes: str) -> list[str]:
        return [name for name in self.infos if name.endswith(suffixes)]

    def close(self) -> None:
        self.zip.close()


def check_sizes(infos: list[zipfile.ZipInfo], max_unzipped_bytes: int) -> None:
    total = sum(info.file_size for info in infos)
    if total > max_unzipped_bytes:
        raise RefusedFile("decompression", f"unzips to {total / 2**20:,.0f} MiB, over the "
                                           f"{max_unzipped_bytes / 2**20:,.0f} MiB limit (--max-unzipped-mb; a zip bomb?)")
    for info in infos:
        if info.file_size > 10_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise RefusedFile("decompression", f"part {info.filename} inflates "
                                               f"{info.file_size // max(info.compress_size, 1)} times (a zip bomb?)")


class PartCache:
    """A few parsed results kept by part fingerprint: reports made from one template share their
    styles part byte for byte, so it is read once per worker, not once per report."""

    def __init__(self, size: int = 16):
        self.size, self.items = size, OrderedDict()

    def get(self, key, make):
        if key is None:
            return make()
        if key in self.items:
            self.items.move_to_end(key)
            return self.items[key]
        value = self.items[key] = make()
        if len(self.items) > self.size:
            self.items.popitem(last=False)
        return value
