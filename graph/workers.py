"""Reading and extraction in worker processes: the pipeline is loaded once per worker, results come
back in the order they finish, and a file that fails or hangs becomes a reason, never a crash."""
from __future__ import annotations

import gc
import signal
from dataclasses import dataclass
from typing import Callable, Iterator

from extract.errors import PartnergraphError, RefusedFile
from graph.store import StoredRows, document_rows


@dataclass
class Result:
    ok: bool
    rows: StoredRows | None = None
    reason: str = ""
    message: str = ""


class TimedOut(Exception):
    pass


def _alarm(signum, frame):
    raise TimedOut()


def extract_safely(extractor: Callable, path: str, limits) -> Result:
    """Runs the extractor with the per-document time limit; every failure is turned into a Result."""
    seconds = getattr(limits, "seconds", 0)
    previous = signal.signal(signal.SIGALRM, _alarm) if seconds else None
    if seconds:
        signal.alarm(seconds)
    try:
        document, record = extractor(path, limits)
        return Result(True, document_rows(document, record))
    except RefusedFile as exc:
        return Result(False, reason=exc.reason, message=str(exc))
    except TimedOut:
        return Result(False, reason="timeout", message=f"took longer than {seconds} s (limit per document)")
    except PartnergraphError as exc:
        return Result(False, reason="error", message=str(exc))
    except RecursionError:
        return Result(False, reason="corrupt", message="structure nested too deeply to read")
    except MemoryError:
        return Result(False, reason="too_large", message="not enough memory to read this file")
    except Exception as exc:  # a reader library's own bug on a strange file: reported, never fatal
        return Result(False, reason="error", message=f"could not be read ({type(exc).__name__}: {str(exc)[:120]})")
    finally:
        if seconds:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)


_WORKER: dict = {}


def _init_worker(extractor: Callable, limits) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    _WORKER["extractor"], _WORKER["limits"] = extractor, limits


def _work(item: tuple[str, str]) -> tuple[str, str, Result]:
    path, sha = item
    return path, sha, extract_safely(_WORKER["extractor"], path, _WORKER["limits"])


def extract_all(todo: list[tuple[str, str]], extractor: Callable, limits, workers: int
                ) -> Iterator[tuple[str, str, Result]]:
    if workers <= 1 or len(todo) <= 1:
        for path, sha in todo:
            yield path, sha, extract_safely(extractor, path, limits)
        return
    import multiprocessing

    warm = getattr(extractor, "warm_up", None)
    if warm:
        warm()  # loaded once here; forked workers share it instead of each loading their own
    context = multiprocessing.get_context("fork")
    gc.freeze()  # the loaded pipeline is left out of the workers' collections, so they do not copy its pages
    try:
        with context.Pool(min(workers, len(todo)), initializer=_init_worker, initargs=(extractor, limits),
                          maxtasksperchild=500) as pool:
            yield from pool.imap_unordered(_work, todo, chunksize=1)
    finally:
        gc.unfreeze()
