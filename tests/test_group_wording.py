"""A named group a body sets up is a partnership project: "X has established a Resettlement Working Group",
"An Interagency Committee has been established", with who sits on it from the sentences that refer back to
it ("This Committee is chaired by the Council and has participants from A, B and C"). Every text and name
here is written for the test."""
from __future__ import annotations

from test_body_list_wording import participants


def test_a_group_a_council_has_established_is_a_project_it_leads_with_the_partners_it_works_with(extract_text):
    record = extract_text(
        "Resettlement\n\nWexcombe County Council has established a Resettlement Inter-Agency Working Group to "
        "prepare for the families' arrival. The group, in conjunction with the Harbour Settlement Office, will "
        "work with service providers including Northgate Housing Trust, Eastgate Advice Centre and Millbrook "
        "Youth Service.\n")
    found = participants(record, "Resettlement Inter-Agency Working Group")
    assert found.get("Wexcombe County Council") == "lead"
    assert {"Northgate Housing Trust", "Eastgate Advice Centre", "Millbrook Youth Service"} <= set(found)


def test_a_committee_that_has_been_established_takes_the_members_its_back_reference_lists(extract_text):
    record = extract_text(
        "Families\n\nWexcombe County Council has been told that 30 families will come to the county. An "
        "Interagency Committee has been established to put supports in place. This Committee is chaired by the "
        "Council and has participants from Northgate Housing Trust, Eastgate Advice Centre and Millbrook Youth "
        "Service, with support provided by the Housing Directorate of Wexcombe County Council.\n")
    found = participants(record, "Interagency Committee")
    assert {"Northgate Housing Trust", "Eastgate Advice Centre", "Millbrook Youth Service"} <= set(found)
    names = {o["name"] for o in record["organisations"]}
    assert {"Wexcombe County Council", "Housing Directorate of Wexcombe County Council"} <= names


def test_a_sentence_opening_on_another_word_is_no_reference_to_the_group(extract_text):
    record = extract_text(
        "Plan\n\nThe Kestrel Resettlement Programme brings families to Wexcombe. The resettlement will be steered "
        "by the Wexcombe Interagency Working Group that includes representatives from Northgate Housing Trust and "
        "Eastgate Advice Centre.\n")
    found = participants(record, "Wexcombe Interagency Working Group")
    assert {"Northgate Housing Trust", "Eastgate Advice Centre"} <= set(found)
