"""Fast paths answer exactly as the plain code they replaced, for any input."""
from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st
from partnergraph.extract.facts.context import lexicon
from partnergraph.extract.facts.names import whole_name_spans
from partnergraph.extract.facts.org_registry import OrgRegistry
from partnergraph.extract.facts.role_cues import (
    cue_starts,
    matches_from,
    role_cue_patterns,
)
from partnergraph.extract.facts.themes import theme_mentions, theme_patterns
from partnergraph.graph.model.rows import sorted_json, themes_json

TEXT = st.text(alphabet="ab -_é1.\n", max_size=40)
NAME = st.text(alphabet="ab -_é1.", min_size=1, max_size=4)


@given(TEXT, NAME)
def test_whole_name_spans_match_the_regex(text, name):
    expected = [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    assert whole_name_spans(text, name) == expected


THEME_WORDS = ["health", "mental", "care", "primary", "housing", "association", "English", "classes", "work",
               "paid", "placements", "well-being", "NHS", "and", "the", "-", ",", "\n\n", "x"]


@given(st.lists(st.sampled_from(THEME_WORDS), max_size=30), st.sampled_from([" ", "", "  "]))
def test_theme_mentions_match_each_themes_findall(words, separator):
    text = separator.join(words)
    expected = {theme: [m.start() for m in pattern.finditer(text)]
                for theme, (_, pattern) in theme_patterns().items() if pattern.search(text)}
    assert theme_mentions(text) == expected


def role_cue_words() -> list[str]:
    """Whole cues (some hold another: "funding is provided by", "provided by"), their words, and others."""
    cues = lexicon()["role_cues"]
    phrases = {p for sides in cues.values() for found in sides.values() for p in found}
    return sorted(phrases | {w for p in phrases for w in p.split()}) + ["LED", "Funded", "by-", "-", "x", ",", "\n"]


@given(st.lists(st.sampled_from(role_cue_words()), max_size=25), st.sampled_from([" ", "", "-"]))
def test_role_cues_tried_at_cue_starts_match_each_patterns_finditer(words, separator):
    text = separator.join(words)
    starts = cue_starts(text)
    for _, _, pattern in role_cue_patterns():
        assert [m.span() for m in matches_from(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8), st.sampled_from("ab")), max_size=12),
       st.integers(0, 35), st.integers(0, 35))
def test_mentions_in_range_match_the_plain_filter(mentions, start, end):
    registry = OrgRegistry()
    registry.set_mentions([(s, s + length, key) for s, length, key in mentions])
    expected = [m for m in sorted(registry.mentions) if start <= m[0] <= end and m[1] <= end]
    assert registry.in_range(start, end) == expected


@given(st.sets(st.text(max_size=6), max_size=5))
def test_graph_lists_are_written_as_json_dumps_writes_them(items):
    assert sorted_json(items) == json.dumps(sorted(items))


@given(st.dictionaries(st.text(max_size=6), st.integers(0, 10**6), max_size=5))
def test_graph_theme_maps_are_written_as_json_dumps_writes_them(themes):
    ordered = dict(sorted(themes.items(), key=lambda item: (-item[1], item[0])))
    assert themes_json(themes) == json.dumps(ordered)


def test_extraction_collects_cycles_less_often_and_restores_the_setting(tmp_path):
    import gc

    from partnergraph.graph.ingest.workers import extract_all

    seen = []

    class Recording:
        def __call__(self, path, limits):
            seen.append(gc.get_threshold()[0])
            raise RefusedFileForTest(path)

    before = gc.get_threshold()
    results = list(extract_all([(str(tmp_path / "a.txt"), "sha")], Recording(), None, workers=1))
    assert seen == [20_000] and gc.get_threshold() == before
    assert results[0][2].ok is False


class RefusedFileForTest(Exception):
    pass
