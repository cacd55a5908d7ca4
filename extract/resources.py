"""Finds and loads the data files in schemas/ (patterns, gazetteers, taxonomy, SQL)."""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path

from partnergraph import schemas

SCHEMAS = Path(schemas.__file__).resolve().parent


def schema_path(name: str) -> Path:
    return SCHEMAS / name


@lru_cache(maxsize=None)
def load_yaml(name: str):
    """YAML where words such as "on", "no" and "yes" stay words (YAML 1.1 would make them booleans)."""
    import yaml

    safe = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser: 6x faster at start-up

    class WordLoader(safe):
        pass

    WordLoader.yaml_implicit_resolvers = {
        first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in safe.yaml_implicit_resolvers.items()}
    with open(schema_path(name), encoding="utf-8") as fh:
        return yaml.load(fh, Loader=WordLoader)


def load_jsonl(name: str) -> list[dict]:
    with open(schema_path(name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip() and not line.startswith("//")]


def load_csv(name: str) -> list[dict]:
    with open(schema_path(name), encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(line for line in fh if not line.startswith("#"))]


def load_text(name: str) -> str:
    return schema_path(name).read_text(encoding="utf-8")
