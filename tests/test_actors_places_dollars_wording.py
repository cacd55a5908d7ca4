"""Towns listed after capitalised people ("128 Privately-Sponsored Refugees in A, B and C"), bodies under an
"Actors involved" heading, a unit's name after a dash that the name's shape cut short, the dollar of an
Australian state, and "workshop" as no theme. Every text and name here is written for the test."""
from __future__ import annotations

import pytest


def names(record, field="organisations"):
    return {item["name"] for item in record[field]}


def test_towns_after_capitalised_people_are_places_not_bodies(extract_text):
    record = extract_text(
        "Annual report\n\nThe Harbour Settlement Agency welcomed 300 newcomers this year, including 96 "
        "Privately-Sponsored Refugees in Kestrel Falls, Orme Harbour, Westvale, Millbrook and London.\n")
    assert {"Kestrel Falls", "Orme Harbour", "Westvale", "Millbrook"} <= names(record, "places")
    assert names(record) & {"Kestrel Falls", "Orme Harbour", "Westvale", "Millbrook"} == set()


def test_a_body_before_in_still_ends_a_list_of_places(extract_text):
    record = extract_text(
        "Members\n\nThe partners are the Association of Voluntary Organisations in Cardiff, Ormewel and "
        "Westvale Family Friends.\n")
    assert "Ormewel" not in names(record, "places")


@pytest.mark.parametrize("heading", ["Actors involved", "Partners involved", "Key partners"])
def test_bodies_under_an_actors_involved_heading_work_together(extract_text, heading):
    record = extract_text(
        "Kesby Welcome Hub\n\nThe hub helps newcomers find homes and work.\n\n"
        f"{heading}\n\n  • Gemeente Kesby\n  • Ormewonen – SME\n  • Stichting Westvale Leren - Division of "
        "English courses\n  • Vluchtelingenhulp Orme – NGO\n")
    bodies = {"Gemeente Kesby", "Ormewonen", "Stichting Westvale Leren", "Vluchtelingenhulp Orme"}
    assert bodies <= names(record)
    linked = {frozenset((c["a"], c["b"])) for c in record["collaborations"]}
    assert frozenset(("Ormewonen", "Vluchtelingenhulp Orme")) in linked


def test_a_unit_after_a_dash_leaves_its_body_named_alone(extract_text):
    record = extract_text(
        "Partners\n\n  • Kesby Refugee Network\n  • University of Westvale - Centre on Migration, Policy and "
        "Society\n  • Orme University\n")
    assert "University of Westvale" in names(record)
    assert "University of Westvale - Centre" not in names(record)


def test_the_dollar_of_an_australian_state_is_australian(extract_text):
    record = extract_text(
        "Funding boost\n\nCommunities across regional Victoria will share in new funding. The Kesby "
        "Multicultural Council was granted $920,000 over four years to work with new migrants in Victoria.\n")
    assert [(m["amount"], m["currency"]) for m in record["money"]] == [(920000, "AUD")]


def test_workshops_alone_give_no_education_theme(extract_text):
    record = extract_text(
        "Network meeting\n\nThe network met in Kesby for a workshop on welcoming newcomers. A second workshop "
        "will follow in Orme, and the two workshops will shape the network's plan.\n")
    assert "education" not in record["themes"]


def test_a_quoted_name_before_project_names_it_lower_case_words_too(extract_text):
    record = extract_text(
        "Arrivals\n\nTomorrow 40 more refugees will arrive thanks to the ‘safe harbour routes’ project. The "
        "project – made possible through an agreement with the Kesby Ministry of Home Affairs, the Orme "
        "Community Trust and the Westvale Churches Federation – plans 500 arrivals in two years.\n")
    (project,) = [p for p in record["projects"] if p["name"] == "safe harbour routes"]
    partners = {x["organisation"] for x in project["participants"] if x["role"] == "partner"}
    assert {"Kesby Ministry of Home Affairs", "Orme Community Trust"} <= partners


def test_towns_after_cities_and_a_colon_are_places(extract_text):
    record = extract_text(
        "New project\n\nThe Kesby Cities Network will coordinate the project, with the active participation of "
        "six cities: Athens, Barcelona, Brighton & Hove, Ormeby, Westvale and Utrecht.\n")
    assert {"Brighton & Hove", "Ormeby", "Westvale"} <= names(record, "places")
    assert names(record) & {"Ormeby", "Westvale", "Ormeby, Westvale"} == set()


def test_coined_names_in_brackets_after_projects_are_each_a_project(extract_text):
    record = extract_text(
        "Network news\n\nThe new project builds on earlier local integration projects (KESMIX, ORMEDIVE and "
        "WEST-Cities) run by the Kesby Cities Network.\n")
    assert {"KESMIX", "ORMEDIVE", "WEST-Cities"} <= names(record, "projects")


def test_a_heading_naming_a_project_and_its_subtitle_is_no_body(extract_text):
    record = extract_text(
        "KESBY - Welcome in the Centre\n\nWith the project KESBY, the city makes it easier for refugees to live in "
        "Orme. KESBY, an EU-funded joint project of the Orme Social Fund and the Orme Business Agency, is the "
        "city's catalyst for integration.\n")
    assert "KESBY - Welcome in the Centre" not in names(record)
    (project,) = [p for p in record["projects"] if p["name"] == "KESBY"]
    assert {x["organisation"] for x in project["participants"]} == {"Orme Social Fund", "Orme Business Agency"}


def test_money_for_a_named_undertaking_that_is_described_names_a_project_the_body_leads(extract_text):
    record = extract_text(
        "Funding boost\n\nThe Kesby Neighbourhood Centre received $60,000 over two years for Springboard, which "
        "offers coaching to break the cycle of unemployment.\n")
    (project,) = [p for p in record["projects"] if p["name"] == "Springboard"]
    assert [(x["organisation"], x["role"]) for x in project["participants"]] == [("Kesby Neighbourhood Centre", "lead")]


def test_a_fronted_lead_phrase_names_the_partnership_and_its_lead(extract_text):
    record = extract_text(
        "Funding boost\n\nAs the lead agency in the Kesby and Orme Strategic Partnership, the Kesby Multicultural "
        "Council was granted $920,000 over four years from the Community Capacity Grants program.\n\n"
        "The council’s major partners in the project include Kesby Community Health, the City of Orme and the "
        "Orme Development Association.\n")
    (project,) = [p for p in record["projects"] if p["name"] == "Kesby and Orme Strategic Partnership"]
    roles = {x["organisation"]: x["role"] for x in project["participants"]}
    assert roles["Kesby Multicultural Council"] == "lead"
    assert {"Kesby Community Health", "City of Orme", "Orme Development Association"} <= set(roles)


@pytest.mark.parametrize("sentence", [
    "The City of Kesbury has become one of the first cities in the nation to welcome refugees.",
    "The City of Kesbury submitted the required letter to the state.",
])
def test_a_city_that_becomes_or_submits_something_acts_as_a_body(extract_text, sentence):
    assert "City of Kesbury" in names(extract_text("City news\n\n" + sentence + "\n"))


def test_an_agendas_items_are_nobody(extract_text):
    record = extract_text(
        "Agenda Kesby Welcome Forum\n\nCo-Chairs Opening Remarks: Jill Orme\n\nApproval of Agenda\n\n"
        "Business Arising from Previous Minutes: Dev Westvale\n")
    assert {"Opening Remarks", "Business Arising", "Agenda Approval"} & names(record, "people") == set()
    assert "Agenda Kesby Welcome Forum" not in names(record)


def test_bodies_a_funder_lists_are_funded_by_it_though_they_share_a_project(extract_text):
    record = extract_text(
        "Press Release: Kesby Immigration Agency\n\nKesby Immigration Agency has today announced three new "
        "settlement providers. Those providers are:\n\n  • Orme Welcome Trust (Orme)\n  • Westvale Family "
        "Services (Westvale)\n  • Millbrook Support Network (Millbrook)\n\nThe providers will deliver the "
        "Family Support Programme to refugee families.\n")
    linked = {frozenset((c["a"], c["b"])) for c in record["collaborations"]}
    assert frozenset(("Kesby Immigration Agency", "Orme Welcome Trust")) in linked


def test_bodies_run_on_in_one_line_after_a_funders_lead_in_are_funded_by_it(extract_text):
    record = extract_text(
        "Press Release: Kesby Immigration Agency\n\nKesby Immigration Agency has today announced four new "
        "settlement providers. Those providers are:\n\nOrme Welcome Trust (Hamilton) Westvale Family Services "
        "(Wellington) Millbrook Support Network (Timaru) Harbourside Care (Nelson)\n\nThe providers start in "
        "July.\n")
    linked = {frozenset((c["a"], c["b"])) for c in record["collaborations"]}
    assert frozenset(("Kesby Immigration Agency", "Millbrook Support Network")) in linked


def test_a_pages_labels_are_no_bodies(extract_text):
    record = extract_text(
        "Press Release\n\nKesby Welcome Trust opens new centre\n\nDate and Time: 22 January 2024, 5 pm\n\n"
        "Time Item Description\n\nThe Kesby Welcome Trust opened its new centre with the Orme Council.\n")
    assert names(record) & {"Press Release", "Time", "Time Item Description", "Date"} == set()
    assert "Kesby Welcome Trust" in names(record)


def test_a_launched_name_an_apposition_calls_a_plan_is_a_project(extract_text):
    record = extract_text(
        "News\n\nIn March 2017, the Government of Kesby launched The Way Forward on Welcome in Kesby, a bold "
        "action plan that recognises the role newcomers will play in the province.\n")
    assert "The Way Forward on Welcome in Kesby" in names(record, "projects")
