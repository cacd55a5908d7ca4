"""What the stored graph was built from: every report's organisation and project mentions
(graph_mentions), the same counted per name (graph_name_counts, which names are resolved from), the node
each name key resolved to (graph_resolution) and the reports in it (graph_documents)."""
from __future__ import annotations

import json
from collections import Counter

from partnergraph.graph.model.build import record_mentions

GRAPH_FORMAT = "6"  # the graph tables record what they were built from (graph_mentions, graph_name_counts,
# graph_resolution, graph_documents), each report's part of every node and edge (node_parts, edge_parts) and
# the counts of the busiest (graph_sums)
BATCH = 500  # ids per IN (...) query, under SQLite's parameter limit


def state(db, key: str) -> str | None:
    row = db.execute("SELECT value FROM state WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def chunks(ids: list, size: int = BATCH):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def write_sources(db, mentions, orgs, projects, documents: tuple[set[str], set[str]]) -> None:
    """Adds these (doc_id, mention) pairs to what the graph was built from and marks it current (in the
    caller's transaction); `documents`: the reports (removed, added)."""
    rows = [(doc_id, kind, name, json.dumps(aliases)) for doc_id, (kind, name, aliases) in mentions]
    db.conn.executemany("INSERT INTO graph_mentions VALUES (?, ?, ?, ?)", rows)
    db.conn.executemany("INSERT INTO graph_name_counts VALUES (?, ?, ?, ?) ON CONFLICT (kind, name, aliases) "
                        "DO UPDATE SET count = count + excluded.count",
                        [(*key, n) for key, n in Counter(row[1:] for row in rows).items()])
    mark_built(db, orgs, projects, documents)


def mark_built(db, orgs, projects, documents: tuple[set[str], set[str]] | None = None) -> None:
    """Stores how names resolved and marks the graph current (in the caller's transaction); the reports
    in it are every one that counts, or the stored ones less `documents`' removed, plus its added (a
    merge: 100,000 reports listed again took 0.2 s)."""
    db.execute("DELETE FROM graph_resolution")  # names no report mentions any more go
    for kind, resolution in (("organisation", orgs), ("project", projects)):
        db.conn.executemany("INSERT OR REPLACE INTO graph_resolution VALUES (?, ?, ?)",
                            ((kind, key, node) for key, node in resolution.canonical.items()))
    db.execute("DELETE FROM graph_pending")
    db.execute("DELETE FROM graph_cache")
    if documents is None:
        db.execute("DELETE FROM graph_documents WHERE doc_id NOT IN (SELECT id FROM documents WHERE duplicate_of IS NULL)")
        db.execute("INSERT OR IGNORE INTO graph_documents SELECT id FROM documents WHERE duplicate_of IS NULL")
    else:
        db.conn.executemany("DELETE FROM graph_documents WHERE doc_id = ?", ((d,) for d in documents[0]))
        db.conn.executemany("INSERT OR IGNORE INTO graph_documents VALUES (?)", ((d,) for d in documents[1]))
    db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('graph_dirty', '0')")


def recount_mentions(db) -> None:
    """graph_mentions and graph_name_counts for every report a rebuild reads (in the caller's transaction).
    A report the current graph was built from keeps the mentions stored with it (10,000 reports: 0.5 s,
    against 1.3 s to parse every record for them); the others' records are read a batch at a time."""
    if state(db, "graph_format") == GRAPH_FORMAT:
        db.execute("DELETE FROM graph_mentions WHERE doc_id IN (SELECT doc_id FROM graph_pending) "
                   "OR doc_id NOT IN (SELECT id FROM documents WHERE duplicate_of IS NULL)")
    else:
        db.execute("DELETE FROM graph_mentions")
    unread = db.conn.execute("SELECT id, record FROM documents WHERE duplicate_of IS NULL "
                             "AND id NOT IN (SELECT doc_id FROM graph_mentions)")
    for records in iter(lambda: unread.fetchmany(BATCH), []):  # not every id at once (100,000: 12 MB)
        db.conn.executemany("INSERT INTO graph_mentions VALUES (?, ?, ?, ?)",
                            [(doc_id, kind, name, json.dumps(aliases)) for doc_id, record in records
                             for kind, name, aliases in record_mentions(json.loads(record))])
    db.execute("DELETE FROM graph_name_counts")
    db.execute("INSERT INTO graph_name_counts SELECT kind, name, aliases, count(*) FROM graph_mentions "
               "GROUP BY kind, name, aliases")


def stored_mention_counts(db, without: set[str] = frozenset()) -> dict[str, Counter]:
    """How often the graph's reports, but those `without`, mention each name: the kept counts, less what
    those reports' stored mentions add (read by their index), so the work grows with the names, not the
    mentions."""
    counts = {"organisation": Counter(), "project": Counter()}
    for kind, name, aliases, count in db.execute("SELECT kind, name, aliases, count FROM graph_name_counts"):
        counts[kind][name, tuple(json.loads(aliases))] += count
    for kind, name, aliases, count in removed_counts(db, without):
        counts[kind][name, tuple(json.loads(aliases))] -= count
    return {kind: Counter({key: n for key, n in found.items() if n > 0}) for kind, found in counts.items()}


def removed_counts(db, doc_ids: set[str]) -> list[tuple[str, str, str, int]]:
    found: Counter = Counter()
    for chunk in chunks(sorted(doc_ids)):
        found.update(db.execute(f"SELECT kind, name, aliases FROM graph_mentions WHERE doc_id IN "
                                f"({', '.join('?' * len(chunk))})", chunk).fetchall())
    return [(*key, n) for key, n in found.items()]


def forget_mentions(db, doc_ids: set[str]) -> None:
    """Takes these reports' mentions out of the graph's mentions and counts (in the caller's transaction)."""
    db.conn.executemany("UPDATE graph_name_counts SET count = count - ? WHERE kind = ? AND name = ? AND aliases = ?",
                        [(n, kind, name, aliases) for kind, name, aliases, n in removed_counts(db, doc_ids)])
    db.execute("DELETE FROM graph_name_counts WHERE count <= 0")
    for chunk in chunks(sorted(doc_ids)):
        db.execute(f"DELETE FROM graph_mentions WHERE doc_id IN ({', '.join('?' * len(chunk))})", chunk)
