"""Reading ahead while the pipeline loads: what the second process read is what reading gives."""
from __future__ import annotations

import time

from conftest import CORPUS
from partnergraph.extract.readers import ReadLimits, read_file
from partnergraph.graph.ingest.read_ahead import ReadAhead


def test_files_read_ahead_are_read_as_the_workers_would_read_them(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    paths = [str(p) for p in sorted(CORPUS.glob("00[01]_*"))] + [str(tmp_path / "empty.txt")]
    ahead = ReadAhead(paths, read_file, ReadLimits(seconds=30))
    deadline = time.monotonic() + 60
    while len(list(ahead.folder.glob("*.pickle"))) < len(paths) and time.monotonic() < deadline:
        time.sleep(0.05)
    done = ahead.collect()
    assert sorted(done) == sorted(paths) and not ahead.folder.exists()
    for path in paths[:-1]:
        document, failed = done[path]
        assert failed is None and document.text == read_file(path).text and document.blocks == read_file(path).blocks
    document, failed = done[paths[-1]]
    assert document is None and (failed.ok, failed.reason) == (False, "empty")


def slow_read(path, limits):
    time.sleep(0.3)
    return read_file(path, limits)


def test_stopping_early_leaves_the_unread_files_to_the_workers(tmp_path):
    paths = [str(p) for p in sorted(CORPUS.glob("*.txt"))]
    ahead = ReadAhead(paths, slow_read, ReadLimits())
    deadline = time.monotonic() + 30
    while not list(ahead.folder.glob("*.pickle")) and time.monotonic() < deadline:
        time.sleep(0.02)
    done = ahead.collect()
    assert 0 < len(done) < len(paths) and set(done) == set(paths[:len(done)])
    assert not ahead.folder.exists() and not ahead.process.is_alive()


def test_reading_ahead_stops_when_the_ingest_is_killed(tmp_path):
    """The reader holds the ingest's lock (inherited); it must not read on for an ingest that is gone."""
    import os
    import signal
    import subprocess
    import sys

    script = f"""
import sys, time
sys.path.insert(0, {str(CORPUS.parent)!r}); sys.path.insert(0, {str(CORPUS.parent / 'tests')!r})
from test_read_ahead import slow_read
from partnergraph.extract.readers import ReadLimits
from partnergraph.graph.ingest.read_ahead import ReadAhead
ahead = ReadAhead([{str(CORPUS / '000_da3f3502c5de7ce4.txt')!r}] * 1000, slow_read, ReadLimits())
print(ahead.process.pid, flush=True)
time.sleep(60)
"""
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and os.path.exists(f"/proc/{child}") and \
            open(f"/proc/{child}/stat").read().split()[2] != "Z":
        time.sleep(0.1)
    assert not os.path.exists(f"/proc/{child}") or open(f"/proc/{child}/stat").read().split()[2] == "Z"


def test_ingest_goes_on_without_reading_ahead_when_no_temporary_folder_can_be_made(tmp_path, monkeypatch):
    import tempfile

    from partnergraph.extract.pipeline import Extractor
    from partnergraph.graph.ingest.run import ingest
    from partnergraph.graph.store.db import open_db

    def no_folder(*args, **kwargs):
        raise OSError(28, "No space left on device")

    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(CORPUS.glob("00[12]_*.txt")):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(tempfile, "mkdtemp", no_folder)
    report = ingest(open_db(tmp_path / "pg.db"), [str(folder)], Extractor(), workers=2)
    assert report.count("read") == 2
