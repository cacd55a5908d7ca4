"""Walking the paths given to an ingest: files in a stable order, symlink loops and unreadable entries skipped."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from partnergraph.extract.readers import SUPPORTED, file_head, kind_by_content


def walk(paths: list[str], follow_links: bool = False, own: frozenset = frozenset()
         ) -> Iterator[tuple[str, str | None]]:
    """Yields (path, reason-it-is-skipped or None), in a stable order; follows no symlink loops, and no
    link that leads out of the paths given unless `follow_links`. Paths are absolute, normalised and with
    the links in the paths given resolved ("./a/../b.pdf" is "/where/b.pdf"; a linked folder is stored
    under its real name), so a database answers the same from any working folder and by any name.
    Files whose (device, inode) is in `own` (the database's), by whatever name or link, are left out."""
    walked = Walked(inside=[os.path.realpath(p) for p in paths], follow_links=follow_links, own=own)
    yield from walk_roots(walked.inside, walked)  # what lies under them is absolute too


@dataclass
class Walked:
    inside: list[str]  # the real paths given: a link may lead anywhere under them
    follow_links: bool
    own: frozenset = frozenset()
    seen: set[tuple[int, int]] = field(default_factory=set)

    def leaves(self, path: str) -> str | None:
        """Where a link leads, if that is outside the paths given (and links are not to be followed)."""
        target = os.path.realpath(path)
        if self.follow_links or any(target == root or target.startswith(root.rstrip("/") + "/")
                                    for root in self.inside):
            return None
        return target

    def is_own(self, entry: os.DirEntry, device: int) -> bool:
        """A file the database keeps: the entry's inode comes with the folder listing (no system call
        per file, 100,000 files walked), a link's from where it leads."""
        if not self.own:
            return False
        try:
            if entry.is_symlink():
                status = os.stat(entry.path)
                return (status.st_dev, status.st_ino) in self.own
            return (device, entry.inode()) in self.own
        except OSError:
            return False


def walk_roots(paths: list[str], walked: Walked) -> Iterator[tuple[str, str | None]]:
    for root in paths:
        root_path = Path(root)
        if root_path.is_file():
            status = root_path.stat()
            if (status.st_dev, status.st_ino) not in walked.own:
                yield str(root_path), None
        elif root_path.is_dir():
            yield from walk_dir(root_path, walked)
        else:
            yield str(root_path), "no such file or folder"


def walk_dir(folder: Path, walked: Walked) -> Iterator[tuple[str, str | None]]:
    try:
        stat = folder.stat()
    except OSError as exc:
        yield str(folder), f"cannot open folder ({exc.strerror})"
        return
    if (stat.st_dev, stat.st_ino) in walked.seen:
        yield str(folder), "folder already walked (symlink loop)"
        return
    walked.seen.add((stat.st_dev, stat.st_ino))
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield str(folder), f"cannot list folder ({exc.strerror})"
        return
    for entry in entries:
        if entry.name.startswith(".") or walked.is_own(entry, stat.st_dev):
            continue
        yield from walk_entry(entry, walked)


def walk_entry(entry: os.DirEntry, walked: Walked) -> Iterator[tuple[str, str | None]]:
    link_target = walked.leaves(entry.path) if entry.is_symlink() and os.path.exists(entry.path) else None
    if link_target:
        yield entry.path, f"a link to {link_target}, outside the folders given (--follow-links reads it)"
        return
    suffix = file_suffix(os.path.basename(os.path.realpath(entry.path)) if entry.is_symlink() else entry.name)
    try:
        is_dir, is_file = entry.is_dir(), entry.is_file()
    except OSError as exc:
        yield entry.path, f"cannot inspect ({exc.strerror})"
        return
    if is_dir and suffix in SUPPORTED:
        yield entry.path, "a folder named like a file"
    elif is_dir:
        yield from walk_dir(Path(entry.path), walked)
    elif not is_file:
        yield entry.path, "broken link or not a regular file" if entry.is_symlink() else "not a regular file"
    elif suffix in SUPPORTED or not suffix and kind_by_content(file_head(Path(entry.path))):
        yield entry.path, None  # a report saved without an extension is read when its content says what it is
    else:
        yield entry.path, f"unsupported file type '{suffix or '(none)'}'"


def file_suffix(name: str) -> str:
    """Path(name).suffix, lower case, without making a Path (100,000 files walked)."""
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
