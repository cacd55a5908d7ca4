"""Partners named in a section of their own, projects named by what a sentence says they are, two bodies joined
by "and" where the second has "and" in its name, and a body named before a person's post. Every text here is
written for the test; the records come from the default pipeline (rules and model)."""
from __future__ import annotations

import pytest
from conftest import orgs


def participants(record) -> dict[str, dict[str, str]]:
    return {p["name"]: {x["organisation"]: x["role"] for x in p["participants"]} for p in record["projects"]}


@pytest.mark.parametrize("heading", ["Project partners", "Projectpartners"])
def test_short_paragraphs_under_a_partners_heading_are_the_projects_partners(extract_text, heading):
    record = extract_text(f"Bridges\n\nBridges is a project funded by the Erasmus+ programme.\n\n{heading}\n\n"
                          "In Greece:\n\nThe Mosaik Support Centre for refugees in Lesbos.\n\nThe Dialogos Consulting "
                          "Centre with headquarters in Thessaloniki.\n\nIn Hungary:\n\nThe Subjektiv Values Foundation "
                          "from Budapest.\n")
    assert participants(record)["Bridges"] == {"Erasmus+": "funder", "Mosaik Support Centre": "partner",
                                                "Dialogos Consulting Centre": "partner",
                                                "Subjektiv Values Foundation": "partner"}


def test_a_long_paragraph_under_a_partners_heading_gives_no_role(extract_text):
    record = extract_text("Bridges\n\nBridges is a project funded by the Erasmus+ programme.\n\nPartners\n\nOver the "
                          "year we also met the Harbour Refugee Trust several times to talk about what refugees in the "
                          "town need and how the new hub could help them.\n")
    assert "Harbour Refugee Trust" not in participants(record)["Bridges"]


@pytest.mark.parametrize("sentence, project", [
    ("Europe4refugees – follow the routes is a project of adult educators.", "Europe4refugees"),
    ("Bridges is a project funded by the Kestrel Foundation.", "Bridges")])
def test_one_word_subject_said_to_be_a_project_is_its_name(extract_text, sentence, project):
    assert project in participants(extract_text(f"News\n\n{sentence}\n"))


@pytest.mark.parametrize("sentence", ["It is a project funded by the Kestrel Foundation.",
                                      "This is a project funded by the Kestrel Foundation."])
def test_a_pronoun_said_to_be_a_project_names_none(extract_text, sentence):
    assert not [p for p in extract_text(f"News\n\n{sentence}\n")["projects"] if p["name"] in ("It", "This")]


def test_a_second_and_inside_a_name_splits_at_the_first(extract_text):
    record = extract_text("News\n\nThis project will be delivered in partnership with Tros Gynnal Plant and "
                          "Cardiff and Vale Health Inclusion Service.\n")
    assert {"Tros Gynnal Plant", "Cardiff and Vale Health Inclusion Service"} <= orgs(record)


def test_the_words_before_a_persons_post_name_the_body(extract_text):
    record = extract_text("News\n\n“It has been vital for us.” Richard Eynon, Oasis Cardiff Deputy CEO.\n")
    assert "Oasis Cardiff" in orgs(record)


@pytest.mark.parametrize("line, not_a_body", [
    ("Eleri Williams, Swansea Development Officer, said: “It is a good day.”", "Swansea Development"),
    ("Majo Rivas, Community Sponsorship Manager at Nasc, said: “It is a good day.”", "Community Sponsorship")])
def test_a_posts_field_or_a_post_at_a_body_names_no_body(extract_text, line, not_a_body):
    assert not_a_body not in orgs(extract_text(f"News\n\n{line}\n"))


def test_posts_before_and_at_a_body_are_cut_off(extract_text):
    record = extract_text("News\n\nProf Jane Brake, Director of Primary Care, Sustainability and Integration at Harbour "
                          "City Council and Chief Executive of Kestrel GP Alliance, led the bid to welcome refugees.\n")
    assert {"Harbour City Council", "Kestrel GP Alliance"} <= orgs(record)
    assert not [name for name in orgs(record) if "Executive" in name or "Integration" in name]


def test_a_see_and_a_one_word_item_after_a_closed_list_are_no_bodies(extract_text):
    record = extract_text("News\n\nWorking in collaboration with the Home Office, the Bishop of Coventry, Kestrel "
                          "Refugee Trust and local charities, Simon has settled over 190 refugees in the city.\n")
    assert {"Home Office", "Kestrel Refugee Trust"} <= orgs(record)
    assert not orgs(record) & {"Simon", "Bishop of Coventry", "Coventry"}


def test_an_item_of_a_list_of_bodies_keeps_in_and_its_place(extract_text):
    record = extract_text("News\n\nApplications are managed by: Kestrel Community Foundation, Community Foundation "
                          "in Wales, Community Foundation Northern Ireland and Foundation Scotland.\n\nThe grants "
                          "are run by Harbour Refugee Trust in Cardiff.\n")
    assert "Community Foundation in Wales" in orgs(record)
    assert "Harbour Refugee Trust" in orgs(record) and "Harbour Refugee Trust in Cardiff" not in orgs(record)


def test_a_listed_name_and_where_it_is_then_another_name(extract_text):
    record = extract_text("News\n\nThe province has agreements with agencies that include Harbour Welcome Place in "
                          "Winnipeg and Kestrel Immigrant Services in Steinbach.\n")
    assert "Kestrel Immigrant Services" in orgs(record)
    assert not [name for name in orgs(record) if "Winnipeg" in name]


@pytest.mark.parametrize("line, name", [
    ("Multicultural Communities Council – Gold Coast will receive a grant of $35,000 for its work.",
     "Multicultural Communities Council – Gold Coast"),
    ("The partners are Kestrel Refugee Council – Greece and Harbour Foundation.", "Kestrel Refugee Council")])
def test_a_branch_after_a_dash_is_part_of_the_name_but_a_country_is_not(extract_text, line, name):
    assert name in orgs(extract_text(f"News\n\n{line}\n"))


def test_a_named_category_of_entry_is_a_project(extract_text):
    record = extract_text("News\n\nImmigration New Zealand and the Kestrel Baptist Church will take part in the Community "
                          "Organisation Refugee Sponsorship Category this year.\n")
    assert set(participants(record)["Community Organisation Refugee Sponsorship Category"]) == {
        "Immigration New Zealand", "Kestrel Baptist Church"}
    assert "Community Organisation Refugee Sponsorship Category" not in orgs(record)
