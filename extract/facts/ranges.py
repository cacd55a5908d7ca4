"""Character ranges asked "does this range overlap any of you?" by bisection: fact builders ask it for
every candidate against every taken range, and scanning the list made that quadratic."""
from __future__ import annotations

import bisect
from itertools import accumulate


class Ranges:
    def __init__(self, ranges=()):
        self._ranges = sorted(ranges)
        self._reach = list(accumulate((end for _, end in self._ranges), max))  # furthest end of the first i+1

    def copy(self) -> "Ranges":
        return Ranges(self._ranges)

    def add(self, start: int, end: int) -> None:
        """Only the reaches after the new range that fall short of its end change (they never decrease), so
        an add touches a few entries, not all that follow it."""
        index = bisect.bisect_left(self._ranges, (start, end))
        self._ranges.insert(index, (start, end))
        reach = max(self._reach[index - 1], end) if index else end
        self._reach.insert(index, reach)
        following = index + 1
        while following < len(self._reach) and self._reach[following] < reach:
            self._reach[following] = reach
            following += 1

    def overlaps(self, start: int, end: int) -> bool:
        """True when some range (s, e) has s < end and start < e, as `names.overlaps` says."""
        before_end = bisect.bisect_left(self._ranges, (end,))  # the ranges that start before `end`
        return before_end > 0 and self._reach[before_end - 1] > start

    def contains(self, start: int, end: int) -> bool:
        """True when some range (s, e) holds the whole of (start, end): s <= start and end <= e."""
        from_start = bisect.bisect_right(self._ranges, (start, float("inf")))  # the ranges starting by `start`
        return from_start > 0 and self._reach[from_start - 1] >= end

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The ranges that overlap (start, end)."""
        index = bisect.bisect_left(self._ranges, (end,)) - 1
        found = []
        while index >= 0 and self._reach[index] > start:
            if self._ranges[index][1] > start:
                found.append(self._ranges[index])
            index -= 1
        return found


def crosses(candidate: tuple, known: list[tuple]) -> bool:
    """The candidate begins or ends inside another name (a gazetteer body's): "Immigration Canada's Local
    Immigration Partnership" cuts "Citizenship and Immigration Canada" in two."""
    start, end = candidate[:2]
    return any(s < start < e < end or start < s < end < e for s, e, *_ in known)
