"""Merging any change into the stored graph without rebuilding it: reports removed, replaced or added,
copies that now count or no longer do, and curation. The parts of the reports that went are taken out,
those of the reports that came are written, and only the nodes and edges whose parts changed are worked
out again (graph/model/parts.py): one with counts kept (many reports name it, graph/model/sums.py) from
its stored row, its counts and the parts taken and added; one to which parts were only added, from its
stored row and those; any other from all its parts.

Names are resolved over the whole corpus, so a change can move a name to another node: the reports with
parts in the node a name moved from are read again and their parts that changed replaced, and the nodes
names moved from and to are folded again from all their parts and renamed. A node's or an edge's row
depends only on its parts and on name resolution, so this gives what a rebuild gives; a test applies
random changes and compares with a rebuild after each."""
from __future__ import annotations

import json
from collections import Counter

from partnergraph.graph.model.build import StoredRecord, count_mentions, name_node, record_mentions, resolve_mentions
from partnergraph.graph.model.curation import load_curation
from partnergraph.graph.model.parts import (
    EDGE_PARTS,
    NODE_PARTS,
    Changed,
    folded_edge,
    folded_node,
    forget_report_parts,
    rewrite_report_parts,
    write_report_parts,
)
from partnergraph.graph.model.resolve import Resolution
from partnergraph.graph.model.rows import EDGE_COLUMNS, NODE_COLUMNS, name_rows, node_rows
from partnergraph.graph.model.sources import chunks, forget_mentions, stored_mention_counts, write_sources
from partnergraph.graph.model.sums import (
    SUMS_FROM,
    counts_of,
    edge_from_sums,
    keep_sums,
    node_from_sums,
    shift,
    stored_sums,
)
from partnergraph.graph.store.db import transaction


def merge_changes(db, removed: set[str], added: set[str]) -> bool:
    """Brings the stored graph up to date with the stored reports and curation (written in one
    transaction), given changed_documents() once duplicates are marked; whether a name the stored graph
    had moved to another node."""
    old_orgs, old_projects = stored_resolution(db)
    added_records = list(records_of(db, sorted(added)))
    orgs, projects = resolve_mentions(counts_after(db, removed, added_records), load_curation(db))
    moves = name_moves(old_orgs, old_projects, orgs, projects)
    renamed = {node for was, now, _ in moves for node in (was, now)}
    reread = sorted(reports_with_parts_in(db, {was for was, _, _ in moves}) - removed - added)
    mentions = [(r.doc_id, m) for r in added_records for m in record_mentions(r.record)]
    with transaction(db):
        changed = Changed()
        forget_report_parts(db, removed, changed)
        rewrite_report_parts(db, records_of(db, reread), orgs, projects, changed)
        write_report_parts(db, added_records, orgs, projects, changed)
        for node in sorted(set(changed.taken[0]) | set(changed.added[0]) | renamed):
            refold_node(db, node, changed, node in renamed, orgs, projects)
        for edge in sorted(set(changed.taken[1]) | set(changed.added[1])):
            refold_edge(db, edge, changed)
        forget_mentions(db, removed | added)
        write_sources(db, mentions, orgs, projects, (removed, added))
    return any(stored for _, _, stored in moves)


def refold_node(db, node: str, changed: Changed, renamed: bool, orgs, projects) -> None:
    data, sums = worked_out(db, "node", node, changed, renamed)
    db.execute("DELETE FROM node_names WHERE node_id = ?", [node])
    keep_sums(db, node, sums, len(data["documents"]) if data else 0)
    if data is None:
        db.execute("DELETE FROM nodes WHERE id = ?", [node])
        return
    name_node(node, data, orgs, projects)
    db.conn.execute(f"INSERT OR REPLACE INTO nodes VALUES ({', '.join('?' * NODE_COLUMNS)})",
                    next(node_rows([(node, data)])))
    db.conn.executemany("INSERT OR IGNORE INTO node_names VALUES (?, ?)", name_rows([(node, data)]))


def refold_edge(db, edge: str, changed: Changed) -> None:
    row, sums = worked_out(db, "edge", edge, changed)
    keep_sums(db, edge, sums, row[9] if row else 0)
    if row is None:
        db.execute("DELETE FROM edges WHERE id = ?", [edge])
    else:
        db.conn.execute(f"INSERT OR REPLACE INTO edges VALUES ({', '.join('?' * EDGE_COLUMNS)})", row)


def worked_out(db, kind: str, item: str, changed: Changed, renamed: bool = False):
    """(a node's data or an edge's row, its counts or None) once its parts changed: from its counts when
    kept (many reports name it), else folded from its stored row and the parts added (none taken), else
    from all its parts."""
    is_node = kind == "node"
    fold = folded_node if is_node else folded_edge
    taken, added = changed.taken[not is_node].get(item, []), changed.added[not is_node].get(item, [])
    sums = None if renamed else stored_sums(db, item)
    stored = db.execute(f"SELECT * FROM {kind}s WHERE id = ?", [item]).fetchone()
    if sums is not None and stored is not None:
        shift(sums, taken, is_node, -1)
        shift(sums, added, is_node, 1)
        return (node_from_sums if is_node else edge_from_sums)(stored, sums, taken, added), sums
    count = stored[6 if is_node else 9] if stored else 0  # the stored row's number of reports
    if taken or renamed or stored is None or count + len(added) >= SUMS_FROM:
        parts = db.execute((NODE_PARTS if is_node else EDGE_PARTS) + f" WHERE {kind}_id = ?", [item]).fetchall()
        return fold(parts), counts_of(parts, is_node) if len(parts) >= SUMS_FROM else None
    return fold([stored, *added]), None


def changed_documents(db) -> tuple[set[str], set[str]]:
    """(removed, added): reports the graph was built from that are gone, copies now or stored again;
    reports that are new, count now instead of a copy, or were stored again."""
    built = {doc_id for (doc_id,) in db.execute("SELECT doc_id FROM graph_documents")}
    live = {doc_id for (doc_id,) in db.execute("SELECT id FROM documents WHERE duplicate_of IS NULL")}
    again = {doc_id for (doc_id,) in db.execute("SELECT doc_id FROM graph_pending")} & built
    return (built - live) | again, (live - built) | (again & live)


def stored_resolution(db) -> tuple[Resolution, Resolution]:
    """The node of every name key as the stored graph resolved it (enough to give the stored ids)."""
    canonical: dict[str, dict[str, str]] = {"organisation": {}, "project": {}}
    for kind, key, node in db.execute("SELECT kind, key, node FROM graph_resolution"):
        canonical[kind][key] = node
    return (Resolution(canonical["organisation"], {}, {}), Resolution(canonical["project"], {}, {}))


def counts_after(db, removed: set[str], added: list[StoredRecord]) -> dict[str, Counter]:
    """How often each name is mentioned once the change is made."""
    return count_mentions((m for r in added for m in record_mentions(r.record)), stored_mention_counts(db, removed))


def records_of(db, doc_ids: list[str]):
    """Stored records, read a batch at a time (a change to a body most reports name reads most of them;
    what a record adds to a node or an edge does not depend on the order)."""
    for chunk in chunks(doc_ids):
        for doc_id, name, date, record in db.execute(
                f"SELECT id, name, report_date, record FROM documents WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk).fetchall():
            yield StoredRecord(doc_id, name, date, json.loads(record))


def name_moves(old_orgs, old_projects, orgs, projects) -> list[tuple[str, str, bool]]:
    """(node before, node after, whether the stored graph had the name) of every name that moved to
    another node; a name new or gone moves if it joins or leaves another name's node."""
    moves = []
    for prefix, old, new in (("org:", old_orgs, orgs), ("project:", old_projects, projects)):
        for key in set(old.canonical) | set(new.canonical):
            was, now = old.canonical.get(key, key), new.canonical.get(key, key)
            if was != now:
                moves.append((prefix + was, prefix + now, key in old.canonical))
    return moves


def reports_with_parts_in(db, nodes: set[str]) -> set[str]:
    """The reports with parts in these nodes, or in one report's node of a kind of service of these
    ("org:police@<report>")."""
    found = set()
    for node in nodes:
        found.update(d for (d,) in db.execute("SELECT doc_id FROM node_parts WHERE node_id = ? OR "
                                              "(node_id >= ? AND node_id < ?)", [node, node + "@", node + "A"]))
    return found
