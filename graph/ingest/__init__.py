"""Ingest: walk the given paths, read and extract files in worker processes, store each from one writer."""
