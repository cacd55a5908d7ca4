"""The partnership graph: SQLite store, ingest, queries, exports and the command line."""
