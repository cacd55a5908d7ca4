"""spaCy components of the pipeline, each a small registered factory (patterns and word lists from schemas/)."""
