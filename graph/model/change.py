"""Merging any change into the stored graph without rebuilding it: reports removed, replaced or added,
copies that now count or no longer do, and curation. Only the nodes and edges the change touches are
worked out again, from every report that touches them, and written in place of the stored ones.

What a change touches: the nodes and edges the removed reports' records put in (ids as the stored graph
resolved names), those the added reports' records put in (ids as names resolve now), and every node a
name moved from or to, with its edges. A node's or an edge's rows depend only on the reports that touch
it and on name resolution, so working them out again from those reports gives what a rebuild gives; a
test applies random changes and compares with a rebuild after each."""
from __future__ import annotations

import json
from collections import Counter

from partnergraph.graph.model.build import (
    StoredRecord,
    count_mentions,
    gather,
    name_node,
    record_mentions,
    resolve_mentions,
)
from partnergraph.graph.model.curation import load_curation
from partnergraph.graph.model.rebuild import write_parts
from partnergraph.graph.model.rows import edge_id
from partnergraph.graph.model.resolve import Resolution
from partnergraph.graph.model.sources import chunks, forget_mentions, stored_mention_counts, write_sources
from partnergraph.graph.store.db import transaction
from partnergraph.graph.store.documents import mark_duplicates


def merge_changes(db) -> None:
    """Brings the stored graph up to date with the stored reports and curation (written in one transaction)."""
    with transaction(db):
        mark_duplicates(db)
    removed, added = changed_documents(db)
    old_orgs, old_projects = stored_resolution(db)
    added_records = list(records_of(db, sorted(added)))
    orgs, projects = resolve_mentions(counts_after(db, removed, added_records), load_curation(db))
    moved = moved_nodes(old_orgs, old_projects, orgs, projects)
    moved_stored = moved | local_nodes(db, moved)
    before = gather(retired_records(db, sorted(removed)), old_orgs, old_projects)
    after = gather(added_records, orgs, projects)
    nodes = set(before.nodes) | set(after.nodes) | moved_stored
    edges = {edge_id(k, a, b) for a, b, k in [*before.edges, *after.edges]} | edges_of_nodes(db, moved_stored)
    readers = documents_of(db, "nodes", nodes) - removed | added  # an edge's reports are its ends'
    parts = gather(records_of(db, sorted(readers)), orgs, projects,
                   keep_node=lambda node: node in nodes or moved_node(node, moved),
                   keep_edge=lambda key: edge_id(key[2], key[0], key[1]) in edges or moved_node(key[0], moved)
                   or moved_node(key[1], moved))
    for node, data in parts.nodes.items():
        name_node(node, data, orgs, projects)
    mentions = [(r.doc_id, m) for r in added_records for m in record_mentions(r.record)]
    with transaction(db):
        delete_rows(db, nodes | set(parts.nodes), edges | {edge_id(k, a, b) for a, b, k in parts.edges})
        forget_mentions(db, removed | added)
        write_parts(db, parts)
        write_sources(db, mentions, orgs, projects)


def moved_node(node: str, moved: set[str]) -> bool:
    """A node a name moved from or to, or one report's node of a kind of service whose name moved."""
    return node in moved or node.split("@")[0] in moved


def local_nodes(db, moved: set[str]) -> set[str]:
    """The stored nodes of a kind of service ("org:police@<report>") whose name moved."""
    found = set()
    for node in moved:
        found |= {n for (n,) in db.execute("SELECT id FROM nodes WHERE id >= ? AND id < ?", [node + "@", node + "A"])}
    return found


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


def moved_nodes(old_orgs, old_projects, orgs, projects) -> set[str]:
    """The node ids names moved from or to (names new or gone included)."""
    moved = set()
    for prefix, old, new in (("org:", old_orgs, orgs), ("project:", old_projects, projects)):
        for key in set(old.canonical) | set(new.canonical):
            was, now = old.canonical.get(key), new.canonical.get(key)
            if was != now:
                moved |= {prefix + node for node in (was, now) if node}
    return moved


def records_of(db, doc_ids: list[str]):
    """Stored records, read a batch at a time (a change to a body most reports name reads most of them;
    what a record adds to a node or an edge does not depend on the order)."""
    for chunk in chunks(doc_ids):
        for doc_id, name, date, record in db.execute(
                f"SELECT id, name, report_date, record FROM documents WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk).fetchall():
            yield StoredRecord(doc_id, name, date, json.loads(record))


def retired_records(db, doc_ids: list[str]) -> list[StoredRecord]:
    """The records the graph was built from for these reports: kept when they were removed or stored
    again, still stored when they are copies now."""
    retired = {}
    for chunk in chunks(doc_ids):
        retired.update(db.execute(f"SELECT doc_id, record FROM graph_retired WHERE doc_id IN "
                                  f"({', '.join('?' * len(chunk))})", chunk).fetchall())
    stored = {r.doc_id: r for r in records_of(db, [i for i in doc_ids if i not in retired])}
    return [stored[i] if i in stored else StoredRecord(i, "", None, json.loads(retired[i])) for i in doc_ids
            if i in stored or i in retired]


def edges_of_nodes(db, nodes: set[str]) -> set[str]:
    found = set()
    for chunk in chunks(sorted(nodes)):
        marks = ", ".join("?" * len(chunk))
        found |= {e for (e,) in db.execute(f"SELECT id FROM edges WHERE source IN ({marks}) OR target IN ({marks})",
                                           chunk + chunk)}
    return found


def documents_of(db, table: str, ids: set[str]) -> set[str]:
    """Every report the stored rows of these nodes or edges name."""
    found = set()
    for chunk in chunks(sorted(ids)):
        for (documents,) in db.execute(f"SELECT documents FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})",
                                       chunk):
            found.update(json.loads(documents))
    return found


def delete_in(db, sql: str, ids: list[str]) -> None:
    for chunk in chunks(ids):
        db.execute(sql.format(", ".join("?" * len(chunk))), chunk)


def delete_rows(db, nodes: set[str], edges: set[str]) -> None:
    """The stored rows of these nodes and edges, their names and evidence."""
    delete_in(db, "DELETE FROM evidence WHERE edge_id IN ({})", sorted(edges))
    delete_in(db, "DELETE FROM edges WHERE id IN ({})", sorted(edges))
    delete_in(db, "DELETE FROM evidence WHERE node_id IN ({})", sorted(nodes))
    delete_in(db, "DELETE FROM node_names WHERE node_id IN ({})", sorted(nodes))
    delete_in(db, "DELETE FROM nodes WHERE id IN ({})", sorted(nodes))
