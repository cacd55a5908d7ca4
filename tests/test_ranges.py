"""The bisected range set answers as the plain scans it replaced, for any ranges and any question."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from partnergraph.extract.facts.names import overlaps
from partnergraph.extract.facts.ranges import Ranges

RANGE = st.tuples(st.integers(0, 60), st.integers(0, 10)).map(lambda r: (r[0], r[0] + r[1]))


@given(st.lists(RANGE, max_size=15), st.lists(RANGE, max_size=15), st.lists(RANGE, min_size=1, max_size=10))
def test_range_set_matches_a_scan(initial, added, questions):
    ranges, every = Ranges(initial), list(initial)
    for start, end in added:
        ranges.add(start, end)
        every.append((start, end))
        for question in questions[:2]:  # builders ask between adds
            assert ranges.overlaps(*question) == any(overlaps(question, r) for r in every)
    for question in questions:
        assert ranges.overlaps(*question) == any(overlaps(question, r) for r in every)
        assert ranges.contains(*question) == any(s <= question[0] and question[1] <= e for s, e in every)
        assert sorted(ranges.overlapping(*question)) == sorted(r for r in every if overlaps(question, r))

