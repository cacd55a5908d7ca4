"""Writes the networkx graph to SQLite (nodes, node_names, edges, evidence) and reads curation."""
from __future__ import annotations

import json

from extract.facts.names import name_key
from graph.build import StoredRecord, build_graph
from graph.resolve import Curation
from graph.store import mark_duplicates, mark_graph_dirty, now, transaction


def stored_records(db) -> list[StoredRecord]:
    return [StoredRecord(row[0], row[1], row[2], json.loads(row[3]))
            for row in db.execute("SELECT id, name, report_date, record FROM documents WHERE duplicate_of IS NULL "
                                  "ORDER BY name")]


def load_curation(db) -> Curation:
    curation = Curation()
    for action, name, target in db.execute("SELECT action, name, target FROM curation ORDER BY id"):
        if action == "alias":
            curation.aliases[name] = target
        elif action == "merge":
            curation.merges.append((name, target))
        else:  # a split also cancels earlier curation that joined this name to another
            key = name_key(name)
            curation.splits.add(key)
            curation.merges = [(a, b) for a, b in curation.merges if name_key(a) != key]
            curation.aliases = {a: b for a, b in curation.aliases.items() if name_key(a) != key}
    return curation


def add_curation(db, action: str, name: str, target: str | None = None) -> None:
    with transaction(db):
        db.execute("INSERT INTO curation (action, name, target, created_at) VALUES (?, ?, ?, ?)",
                   [action, name, target, now()])
        mark_graph_dirty(db)
    rebuild(db)


def rebuild(db) -> None:
    """Replaces the stored graph with one built from every stored report, in one transaction; a report
    stored in several formats counts once."""
    with transaction(db):
        mark_duplicates(db)
    graph = build_graph(stored_records(db), load_curation(db))
    with transaction(db):
        for table in ("evidence", "edges", "node_names", "nodes"):
            db.execute(f"DELETE FROM {table}")
        db.conn.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", node_rows(graph))
        db.conn.executemany("INSERT OR IGNORE INTO node_names VALUES (?, ?)", name_rows(graph))
        db.conn.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", edge_rows(graph))
        db.conn.executemany("INSERT INTO evidence (edge_id, node_id, doc_id, page, start, end, sentence) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", evidence_rows(graph))
        db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('graph_dirty', '0')")


def node_rows(graph):
    for node, d in graph.nodes(data=True):
        yield (node, d["kind"], d["name"], json.dumps(sorted(d["aliases"])), json.dumps(dict(d["themes"])),
               json.dumps(sorted(d["documents"])), len(d["documents"]), d["first_seen"], d["last_seen"])


def name_rows(graph):
    for node, d in graph.nodes(data=True):
        for name in {d["name"], *d["aliases"]}:
            yield name_key(name), node


def edge_id(kind: str, a: str, b: str) -> str:
    a, b = sorted((a, b))
    return f"{kind}|{a}|{b}"


def edge_rows(graph):
    for a, b, kind, d in graph.edges(keys=True, data=True):
        source, target = sorted((a, b))
        yield (edge_id(kind, a, b), source, target, kind, json.dumps(sorted(d["roles"])),
               json.dumps(sorted(d["projects"])), json.dumps(sorted(d["via"])), json.dumps(dict(d["themes"])),
               json.dumps(sorted(d["documents"])),
               len(d["documents"]), d["first_seen"], d["last_seen"])


def evidence_rows(graph):
    for a, b, kind, d in graph.edges(keys=True, data=True):
        seen = set()
        for e in d["evidence"]:
            marker = (e["doc_id"], e.get("start"))
            if marker not in seen:
                seen.add(marker)
                yield edge_id(kind, a, b), None, e["doc_id"], e.get("page"), e.get("start"), e.get("end"), e["sentence"]
    for node, d in graph.nodes(data=True):
        for e in d["evidence"]:
            yield None, node, e["doc_id"], e.get("page"), e.get("start"), e.get("end"), e["sentence"]
