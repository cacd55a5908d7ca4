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
WRITE_BATCH = 20_000  # rows (or reports listed, see BatchedInsert.add) held before an executemany writes them
PART_COLUMNS = {"node": 7, "edge": 10}


class BatchedInsert:
    """Rows for one table, written WRITE_BATCH at a time (an executemany per report was a fifth of a rebuild)."""

    def __init__(self, db, table: str, columns: int, after: "BatchedInsert | None" = None, verb: str = "INSERT"):
        self.conn, self.rows, self.after = db.conn, [], after  # `after`'s rows go first (they are referred to)
        self.sql = f"{verb} INTO {table} VALUES ({', '.join('?' * columns)})"
        self.held = 0

    def add(self, rows, weight: int | None = None) -> None:
        """`weight`: what the rows hold, in reports listed, when that is more than one each: a folded node
        lists every report that names it, and a batch of 20,000 bodies held every mention of the corpus
        (a rebuild at 100,000 reports: 70 MB more at its peak)."""
        count = len(self.rows)
        self.rows.extend(rows)
        added = len(self.rows) - count
        self.held += added if weight is None or not added else weight
        if self.held >= WRITE_BATCH:
            self.flush()

    def flush(self) -> None:
        if self.after is not None:
            self.after.flush()
        self.conn.executemany(self.sql, self.rows)
        self.rows, self.held = [], 0


@dataclass
class Changed:
    """The parts a change took out and added, as rows of the nodes and edges tables, by id: a node or an
    edge with counts kept (graph/model/sums.py) is updated from them alone."""
    taken: tuple[dict[str, list], dict[str, list]] = field(default_factory=lambda: ({}, {}))
    added: tuple[dict[str, list], dict[str, list]] = field(default_factory=lambda: ({}, {}))

    @staticmethod
    def hold(table: dict, rows) -> None:
        for row in rows:
            table.setdefault(row[0], []).append(row)


def part_writers(db) -> dict[str, BatchedInsert]:
    return {"nodes": BatchedInsert(db, "node_parts", PART_COLUMNS["node"]),
            "edges": BatchedInsert(db, "edge_parts", PART_COLUMNS["edge"]),
            "evidence": BatchedInsert(db, "evidence (edge_id, node_id, doc_id, page, start, end, sentence)", 7)}


def node_part(doc_id: str, row: tuple) -> tuple:
    """A node_parts row from a node row of one report's graph."""
    return row[0], doc_id, *row[1:5], row[7]


def edge_part(doc_id: str, row: tuple) -> tuple:
    return row[0], doc_id, *row[1:8], row[10]


def write_report_parts(db, records, orgs, projects, changed: Changed | None = None) -> None:
    """Each record's parts and evidence, written a batch at a time (in the caller's transaction)."""
    writers = part_writers(db)
    local = service_keys()
    for stored in records:
        parts = gather([stored], orgs, projects, local=local)
        nodes, edges = list(node_rows(parts.nodes.items())), list(edge_rows(parts.edges.items()))
        writers["nodes"].add(node_part(stored.doc_id, row) for row in nodes)
        writers["edges"].add(edge_part(stored.doc_id, row) for row in edges)
        writers["evidence"].add(evidence_rows(parts))
        if changed is not None:
            changed.hold(changed.added[0], nodes)
            changed.hold(changed.added[1], edges)
    for writer in writers.values():
        writer.flush()


def rewrite_report_parts(db, records, orgs, projects, changed: Changed) -> None:
    """Reports read again because a name they use moved to another node: of their parts and evidence,
    only those that changed are replaced (in the caller's transaction), so the bodies they also name are
    not folded again."""
    local = service_keys()
    for batch in batched(records, 500):
        before = stored_parts(db, [stored.doc_id for stored in batch])
        for stored in batch:
            parts = gather([stored], orgs, projects, local=local)
            evidence = evidence_by_id(evidence_rows(parts))
            for kind, rows in (("node", node_rows(parts.nodes.items())), ("edge", edge_rows(parts.edges.items()))):
                replace_parts(db, kind, stored.doc_id, {row[0]: row for row in rows}, before, changed)
            replace_evidence(db, stored.doc_id, before[2].get(stored.doc_id, {}), evidence)


def replace_parts(db, kind: str, doc_id: str, rows: dict, before: tuple, changed: Changed) -> None:
    """One report's parts of nodes or edges: those stored but no longer the same taken out, the new or
    changed written (both held in `changed`)."""
    index = 0 if kind == "node" else 1
    new = {key: (node_part if kind == "node" else edge_part)(doc_id, row) for key, row in rows.items()}
    old = before[index].get(doc_id, {})
    gone = [key for key, part in old.items() if new.get(key) != part]
    came = [key for key, part in new.items() if old.get(key) != part]
    for key in gone:
        db.execute(f"DELETE FROM {kind}_parts WHERE doc_id = ? AND {kind}_id = ?", [doc_id, key])
    db.conn.executemany(f"INSERT INTO {kind}_parts VALUES ({', '.join('?' * PART_COLUMNS[kind])})",
                        [new[key] for key in came])
    changed.hold(changed.taken[index], [row_of_part(kind, old[key]) for key in gone])
    changed.hold(changed.added[index], [rows[key] for key in came])


def row_of_part(kind: str, part: tuple) -> tuple:
    """A node_parts or edge_parts row as a row of the nodes or edges table (as NODE_PARTS reads it)."""
    if kind == "node":
        node, doc_id, node_kind, name, aliases, themes, seen = part
        return node, node_kind, name, aliases, themes, f'["{doc_id}"]', 1, seen, seen
    edge, doc_id, source, target, edge_kind, roles, projects, via, themes, seen = part
    return edge, source, target, edge_kind, roles, projects, via, themes, f'["{doc_id}"]', 1, seen, seen


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


def forget_report_parts(db, doc_ids: set[str], changed: Changed) -> None:
    """Takes these reports' parts and evidence out (in the caller's transaction), held in `changed`."""
    for chunk in chunks(sorted(doc_ids)):
        marks = ", ".join("?" * len(chunk))
        changed.hold(changed.taken[0], db.execute(NODE_PARTS + f" WHERE doc_id IN ({marks})", chunk))
        changed.hold(changed.taken[1], db.execute(EDGE_PARTS + f" WHERE doc_id IN ({marks})", chunk))
        for table in ("node_parts", "edge_parts", "evidence"):
            db.execute(f"DELETE FROM {table} WHERE doc_id IN ({marks})", chunk)


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
