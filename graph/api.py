"""The Python API: `partnergraph.open(db)` and plain dataclasses, for notebooks and scripts.

The command line calls the same library functions; this module only gathers them behind one object and
turns their rows into dataclasses whose fields are the snake_case names `--json` prints."""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from partnergraph.extract.record import Record

__all__ = ["open", "PartnerGraph", "Partner", "Figure", "Event", "Hop", "Quote", "IngestSummary", "CurationEntry",
           "Record"]


@dataclass
class Quote:
    """A sentence that shows a fact, and where it is."""
    sentence: str
    document: str
    page: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Partner:
    partner: str
    weight: int
    relations: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    evidence: list[Quote] = field(default_factory=list)


@dataclass
class Figure:
    metric: str
    target: float | None
    delivered: float | None
    achieved_pct: int | None
    project: str | None
    report_date: str | None
    document: str
    title: str | None
    page: int | None
    sentence: str | None


@dataclass
class Event:
    date: str
    description: str
    venue: str | None
    place: str | None
    project: str | None
    document: str
    title: str | None
    page: int | None
    sentence: str | None


@dataclass
class Hop:
    source: str
    target: str
    relation: str
    projects: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    evidence: list[Quote] = field(default_factory=list)


@dataclass
class IngestSummary:
    read: int
    unchanged: int
    failed: int
    skipped: int
    identical: int = 0  # files whose content another file gave already (stored once)
    pruned: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # stored, but their files are gone (ingest(prune=True) removes them)
    failures: dict[str, str] = field(default_factory=dict)  # path -> why it was refused


@dataclass
class CurationEntry:
    id: int
    action: str  # alias, merge or split
    name: str
    target: str | None
    created_at: str


def quotes(rows) -> list[Quote]:
    return [Quote(q["sentence"], q["document"], q.get("page"), q.get("start"), q.get("end")) for q in rows or []]


def fields_of(cls, row: dict) -> dict:
    return {f.name: row.get(f.name) for f in dataclasses.fields(cls)}


class PartnerGraph:
    """One partnership database. Library errors (NotFound, RefusedFile, ...) come from
    partnergraph.extract.errors; nothing is printed."""

    def __init__(self, path: str | os.PathLike = "partnergraph.db", create: bool = True):
        from partnergraph.extract.errors import StoreError
        from partnergraph.graph.store.db import open_db

        self.database = Path(path)
        if not create and not self.database.exists():
            raise StoreError(f"no database at {self.database}: ingest reports into it first")
        self.db = open_db(self.database)

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> PartnerGraph:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def ingest(self, paths, prune: bool = False, use_model: bool = True, workers: int = 1,
               follow_links: bool = False) -> IngestSummary:
        """Reads new and changed reports under `paths` (files or folders) and brings the graph up to date."""
        from partnergraph.extract.pipeline import Extractor
        from partnergraph.graph.ingest.run import ingest

        paths = [str(paths)] if isinstance(paths, (str, os.PathLike)) else [str(p) for p in paths]
        report = ingest(self.db, paths, Extractor(use_model), prune=prune, workers=workers, follow_links=follow_links)
        return IngestSummary(report.count("read"), report.count("unchanged"), report.count("failed"),
                             report.count("skipped"), report.count("identical"), report.pruned, report.gone,
                             {o.path: o.detail for o in report.outcomes if o.status == "failed"})

    @staticmethod
    def extract(path: str | os.PathLike, use_model: bool = True, password: str | None = None) -> Record:
        """One report's Record, without storing it."""
        from partnergraph.extract.pipeline import extract_records, load_pipeline
        from partnergraph.extract.readers import ReadLimits, read_file

        document = read_file(str(path), ReadLimits(password=password))
        return extract_records([document], load_pipeline(use_model))[0]

    def partners(self, org: str, theme: str | None = None, top: int = 0, evidence: bool = True) -> list[Partner]:
        """The organisation's partners, strongest first (top=0: all)."""
        from partnergraph.graph.query.organisations import partners

        _, rows = partners(self.db, org, theme, evidence, top)
        return [Partner(**{**fields_of(Partner, row), "evidence": quotes(row.get("evidence"))}) for row in rows]

    def path(self, a: str, b: str) -> list[Hop]:
        """The shortest chain of collaborations from one organisation to another."""
        from partnergraph.graph.query.paths import path

        return [Hop(h["from"], h["to"], h["relation"], h["projects"], h["documents"], quotes(h["evidence"]))
                for h in path(self.db, a, b)]

    def figures(self, project: str | None = None, metric: str | None = None, top: int | None = None) -> list[Figure]:
        """All figures, or those of the `top` latest."""
        from partnergraph.graph.query.projects import figures

        return [Figure(**fields_of(Figure, row)) for row in figures(self.db, project, metric, top)]

    def events(self, date_from: str | None = None, date_to: str | None = None, place: str | None = None,
               project: str | None = None, top: int | None = None) -> list[Event]:
        """All events, or the `top` latest, in date order."""
        from partnergraph.graph.query.projects import events

        return [Event(**fields_of(Event, row)) for row in events(self.db, date_from, date_to, place, project, top)]

    def export(self, fmt: str, output: str | os.PathLike | None = None, theme: str | None = None,
               org: str | None = None, depth: int = 1, project: str | None = None, force: bool = False
               ) -> list[Path]:
        """Writes the graph (or the part selected) as graphml, gexf, json, cytoscape, csv, dot, html, png,
        svg, md or docx; returns the files written."""
        from partnergraph.graph.export.run import export

        return export(self.db, fmt, None if output is None else str(output), theme, org, depth, project, force)


    def graph(self, theme: str | None = None, org: str | None = None, depth: int = 1, project: str | None = None):
        """The stored graph (or the part selected) as a networkx MultiGraph, every edge with its evidence."""
        from partnergraph.graph.export import load_graph, select

        return select(self.db, load_graph(self.db), theme, org, depth, project)

    def curate(self, action: str, name: str, target: str | None = None) -> int:
        """alias (name, target), merge (name into target) or split (name); returns the curation's number."""
        from partnergraph.graph.model.curate import add_curation

        return add_curation(self.db, action, name, target)

    def curations(self) -> list[CurationEntry]:
        from partnergraph.graph.model.curate import list_curations

        return [CurationEntry(**row) for row in list_curations(self.db)]

    def uncurate(self, number: int) -> None:
        from partnergraph.graph.model.curate import remove_curation

        remove_curation(self.db, number)


def open(path: str | os.PathLike = "partnergraph.db", create: bool = True) -> PartnerGraph:  # noqa: A001
    """The partnership database at `path` (created if new, unless create=False)."""
    return PartnerGraph(path, create)

