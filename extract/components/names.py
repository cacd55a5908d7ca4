"""Names by their shape: token patterns from schemas/patterns/names.jsonl, run with spaCy's Matcher.

"@list" in a pattern is replaced by a list from schemas/patterns/lexicon.yaml at initialisation, so the
word lists stay data. Word tests are compiled to lexeme flags (see lexeme_flags.py) and all patterns
share one Matcher. Longest matches win per label; spans go to doc.spans["names"].
"""
from __future__ import annotations

import copy
import re

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.components.lexeme_flags import LexemeFlags
from extract.errors import PartnergraphError
from extract.resources import load_jsonl, load_yaml


@Language.factory("pg_names")
def make_names(nlp: Language, name: str):
    return NameMatcher(nlp)


class NameMatcher:
    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        self.matcher = Matcher(nlp.vocab, validate=False)  # patterns are validated before flag compilation
        self.labels: dict[int, str] = {}  # match id -> label

    def initialize(self, get_examples=None, nlp=None):
        lexicon = load_yaml("patterns/lexicon.yaml")
        flags = LexemeFlags(self.vocab)
        for entry in load_jsonl("patterns/names.jsonl"):
            pattern = expand(entry["pattern"], lexicon)
            check_pattern(entry["id"], pattern)
            pattern = flags.compile_pattern(pattern)
            self.matcher.add(entry["id"], [pattern], greedy="LONGEST")
            self.labels[self.vocab.strings[entry["id"]]] = entry["label"]

    def __call__(self, doc: Doc) -> Doc:
        by_label: dict[str, list[Span]] = {label: [] for label in dict.fromkeys(self.labels.values())}
        for match_id, start, end in self.matcher(doc):
            label = self.labels[match_id]
            by_label[label].append(Span(doc, start, end, label=label))
        doc.spans["names"] = [span for found in by_label.values() for span in filter_spans(found)]
        return doc


def check_pattern(pattern_id: str, pattern: list[dict]) -> None:
    errors = validate_token_pattern(pattern)
    if errors:
        raise PartnergraphError(f"name pattern {pattern_id!r} in schemas/patterns/names.jsonl is invalid: "
                                f"{'; '.join(errors)}")


def expand(pattern, lexicon: dict):
    """Replaces "@name" values (and "@name" inside a REGEX) with the lexicon's list."""
    pattern = copy.deepcopy(pattern)

    def words(name: str) -> list[str]:
        value = lexicon[name]
        return list(value) if isinstance(value, dict) else value

    def fill(node):
        if isinstance(node, dict):
            return {key: fill(value) for key, value in node.items()}
        if isinstance(node, list):
            return [fill(value) for value in node]
        if isinstance(node, str) and node.startswith("@") and node[1:] in lexicon:
            return words(node[1:])
        if isinstance(node, str) and "@" in node:
            return re.sub(r"@(\w+)", lambda m: "|".join(re.escape(w) for w in words(m.group(1))), node)
        return node

    return fill(pattern)
