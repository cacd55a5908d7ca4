"""partnergraph: reports on migrant and refugee integration work turned into a queryable partnership graph.

    import partnergraph
    pg = partnergraph.open("partnergraph.db")
    pg.ingest(["corpus"])
    pg.partners("Birmingham City Council")

The package is the repository's folders: `partnergraph.extract` (readers and the spaCy pipeline),
`partnergraph.graph` (ingest, store, model, queries, exports, command line), `partnergraph.schemas` (data).
"""
from partnergraph.graph.api import CurationEntry, Event, Figure, Hop, IngestSummary, Partner, PartnerGraph, Quote
from partnergraph.graph.api import Record, open

__all__ = ["open", "PartnerGraph", "Partner", "Figure", "Event", "Hop", "Quote", "IngestSummary", "CurationEntry",
           "Record"]
