"""The `partnergraph` command: the click group with every command registered, run with one math thread."""
from __future__ import annotations

import gc
import os

from partnergraph.graph.cli import curation, documents, export, queries  # noqa: F401  (register the commands)
from partnergraph.graph.cli.app import cli, one_math_thread


def main():
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    one_math_thread()
    try:
        cli()
    finally:
        # The work is done and the database closed: spare the shutdown a last pass of the cycle collector
        # over every object still alive (0.2 s after an ingest, with the pipeline loaded).
        gc.freeze()
