"""Reading ahead while the pipeline loads: loading spaCy keeps one core busy for most of a second
before any worker can start, and the other core would idle. A second process reads the first files
meanwhile; what it finished goes to the workers with their files, the rest they read themselves."""
from __future__ import annotations

import multiprocessing
import os
import pickle
import shutil
import signal
import tempfile
from pathlib import Path
from typing import Callable


class ReadAhead:
    """Starts reading `paths` in order in a forked process; `collect` stops it and returns its results."""

    def __init__(self, paths: list[str], read: Callable, limits):
        self.folder = Path(tempfile.mkdtemp(prefix="partnergraph-read-"))
        context = multiprocessing.get_context("fork")
        self.process = context.Process(target=read_files, args=(paths, read, limits, self.folder, os.getpid()),
                                       daemon=True)
        try:
            self.process.start()
        except OSError:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise

    def collect(self) -> dict[str, tuple]:
        """path -> (Document, None), or (None, the failed Result), for every file read so far. A file
        being read when the process is stopped is left to the workers."""
        self.process.terminate()
        self.process.join()
        try:
            return dict(pickle.loads(entry.read_bytes()) for entry in sorted(self.folder.glob("*.pickle")))
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def read_files(paths: list[str], read: Callable, limits, folder: Path, parent: int) -> None:
    from partnergraph.graph.ingest.guard import guarded

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops this process
    seconds = getattr(limits, "seconds", 0)
    for index, path in enumerate(paths):
        if os.getppid() != parent:
            return  # the ingest was killed: stop, and let go of its lock (inherited with the fork)
        outcome = guarded(seconds, lambda: read(path, limits))
        part = folder / f"{index:08d}.part"
        try:
            part.write_bytes(pickle.dumps((path, outcome), protocol=pickle.HIGHEST_PROTOCOL))
            part.rename(part.with_suffix(".pickle"))  # complete files only: the process may be stopped any time
        except (OSError, pickle.PicklingError):
            return  # a full disk, say: the workers read the rest
