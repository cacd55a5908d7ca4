"""The record's fields on short reports written for each rule, positive and negative, and the record
of every sample report validated against schemas/record.schema.json."""
from __future__ import annotations

import json

import jsonschema
import pytest
from conftest import CORPUS, STEMS
from partnergraph.extract.resources import schema_path

SCHEMA = json.loads(schema_path("record.schema.json").read_text(encoding="utf-8"))


def names(items, key="name"):
    return [item[key] for item in items]


def test_organisations_acronyms_and_back_references(extract_text):
    record = extract_text("Annual update\n\nThe Northshire Refugee Support Network (NRSN) works with Leeds City "
                          "Council. The council funds two advisers. NRSN also met with Harbour Housing Trust.")
    orgs = {o["name"]: o["aliases"] for o in record["organisations"]}
    assert "NRSN" in orgs["Northshire Refugee Support Network"]
    assert "the council" in orgs["Leeds City Council"]
    assert "Harbour Housing Trust" in orgs


def test_generic_bodies_are_not_organisations(extract_text):
    record = extract_text("Update\n\nThe Steering Group met. Housing associations and the partnership agreed a "
                          "Working Group.")
    assert record["organisations"] == []


def test_members_in_a_list_make_a_partnership_project(extract_text):
    record = extract_text("Case study\n\nThe Riverside Migrant Forum is a partnership that brings together the "
                          "police, Jobcentre Plus, Riverside College and Hope Street Advice Centre.")
    (project,) = [p for p in record["projects"] if p["name"] == "Riverside Migrant Forum"]
    members = {p["organisation"]: p["role"] for p in project["participants"]}
    assert members == {"police": "member", "Jobcentre Plus": "member", "Riverside College": "member",
                       "Hope Street Advice Centre": "member"}


def test_lead_funder_and_partners(extract_text):
    record = extract_text("News\n\nThe Home Office awarded £2m for the 'Safe Start' project. Bristol City Council "
                          "is leading a consortium on the project, including Refugee Action and Bristol Law Centre.")
    (project,) = record["projects"]
    roles = {p["organisation"]: p["role"] for p in project["participants"]}
    assert roles == {"Home Office": "funder", "Bristol City Council": "lead", "Refugee Action": "partner",
                     "Bristol Law Centre": "partner"}
    assert record["money"][0]["amount"] == 2_000_000


def test_people_with_affiliations(extract_text):
    record = extract_text("Update\n\nMy thanks to Priya Shah from Migrant Voice for her help.\n\nPosted by\n\n"
                          "Tom Hardy")
    people = {p["name"]: p["organisation"] for p in record["people"]}
    assert people == {"Priya Shah": "Migrant Voice", "Tom Hardy": None}


def test_events_with_venue_place_and_resolved_year(extract_text):
    record = extract_text("Progress Report 01/02/2015\n\n• Tuesday 3rd March at Riverside Hall, Norwich\n"
                          "• 10th March in Ipswich (venue tbc)\n\nThe project has run since 1st May 2014.")
    events = [(e["date"], e["venue"], e["place"]) for e in record["events"]]
    assert events == [("2015-03-03", "Riverside Hall", "Norwich"), ("2015-03-10", None, "Ipswich")]
    assert record["report_date"] == "2015-02-01"


def test_figures_from_sentences(extract_text):
    record = extract_text("Update\n\n248 learners have attended classes. We will train 60 health champions. "
                          "Five volunteers were recruited. The project lasts three years.")
    figures = {(f["target"], f["delivered"]) for f in record["figures"]}
    assert figures == {(None, 248), (60, None), (None, 5)}


def test_figures_from_a_table_with_other_header_words(tmp_path, nlp):
    from partnergraph.extract.pipeline import extract_document
    from partnergraph.extract.readers import read_file

    path = tmp_path / "t.txt"
    path.write_text("Report\n\nOutput\tPlanned\tAchieved\nClasses\t10\t12\nMentors\t5\t3\n", encoding="utf-8")
    record = extract_document(read_file(path), nlp)
    assert [(f["metric"], f["target"], f["delivered"]) for f in record["figures"]] == [
        ("Classes", 10, 12), ("Mentors", 5, 3)]


def test_first_person_collaborations_belong_to_the_reporting_project(extract_text):
    record = extract_text("Harbour Integration Project\nProject Update – May 2020\n\nWe met with the Seaside "
                          "Food Bank and I sit on the Town Welcome Board.")
    pairs = {(c["a"], c["b"]) for c in record["collaborations"]}
    assert pairs == {("Harbour Integration Project", "Seaside Food Bank"),
                     ("Harbour Integration Project", "Town Welcome Board")}


def test_themes_need_more_than_a_passing_word(extract_text):
    record = extract_text("Update\n\nESOL classes and English language support grew. One housing query came in.")
    assert "language" in record["themes"] and "housing" not in record["themes"]


@pytest.mark.parametrize("stem", STEMS)
def test_sample_records_match_the_schema_and_keep_evidence(stem, nlp):
    from partnergraph.extract.pipeline import extract_document
    from partnergraph.extract.readers import read_file

    document = read_file(CORPUS / f"{stem}.txt")
    record = extract_document(document, nlp)
    jsonschema.validate(record, SCHEMA)
    for field in ("organisations", "places", "dates", "figures", "events"):
        for fact in record[field]:
            for evidence in fact["evidence"]:
                assert evidence["sentence"] and evidence["sentence"] in document.text
                assert 0 <= evidence["start"] < evidence["end"] <= len(document.text)


def test_model_path_gives_a_valid_record_too():
    from partnergraph.extract.pipeline import extract_file

    _, record = extract_file(str(CORPUS / "004_0854eb83939da139.txt"), use_model=True)
    jsonschema.validate(record, SCHEMA)
    assert "Gavan Curley" in names(record["people"])


def test_annual_report_title_names_the_partnership_and_roles_follow_the_paragraph(extract_text):
    record = extract_text(
        "Harbourside Refugee Partnership – Annual Report 2021/22\n\nIntroduction\n\nThe Harbourside Refugee "
        "Partnership (HRP) is funded by the Home Office through the Asylum Fund and is led by Bristol City "
        "Council. Partners include Refugee Action, the British Red Cross and Bristol Law Centre.\n\n"
        "Our thanks to Councillor Jane Brown from Bristol City Council. We aim to reach 500 people next year.")
    (project,) = record["projects"]
    roles = {p["organisation"]: p["role"] for p in project["participants"]}
    assert project["name"] == "Harbourside Refugee Partnership"
    assert roles["Bristol City Council"] == "lead" and roles["Home Office"] == "funder"
    assert roles["Refugee Action"] == roles["British Red Cross"] == roles["Bristol Law Centre"] == "partner"
    assert {p["name"]: p["organisation"] for p in record["people"]} == {"Jane Brown": "Bristol City Council"}
    assert (500, None) in {(f["target"], f["delivered"]) for f in record["figures"]}


def test_council_paper_wording(extract_text):
    record = extract_text(
        "Report to Cabinet – 14 September 2020\nRefugee Resettlement Programme: Progress Update\n\n"
        "This report updates Members on the UK Resettlement Scheme and the Vulnerable Persons Resettlement Scheme.\n\n"
        "Funding is provided by the Home Office for the Vulnerable Persons Resettlement Scheme. The Council plans "
        "to resettle a further 100 people by March 2021.\n\nContact: Sarah Jones, Service Manager, Housing Solutions")
    names = {p["name"] for p in record["projects"]}
    assert {"UK Resettlement Scheme", "Vulnerable Persons Resettlement Scheme", "Refugee Resettlement Programme"} <= names
    assert not any("Cabinet" in n for n in names)
    scheme = next(p for p in record["projects"] if p["name"] == "Vulnerable Persons Resettlement Scheme")
    assert {"organisation": "Home Office", "role": "funder"} in [
        {k: v for k, v in p.items() if k != "evidence"} for p in scheme["participants"]]
    assert [p["name"] for p in record["people"]] == ["Sarah Jones"]
    assert record["events"] == [] and record["report_date"] == "2020-09-14"


def test_newsletter_wording(extract_text):
    record = extract_text(
        "Welcome Network Newsletter – Spring 2023\n\nThe Bradford Refugee Forum and Horton Housing Association "
        "launched a new advice drop-in in January.\n\nUpcoming events\n"
        "• Thursday 4 May: Jobs fair at Bradford City Hall, Bradford\n"
        "• 18 May: Conversation club launch, Keighley Library, Keighley\n\n"
        "Thanks to our funders: the National Lottery Community Fund.")
    assert record["report_date"] == "2023"
    events = {(e["date"], e["venue"]) for e in record["events"]}
    assert {("2023-05-04", "Bradford City Hall"), ("2023-05-18", "Keighley Library")} <= events
    pairs = {frozenset((c["a"], c["b"])) for c in record["collaborations"]}
    assert frozenset(("Bradford Refugee Forum", "Horton Housing Association")) in pairs
    (network,) = [p for p in record["projects"] if p["name"] == "Welcome Network"]
    assert {"National Lottery Community Fund": "funder"} == {p["organisation"]: p["role"] for p in network["participants"]}


def test_case_study_with_labelled_fields(extract_text):
    record = extract_text(
        "Good practice: Welcome Mentors Scheme, Glasgow\n\nSummary\nThe Welcome Mentors Scheme matches refugees with "
        "volunteer mentors.\n\nLead organisation: Scottish Refugee Council\nPartners:\n- Glasgow City Council\n"
        "- University of Glasgow\nFunded by: The Robertson Trust\n\nResults\nThe scheme trained 85 mentors and "
        "supported 240 refugees.")
    (project,) = record["projects"]
    assert {p["organisation"]: p["role"] for p in project["participants"]} == {
        "Scottish Refugee Council": "lead", "Glasgow City Council": "partner", "University of Glasgow": "partner",
        "Robertson Trust": "funder"}
    assert {(f["metric"], f["delivered"]) for f in record["figures"]} == {("mentors", 85), ("refugees", 240)}
