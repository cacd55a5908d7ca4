"""A worker process that loads the pipeline while this one walks the folders and decides what to read.

A change of a report or two in a large corpus waited for both in turn (39,000 reports: the walk and the
plan 0.6 s, loading spaCy and the rules 2.5 s; the change took 4.2 s end to end, now 3.3 s). Started
first, the worker has the pipeline ready when the plan ends; it reads small changes (up to STANDBY_FILES
files). A larger read goes to the usual pool, whose workers share a pipeline loaded once here; nothing to
read stops the worker unused."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Callable, Iterator

from partnergraph.graph.ingest.guard import Result
from partnergraph.graph.ingest.workers import _init_worker, _work, batches, extract_all

STANDBY_FILES = 16  # one batch: more is worth the pool's shared pipeline and its two workers


@contextmanager
def standing_by(engine: Callable, extractor, limits, workers: int) -> Iterator[Callable]:
    """`engine`, or one that reads small changes in a worker started now (local engine, more than one
    worker allowed, an extractor with a pipeline to load)."""
    if engine is not extract_all or workers <= 1 or not hasattr(extractor, "warm_up"):
        yield engine
        return
    standby = Standby(extractor, limits)
    try:
        yield standby.extract
    finally:
        standby.close()


class Standby:
    def __init__(self, extractor, limits):
        import multiprocessing

        self.pool = multiprocessing.get_context("fork").Pool(1, initializer=_warm_worker,
                                                             initargs=(extractor, limits))

    def extract(self, todo: list[tuple[str, str]], extractor: Callable, limits, workers: int
                ) -> Iterator[tuple[str, str, Result]]:
        """Like workers.extract_all."""
        if len(todo) > STANDBY_FILES:
            self.close()
            yield from extract_all(todo, extractor, limits, workers)
            return
        for results in self.pool.imap_unordered(_work, [(batch, {}) for batch in batches(todo, 1)]):
            yield from results
        self.close()

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


def _warm_worker(extractor, limits) -> None:
    _init_worker(extractor, limits)
    gc.set_threshold(20_000, *gc.get_threshold()[1:])  # as workers.rarer_collections
    try:
        extractor.warm_up()
    except Exception:  # noqa: BLE001  the files then fail with the reason, as they would read here
        pass
