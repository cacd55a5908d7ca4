-- partnergraph's SQLite schema: one file, applied on every open (every statement is idempotent).
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,              -- SHA-256 of the file's bytes
    path TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT,
    report_date TEXT,                 -- ISO 8601, as precise as the report allows
    main_project TEXT,                -- the project the report is mostly about
    pages INTEGER,
    words INTEGER NOT NULL,
    metadata TEXT NOT NULL,           -- JSON: author, created, encoding, ...
    record TEXT NOT NULL,             -- JSON: the full extraction record (schemas/record.schema.json)
    text TEXT NOT NULL,
    fingerprint TEXT NOT NULL,        -- hash of the set of words: the same report in another format shares it
    duplicate_of TEXT,                -- set when another stored file holds the same report (rebuilt each time)
    ingested_at TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS documents_fingerprint ON documents(fingerprint, path);
CREATE INDEX IF NOT EXISTS documents_report_date ON documents(report_date);
-- which reports are copies, read without each report's row (the mark sits after its text: 39,000 reports,
-- listing the reports that count 300 ms -> 23 ms)
CREATE INDEX IF NOT EXISTS documents_copies ON documents(duplicate_of, id);
-- the names of a node's or an edge's reports, read without each report's row (a busy project names
-- thousands: 39,000 reports, 6,365 names 67 ms -> 27 ms)
CREATE INDEX IF NOT EXISTS documents_names ON documents(id, name);
-- every stored path with its document, read at the start of each ingest without each report's row
CREATE INDEX IF NOT EXISTS documents_paths ON documents(path, id);
CREATE INDEX IF NOT EXISTS documents_main_project ON documents(main_project, report_date);
-- each report's themes, so counting reports per theme reads this index, not every record
CREATE INDEX IF NOT EXISTS documents_themes ON documents((CASE WHEN json_valid(record) THEN json_extract(record, '$.themes') END), duplicate_of);

-- Every extracted fact with its evidence: the sentence, its page and character offsets in documents.text.
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,               -- organisation, person, place, venue, date, event, figure, money, ...
    name TEXT NOT NULL,
    value TEXT NOT NULL,              -- JSON of the fact
    page INTEGER,
    start INTEGER,
    end INTEGER,
    sentence TEXT
);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id);
CREATE INDEX IF NOT EXISTS facts_kind_name ON facts(kind, name);
-- events by date and figures by report, latest first, read without a scan (`events --top`, `figures --top`)
CREATE INDEX IF NOT EXISTS facts_event_date ON facts(kind, json_extract(value, '$.date'));
-- How many facts of each kind give each name, kept by the triggers below, so the ingest's summary
-- ("distinct N organisations, ...") reads this, not every fact (about a second at 100,000 reports). A
-- database made before it has it counted when it is next opened (graph/store/db.py).
CREATE TABLE IF NOT EXISTS fact_names (
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS fact_names_added AFTER INSERT ON facts BEGIN
    INSERT INTO fact_names VALUES (new.kind, new.name, 1) ON CONFLICT (kind, name) DO UPDATE SET count = count + 1;
END;
CREATE TRIGGER IF NOT EXISTS fact_names_removed AFTER DELETE ON facts BEGIN
    UPDATE fact_names SET count = count - 1 WHERE kind = old.kind AND name = old.name;
    DELETE FROM fact_names WHERE kind = old.kind AND name = old.name AND count <= 0;
END;

-- What each file was like when it was last hashed: a file of the same size and modification time is not
-- read again to tell it is unchanged.
CREATE TABLE IF NOT EXISTS file_stats (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS failures (
    path TEXT PRIMARY KEY,
    sha256 TEXT,
    reason TEXT NOT NULL,             -- short code: encrypted, scanned, corrupt, too_large, ...
    message TEXT NOT NULL,
    failed_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

-- The partnership graph, derived from the stored records and the curation after each ingest that
-- changes anything: new reports are merged in, anything else replaces the tables whole, in one
-- transaction either way. Lists are JSON arrays; themes are JSON objects {theme: mentions}, most
-- mentioned first. Edges and names refer to their nodes by deferred foreign keys: checked when the
-- transaction that rewrites the graph commits, so the graph is replaced whole and stays consistent.
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY,              -- "org:<key>", "project:<key>", "person:<key>", "place:<key>"
    kind TEXT NOT NULL,               -- organisation, project, person, place
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    themes TEXT NOT NULL,
    documents TEXT NOT NULL,
    doc_count INTEGER NOT NULL,
    first_seen TEXT,
    last_seen TEXT
);
CREATE INDEX IF NOT EXISTS nodes_kind ON nodes(kind, name);

CREATE TABLE IF NOT EXISTS node_names (
    name_key TEXT NOT NULL,           -- every name and alias of a node, as a matching key
    node_id TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (name_key, node_id)
);

CREATE TABLE IF NOT EXISTS edges (
    id TEXT PRIMARY KEY,              -- "<kind>|<source>|<target>"
    source TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED,
    target TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL,               -- participation, collaboration, partnership, affiliation, location
    roles TEXT NOT NULL,
    projects TEXT NOT NULL,
    via TEXT NOT NULL,                -- partnership: the project node ids; its evidence is their participation
    themes TEXT NOT NULL,
    documents TEXT NOT NULL,
    weight INTEGER NOT NULL,          -- number of documents
    first_seen TEXT,
    last_seen TEXT
);
-- each end with the other, so a body's neighbours are read from the index alone (a path's search reads
-- thousands; 40 busy bodies' 129,000 neighbours at 39,000 reports: 640-1,250 ms -> 150-330 ms)
CREATE INDEX IF NOT EXISTS edges_from ON edges(source, kind, target);
CREATE INDEX IF NOT EXISTS edges_to ON edges(target, kind, source);
DROP INDEX IF EXISTS edges_source;  -- the two before them, on (end, kind) alone
DROP INDEX IF EXISTS edges_target;

CREATE TABLE IF NOT EXISTS evidence (
    id INTEGER PRIMARY KEY,
    edge_id TEXT,
    node_id TEXT,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER,
    start INTEGER,
    end INTEGER,
    sentence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_edge ON evidence(edge_id);
CREATE INDEX IF NOT EXISTS evidence_node ON evidence(node_id);
CREATE INDEX IF NOT EXISTS evidence_doc ON evidence(doc_id);

-- What each report puts into each node and edge: a node's or an edge's row is its parts folded (sets
-- joined, counts added, dates spanned), so a change works out again only the nodes and edges it touches,
-- from their parts, without reading the reports that name them (graph/model/parts.py). `seen` is the
-- report's date.
CREATE TABLE IF NOT EXISTS node_parts (
    node_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    themes TEXT NOT NULL,
    seen TEXT
);
CREATE INDEX IF NOT EXISTS node_parts_node ON node_parts(node_id);
CREATE INDEX IF NOT EXISTS node_parts_doc ON node_parts(doc_id);
CREATE TABLE IF NOT EXISTS edge_parts (
    edge_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    kind TEXT NOT NULL,
    roles TEXT NOT NULL,
    projects TEXT NOT NULL,
    via TEXT NOT NULL,
    themes TEXT NOT NULL,
    seen TEXT
);
CREATE INDEX IF NOT EXISTS edge_parts_edge ON edge_parts(edge_id);
CREATE INDEX IF NOT EXISTS edge_parts_doc ON edge_parts(doc_id);
-- For a node or an edge of at least 50 reports: how many of its parts give each spelling, alias, role,
-- project and date (JSON), so a change updates its row from the parts that went and came alone
-- (graph/model/sums.py).
CREATE TABLE IF NOT EXISTS graph_sums (
    id TEXT PRIMARY KEY,
    sums TEXT NOT NULL
);

-- Curation that survives re-ingest: alias (name -> body), merge (name into body), split (name alone).
CREATE TABLE IF NOT EXISTS curation (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('alias', 'merge', 'split')),
    name TEXT NOT NULL,
    target TEXT,
    created_at TEXT NOT NULL
);

-- Small facts about the database itself: graph_dirty = 1 between a change and the graph update.
CREATE TABLE IF NOT EXISTS state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- What the stored graph was built from, so reports added since can be merged into it without a
-- rebuild: every organisation and project name the graph's reports mention (kind, name, JSON aliases),
-- the node each name key resolved to, and the reports stored since (see graph/model/merge.py).
CREATE TABLE IF NOT EXISTS graph_mentions (
    doc_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS graph_mentions_doc ON graph_mentions(doc_id);
-- The same mentions counted per name, kept up to date by every graph update (names are resolved from it).
CREATE TABLE IF NOT EXISTS graph_name_counts (
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (kind, name, aliases)
);
CREATE TABLE IF NOT EXISTS graph_resolution (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    node TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE TABLE IF NOT EXISTS graph_pending (
    doc_id TEXT PRIMARY KEY
);
-- The reports the stored graph was built from (see graph/model/change.py).
CREATE TABLE IF NOT EXISTS graph_documents (
    doc_id TEXT PRIMARY KEY
);
-- Answers worked out over the whole graph (the brokers' ranking), kept until the graph next changes.
CREATE TABLE IF NOT EXISTS graph_cache (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Views for people browsing the database (`partnergraph serve`): names and report titles instead of ids,
-- lists as text, each report once however many formats it was stored in.
CREATE VIEW IF NOT EXISTS partners AS
SELECT a.name AS organisation, b.name AS partner, e.kind AS relation, e.weight AS reports,
       (SELECT group_concat(value, '; ') FROM json_each(e.projects)) AS projects,
       (SELECT group_concat(key, '; ') FROM json_each(e.themes)) AS themes,
       (SELECT group_concat(coalesce(d.title, d.name), '; ') FROM json_each(e.documents) j
        JOIN documents d ON d.id = j.value) AS report_titles,
       e.first_seen, e.last_seen
FROM edges e JOIN nodes a ON a.id IN (e.source, e.target) JOIN nodes b ON b.id IN (e.source, e.target) AND b.id != a.id
WHERE e.kind IN ('collaboration', 'partnership');

CREATE VIEW IF NOT EXISTS figures AS
SELECT json_extract(f.value, '$.metric') AS metric, json_extract(f.value, '$.target') AS target,
       json_extract(f.value, '$.delivered') AS delivered,
       CASE WHEN json_extract(f.value, '$.target') > 0 AND json_extract(f.value, '$.delivered') IS NOT NULL
            THEN round(100.0 * json_extract(f.value, '$.delivered') / json_extract(f.value, '$.target')) END
            AS achieved_pct,
       d.main_project AS project, d.report_date, d.title AS report_title, d.name AS document, f.page, f.sentence
FROM facts f JOIN documents d ON d.id = f.doc_id
WHERE f.kind = 'figure' AND d.duplicate_of IS NULL;

CREATE VIEW IF NOT EXISTS events AS
SELECT json_extract(f.value, '$.date') AS date, json_extract(f.value, '$.description') AS description,
       json_extract(f.value, '$.venue') AS venue, json_extract(f.value, '$.place') AS place,
       d.main_project AS project, d.title AS report_title, d.name AS document, f.page, f.sentence
FROM facts f JOIN documents d ON d.id = f.doc_id
WHERE f.kind = 'event' AND d.duplicate_of IS NULL;
