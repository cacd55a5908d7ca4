"""Reading and extraction in worker processes: the pipeline is loaded once per worker, results come
back in the order they finish, and a file that fails or hangs becomes a reason, never a crash."""
from __future__ import annotations

import gc
import signal
from contextlib import contextmanager
from typing import Callable, Iterator

from partnergraph.graph.ingest.guard import Result, guarded
from partnergraph.graph.ingest.read_ahead import ReadAhead
from partnergraph.graph.store.documents import StoredRows, document_rows


def extract_safely(extractor: Callable, path: str, limits) -> Result:
    """One file, read and extracted within the per-document time limit."""
    rows, failed = guarded(getattr(limits, "seconds", 0), lambda: document_rows(*extractor(path, limits)))
    return failed or Result(True, rows)


def extract_batch(extractor: Callable, items: list[tuple[str, str]], limits, ahead: dict | None = None
                  ) -> list[tuple[str, str, Result]]:
    """Several files: each read under its own time limit (unless `ahead` has it read already), then
    extracted together (`nlp.pipe` batches them) in groups of about one long document's text, each group
    under one document's time limit. A group that fails or runs over is extracted one document at a
    time, so only the bad one is refused."""
    if not hasattr(extractor, "extract"):
        return [(path, sha, extract_safely(extractor, path, limits)) for path, sha in items]
    seconds = getattr(limits, "seconds", 0)
    results: dict[str, Result] = {}
    read: list[tuple[str, object]] = []
    for path, _ in items:
        document, failed = (ahead or {}).get(path) or guarded(seconds, lambda: extractor.read(path, limits))
        if failed:
            results[path] = failed
        else:
            read.append((path, document))
    for group in text_groups(read):
        rows, failed = guarded(seconds, lambda: stored_rows(extractor, [d for _, d in group]))
        outcomes = ([extract_alone(extractor, document, seconds) for _, document in group] if failed
                    else [Result(True, r) for r in rows])
        results.update((path, outcome) for (path, _), outcome in zip(group, outcomes))
    return [(path, sha, results[path]) for path, sha in items]


def text_groups(read: list[tuple[str, object]]) -> Iterator[list[tuple[str, object]]]:
    """Consecutive documents whose texts together stay under GROUP_CHARS (a long one goes alone)."""
    group, size = [], 0
    for item in read:
        length = len(item[1].text)
        if group and size + length > GROUP_CHARS:
            yield group
            group, size = [], 0
        group.append(item)
        size += length
    if group:
        yield group


def extract_alone(extractor, document, seconds: int) -> Result:
    rows, failed = guarded(seconds, lambda: stored_rows(extractor, [document]))
    return failed or Result(True, rows[0])


def stored_rows(extractor, documents: list) -> list[StoredRows]:
    return [document_rows(d, r) for d, r in zip(documents, extractor.extract(documents))]


BATCH = 16  # files per task sent to a worker
GROUP_CHARS = 200_000  # text extracted in one nlp.pipe group, about one long report's
_WORKER: dict = {}


def _init_worker(extractor: Callable, limits) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    _WORKER["extractor"], _WORKER["limits"] = extractor, limits


def _work(task: tuple[list[tuple[str, str]], dict]) -> list[tuple[str, str, Result]]:
    items, ahead = task
    return extract_batch(_WORKER["extractor"], items, _WORKER["limits"], ahead)


def batches(todo: list, workers: int) -> list[list]:
    """Batches of up to BATCH files, small enough that every worker gets several (for balance)."""
    size = max(1, min(BATCH, len(todo) // (workers * 4)))
    return [todo[i:i + size] for i in range(0, len(todo), size)]


def load_reading_ahead(todo: list[tuple[str, str]], extractor: Callable, limits) -> dict[str, tuple]:
    """Loads the pipeline here, once, for the forked workers to share, while another process reads the
    first files: path -> what reading each of them gave."""
    warm, read = getattr(extractor, "warm_up", None), getattr(extractor, "read", None)
    if not warm:
        return {}
    ahead = start_reading_ahead([path for path, _ in todo], read, limits) if read else None
    try:
        warm()
    finally:
        done = ahead.collect() if ahead else {}
    return done


def start_reading_ahead(paths: list[str], read: Callable, limits) -> ReadAhead | None:
    """None when no temporary folder or process can be had: the workers then read every file themselves."""
    try:
        return ReadAhead(paths, read, limits)
    except OSError:
        return None


def extract_all(todo: list[tuple[str, str]], extractor: Callable, limits, workers: int
                ) -> Iterator[tuple[str, str, Result]]:
    with rarer_collections():  # forked workers inherit it
        if workers <= 1 or len(todo) <= 1:
            for batch in batches(todo, 1):
                yield from extract_batch(extractor, batch, limits)
        else:
            yield from extract_in_pool(todo, extractor, limits, workers)


@contextmanager
def rarer_collections(young: int = 20_000) -> Iterator[None]:
    """Python's cycle collector runs after every 700 new objects by default; fact building makes millions
    of short-lived ones, so it ran all the time (3% of a 1,000-report ingest)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(young, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def extract_in_pool(todo: list[tuple[str, str]], extractor: Callable, limits, workers: int
                    ) -> Iterator[tuple[str, str, Result]]:
    import multiprocessing

    done = load_reading_ahead(todo, extractor, limits)
    context = multiprocessing.get_context("fork")
    chunks = batches(todo, workers)
    tasks = [(chunk, {path: done[path] for path, _ in chunk if path in done}) for chunk in chunks]
    gc.freeze()  # the loaded pipeline is left out of the workers' collections, so they do not copy its pages
    try:
        # A fresh worker after ~500 files bounds the growth of spaCy's string store.
        with context.Pool(min(workers, len(chunks)), initializer=_init_worker, initargs=(extractor, limits),
                          maxtasksperchild=max(1, 500 // len(chunks[0]))) as pool:
            for results in pool.imap_unordered(_work, tasks):
                yield from results
    finally:
        gc.unfreeze()
