"""Names that are no bodies or people: an acronym the report defines as a grant or programme, a known place
in capitals, and a name running into the end of a text cut off mid-word. Every text and name here is
written for the test."""
from __future__ import annotations

import pytest

from test_partnership_wording import orgs


def people(record) -> set[str]:
    return {p["name"] for p in record["people"]}


def test_an_acronym_defined_as_a_grant_is_no_body(extract_text):
    record = extract_text(
        "Youth programme funding\n\nThe Harbour Youth Project at Wexcombe City College (WCC) has been awarded "
        "Newcomer School Support Grant (NSSG) funding for 2019 from the Westshire Department of Social Services.\n")
    assert "NSSG" not in orgs(record)
    assert {"Wexcombe City College", "Westshire Department of Social Services"} <= orgs(record)


def test_a_known_place_in_capitals_is_no_body(extract_text):
    record = extract_text("IPSWICH\n\nNews from the Ipswich Refugee Support Group. We met the Suffolk Council for "
                          "Voluntary Service in IPSWICH in March 2019.\n")
    assert "IPSWICH" not in orgs(record)
    assert "Ipswich Refugee Support Group" in orgs(record)


def test_a_body_cut_off_by_the_end_of_the_text_is_left_out(extract_text):
    record = extract_text("Spring update\n\nThe project is delivered in partnership with Bramley Refugee Council "
                          "and Wexcombe Borough Co")
    assert orgs(record) == {"Bramley Refugee Council"}


def test_a_person_cut_off_by_the_end_of_the_text_is_left_out(extract_text):
    record = extract_text("Spring update\n\nThe project is delivered in partnership with Bramley Refugee Council. "
                          "Our thanks for the help with this year's events go to Councillor Margaret Hollin")
    assert "Margaret Hollin" not in people(record)


def test_a_name_at_the_end_of_a_finished_text_stays(extract_text):
    record = extract_text("Spring update\n\nOur thanks go to Councillor Margaret Hollington.\n")
    assert "Margaret Hollington" in people(record)


def test_part_of_a_projects_name_is_no_body_but_an_owners_name_is(extract_text):
    record = extract_text(
        "Programme update\n\nThe Harbour ESOL and Work Support project helped 40 adults. Learners joined Work "
        "Support sessions each week. The City of Wexcombe Refugee Resettlement Program is run by the City of "
        "Wexcombe with the Northgate Housing Trust.\n")
    assert "Work Support" not in orgs(record)
    assert "City of Wexcombe" in orgs(record)


def test_a_long_numbered_paragraph_cut_mid_word_loses_its_fragment(extract_text):
    record = extract_text(
        "Decision\n\n1. That the Cabinet delegates authority to the Head of Communities to work with Bramley "
        "Borough Council and Wexcombe District Council to plan for the collective delivery of the resettlement "
        "programme, which would coordinate the approach for supporting families across the county, with "
        "Westshire Borough Co")
    assert {"Bramley Borough Council", "Wexcombe District Council"} <= orgs(record)
    assert not any(name.startswith("Westshire") for name in orgs(record))


def test_a_name_split_at_an_ampersand_joins_its_full_form(extract_text):
    record = extract_text(
        "Resettlement\n\nHarbour County Council was asked by the Department of Welfare and Equality to lead the "
        "programme.\n\nThe programme will be steered by the Harbour Resettlement Working Group that includes "
        "representatives from Harbour County Council (Housing), Harbour Partnership Company, HSE, Department of "
        "Social Protection, and Department of Welfare & Equality.\n")
    assert "Department of Welfare" not in orgs(record)
    assert "Department of Welfare and Equality" in orgs(record)


def test_one_body_named_whole_and_with_its_acronym_is_listed_once(extract_text):
    record = extract_text(
        "Decision\n\nThe council will work with Bramley West and Chester (BWaC), and Wexcombe Borough Council to "
        "plan the delivery of the programme.\n")
    names = [o["name"] for o in record["organisations"]]
    assert names.count("Bramley West and Chester") == 1


def test_words_of_a_heading_set_in_capitals_are_no_body(extract_text):
    record = extract_text(
        "WEXCOMBE COUNTY COUNCIL\n\nMinutes of the meeting of 3 May 2022.\n\n10. FORWARD PLAN OF KEY DECISIONS\n\n"
        "Members noted the plan.\n\n11. REPORT FOR CONSIDERATION BY SCRUTINY\n\nMembers noted the report.\n")
    names = {o["name"] for o in record["organisations"]}
    assert not names & {"KEY DECISIONS", "CONSIDERATION", "SCRUTINY", "FORWARD PLAN"}
    assert "WEXCOMBE COUNTY COUNCIL" in names


def test_a_plural_honorific_and_an_acting_post_open_no_bodys_name(extract_text):
    record = extract_text(
        "Minutes\n\nApologies for absence were received from Councillors Hartley, Pennock and Ravel.\n\n"
        "12. REPORT OF THE ACTING DIRECTOR OF LOCAL SERVICES AND HOUSING\n\nMembers noted the report.\n")
    names = {o["name"] for o in record["organisations"]}
    assert not any(name.startswith(("Councillors", "ACTING", "LOCAL SERVICES")) for name in names)


def test_workers_an_award_of_the_year_and_a_logo_are_no_bodies(extract_text):
    record = extract_text(
        "Awards\n\nThe group will employ two Resettlement Support Workers. The scheme won Community Project of the "
        "Year at the Harbour Awards. Funded by Kestrel Postcode Trust.\n\nKestrel Postcode Trust Logo\n")
    names = {o["name"] for o in record["organisations"]}
    assert not any(name.endswith(("Workers", "Year", "Logo")) for name in names)


def test_a_strategy_with_its_years_a_street_and_kinds_of_body_are_not_bodies(extract_text):
    record = extract_text("News\n\nOffaly County Council launched the Offaly Migrant Integration Strategy 2020 "
                          "with local NGOs. The drop-in moved to St Matthews Street. Families were granted "
                          "Indefinite Leave to Remain with help from Refugee Action.")
    names = {o["name"] for o in record["organisations"]}
    assert {"Offaly County Council", "Refugee Action"} <= names
    assert not {"Offaly Migrant Integration Strategy 2020", "NGOs", "St Matthews Street", "Indefinite Leave"} & names


def test_a_legal_form_makes_a_body_and_state_abbreviations_are_places(extract_text):
    record = extract_text("Welcome Treff\n\nThe project is run by the Volunteer Agency Halle-Saalkreis e.V. in "
                          "Halle. Services are offered across NSW and QLD by Settlement Services International.")
    assert not record["people"]
    assert {"NSW", "QLD"} <= {p["name"] for p in record["places"]}
    assert not {"NSW", "QLD"} & {o["name"] for o in record["organisations"]}


def test_levels_of_government_in_general_are_not_bodies(extract_text):
    record = extract_text("Annual report\n\nThe Association for New Canadians has been preparing for more "
                          "arrivals from initiatives launched by both the Federal and Provincial Governments.")
    names = {o["name"] for o in record["organisations"]}
    assert "Association for New Canadians" in names
    assert not {"Federal", "Provincial Governments", "Federal and Provincial Governments"} & names


def test_the_after_a_names_word_starts_another_name(extract_text):
    """"For the KRS the Council had contracted": "the" after a name's word (not after of/for/and) ends it."""
    record = extract_text("Minutes\n\nFor the KRS the Harbour Council had contracted a provider. Friends of the "
                          "Earth gave advice. So did the Department for the Economy.\n")
    found = {o["name"] for o in record["organisations"]}
    assert not [name for name in found if "KRS the" in name]
    assert {"Friends of the Earth", "Department for the Economy"} <= found


def test_a_post_alone_is_no_body(extract_text):
    record = extract_text("Minutes\n\nThe Deputy Chief Executive submitted a report proposing that the Harbour "
                          "Council continue to work with Northgate Law Centre.\n")
    found = {o["name"] for o in record["organisations"]}
    assert "Harbour Council" in found and not {"Chief Executive", "Deputy Chief Executive"} & found


def test_one_capitalised_abstract_noun_is_a_topic_not_a_body(extract_text):
    record = extract_text("Funding\n\n£50,000 in targeted funding for two of the highest priority areas: ESOL and "
                          "Employability. Harbour Council worked with Northgate Law Centre and Integration, with funding from the "
                          "Government.\n")
    found = orgs(record)
    assert {"Harbour Council", "Government"} <= found and not {"Employability", "Integration"} & found


def test_a_bodys_possessive_before_a_name_keeps_the_body_alone(extract_text):
    """"the Government’s Refugee Resettlement Schemes", "the University of Wexcombe’s Sanctuary Unit": the
    owner is the body; "The Children’s Society" keeps its possessive."""
    record = extract_text("Report\n\nThe council will continue in the Government’s Refugee Resettlement Schemes. "
                          "The University of Wexcombe’s Sanctuary Seekers Unit runs courses. The Children’s Society "
                          "helped.\n")
    found = orgs(record)
    assert {"Government", "University of Wexcombe", "Children’s Society"} <= found
    assert not [name for name in found if "’s " in name and name != "Children’s Society"]


def test_an_editors_brackets_end_a_name(extract_text):
    record = extract_text("Welcoming Newcomers\n\n[The Harbour Cultural Learner Centre] HCLC, along with Harbour "
                          "Muslim Mosque, are doing a wonderful job.\n")
    names = {o["name"] for o in record["organisations"]}
    assert "Harbour Cultural Learner Centre" in names
    assert not [name for name in names if "[" in name or "]" in name]


def test_a_posts_unit_run_into_its_bodys_name_is_not_a_longer_name_of_the_body(extract_text):
    """"General Manager Refugee and Migrant Services Harbour Immigration Agency": no comma after the unit."""
    record = extract_text(
        "News\n\nHarbour Immigration Agency (HIA) has announced a new partnership with Eastford Welcome Trust.\n\n"
        "“We are delighted,” says Ana Ruiz, General Manager Refugee and Migrant Services Harbour Immigration "
        "Agency.\n")
    names = {o["name"] for o in record["organisations"]}
    assert "Harbour Immigration Agency" in names
    assert not any(n.endswith("Services Harbour Immigration Agency") for n in names)


def test_a_known_bodys_name_is_not_cut_by_a_name_running_on_from_its_possessive(extract_text):
    """"Citizenship and Immigration Canada's Local Immigration Partnership": the gazetteer's body stays whole."""
    record = extract_text("Report\n\nThe council supports applications for funding from Citizenship and Immigration "
                          "Canada's Local Immigration Partnership (LIP) program.\n")
    names = {o["name"] for o in record["organisations"]}
    assert "Citizenship and Immigration Canada" in names
    assert "Citizenship" not in names


def test_a_name_in_capitals_opening_one_longer_body_name_is_its_short_form(extract_text):
    record = extract_text("Report\n\nBoth KESTREL Family and Community Services and the Harbour Trust applied. "
                          "KESTREL has run settlement services since 1999.\n")
    bodies = {o["name"]: o["aliases"] for o in record["organisations"]}
    assert "KESTREL" not in bodies
    assert "KESTREL" in bodies["KESTREL Family and Community Services"]


def test_a_grant_named_after_its_funder_is_no_body_and_leaves_the_funder(extract_text):
    record = extract_text("Minutes\n\nThe Council had claimed a Home Office Refugee Resettlement Grant for each "
                          "refugee relocated. The Council had committed to resettling three families.\n")
    names = {o["name"] for o in record["organisations"]}
    assert "Home Office" in names
    assert not any(n.endswith("Grant") for n in names)


def test_a_council_posts_portfolio_without_a_link_word_is_no_body(extract_text):
    record = extract_text("Minutes\n\nThe Chief Officer Finance Performance and Change reported on the Council's "
                          "refugee schemes. The Chief Officer Finance Performance and Change informed Cabinet of "
                          "the families resettled.\n")
    assert "Change" not in {o["name"] for o in record["organisations"]}


def test_a_saints_possessive_is_part_of_the_bodys_name(extract_text):
    record = extract_text("News\n\nSt Bede’s Housing Trust has worked in partnership with Eastford Council since "
                          "2019.\n")
    assert "St Bede’s Housing Trust" in {o["name"] for o in record["organisations"]}


def test_a_quoted_state_of_affairs_in_the_opening_line_is_no_project(tmp_path):
    """"the ‘Refugee Crisis’" in a report's first line: a crisis is no project, and so no author either."""
    from partnergraph.extract.facts.titles import title_project
    from partnergraph.extract.readers import read_file

    path = tmp_path / "report.txt"
    path.write_text("During 2015, the ‘Refugee Crisis’ was met by acts of welcome across Europe.\n\nThe exhibition "
                    "was funded by the Harbour Health Lottery.\n", encoding="utf-8")
    assert title_project(read_file(path)) is None


@pytest.mark.parametrize("line,places", [
    ("CALGARY, AB (December 15, 2015) — Westgate Church welcomed a family.", {"Calgary", "AB"}),
    ("date 2023-12-19 HARRISONBURG, Va. (WHSV) - The library helps refugees.", {"Harrisonburg", "Va."}),
])
def test_a_news_datelines_town_in_capitals_and_its_region_are_places(extract_text, line, places):
    assert places <= {p["name"] for p in extract_text(f"News\n\n{line}\n")["places"]}


def test_a_surname_in_capitals_and_an_initial_make_no_dateline(extract_text):
    record = extract_text("Minutes\n\nPresent:\nPRIDDY, J. (Chair)\nOKAFOR, T. - Treasurer\n")
    assert not {"Priddy", "Okafor", "J.", "T."} & {p["name"] for p in record["places"]}


def test_a_body_named_with_and_after_run_by_is_one_body_but_two_people_stay_two(extract_text):
    record = extract_text("News\n\nThe pilot was run by Jane Smith and John Brown from the charity.\n\nThe project "
                          "run by the Harbourshire and Quayford CCG now forms part of the service.\n")
    assert "Harbourshire and Quayford CCG" in orgs(record)
    assert not {"Jane Smith and John Brown", "Harbourshire", "CCG"} & orgs(record)


def test_capitalised_plans_structures_and_decisions_are_no_bodies(extract_text):
    """The model may call capitalised plans, their parts and a decision's status organisations: "Integration
    Strategies", "Public Participation Network Structures", "Recommendations Determined"."""
    record = extract_text("Harbour County Council\n\nDecision status: Recommendations Determined\n\nThe national "
                          "strategy commits local authorities to develop Integration Strategies and establish Migrant "
                          "Forums through existing Public Participation Network Structures. Harbour County Council "
                          "will lead the work.\n")
    found = orgs(record)
    assert "Harbour County Council" in found
    assert not {"Integration Strategies", "Public Participation Network Structures", "Recommendations Determined"} & found


def test_a_partner_named_head_first_in_title_case_keeps_its_capitalised_link_words(extract_text):
    """EU partner lists write names in title case: "Association Bureau For Integration And Social
    Innovations" is one body (a headline's "Changes To Refugee Settlement Service" is none)."""
    record = extract_text("Partnership\n\nPartnership\n\nEurocities Harbour Asbl, Association Bureau For Integration "
                          "And Social Innovations, Comune Di Westmarch, Stadt Northgate.\n\nChanges To Refugee "
                          "Settlement Service\n\nThe service changed in May.\n")
    found = orgs(record)
    assert "Association Bureau For Integration And Social Innovations" in found
    assert "Changes To Refugee Settlement Service" not in found


def test_two_bodies_joined_by_and_split_where_the_text_names_the_first_on_its_own(extract_text):
    """"Kestrel Assist and Harbour Settlement Services" is two bodies where "Kestrel Assist" acts alone elsewhere;
    "Immigration, Refugees and Citizenship Canada" stays one though its minister's post repeats part of it."""
    record = extract_text("Meeting notes\n\nKestrel Assist gave an update. The program is run by Kestrel Assist and "
                          "Harbour Settlement Services. The Minister of Immigration, Refugees and Citizenship welcomed "
                          "it, and Immigration, Refugees and Citizenship Canada will fund it.\n")
    found = orgs(record)
    assert {"Kestrel Assist", "Harbour Settlement Services"} <= found
    assert "Kestrel Assist and Harbour Settlement Services" not in found
    assert "Immigration, Refugees and Citizenship Canada" in found


def test_people_listed_before_lead_as_a_verb_name_no_body(extract_text):
    """"A, B and C lead a team": "lead" is the verb, not a post after a body's name."""
    record = extract_text("News\n\nCiara McCluskey, Maryam Uti and Maxwell Nnoli lead a team preparing for the "
                          "Kestrel Run.\n")
    assert not [o for o in record["organisations"] if "Maryam" in o["name"]]


def test_two_names_each_ending_in_a_head_word_joined_by_and_are_two_bodies(extract_text):
    record = extract_text("News\n\nThe group approached Harbour United Church and Kestrel Family Services to "
                          "become partners. The Department of Health and Human Services funds it.\n")
    names = {o["name"] for o in record["organisations"]}
    assert {"Harbour United Church", "Kestrel Family Services", "Department of Health and Human Services"} <= names


def test_a_grant_named_after_for_is_no_part_of_the_funders_name(extract_text):
    """"the grant from the Governor's Office of Business and Economic Development for the Kestrel Inclusion
    Grant": what the money is for ends the body's name; a body's own "for ..." stays in it."""
    record = extract_text("Agenda\n\nAccept the $161,872.12 grant from the Governor’s Office of Business and Economic "
                          "Development for the Kestrel Immigrant Integration and Inclusion Grant. The research is led "
                          "by the Hellenic Foundation for European and Foreign Policy.\n")
    assert {"Office of Business and Economic Development", "Hellenic Foundation for European and Foreign Policy"} \
        <= orgs(record)


def test_a_dateline_dash_ends_the_place_and_a_number_ends_the_name(extract_text):
    """"LANCASTER, PA–Kestrel-Harbour Intermediate Unit 13’s program": the en dash after a dateline splits words
    (a hyphen still joins them), and a number after a body's head word is part of its name."""
    record = extract_text("News\n\nLANCASTER, PA–Kestrel-Harbour Intermediate Unit 13’s Community Education program, in "
                          "partnership with Church World Service, received a grant.\n")
    assert "Kestrel-Harbour Intermediate Unit 13" in orgs(record)
