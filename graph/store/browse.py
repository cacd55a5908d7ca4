"""Browsing a database in Datasette: its metadata (schemas/datasette.yaml) placed under the database's
name, and the server started on it. Datasette is an optional extra: `pip install partnergraph[serve]`."""
from __future__ import annotations

import importlib.util
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
    """Runs Datasette on the database in this process until it is stopped (Ctrl-C or a signal)."""
    if importlib.util.find_spec("datasette") is None:
        raise PartnergraphError("Datasette is not installed: pip install 'partnergraph[serve]'")
    import asyncio

    import uvicorn
    from datasette.app import Datasette

    datasette = Datasette([str(db_path)], metadata=datasette_metadata(db_path))
    asyncio.run(datasette.invoke_startup())
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")
    return 0
