"""Bodies known by what the sentence says they do: who provides a service ("EYSG provide a caseworker
support service"), a one-word name said to have been founded, a name that "has been working with" another;
and who delivers a project, not what an infinitive says a body meant to do. Every text and name here is
written for the test, except the contractors, which are real bodies from the gazetteer."""
from __future__ import annotations

from test_body_list_wording import participants


def org_names(record) -> set[str]:
    return {o["name"] for o in record["organisations"]}


def test_who_provides_a_service_is_a_body_and_delivers_the_project_of_its_paragraph(extract_text):
    record = extract_text(
        "Resettlement\n\nThe Kestrel Resettlement Programme is managed by Wexcombe County Council. EYSG provide a "
        "caseworker support service and Harbour Sir Gar provide community support.\n")
    assert {"EYSG", "Harbour Sir Gar"} <= org_names(record)
    assert {"EYSG", "Harbour Sir Gar"} <= set(participants(record, "Kestrel Resettlement Programme"))


def test_a_subject_acronym_that_provides_something_is_no_body(extract_text):
    record = extract_text("Learning\n\nESOL provides weekly classes for adults at the Millbrook Centre.\n")
    assert "ESOL" not in org_names(record)


def test_a_one_word_name_said_to_have_been_founded_is_a_body(extract_text):
    record = extract_text(
        "Review\n\nWe have been reflecting on our work since Kestrels was set up in 2015 by local people.\n")
    assert "Kestrels" in org_names(record)


def test_a_name_that_has_been_working_with_another_is_a_body_but_a_working_group_is_not(extract_text):
    record = extract_text(
        "News\n\nThanks to all who gave. Harbour First has been working with Wexcombe County Council on the "
        "appeal. Millbrook’s Syrian Families working group are pleased to welcome five families.\n")
    assert "Harbour First" in org_names(record)
    assert not any("Syrian Families" in name for name in org_names(record))


def test_asylum_accommodation_contractors_are_known_bodies(extract_text):
    record = extract_text(
        "Hotels\n\nWe got permission from Serco, who run the hotel, to drop off clothes. Clearsprings Ready Homes "
        "manage the houses.\n")
    assert {"Serco", "Clearsprings Ready Homes"} <= org_names(record)


def test_an_infinitive_after_a_partnership_gives_no_delivery_role(extract_text):
    record = extract_text(
        "Our year\n\nThe Kestrel Law Project joined us in July. We partnered with Harbour Advice Trust to deliver "
        "training on asylum law.\n")
    assert "Harbour Advice Trust" not in participants(record, "Kestrel Law Project")
