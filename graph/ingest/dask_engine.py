"""Reading and extraction on a Dask cluster (`ingest --dask tcp://host:8786`, or `local:N` for a
LocalCluster of N worker processes), for corpora past one machine. The pipeline is loaded once per worker
(a worker plugin); files go to the workers as bytes, or are read from a folder every worker sees
(`shared_path`); results stream back as they finish to the one SQLite writer. A worker that dies has its
tasks run again elsewhere by Dask, and each file's result is taken once."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterator

from partnergraph.extract.errors import PartnergraphError
from partnergraph.graph.ingest.guard import Result
from partnergraph.graph.ingest.workers import extract_safely

IN_FLIGHT_PER_WORKER = 4  # files sent ahead of the results, so memory stays flat however large the corpus
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

            dask_engine.worker_extractor(use_model)

    return PipelinePlugin()


def extract_on_worker(path: str, data: bytes | None, limits, use_model: bool) -> Result:
    """One file on a worker: read from `path` when every worker sees it, else from the bytes sent."""
    extractor = worker_extractor(use_model)
    if data is None:
        return extract_safely(extractor, path, limits)
    with tempfile.TemporaryDirectory(prefix="partnergraph-") as folder:
        copy = Path(folder) / Path(path).name  # the name's extension tells the reader what to expect
        copy.write_bytes(data)
        result = extract_safely(extractor, str(copy), limits)
    if result.ok:  # stored as the file it came from, not the worker's copy
        result.rows.document.update(path=path, name=Path(path).name)
    return result


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

        window = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        pending = iter(todo)
        keys: dict[str, tuple[str, str]] = {}
        running = as_completed()
        for item in [item for _, item in zip(range(window), pending)]:
            running.add(self.submit(client, item, limits, keys))
        for future in running:
            path, sha = keys.pop(future.key)
            yield path, sha, future.result()
            future.release()
            following = next(pending, None)
            if following:
                running.add(self.submit(client, following, limits, keys))

    def submit(self, client, item: tuple[str, str], limits, keys: dict):
        path, sha = item
        data = None if self.shared_path else Path(path).read_bytes()
        future = client.submit(extract_on_worker, path, data, limits, self.use_model, pure=False, retries=2,
                               key=f"partnergraph-{sha}-{len(keys)}-{path}")
        keys[future.key] = item
        return future


class connect:
    """A client of the scheduler at `address`, or of a LocalCluster for "local:N" (closed afterwards)."""

    def __init__(self, address: str):
        self.address, self.cluster, self.client = address, None, None

    def __enter__(self):
        from distributed import Client, LocalCluster

        try:
            if self.address.startswith("local:"):
                workers = int(self.address.split(":", 1)[1])
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
