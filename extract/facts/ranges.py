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
        index = bisect.bisect_left(self._ranges, (start, end))
        self._ranges.insert(index, (start, end))
        self._reach = list(accumulate((e for _, e in self._ranges), max))

    def overlaps(self, start: int, end: int) -> bool:
        """True when some range (s, e) has s < end and start < e, as `names.overlaps` says."""
        before_end = bisect.bisect_left(self._ranges, (end,))  # the ranges that start before `end`
        return before_end > 0 and self._reach[before_end - 1] > start
