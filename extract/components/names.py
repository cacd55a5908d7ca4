"""Names by their shape: token patterns from schemas/patterns/names.jsonl, run with spaCy's Matcher.

"@list" in a pattern is replaced by a list from schemas/patterns/lexicon.yaml at initialisation, so the
word lists stay data. Word tests are compiled to lexeme flags (see lexeme_flags.py) and all patterns
share one Matcher. Longest matches win per pattern, then per label; spans go to doc.spans["names"].
"""
from __future__ import annotations

import copy
import re

from partnergraph.extract.components.lexeme_flags import LexemeFlags
from partnergraph.extract.errors import PartnergraphError
from partnergraph.extract.resources import load_jsonl, load_yaml
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


@Language.factory("pg_names")
def make_names(nlp: Language, name: str):
    return NameMatcher(nlp)


class NameMatcher:
    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        self.matcher = Matcher(nlp.vocab, validate=False)  # patterns are validated before flag compilation
        self.labels: dict[int, str] = {}  # match id -> label
        self.lengths: dict[int, tuple[int, int]] = {}  # match id -> the match lengths its "{m,n}" allows

    def initialize(self, get_examples=None, nlp=None):
        lexicon = load_yaml("patterns/lexicon.yaml")
        flags = LexemeFlags(self.vocab)
        for entry in load_jsonl("patterns/names.jsonl"):
            pattern = expand(entry["pattern"], lexicon)
            check_pattern(entry["id"], pattern)
            pattern, lengths = unbounded_repeat(flags.compile_pattern(pattern))
            self.matcher.add(entry["id"], [pattern])
            match_id = self.vocab.strings[entry["id"]]
            self.labels[match_id] = entry["label"]
            if lengths:
                self.lengths[match_id] = lengths

    def __call__(self, doc: Doc) -> Doc:
        found: dict[int, list[tuple[int, int]]] = {}
        for match_id, start, end in self.matcher(doc):
            low, high = self.lengths.get(match_id, (1, len(doc)))
            if low <= end - start <= high and not closes_a_quote(doc, start, end):
                found.setdefault(match_id, []).append((start, end))
        by_label: dict[str, list[Span]] = {label: [] for label in dict.fromkeys(self.labels.values())}
        for match_id, pairs in found.items():
            label = self.labels[match_id]
            by_label[label] += [Span(doc, start, end, label=label) for start, end in longest_first(pairs, len(doc))]
        doc.spans["names"] = [span for spans in by_label.values() for span in filter_spans(spans)]
        return doc


def closes_a_quote(doc: Doc, start: int, end: int) -> bool:
    """"Award’ in the Scottish Government": a lone apostrophe inside a name is a plural's possessive
    ("Travellers’ Movement"); after any other word it closes a quotation the name cannot run past, unless
    the name opens that quotation itself ("'Safe Start' project")."""
    return doc[start].text not in ("'", "‘") and any(
        doc[i].text in ("'", "’") and not doc[i - 1].text.lower().endswith("s") for i in range(start + 1, end))


REPEAT = re.compile(r"^\{(\d*),(\d+)\}$")


def unbounded_repeat(pattern: list[dict]) -> tuple[list[dict], tuple[int, int] | None]:
    """A pattern whose only operator is one "{m,n}", with "*" (or "+") in its place, and the match lengths
    "{m,n}" allows; other patterns as they are. spaCy expands "{0,8}" into eight optional tokens, whose
    branching states made such a pattern 2-5x slower than one repeated token, cut to length afterwards."""
    with_op = [i for i, token in enumerate(pattern) if "OP" in token]
    repeat = REPEAT.match(str(pattern[with_op[0]]["OP"])) if len(with_op) == 1 else None
    if not repeat:
        return pattern, None
    low, high = int(repeat.group(1) or 0), int(repeat.group(2))
    i, fixed = with_op[0], len(pattern) - 1
    token = dict(pattern[i], OP="*" if low == 0 else "+")
    return pattern[:i] + [token] + pattern[i + 1:], (fixed + low, fixed + high)


def longest_first(pairs: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The Matcher's greedy="LONGEST": longest first, then earliest; a match overlapping one kept is dropped."""
    taken = bytearray(length)
    kept = []
    for start, end in sorted(pairs, key=lambda pair: (pair[1] - pair[0], -pair[0]), reverse=True):
        if taken.find(1, start, end) == -1:
            kept.append((start, end))
            taken[start:end] = b"\x01" * (end - start)
    return kept


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
