"""Walking the paths given to an ingest: files in a stable order, symlink loops and unreadable entries skipped."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterator

from partnergraph.extract.readers import SUPPORTED


def walk(paths: list[str]) -> Iterator[tuple[str, str | None]]:
    """Yields (path, reason-it-is-skipped or None), in a stable order; follows no symlink loops. Paths are
    normalised ("./a/../b.pdf" is "b.pdf"), as the stored documents' paths are."""
    for path, reason in walk_roots(paths):
        yield os.path.normpath(path), reason


def walk_roots(paths: list[str]) -> Iterator[tuple[str, str | None]]:
    seen_dirs: set[tuple[int, int]] = set()
    for root in paths:
        root_path = Path(root)
        if root_path.is_file():
            yield str(root_path), None
        elif root_path.is_dir():
            yield from walk_dir(root_path, seen_dirs)
        else:
            yield str(root_path), "no such file or folder"


def walk_dir(folder: Path, seen: set[tuple[int, int]]) -> Iterator[tuple[str, str | None]]:
    try:
        stat = folder.stat()
    except OSError as exc:
        yield str(folder), f"cannot open folder ({exc.strerror})"
        return
    if (stat.st_dev, stat.st_ino) in seen:
        yield str(folder), "folder already walked (symlink loop)"
        return
    seen.add((stat.st_dev, stat.st_ino))
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield str(folder), f"cannot list folder ({exc.strerror})"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        yield from walk_entry(entry, seen)


def walk_entry(entry: os.DirEntry, seen: set[tuple[int, int]]) -> Iterator[tuple[str, str | None]]:
    suffix = Path(entry.name).suffix.lower()
    try:
        is_dir, is_file = entry.is_dir(), entry.is_file()
    except OSError as exc:
        yield entry.path, f"cannot inspect ({exc.strerror})"
        return
    if is_dir and suffix in SUPPORTED:
        yield entry.path, "a folder named like a file"
    elif is_dir:
        yield from walk_dir(Path(entry.path), seen)
    elif not is_file:
        yield entry.path, "broken link or not a regular file" if entry.is_symlink() else "not a regular file"
    elif suffix in SUPPORTED:
        yield entry.path, None
    else:
        yield entry.path, f"unsupported file type '{suffix or '(none)'}'"


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
