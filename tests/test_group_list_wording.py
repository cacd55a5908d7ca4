"""Who works with whom in lists and clauses: the subject list of "are working together", a counted group whose
members follow a colon ("gathers together 7 organisations from 7 countries: A – Portugal; ..."), a project a
sentence refers back to ("Led by X, this project ..."), a body chosen as a partner, an agreement between two,
one invited to become a member, a church as a congregation, a person's post "of" a body, and "WE" as an
acronym. Every text here is written for the test; the records come from the default pipeline (rules and model)."""
from __future__ import annotations

from conftest import orgs


def pairs(record) -> set[frozenset]:
    return {frozenset((c["a"], c["b"])) for c in record["collaborations"]}


def test_the_last_body_of_a_subject_list_before_its_verb_is_a_body(extract_text):
    record = extract_text("News\n\nA group of officers from Moray Council, Police Scotland, NHS Grampian, and Moray "
                          "Third Sector Interface are working together to prepare housing for the families.\n")
    assert "Moray Third Sector Interface" in orgs(record)
    assert frozenset(("Police Scotland", "Moray Third Sector Interface")) in pairs(record)


def test_a_counted_group_after_a_colon_are_the_projects_members(extract_text):
    record = extract_text("Greenroots Kick-off\n\nGreenroots is a European project funded by the Erasmus+ programme. "
                          "Led by KORAL – Italy, this project gathers together 5 organisations from 5 European "
                          "countries: VERDANT – Portugal; ALMEK – France; SOLVIA – Cyprus; and Gartenwerk – Austria.\n")
    project = next(p for p in record["projects"] if p["name"] == "Greenroots")
    members = {x["organisation"] for x in project["participants"]}
    assert {"VERDANT", "ALMEK", "SOLVIA", "Gartenwerk"} <= members
    assert "KORAL" not in {p["name"] for p in record["projects"]}


def test_people_a_group_is_made_up_of_are_no_bodies(extract_text):
    record = extract_text("News\n\nThe steering panel is made up of Councillor Jane Smith, Councillor Tom Brown and "
                          "Dr Asha Patel, who met in March 2024.\n")
    assert not {"Jane Smith", "Tom Brown", "Asha Patel", "Councillor Jane Smith"} & orgs(record)


def test_a_body_chosen_as_anothers_partner_works_with_it(extract_text):
    record = extract_text("News\n\nWe are delighted that the Lothian Equality Forum has chosen the Harbour Refugee Trust "
                          "as the charity partner for its cycle event.\n")
    assert frozenset(("Lothian Equality Forum", "Harbour Refugee Trust")) in pairs(record)


def test_two_bodies_that_present_together_work_together_past_an_acronym(extract_text):
    record = extract_text("News\n\nIn the afternoon the partners met. The Institute for Social Change (ISC) and the "
                          "University of Technology of Linz introduced the idea of a chatbot.\n")
    assert frozenset(("Institute for Social Change", "University of Technology of Linz")) in pairs(record)


def test_an_acronym_in_capitals_is_no_first_person(extract_text):
    record = extract_text("News\n\nOn Sunday, the Essex Local Immigration Partnership (WE LIP) collaborated with the "
                          "Harbour Trust and the Windsor Safety Network (WSN) in hosting the safety day.\n")
    assert frozenset(("Essex Local Immigration Partnership", "Harbour Trust")) in pairs(record)
    assert frozenset(("Essex Local Immigration Partnership", "Windsor Safety Network")) in pairs(record)


def test_two_bodies_who_signed_an_agreement_between_them_work_together(extract_text):
    record = extract_text("News\n\nThe highlight was the signing of the agreement between the Harbour Refugee Trust "
                          "and the Consulate of Mexico.\n")
    assert frozenset(("Harbour Refugee Trust", "Consulate of Mexico")) in pairs(record)


def test_a_body_invited_to_become_a_member_is_the_member(extract_text):
    record = extract_text("News\n\nThe Harbour Refugee Trust has invited Leeds City Council to become a founding member "
                          "of a Refugee Welcome Leadership Group.\n")
    project = next(p for p in record["projects"] if p["name"] == "Refugee Welcome Leadership Group")
    roles = {x["organisation"]: x["role"] for x in project["participants"]}
    assert roles.get("Leeds City Council") == "member"
    assert roles.get("Harbour Refugee Trust") != "member"


def test_a_church_out_of_a_venues_position_is_a_congregation(extract_text):
    record = extract_text("News\n\nSt. Brendan’s Pentecost Episcopal Church and St. Luke’s Episcopal Church have "
                          "partnered with RefugeeOne. The partnership between St. Brendan’s Pentecost and St. Luke’s "
                          "began in 2017.\n")
    assert {"St. Brendan’s Pentecost Episcopal Church", "St. Luke’s Episcopal Church"} <= orgs(record)
    assert not {"St", "St. Luke", "St. Brendan’s Pentecost"} & orgs(record)
    assert frozenset(("St. Brendan’s Pentecost Episcopal Church", "St. Luke’s Episcopal Church")) in pairs(record)


def test_a_persons_post_of_a_body_names_the_body(extract_text):
    record = extract_text("Minutes\n\nMartina Earley CEO of Kestrel Rural Partnership told the members that the partnership "
                          "has been working with the Kestrel Town Team. The GRETB and AIT have combined to address "
                          "this in 2018.\n")
    assert "Kestrel Rural Partnership" in orgs(record)
    assert not any("Martina" in name for name in orgs(record))
    assert frozenset(("GRETB", "AIT")) in pairs(record)
