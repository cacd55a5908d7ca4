"""One piece of work under a time limit, every failure turned into a Result with a reason (never a crash)."""
from __future__ import annotations

import signal
import threading
import traceback
from dataclasses import dataclass
from typing import Callable

from partnergraph.extract.errors import PartnergraphError, RefusedFile, TimedOut
from partnergraph.graph.store.documents import StoredRows


@dataclass
class Result:
    ok: bool
    rows: StoredRows | None = None
    reason: str = ""
    message: str = ""


def _alarm(signum, frame):
    raise TimedOut()


def guarded(seconds: int, work: Callable):
    """(work's value, None), or (None, a failed Result saying why): every failure, and running over
    `seconds`, becomes a reason."""
    if threading.current_thread() is not threading.main_thread():
        seconds = 0  # SIGALRM reaches only the main thread; a Dask worker's task thread runs without a limit
    previous = signal.signal(signal.SIGALRM, _alarm) if seconds else None
    if seconds:
        signal.alarm(seconds)
    try:
        return work(), None
    except RefusedFile as exc:
        return None, Result(False, reason=exc.reason, message=str(exc))
    except TimedOut:
        return None, Result(False, reason="timeout", message=f"took longer than {seconds} s (limit per document)")
    except PartnergraphError as exc:
        return None, Result(False, reason="error", message=str(exc))
    except RecursionError:
        return None, Result(False, reason="corrupt", message="structure nested too deeply to read")
    except MemoryError:
        return None, Result(False, reason="too_large", message="not enough memory to read this file")
    except Exception as exc:  # a reader library's bug on a strange file, or our own: reported, never fatal
        return None, Result(False, reason="error", message=failure_message(exc))
    finally:
        if seconds:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)


# Modules whose fault is the toolkit's, not the file's: the fact rules and pipeline components.
OWN_STAGES = ("partnergraph.extract.facts", "partnergraph.extract.components", "partnergraph.extract.pipeline")


def failure_message(exc: Exception) -> str:
    """"could not be read" when a reader (or its library) failed on the file; a fault in the extraction
    rules says so, not blaming the file."""
    detail = f"{type(exc).__name__}: {str(exc)[:120]}"
    modules = [frame.f_globals.get("__name__", "") for frame, _ in traceback.walk_tb(exc.__traceback__)]
    own = [m for m in modules if m.startswith("partnergraph.")]
    if own and own[-1].startswith(OWN_STAGES) and not any(m.startswith("partnergraph.extract.readers") for m in own):
        return f"extraction failed: a fault in partnergraph, not in the file ({detail}); please report it"
    return f"could not be read ({detail})"
