"""Data files of partnergraph: record JSON Schema, SQL schema, taxonomy, gazetteers, patterns."""
