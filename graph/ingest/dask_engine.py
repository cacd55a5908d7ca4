"""Reading and extraction on a Dask cluster (`ingest --dask tcp://host:8786`, or `local:N` for a
LocalCluster of N worker processes), for corpora past one machine. The pipeline is loaded once per worker
(a worker plugin); files go to the workers in batches, as bytes or read from a folder every worker sees
(`shared_path`), and are extracted together as the local pool does; results stream back as they finish
to the one SQLite writer. A worker that dies has its tasks run again elsewhere by Dask, and each file's
result is taken once."""
from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path
from typing import Iterator

from partnergraph.extract.errors import PartnergraphError
from partnergraph.graph.ingest.guard import Result
from partnergraph.graph.ingest.workers import batches, extract_batch, rarer_collections

# A LocalCluster's workers as quiet as the local pool's: a worker's profiler walks the running task's stack
# every 10 ms and its event loops wake 50 times a second, each taking the lock the task needs; and Dask's
# MALLOC_TRIM_THRESHOLD_ of 64 kB made the workers hand memory back after every batch only to fault it in
# again (13 s of system time on 1,000 reports against 6 s for the local pool)
QUIETER_WORKERS = {"distributed.worker.profile.enabled": False,
                   "distributed.admin.tick.interval": "1s",
                   "distributed.admin.system-monitor.interval": "5s",
                   "distributed.worker.memory.monitor-interval": "1s",
                   "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1,
                                                           "OPENBLAS_NUM_THREADS": 1}}
IN_FLIGHT_PER_WORKER = 2  # batches sent ahead of the results, so memory stays flat however large the corpus
_EXTRACTORS: dict[bool, object] = {}  # this worker process's pipelines, by use_model, loaded once


def worker_extractor(use_model: bool):
    if use_model not in _EXTRACTORS:
        from partnergraph.extract.pipeline import Extractor

        _EXTRACTORS[use_model] = Extractor(use_model)
    return _EXTRACTORS[use_model]


def pipeline_plugin(use_model: bool):
    """A worker plugin that loads the pipeline when a worker starts (or joins), not at its first file."""
    from distributed import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        name = f"partnergraph-pipeline-{'model' if use_model else 'rules'}"

        def setup(self, worker) -> None:
            from partnergraph.graph.ingest import dask_engine  # the module itself, not a pickled copy of it

            dask_engine.worker_extractor(use_model).warm_up()
            gc.freeze()  # the loaded pipeline is left out of the worker's collections, as in the local pool

    return PipelinePlugin()


def extract_on_worker(items: list[tuple[str, str, bytes | None]], limits, use_model: bool
                      ) -> list[tuple[str, str, Result]]:
    """A batch of files on a worker, extracted together as the local pool does (`nlp.pipe` groups): read
    from their paths when every worker sees them, else from the bytes sent, each under its own name."""
    extractor = worker_extractor(use_model)
    with rarer_collections():
        if all(data is None for _, _, data in items):
            return extract_batch(extractor, [(path, sha) for path, sha, _ in items], limits)
        return extract_copies(extractor, items, limits)


def extract_copies(extractor, items: list[tuple[str, str, bytes | None]], limits) -> list[tuple[str, str, Result]]:
    """The files sent as bytes, written to a temporary folder and read from there."""
    with tempfile.TemporaryDirectory(prefix="partnergraph-") as folder:
        copies = []
        for number, (path, sha, data) in enumerate(items):
            copy = Path(folder) / str(number) / Path(path).name  # the extension tells the reader what to expect
            copy.parent.mkdir()
            copy.write_bytes(data or b"")
            copies.append((str(copy), sha))
        results = extract_batch(extractor, copies, limits)
    for (path, _, _), (_, _, result) in zip(items, results):
        if result.ok:  # stored as the file it came from, not the worker's copy
            result.rows.document.update(path=path, name=Path(path).name)
    return [(path, sha, result) for (path, sha, _), (_, _, result) in zip(items, results)]


class DaskEngine:
    """Callable like workers.extract_all: yields (path, sha, Result) as the cluster finishes them."""

    def __init__(self, address: str, use_model: bool = True, shared_path: bool = False):
        self.address, self.use_model, self.shared_path = address, use_model, shared_path

    def __call__(self, todo: list[tuple[str, str]], extractor, limits, workers: int = 1
                 ) -> Iterator[tuple[str, str, Result]]:
        if not todo:
            return
        with connect(self.address) as client:
            client.register_plugin(pipeline_plugin(self.use_model))
            yield from self.stream(client, todo, limits)

    def stream(self, client, todo, limits) -> Iterator[tuple[str, str, Result]]:
        from distributed import as_completed

        workers = max(1, len(client.scheduler_info()["workers"]))
        pending = iter(batches(todo, workers))
        running = as_completed()
        for batch in [batch for _, batch in zip(range(IN_FLIGHT_PER_WORKER * workers), pending)]:
            running.add(self.submit(client, batch, limits))
        for future in running:
            yield from future.result()
            future.release()
            following = next(pending, None)
            if following:
                running.add(self.submit(client, following, limits))

    def submit(self, client, batch: list[tuple[str, str]], limits):
        items = [(path, sha, None if self.shared_path else Path(path).read_bytes()) for path, sha in batch]
        return client.submit(extract_on_worker, items, limits, self.use_model, pure=False, retries=2,
                             key=f"partnergraph-{batch[0][1]}-{len(batch)}-{batch[0][0]}")


class connect:
    """A client of the scheduler at `address`, or of a LocalCluster for "local:N" (closed afterwards)."""

    def __init__(self, address: str):
        self.address, self.cluster, self.client = address, None, None

    def __enter__(self):
        import dask
        from distributed import Client, LocalCluster

        try:
            if self.address.startswith("local:"):
                workers = int(self.address.split(":", 1)[1])
                with dask.config.set(QUIETER_WORKERS):
                    self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                dashboard_address=None, silence_logs=40)
                self.client = Client(self.cluster)
            else:
                self.client = Client(self.address, timeout="10s")
        except (OSError, ValueError, TimeoutError) as exc:
            self.__exit__(None, None, None)
            raise PartnergraphError(f"cannot reach the Dask scheduler {self.address}: {exc}") from exc
        return self.client

    def __exit__(self, *exc) -> None:
        for part in (self.client, self.cluster):
            if part is not None:
                part.close()


def worker_pids(client) -> list[int]:
    return list(client.run(os.getpid).values())
