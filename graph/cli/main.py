"""The `partnergraph` command: the click group with every command registered, run with one math thread."""
from __future__ import annotations

import gc
import os
import sqlite3
import sys

from partnergraph.graph.cli import curation, documents, export, queries  # noqa: F401  (register the commands)
from partnergraph.graph.cli.app import cli, one_math_thread


def main():
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    one_math_thread()
    try:
        cli()
    except (sqlite3.Error, OSError) as exc:  # what the library cannot prevent: the disk, the file, the database
        from partnergraph.graph.cli.faults import EXIT_FAULT, fault_message

        print(f"Error: {fault_message(exc)}", file=sys.stderr)
        sys.exit(EXIT_FAULT)
    finally:
        # The work is done and the database closed: spare the shutdown a last pass of the cycle collector
        # over every object still alive (0.2 s after an ingest, with the pipeline loaded).
        gc.freeze()
