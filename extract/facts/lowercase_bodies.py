"""Bodies a report writes in lower case: "the government of Canada funds ...", "the municipality of Sittard
Geleen". The name shapes need a capital, so a government or municipality is found by the place it names."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context

GOVERNMENT_OF = re.compile(r"\b(government|municipality) of (?:the )?([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})")


def government_candidates(ctx: Context) -> list[tuple[int, int, str, str]]:
    """(start, end, name, surface) for each "government/municipality of <Place>", named with a capital."""
    found = []
    for match in GOVERNMENT_OF.finditer(ctx.text):
        surface = match.group()
        found.append((match.start(), match.end(), surface[0].upper() + surface[1:], surface))
    return found
