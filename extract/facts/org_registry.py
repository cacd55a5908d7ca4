"""The bodies a report names, with every mention's range: what the organisation finders add to and the
other fact builders ask ("which bodies does this sentence name?")."""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.names import name_key
from partnergraph.extract.facts.ranges import Ranges
from partnergraph.extract.record import Organisation


@dataclass
class OrgRegistry:
    orgs: dict[str, Organisation] = field(default_factory=dict)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, org key)
    first_seen: dict[str, int] = field(default_factory=dict)
    taken: Ranges = field(default_factory=Ranges)  # the mentions' ranges, for overlap questions
    _sorted: list | None = field(default=None, repr=False)  # the mentions in order, kept until one is added

    def add(self, ctx: Context, name: str, start: int, end: int, surface: str | None = None) -> str:
        key = self.resolve_key(name) or name_key(name)
        org = self.orgs.get(key)
        if org is None:
            org = self.orgs[key] = Organisation(name=name)
            self.first_seen[key] = start
        surface = surface or name
        if name_key(surface) != name_key(org.name) and surface not in org.aliases:
            org.aliases.append(surface)
        if not self.taken.overlaps(start, end):
            self.mentions.append((start, end, key))
            self.taken.add(start, end)
            self._sorted = None
            org.evidence.append(ctx.evidence(start, end))
        return key

    def drop(self, key: str) -> None:
        """Forgets a body found by mistake (a project's name), with its mentions."""
        if self.orgs.pop(key, None) is not None:
            self.set_mentions([m for m in self.mentions if m[2] != key])
            self.taken = Ranges([(s, e) for s, e, _ in self.mentions])

    def resolve_key(self, text: str) -> str | None:
        key = name_key(text)
        if key in self.orgs:
            return key
        for org_key, org in self.orgs.items():  # a body renamed to its long form keeps its first key
            if name_key(org.name) == key or any(name_key(alias) == key for alias in org.aliases):
                return org_key
        return None

    def in_range(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The mentions inside (start, end), in order; asked for every sentence of the report."""
        if self._sorted is None:
            self._sorted = sorted(self.mentions)
        first = bisect.bisect_left(self._sorted, (start,))
        last = bisect.bisect_right(self._sorted, (end, math.inf))  # past every mention starting by `end`
        return [m for m in self._sorted[first:last] if m[1] <= end]

    def set_mentions(self, mentions: list[tuple[int, int, str]]) -> None:
        self.mentions, self._sorted = mentions, None

    def covered(self, start: int, end: int) -> bool:
        return self.taken.overlaps(start, end)

    def as_list(self) -> list[Organisation]:
        return [self.orgs[k] for k in sorted(self.orgs, key=lambda k: self.first_seen[k])]
