"""Browsing a database in Datasette: its metadata (schemas/datasette.yaml) placed under the database's
name, and the server started on it. Datasette is an optional extra: `pip install partnergraph[serve]`."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from partnergraph.extract.errors import PartnergraphError
from partnergraph.extract.resources import load_yaml


def datasette_metadata(db_path: str | Path) -> dict:
    """Datasette's metadata: the title and description for the instance, the tables' under the database
    (Datasette names a database by its file's stem)."""
    described = dict(load_yaml("datasette.yaml"))
    tables = described.pop("tables")
    return {**described, "databases": {Path(db_path).stem: {"tables": tables}}}


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> int:
    """Runs Datasette on the database until it is stopped (Ctrl-C); returns its exit code."""
    if importlib.util.find_spec("datasette") is None:
        raise PartnergraphError("Datasette is not installed: pip install 'partnergraph[serve]'")
    with tempfile.TemporaryDirectory() as folder:
        metadata = Path(folder) / "metadata.json"
        metadata.write_text(json.dumps(datasette_metadata(db_path)), encoding="utf-8")
        command = [sys.executable, "-m", "datasette", "serve", str(db_path), "--metadata", str(metadata),
                   "--host", host, "--port", str(port)]
        try:
            return subprocess.call(command)
        except KeyboardInterrupt:
            return 0
