"""A report whose "we" is never named: the bodies "we" work with together work with each other, and the body
named most often is not taken for "we" when "we" work with it. Every text here is written for the test."""
from __future__ import annotations

from test_partnership_wording import pairs


def test_bodies_an_unnamed_we_works_with_work_together(extract_text):
    record = extract_text("Network news - March 2021\n\nHello everyone. Our main work recently has been working in "
                          "close co-operation with the Northfield Education Board and Harbour Arts Trust to promote "
                          "welcoming schools.\n")
    assert frozenset({"Northfield Education Board", "Harbour Arts Trust"}) in pairs(record)


def test_the_body_named_most_is_not_we_when_we_work_with_it(extract_text):
    record = extract_text("Network news - March 2021\n\nWe are working closely with Kestrel Metropolitan College, "
                          "which has many refugee students. Kestrel Metropolitan College was named a College of "
                          "Sanctuary last year. We are also working with Riverside Library Service on a reading "
                          "group.\n")
    assert frozenset({"Kestrel Metropolitan College", "Riverside Library Service"}) not in pairs(record)
