"""Bringing the stored graph up to date after an ingest or a curation: merged when the change is small
enough to hold (graph/model/change.py), rebuilt otherwise (graph/model/rebuild.py). Tests check a merge
gives what a rebuild gives."""
from __future__ import annotations

from partnergraph.graph.model.change import changed_documents, merge_changes
from partnergraph.graph.model.rebuild import cycle_collection_paused, rebuild
from partnergraph.graph.model.sources import GRAPH_FORMAT, state
from partnergraph.graph.store.db import transaction
from partnergraph.graph.store.documents import mark_duplicates

MERGED_AT_MOST = 2_000  # a merge holds the changed reports' records in memory; a rebuild holds one at a time


def update_graph(db) -> str:
    """"added" when reports were only added, none is a copy of another and no name moved to another node;
    "merged" for any other change; "rebuilt" for a graph stored by an older version or a change of more
    than MERGED_AT_MOST reports."""
    with transaction(db):
        mark_duplicates(db)
    removed, added = changed_documents(db)
    if state(db, "graph_format") != GRAPH_FORMAT or len(removed) + len(added) > MERGED_AT_MOST:
        rebuild(db)
        return "rebuilt"
    copies = copies_pending(db)
    with cycle_collection_paused():
        moved = merge_changes(db, removed, added)
    return "merged" if removed or copies or moved else "added"


def copies_pending(db) -> bool:
    """A new report is a copy of a stored one (or the reverse): which copy counts may change."""
    row = db.execute("SELECT 1 FROM graph_pending p JOIN documents a ON a.id = p.doc_id "
                     "JOIN documents b ON b.fingerprint = a.fingerprint AND b.id != a.id LIMIT 1").fetchone()
    return row is not None
