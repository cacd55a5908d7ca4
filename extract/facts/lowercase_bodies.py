"""Bodies a report writes in lower case: "the government of Canada funds ...". The name shapes need a capital,
so a government named by its country or region is found from the place that follows "government of"."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context

GOVERNMENT_OF = re.compile(r"\bgovernment of (?:the )?", re.I)


def government_candidates(ctx: Context) -> list[tuple[int, int, str, str]]:
    """(start, end, name, surface) for "government of <place>", named with capitals whatever the writing."""
    found = []
    for span in ctx.spans("gazetteer", "PLACE"):
        lead = GOVERNMENT_OF.search(ctx.text, max(0, span.start_char - 20), span.start_char)
        if lead and lead.end() == span.start_char:
            surface = ctx.text[lead.start():span.end_char]
            name = "Government of " + surface[len("government of "):]
            found.append((lead.start(), span.end_char, name, surface))
    return found
