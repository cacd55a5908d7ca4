"""The counts kept for busy nodes and edges (graph/model/sums.py): taking parts out leaves what counting
the rest gives, so a merged graph's counts equal a rebuild's."""
from __future__ import annotations

from partnergraph.graph.model.sums import counts_of, node_from_sums, shift

ALIASED = ("org:x", "organisation", "Xeno Trust", '["XT"]', '{"housing": 1}', '["d1"]', 1, "2020-01-01", "2020-01-01")
PLAIN = ("org:x", "organisation", "XENO TRUST", "[]", '{"housing": 2}', '["d2"]', 1, "2021-05-01", "2021-05-01")


def test_taking_a_part_out_leaves_the_counts_of_the_rest():
    sums = counts_of([ALIASED, PLAIN], True)
    assert sums["aliases"] == {"XT": 1} and sums["dates"] == {"2020-01-01": 1, "2021-05-01": 1}
    shift(sums, [ALIASED], True, -1)
    assert sums == counts_of([PLAIN], True)  # no alias field left empty


def test_a_row_from_counts_is_the_row_of_the_parts_left():
    stored = ("org:x", "organisation", "Xeno Trust", '["XT"]', '{"housing": 3}', '["d1", "d2"]', 2,
              "2020-01-01", "2021-05-01")
    sums = counts_of([ALIASED, PLAIN], True)
    shift(sums, [ALIASED], True, -1)
    data = node_from_sums(stored, sums, [ALIASED], [])
    assert data["documents"] == {"d2"} and data["themes"] == {"housing": 2} and data["aliases"] == set()
    assert (data["name"], data["first_seen"], data["last_seen"]) == ("XENO TRUST", "2021-05-01", "2021-05-01")
