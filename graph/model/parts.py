"""What each report puts into each node and edge (the node_parts and edge_parts tables). A node's or an
edge's row is its parts folded: sets joined, theme counts added, dates spanned, and a spelling chosen
the same whatever order the parts come in. So a change takes out the parts of the reports it removes,
writes those of the reports it adds, and folds again only the nodes and edges whose parts changed,
without reading the other reports that name them (graph/model/change.py); a rebuild writes every
report's parts and folds them all (graph/model/rebuild.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

from partnergraph.graph.model.build import gather, service_keys
from partnergraph.graph.model.rows import (
    add_edge_row,
    add_node_row,
    edge_of_row,
    edge_rows,
    evidence_rows,
    node_of_row,
    node_rows,
)
from partnergraph.graph.model.sources import chunks

# The parts as rows of the nodes and edges tables (one document, its date as first and last seen), so
# the same code folds parts and stored rows.
NODE_PARTS = "SELECT node_id, kind, name, aliases, themes, json_array(doc_id), 1, seen, seen FROM node_parts"
EDGE_PARTS = ("SELECT edge_id, source, target, kind, roles, projects, via, themes, json_array(doc_id), 1, seen, "
              "seen FROM edge_parts")
WRITE_BATCH = 20_000  # rows held before an executemany writes them
PART_COLUMNS = {"node": 7, "edge": 10}


class BatchedInsert:
    """Rows for one table, written WRITE_BATCH at a time (an executemany per report was a fifth of a rebuild)."""

    def __init__(self, db, table: str, columns: int, after: "BatchedInsert | None" = None, verb: str = "INSERT"):
        self.conn, self.rows, self.after = db.conn, [], after  # `after`'s rows go first (they are referred to)
        self.sql = f"{verb} INTO {table} VALUES ({', '.join('?' * columns)})"

    def add(self, rows) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= WRITE_BATCH:
            self.flush()

    def flush(self) -> None:
        if self.after is not None:
            self.after.flush()
        self.conn.executemany(self.sql, self.rows)
        self.rows = []


@dataclass
class Written:
    """The ids whose parts a change wrote, and the rows written for those not folded from the table anyway
    (`refolded`): a body most reports name is folded from its stored row and the new parts alone."""
    refolded: tuple[set[str], set[str]]
    nodes: dict[str, list] = field(default_factory=dict)
    edges: dict[str, list] = field(default_factory=dict)

    def add(self, table: dict, skip: set[str], rows) -> None:
        for row in rows:
            held = table.setdefault(row[0], [])
            if row[0] not in skip:
                held.append(row)


def part_writers(db) -> dict[str, BatchedInsert]:
    return {"nodes": BatchedInsert(db, "node_parts", PART_COLUMNS["node"]),
            "edges": BatchedInsert(db, "edge_parts", PART_COLUMNS["edge"]),
            "evidence": BatchedInsert(db, "evidence (edge_id, node_id, doc_id, page, start, end, sentence)", 7)}


def node_part(doc_id: str, row: tuple) -> tuple:
    """A node_parts row from a node row of one report's graph."""
    return row[0], doc_id, *row[1:5], row[7]


def edge_part(doc_id: str, row: tuple) -> tuple:
    return row[0], doc_id, *row[1:8], row[10]


def write_report_parts(db, records, orgs, projects, written: Written | None = None) -> None:
    """Each record's parts and evidence, written a batch at a time (in the caller's transaction)."""
    writers = part_writers(db)
    local = service_keys()
    for stored in records:
        parts = gather([stored], orgs, projects, local=local)
        nodes, edges = list(node_rows(parts.nodes.items())), list(edge_rows(parts.edges.items()))
        writers["nodes"].add(node_part(stored.doc_id, row) for row in nodes)
        writers["edges"].add(edge_part(stored.doc_id, row) for row in edges)
        writers["evidence"].add(evidence_rows(parts))
        if written is not None:
            written.add(written.nodes, written.refolded[0], nodes)
            written.add(written.edges, written.refolded[1], edges)
    for writer in writers.values():
        writer.flush()


def rewrite_report_parts(db, records, orgs, projects, written: Written) -> tuple[set[str], set[str]]:
    """Reports read again because a name they use moved to another node: of their parts and evidence,
    only those that changed are replaced (in the caller's transaction), so the bodies they also name are
    not folded again; the ids whose stored part was taken out."""
    taken: tuple[set[str], set[str]] = (set(), set())
    local = service_keys()
    for batch in batched(records, 500):
        before = stored_parts(db, [stored.doc_id for stored in batch])
        for stored in batch:
            parts = gather([stored], orgs, projects, local=local)
            evidence = evidence_by_id(evidence_rows(parts))
            nodes = {row[0]: row for row in node_rows(parts.nodes.items())}
            edges = {row[0]: row for row in edge_rows(parts.edges.items())}
            came = (replace_parts(db, "node", stored.doc_id, nodes, before[0], taken[0]),
                    replace_parts(db, "edge", stored.doc_id, edges, before[1], taken[1]))
            replace_evidence(db, stored.doc_id, before[2].get(stored.doc_id, {}), evidence)
            written.add(written.nodes, written.refolded[0], [nodes[node] for node in came[0]])
            written.add(written.edges, written.refolded[1], [edges[edge] for edge in came[1]])
    return taken


def replace_parts(db, kind: str, doc_id: str, rows: dict, before: dict, taken: set[str]) -> set[str]:
    """One report's parts of nodes or edges: those stored but no longer the same taken out (their ids
    added to `taken`), the new or changed written. The ids written."""
    new = {key: (node_part if kind == "node" else edge_part)(doc_id, row) for key, row in rows.items()}
    old = before.get(doc_id, {})
    gone = {key for key, part in old.items() if new.get(key) != part}
    came = {key for key, part in new.items() if old.get(key) != part}
    for key in gone:
        db.execute(f"DELETE FROM {kind}_parts WHERE doc_id = ? AND {kind}_id = ?", [doc_id, key])
    db.conn.executemany(f"INSERT INTO {kind}_parts VALUES ({', '.join('?' * PART_COLUMNS[kind])})",
                        [new[key] for key in came])
    taken |= gone
    return came


def replace_evidence(db, doc_id: str, old: dict, new: dict) -> None:
    """One report's evidence of each node and edge whose sentences changed (a part can stay the same
    while the sentences do: two spellings that now name one body)."""
    for edge, node in (key for key in set(old) | set(new) if old.get(key) != new.get(key)):
        db.execute("DELETE FROM evidence WHERE doc_id = ? AND edge_id IS ? AND node_id IS ?", [doc_id, edge, node])
        db.conn.executemany("INSERT INTO evidence (edge_id, node_id, doc_id, page, start, end, sentence) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", new.get((edge, node), []))


def evidence_by_id(rows) -> dict[tuple, list[tuple]]:
    """{(edge_id, node_id): sorted evidence rows}."""
    found: dict[tuple, list[tuple]] = {}
    for row in rows:
        found.setdefault(tuple(row[:2]), []).append(tuple(row))
    return {key: sorted(held, key=repr) for key, held in found.items()}


def stored_parts(db, doc_ids: list[str]) -> tuple[dict, dict, dict]:
    """{doc_id: {id: part row}} of these reports' node and edge parts, and {doc_id: evidence_by_id}."""
    found: tuple[dict, dict, dict] = ({}, {}, {})
    marks = ", ".join("?" * len(doc_ids))
    for held, table in zip(found, ("node_parts", "edge_parts")):
        for row in db.execute(f"SELECT * FROM {table} WHERE doc_id IN ({marks})", doc_ids):
            held.setdefault(row[1], {})[row[0]] = row
    rows: dict[str, list] = {}
    for row in db.execute("SELECT edge_id, node_id, doc_id, page, start, end, sentence FROM evidence "
                          f"WHERE doc_id IN ({marks})", doc_ids):
        rows.setdefault(row[2], []).append(row)
    found[2].update({doc_id: evidence_by_id(held) for doc_id, held in rows.items()})
    return found


def batched(items, size: int):
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


def forget_report_parts(db, doc_ids: set[str]) -> tuple[set[str], set[str]]:
    """Takes these reports' parts and evidence out (in the caller's transaction); the ids of the nodes and
    edges they had parts in."""
    nodes, edges = set(), set()
    for chunk in chunks(sorted(doc_ids)):
        marks = ", ".join("?" * len(chunk))
        nodes.update(n for (n,) in db.execute(f"SELECT node_id FROM node_parts WHERE doc_id IN ({marks})", chunk))
        edges.update(e for (e,) in db.execute(f"SELECT edge_id FROM edge_parts WHERE doc_id IN ({marks})", chunk))
        for table in ("node_parts", "edge_parts", "evidence"):
            db.execute(f"DELETE FROM {table} WHERE doc_id IN ({marks})", chunk)
    return nodes, edges


def folded_node(rows) -> dict | None:
    """A node's data from its parts or stored row and parts (node-row shaped); None when there are none."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return None
    data = node_of_row(first)
    for row in rows:
        add_node_row(data, row)
    return data


def folded_edge(rows) -> tuple | None:
    """An edge's row from its parts or stored row and parts; None when there are none. Most edges have
    one part, whose row is already the edge's."""
    rows = list(rows)
    if len(rows) <= 1:
        return rows[0] if rows else None
    data = edge_of_row(rows[0])
    for row in rows[1:]:
        add_edge_row(data, row)
    return next(edge_rows([(tuple(rows[0][1:4]), data)]))
