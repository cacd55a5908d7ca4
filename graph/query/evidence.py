"""The sentences that show an edge: its own evidence rows, or for a partnership the participation
evidence of its two bodies in the projects they share. A sentence found in several reports shows once,
with the first document by name, how many documents have it, its page and offsets."""
from __future__ import annotations

import json

from partnergraph.graph.model.sources import chunks

# report names from the index of (id, name), not each report's row (partners --evidence of the busiest body
# at 39,000 reports: 412 -> 114 ms)
QUOTES_SQL = ("SELECT v.edge_id, v.sentence, min(d.name) AS document, count(DISTINCT d.id) AS documents, v.page, "
              "v.start, v.end FROM evidence v JOIN documents d INDEXED BY documents_names ON d.id = v.doc_id "
              "WHERE v.edge_id IN ({}) GROUP BY v.edge_id, v.sentence ORDER BY document")


def marks(items) -> str:
    return ",".join("?" * len(items))


def edge_evidence_by_edge(db, edge_ids: list[str]) -> dict[str, list[dict]]:
    """Every edge's distinct sentences, read in a few queries (for exports of the whole graph)."""
    sources = evidence_sources(db, edge_ids)
    found: dict[str, list[dict]] = {}
    wanted = sorted({source for group in sources.values() for source in group})
    for part in chunks(wanted):
        for row in db.query(QUOTES_SQL.format(marks(part)), part):
            found.setdefault(row.pop("edge_id"), []).append(row)
    return {edge: distinct(q for source in group for q in found.get(source, [])) for edge, group in sources.items()}


def edge_evidence(db, edge_ids: list[str], limit: int = 6) -> list[dict]:
    return QuoteReader(db).first(edge_ids, limit)


class QuoteReader:
    """The first sentences of some edges, their evidence sources read together and kept (the partners of a
    busy body share its participations, each read once)."""

    def __init__(self, db):
        self.db, self.sources, self.read = db, {}, {}

    def first(self, edge_ids: list[str], limit: int) -> list[dict]:
        self.sources.update(evidence_sources(self.db, [e for e in edge_ids if e not in self.sources]))
        wanted = [s for edge in edge_ids for s in self.sources[edge]]
        unread = sorted({s for s in wanted if s not in self.read})
        self.read.update({source: [] for source in unread})
        for part in chunks(unread):
            for row in self.db.query(QUOTES_SQL.format(marks(part)), part):
                self.read[row.pop("edge_id")].append(row)
        return distinct(q for source in wanted for q in self.read[source])[:limit]


def distinct(quotes) -> list[dict]:
    """One quote per sentence, the first."""
    found: dict[str, dict] = {}
    for quote in quotes:
        found.setdefault(quote["sentence"], quote)
    return list(found.values())


def evidence_sources(db, edge_ids: list[str]) -> dict[str, list[str]]:
    """The edges whose evidence rows stand for each edge: itself, or a partnership's participations."""
    sources = {edge: [edge] for edge in edge_ids}
    partnerships = [e for e in edge_ids if e.startswith("partnership|")]
    for part in chunks(partnerships):
        for edge, source, target, via in db.execute(
                f"SELECT id, source, target, via FROM edges WHERE id IN ({marks(part)})", part):
            sources[edge] = [f"participation|{org}|{project}" for project in json.loads(via) for org in (source, target)]
    return sources
