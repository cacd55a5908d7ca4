"""Timing and memory helpers of the benchmarks: stage runs in this process, CLI commands in their own."""
from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent / "partnergraph"


def timed(func, *args, repeat: int = 1):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def staged(func, *args):
    """(median seconds of one run, result, peak resident MB during the run): the kernel's high-water
    mark of this process is reset before the stage (Linux `clear_refs`), so each stage has its own."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass  # not Linux: the peak is the process's so far
    seconds, result = timed(func, *args)
    return seconds, result, resident_peak_mb()


def resident_peak_mb() -> float:
    try:
        status = Path("/proc/self/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fresh(db_path: Path) -> str:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    return str(db_path)


def run_cli(args: list[str]) -> tuple[float, float]:
    """(seconds, peak MB of the largest process) of one partnergraph command. The peak is each process's
    own high-water mark (VmHWM), read every 0.1 s: a child's ru_maxrss would start from this benchmark
    process's size, which holds 10,000 documents in the per-stage runs."""
    start = time.perf_counter()
    child = subprocess.Popen([str(BIN), *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while child.poll() is None:
        peak = max([peak] + [high_water_mb(pid) for pid in process_tree(child.pid)])
        time.sleep(0.1)
    if not peak:  # no /proc (not Linux): the children's maximum, an upper bound
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return time.perf_counter() - start, peak


def process_tree(pid: int) -> list[int]:
    pids = [pid]
    for parent in pids:  # grows while it is walked
        try:
            pids += [int(p) for p in Path(f"/proc/{parent}/task/{parent}/children").read_text().split()]
        except (OSError, ValueError):
            pass
    return pids


def high_water_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        return 0.0
