"""Ingest: walk paths, read and extract each new or changed file (in worker processes), store each
document from this one process; report what happened."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from partnergraph.extract.readers import ReadLimits
from partnergraph.graph.ingest.lock import database_path, ingest_lock
from partnergraph.graph.ingest.standby import standing_by
from partnergraph.graph.ingest.walk import sha256_of, walk
from partnergraph.graph.ingest.workers import extract_all
from partnergraph.graph.store.db import batched_writes, graph_dirty, transaction
from partnergraph.graph.store.documents import gone_paths, path_of_sha, record_failure, stored_stats, write_rows
from partnergraph.graph.store.documents import prune as prune_gone

DEFAULT_LIMITS = ReadLimits()


@dataclass(slots=True)  # one per file walked: 100,000 of them
class Outcome:
    path: str
    status: str  # read, unchanged, identical (to another file), failed, skipped
    detail: str = ""


@dataclass
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # stored, but their files are gone (not pruned: kept)
    graph: str | None = None  # how the graph was brought up to date: "added", "rebuilt", or None (unchanged)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


def ingest(db, paths: list[str], extractor: Callable, limits: ReadLimits = DEFAULT_LIMITS, prune: bool = False,
           progress: Callable[[str], None] = lambda path: None, workers: int = 1,
           on_wait: Callable[[str], None] = lambda message: None,
           on_total: Callable[[int], None] = lambda count: None,
           on_graph: Callable[[], None] = lambda: None, follow_links: bool = False,
           engine: Callable = extract_all) -> IngestReport:
    """`extractor(path, limits)` returns (Document, record); it runs in `workers` processes.
    `on_total` hears how many files the walk found, before any is read (for a progress bar);
    `on_graph`, that the graph is being brought up to date (a rebuild takes about a minute per 10,000 reports);
    `engine`, where reading and extraction run (the local pool, or a DaskEngine)."""
    # the worker is started before the lock is taken, so it holds no copy of the lock's file
    with standing_by(engine, extractor, limits, workers) as engine, ingest_lock(db, on_wait):
        report = read_changed(db, paths, list(walk(paths, follow_links, own_files(db))), extractor, limits, prune,
                              progress, workers, on_total, engine)
        if graph_dirty(db):  # what the walk and the plan held is let go by now (tens of MB at 100,000 files)
            from partnergraph.graph.model.merge import update_graph

            on_graph()
            report.graph = update_graph(db)
        return report


def read_changed(db, paths, entries, extractor, limits, prune, progress, workers, on_total, engine) -> IngestReport:
    """Stores what is new or changed among the walked `entries`, and prunes (or names) the files gone."""
    on_total(len(entries))
    report = IngestReport()
    found, todo = plan_all(db, entries, report, progress)
    with batched_writes(db) as batch:
        for path, sha, result in engine(todo, extractor, limits, workers):
            report.outcomes.append(store_one(db, path, sha, result))
            batch.wrote()
            progress(path)
    folders = [str(Path(p)) for p in paths if Path(p).is_dir()]
    if prune:
        report.pruned = prune_gone(db, found, folders)
    else:
        report.gone = gone_paths(db, found, folders)
    forget_stats(db)
    return report


def plan_all(db, entries, report: IngestReport, progress) -> tuple[set[str], list[tuple[str, str]]]:
    """(the files found, (path, hash) of those to read); the outcomes of the others go in `report`.
    What is held to decide (every stored path's stats) is let go before the reading and the graph update."""
    found: set[str] = set()
    todo: list[tuple[str, str]] = []
    planned: dict[str, str] = {}  # content hash -> the path it will be read from in this run
    stats: list[tuple] = []  # (path, size, mtime_ns, sha) of the files hashed in this run
    stored = stored_stats(db)
    for path, skip_reason in entries:
        if skip_reason:
            report.outcomes.append(Outcome(path, "skipped", skip_reason))
            progress(path)
            continue
        found.add(path)
        outcome, sha = plan_one(db, path, stored.get(path, (None, None)), stats)
        if outcome is None and sha in planned:
            outcome = Outcome(path, "identical", f"identical to {planned[sha]}")  # stored once, as that file
        if outcome:
            report.outcomes.append(outcome)
            progress(path)
        else:
            planned[sha] = path
            todo.append((path, sha))
    remember_stats(db, stats)
    return found, todo


def plan_one(db, path: str, stored_stat: tuple, stats: list[tuple]) -> tuple[Outcome | None, str]:
    """An outcome when the file needs no reading (unreadable, unchanged), else None and its hash. A file
    whose size and modification time are those it had when its stored copy was hashed is unchanged without
    reading it again (100,000 files: hashing them all took longer than the change they were read for);
    the hashes of the others are added to `stats`. `stored_stat`: what stored_stats holds for the path."""
    stored, known = stored_stat
    try:
        status = os.stat(path)
        if stored and known == (status.st_size, status.st_mtime_ns, stored):
            return Outcome(path, "unchanged"), stored
        sha = sha256_of(path)
    except OSError as exc:
        return Outcome(path, "failed", f"cannot read file ({exc.strerror})"), ""
    stats.append((path, status.st_size, status.st_mtime_ns, sha))
    if stored == sha:
        return Outcome(path, "unchanged"), sha
    elsewhere = path_of_sha(db, sha)
    if elsewhere and elsewhere != path and os.path.exists(elsewhere):
        return Outcome(path, "identical", f"identical to {elsewhere}, stored already"), sha
    return None, sha


def store_one(db, path: str, sha: str, result) -> Outcome:
    if result.ok:
        write_rows(db, result.rows)
        return Outcome(path, "read", f"{result.rows.organisations} organisations")
    record_failure(db, path, sha, result.reason, result.message)
    return Outcome(path, "failed", result.message)


DATABASE_FILES = ("", "-wal", "-shm", "-journal", ".lock")  # SQLite's files beside a database, and the lock


def own_files(db) -> frozenset[tuple[int, int]]:
    """The database's own files (device, inode), for when it lives inside a folder being ingested: not
    reports, not "skipped", whatever link or name leads to them."""
    database, found = database_path(db), set()
    for suffix in DATABASE_FILES if database else ():
        found.add(file_id(database + suffix))
    return frozenset(found - {None})


def file_id(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def remember_stats(db, stats: list[tuple]) -> None:
    """What each file hashed in this run was like."""
    with transaction(db):
        db.conn.executemany("INSERT OR REPLACE INTO file_stats VALUES (?, ?, ?, ?)", stats)


def forget_stats(db) -> None:
    """Those of files no longer stored (removed, pruned, or that failed)."""
    with transaction(db):
        db.execute("DELETE FROM file_stats WHERE path NOT IN (SELECT path FROM documents)")
