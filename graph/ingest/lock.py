"""One ingest at a time per database: a second one waits for the first (and says so), then goes on."""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from typing import Callable, Iterator


def database_path(db) -> str | None:
    rows = db.execute("PRAGMA database_list").fetchall()
    return next((row[2] for row in rows if row[1] == "main" and row[2]), None)


@contextmanager
def ingest_lock(db, on_wait: Callable[[str], None] = lambda message: None) -> Iterator[None]:
    path = database_path(db)
    if path is None:  # an in-memory database has no other writer
        yield
        return
    with open(path + ".lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait(f"another ingest is writing to {os.path.basename(path)}; waiting for it to finish")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
