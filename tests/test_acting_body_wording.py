"""Bodies known by what they do: a municipality named head first ("the City of Melbourne") is a place where it
is somewhere and a council where it acts; a funder named before the body it funded ("X funded Y"); one
sentence is one piece of evidence for a pair, however many cues it has; what a body is said to be ("an
Approved Sponsoring Organisation") is no body, nor are a project's initials. Every text here is written for the
test; the records come from the default pipeline (rules and model)."""
from __future__ import annotations

from conftest import places
from test_partnership_wording import orgs, pairs


def test_a_municipality_that_acts_is_a_body(extract_text):
    record = extract_text("Council news 2023\n\nThe City of Melbourne funded AMES Australia to deliver English "
                          "classes. The Shire of Yarra Ranges has partnered with Eastern Community Legal Centre.\n")
    assert {"City of Melbourne", "Shire of Yarra Ranges"} <= orgs(record)
    assert frozenset(("City of Melbourne", "AMES Australia")) in pairs(record)
    assert frozenset(("Shire of Yarra Ranges", "Eastern Community Legal Centre")) in pairs(record)


def test_a_municipality_acts_after_an_adverb_or_a_modal_too(extract_text):
    record = extract_text("City news\n\nThe City of Kestrel recently took a major step by ratifying its action plan. "
                          "Since 2015 the City of Harbourton has assumed a leading role in the region.\n")
    assert {"City of Kestrel", "City of Harbourton"} <= orgs(record)


def test_a_municipality_where_people_live_stays_a_place(extract_text):
    record = extract_text("Council news 2023\n\nFamilies who settled in the City of Ballarat found work quickly, "
                          "helped by Ballarat Community Health.\n")
    assert not {name for name in orgs(record) if name.startswith("City of")}
    assert any("Ballarat" in place for place in places(record))


def test_a_municipality_and_a_body_are_two_names(extract_text):
    record = extract_text("Update\n\nThe City of Toronto and COSTI Immigrant Services signed an agreement in "
                          "March 2023 to open a reception centre.\n")
    assert {"City of Toronto", "COSTI Immigrant Services"} <= orgs(record)
    assert frozenset(("City of Toronto", "COSTI Immigrant Services")) in pairs(record)


def test_a_funder_named_before_the_body_it_funded(extract_text):
    record = extract_text("Update\n\nThe Bell Foundation funded Refugee Action to run English classes for 40 "
                          "adults. Projects funded by the foundation are listed below.\n")
    assert frozenset(("Bell Foundation", "Refugee Action")) in pairs(record)


def test_one_sentence_is_one_piece_of_evidence(extract_text):
    record = extract_text("Update\n\nSettlement Services International has partnered with STARTTS and worked "
                          "with STARTTS on trauma care.\n")
    pair = next(c for c in record["collaborations"] if {c["a"], c["b"]} == {"Settlement Services International",
                                                                              "STARTTS"})
    assert len(pair["evidence"]) == 1


def test_a_kind_of_body_the_text_says_something_is_is_no_body(extract_text):
    record = extract_text("News 2017\n\nHarwick Settlement Services had been an Approved Sponsoring Organisation "
                          "(ASO) in the pilot. As an ASO in the pilot, Harwick Settlement Services chose "
                          "candidates.\n")
    assert "Harwick Settlement Services" in orgs(record)
    assert not {"Approved Sponsoring Organisation", "ASO"} & orgs(record)


def test_a_member_of_a_named_group_keeps_the_group(extract_text):
    record = extract_text("News 2017\n\nThe Refugee Council has invited the City to become a founding member of a "
                          "Harwick Welcome Zone Leadership Group.\n")
    assert "Harwick Welcome Zone Leadership Group" in orgs(record)


def test_a_projects_initials_are_the_project_not_a_body(extract_text):
    record = extract_text("News 2017\n\nHarwick Settlement Services has been appointed the Humanitarian "
                          "Resettlement Program provider in Eastford.\n\nHarwick Settlement Services won the tender "
                          "from HRP after a competitive process.\n")
    assert "HRP" not in orgs(record)
    assert any("HRP" in project["aliases"] for project in record["projects"]
               if project["name"] == "Humanitarian Resettlement Program")


def test_municipalities_listed_with_their_countries_in_brackets_are_bodies(extract_text):
    """"along with the Kestrel Institute, the City of Harbourne (Italy), the City of Eastvale (Spain), the City of
    Northby (France) and the University of Harbourne": each municipality is a listed body, the run taken from
    both ends; one that proposes acts."""
    record = extract_text("Project news\n\nThe partnership involves, along with the Kestrel Institute, the City of "
                          "Harbourne (Italy), the City of Eastvale (Spain), the City of Northby (France) and the "
                          "University of Harbourne. The City of Westport proposed to include a new topic.\n")
    assert {"City of Harbourne", "City of Eastvale", "City of Northby", "City of Westport"} <= orgs(record)
