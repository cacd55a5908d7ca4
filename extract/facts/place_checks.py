"""Whether a candidate name is a place: the gazetteer's places, towns listed after "in" ("refugees in
Clarenville, Corner Brook and Gander") and towns named with their region."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.place_lists import place_lists, region_towns
from partnergraph.extract.facts.ranges import Ranges


def place_ranges(ctx: Context) -> set[tuple[int, int]]:
    if "place_range_set" not in ctx.notes:
        ctx.notes["place_range_set"] = {(s.start_char, s.end_char) for s in ctx.spans("gazetteer", "PLACE")}
    return ctx.notes["place_range_set"]


def is_place(ctx: Context, rng) -> bool:
    """The range is a place name, or lies inside one, or names places listed as such elsewhere in the
    report ("Clarenville, Corner Brook")."""
    places = ctx.notes.get("place_ranges")
    if places is None:
        places = ctx.notes["place_ranges"] = Ranges([(s.start_char, s.end_char) for s in ctx.spans("gazetteer", "PLACE")]
                                                    + [(start, end) for start, end, _ in place_lists(ctx)]
                                                    + [(start, end) for start, end, _ in region_towns(ctx)])
    if "known_town_names" not in ctx.notes:  # "Ashburton and Timaru": towns listed or named with their region
        ctx.notes["known_town_names"] = listed_place_names(ctx) | {name for _, _, name in region_towns(ctx)}
    listed = ctx.notes["known_town_names"]
    return places.contains(*rng) or bool(listed) and all(
        part in listed for part in re.split(r",\s*|\s+and\s+", ctx.text[slice(*rng)]))


def listed_place_names(ctx: Context) -> set[str]:
    if "listed_place_names" not in ctx.notes:
        ctx.notes["listed_place_names"] = {name for _, _, items in place_lists(ctx) for _, _, name in items}
    return ctx.notes["listed_place_names"]
