"""Changing the curation: an alias, a merge or a split of known names, listed and undone; the graph follows."""
from __future__ import annotations

from partnergraph.extract.errors import NotFound
from partnergraph.graph.ingest.lock import ingest_lock
from partnergraph.graph.model.lookup import find_node
from partnergraph.graph.model.merge import update_graph
from partnergraph.graph.store.db import mark_graph_dirty, now, transaction

ACTIONS = ("alias", "merge", "split")


def add_curation(db, action: str, name: str, target: str | None = None) -> int:
    """Stores one curation and merges it into the graph; returns its number. The names it joins or splits must
    be organisations the graph knows (NotFound, with the nearest names, if not); an alias is a new name."""
    if action not in ACTIONS:
        raise ValueError(f"unknown curation {action!r}")
    if action != "alias":
        find_node(db, name)
    if target is not None:
        target = find_node(db, target)["name"]
    with transaction(db):
        number = db.execute("INSERT INTO curation (action, name, target, created_at) VALUES (?, ?, ?, ?)",
                            [action, name, target, now()]).lastrowid
        mark_graph_dirty(db)
    with ingest_lock(db):  # an ingest's graph update and this one never interleave
        update_graph(db)
    return number


def list_curations(db) -> list[dict]:
    return [dict(row) for row in db.query("SELECT id, action, name, target, created_at FROM curation ORDER BY id")]


def remove_curation(db, number: int) -> dict:
    """Takes curation `number` back and merges that into the graph; returns what was removed."""
    row = next(iter(db.query("SELECT id, action, name, target FROM curation WHERE id = ?", [number])), None)
    if row is None:
        known = [str(r["id"]) for r in list_curations(db)]
        raise NotFound(f"no curation number {number}", known[-3:])
    with transaction(db):
        db.execute("DELETE FROM curation WHERE id = ?", [number])
        mark_graph_dirty(db)
    with ingest_lock(db):  # an ingest's graph update and this one never interleave
        update_graph(db)
    return row
