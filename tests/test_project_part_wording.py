"""Who takes part in a project: a body in a sentence that names the project and no other, "this project"
read as the last project whose name ends in "Project", passive cues ("was awarded ... by"), "taking part in"
and a body named head first for a programme ("the Office of the X Programme"). Every text
and name here is written for the test."""
from __future__ import annotations

from test_body_list_wording import participants


def test_a_body_in_a_sentence_that_names_one_project_takes_part_in_it(extract_text):
    record = extract_text(
        "Resettlement update\n\nThe Cabinet received a request from the Department of Settlement Affairs that the "
        "council continues to resettle families under the Kestrel Resettlement Scheme. It approved an agreement "
        "with Northgate Housing Trust to deliver the Kestrel Resettlement Scheme from April 2021.\n")
    found = participants(record, "Kestrel Resettlement Scheme")
    assert {"Department of Settlement Affairs", "Northgate Housing Trust"} <= set(found)


def test_a_body_with_a_projects_head_word_listed_among_bodies_gives_no_parts(extract_text):
    """"Harbour Youth Initiative" listed with three bodies is a body the grants went to, not their project."""
    record = extract_text(
        "Recommendations\n\nThe groups recommended for grants are Eastgate Advice Centre, Wexcombe YMCA, Harbour "
        "Youth Initiative and Millbrook Church Trust.\n")
    assert not [p for p in record["projects"] if p["participants"]]


def test_a_sentence_naming_two_projects_gives_no_part_by_naming_alone(extract_text):
    record = extract_text(
        "Grants\n\nEastgate Refugee Service received £20,000 for its Day Zero Project, while Wexcombe Youth "
        "Service received £10,000 for the Open Pitch Programme.\n")
    for project in record["projects"]:
        assert "Wexcombe Youth Service" not in participants(record, project["name"]) or \
            project["name"] == "Open Pitch Programme"


def test_the_owner_of_a_named_fund_is_no_participant(extract_text):
    record = extract_text(
        "Award\n\nIn May 2019 the Union's Urban Futures Fund awarded £2m to three cities for their Open Harbour "
        "Cities Project, led by Wexcombe City Council.\n")
    found = participants(record, "Open Harbour Cities Project")
    assert "Wexcombe City Council" in found
    assert "Union" not in found


def test_this_project_is_the_last_one_whose_name_ends_in_project(extract_text):
    """The Westshire Resettlement Programme is named after the project: "This project" is still the Project."""
    record = extract_text(
        "Harbour Family Project 2018\n\nIn June 2018 Harbour Advice Centre was awarded a tender by Westshire "
        "County Council to support families in the Harbour Family Project as part of the Westshire Resettlement "
        "Programme.\n\nThis project is co-financed by the European Integration Fund and is supported by the "
        "Department of Justice and Settlement.\n")
    found = participants(record, "Harbour Family Project")
    assert found.get("European Integration Fund") == "funder"
    assert found.get("Department of Justice and Settlement") == "support"
    assert "European Integration Fund" not in participants(record, "Westshire Resettlement Programme")


def test_a_body_that_was_awarded_something_did_not_award_it(extract_text):
    record = extract_text(
        "Harbour Family Project 2018\n\nIn June 2018 Harbour Advice Centre was awarded a tender by Westshire "
        "County Council to support families in the Harbour Family Project.\n")
    assert participants(record, "Harbour Family Project").get("Harbour Advice Centre") != "funder"


def test_a_comma_after_an_opening_phrase_is_no_list(extract_text):
    record = extract_text(
        "How it works\n\nWexcombe Borough Council joined in 2019. As part of the Kestrel Integration Programme, "
        "Wexcombe Borough Council used advice from the Northgate Learning Trust.\n")
    assert "Wexcombe Borough Council" in participants(record, "Kestrel Integration Programme")


def test_a_named_week_or_crisis_is_no_project(extract_text):
    record = extract_text(
        "Refugee Week 2016\n\nDuring 2015 the ‘Harbour Crisis’ was met by acts of welcome. Sanctuary Week is a "
        "nationwide programme of arts and educational events. The Harbour Welcome Project ran a festival.\n")
    names = {p["name"] for p in record["projects"]}
    assert not {"Harbour Crisis", "Sanctuary Week"} & names
    assert "Harbour Welcome Project" in names


def test_the_project_partners_named_in_a_list_are_its_partners(extract_text):
    record = extract_text("News\n\nThe new INTEGRA project, led by Sofia Development Association, shares city "
                          "experience. The project partners Riskmonitor Foundation, Integration Center Prague and "
                          "Caritas Italiana met in Sofia for their first project meeting.")
    roles = {(x["organisation"], x["role"]) for p in record["projects"] for x in p["participants"]}
    assert {("Riskmonitor Foundation", "partner"), ("Integration Center Prague", "partner")} <= roles


def test_a_body_before_a_lower_case_project_word_owns_the_project(extract_text):
    record = extract_text("Update\n\nThe council joined the Syrian Resettlement Programme, a Home Office project "
                          "which pledged a safe haven to thousands.")
    names = {p["name"] for p in record["projects"]}
    assert "Syrian Resettlement Programme" in names
    assert "Home Office project" not in names


def test_a_project_heading_right_after_a_sentence_ending_in_a_web_address_is_no_part_of_that_sentence(
        extract_text):
    """The heading's mention starts where the sentence ends; it once crashed the extraction of the sentence."""
    record = extract_text(
        "So what has happened?\nThe Harbour Partnership's 'Open Pitch' Project has been running across the county "
        "since 1st October 2015. It was set up as part of the Union's 'Fair Futures Programme 2014-2020'.\n"
        "For more information about the project, please visit our website http://wexcombe.example.org/pitch.aspx.\n"
        " Wexcombe Welcome Project\nWexcombe City Council leads the Wexcombe Welcome Project with Eastgate Advice "
        "Centre.\n")
    assert "Wexcombe City Council" in participants(record, "Wexcombe Welcome Project")


def test_a_body_taking_part_in_a_programme_coordinated_by_an_office_named_for_it(extract_text):
    record = extract_text("Resettlement news\n\nKestrel County Council is currently participating in the National "
                          "Resettlement Programme, which is being co-ordinated by the Office of the Refugee Protection "
                          "Programme.\n")
    assert "Office of the Refugee Protection Programme" in {o["name"] for o in record["organisations"]}
    assert "Refugee Protection Programme" not in {p["name"] for p in record["projects"]}
    (programme,) = [p for p in record["projects"] if p["name"] == "National Resettlement Programme"]
    assert {(p["organisation"], p["role"]) for p in programme["participants"]} == {
        ("Kestrel County Council", "member"), ("Office of the Refugee Protection Programme", "lead")}
