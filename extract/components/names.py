"""Names by their shape: token patterns from schemas/patterns/names.jsonl, run with spaCy's Matcher.

"@list" in a pattern is replaced by a list from schemas/patterns/lexicon.yaml at initialisation, so the
word lists stay data. Longest matches win per label; spans go to doc.spans["names"].
"""
from __future__ import annotations

import copy
import re

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.resources import load_jsonl, load_yaml


@Language.factory("pg_names")
def make_names(nlp: Language, name: str):
    return NameMatcher(nlp)


class NameMatcher:
    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        self.matchers: dict[str, Matcher] = {}

    def initialize(self, get_examples=None, nlp=None):
        lexicon = load_yaml("patterns/lexicon.yaml")
        for entry in load_jsonl("patterns/names.jsonl"):
            matcher = self.matchers.setdefault(entry["label"], Matcher(self.vocab))
            matcher.add(entry["id"], [expand(entry["pattern"], lexicon)], greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for label, matcher in self.matchers.items():
            found = [Span(doc, start, end, label=label) for _, start, end in matcher(doc)]
            spans.extend(filter_spans(found))
        doc.spans["names"] = spans
        return doc


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
