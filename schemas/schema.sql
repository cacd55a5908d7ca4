-- partnergraph's SQLite schema: one file, applied on every open (every statement is idempotent).
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,              -- SHA-256 of the file's bytes
    path TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT,
    report_date TEXT,                 -- ISO 8601, as precise as the report allows
    pages INTEGER,
    words INTEGER NOT NULL,
    metadata TEXT NOT NULL,           -- JSON: author, created, encoding, ...
    record TEXT NOT NULL,             -- JSON: the full extraction record (schemas/record.schema.json)
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

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
CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
