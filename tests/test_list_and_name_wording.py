"""Who worked with whom, and who is a body or a person, by class of wording met in real reports of many
writers: membership and labelled partner lines, lists under a lead-in, grants and their funders, headline
and possessive names, posts before names. Every text here is written for the test."""
from __future__ import annotations

import pytest

from test_partnership_wording import orgs, pairs


def test_a_working_group_that_includes_representatives_from_listed_bodies(extract_text):
    record = extract_text(
        "Resettlement update\n\nThe programme will be steered by the Dunmore Resettlement Working Group (DRWG) that "
        "includes representatives from Dunmore County Council, Dunmore Partnership Company, Riverside Housing "
        "Association and Eastfield Education Board.\n")
    (group,) = [p for p in record["projects"] if p["name"] == "Dunmore Resettlement Working Group"]
    assert {p["organisation"] for p in group["participants"]} >= {
        "Dunmore County Council", "Riverside Housing Association", "Eastfield Education Board"}
    assert frozenset(("Dunmore County Council", "Eastfield Education Board")) in pairs(record)


def test_a_list_lead_in_ending_in_a_role_gives_only_each_items_leading_name(extract_text):
    """"at the following providers:" makes each item's first body a delivery partner; the venues an item
    names after it take no part."""
    record = extract_text(
        "Harbour ESOL project update\n\nThe Harbour ESOL Project, funded by Harbourside Borough Council, ran "
        "classes for new arrivals.\n\nBetween April and June we ran 12 cohorts at the following providers:\n\n"
        "  • Northgate Community Centre (NCC) 4 cohorts at their venue\n"
        "  • Eastside Learning Trust (ELT) 8 cohorts at different venues: Riverside Library and Oakfield Primary "
        "School\n")
    (project,) = [p for p in record["projects"] if p["name"] == "Harbour ESOL Project"]
    roles = {p["organisation"]: p["role"] for p in project["participants"]}
    assert roles.get("Northgate Community Centre") == "delivery" and roles.get("Eastside Learning Trust") == "delivery"
    assert "Oakfield Primary School" not in roles and "Riverside Library" not in roles
    assert {"Oakfield Primary School", "Riverside Library"} <= {v["name"] for v in record["venues"]}
    delivered = {(f["delivered"], f["unit"]) for f in record["figures"] if f["delivered"] is not None}
    assert {(4, "cohorts"), (8, "cohorts")} <= delivered


def test_a_headline_verb_between_two_names_gives_two_bodies(extract_text):
    record = extract_text("NWRC Opens Harbourside Migrant Centre\n\nPRESS RELEASE\n\nTHE NORTHGATE WELCOME "
                          "COUNCIL OPENS HARBOURSIDE MIGRANT CENTRE\n\nThe new centre was opened today.\n")
    names = orgs(record)
    assert "Harbourside Migrant Centre" in names or "HARBOURSIDE MIGRANT CENTRE" in names
    assert not any("Opens" in n or "OPENS" in n for n in names)


def test_a_persons_name_before_of_the_is_not_part_of_the_body(extract_text):
    record = extract_text("Launch\n\nThe launch was attended by Patrick Taran of the International Labour "
                          "Organization and by the Lord Mayor.\n")
    assert "International Labour Organization" in orgs(record)
    assert not any(n.startswith("Patrick") for n in orgs(record))


def test_partnered_with_a_and_a_known_body_gives_three_pairs(extract_text):
    record = extract_text("Annual report 2023\n\nThis year Northgate Asylum Aid partnered with Praxis and Refugee "
                          "Action on a programme of remote supervision.\n")
    assert {"Praxis", "Refugee Action"} <= orgs(record)
    assert frozenset(("Praxis", "Refugee Action")) in pairs(record)


def test_participating_organisations_in_brackets_with_their_countries(extract_text):
    record = extract_text("Project news\n\nThe meeting began with an introduction of the participating "
                          "organizations (E.K. Katerinis – Greece, Ecepaa – Belgium, AMECE – Italy).\n")
    assert {"Ecepaa", "AMECE"} <= orgs(record)
    assert frozenset(("Ecepaa", "AMECE")) in pairs(record)


def test_a_group_of_peoples_possessive_belongs_to_the_name_after_it(extract_text):
    record = extract_text("Cabinet report\n\nThe council also takes part in the Vulnerable Children’s Resettlement "
                          "Scheme, working with the Migrants’ Law Project.\n")
    assert "Vulnerable Children’s Resettlement Scheme" in {p["name"] for p in record["projects"]}


def test_a_post_before_a_name_and_a_post_alone(extract_text):
    record = extract_text("News\n\nImmigration Minister Iain Lees-Galloway announced the pilot on Friday. The Lord "
                          "Mayor attended the launch.\n")
    people = {p["name"] for p in record["people"]}
    assert "Iain Lees-Galloway" in people and "Lord Mayor" not in people


def test_a_national_government_in_lower_case_is_a_body(extract_text):
    record = extract_text("News\n\nThe Canadian government will fund the Halifax Newcomer Association.\n")
    assert "Canadian government" in orgs(record)


@pytest.mark.parametrize("text", [
    "Grants news\n\nCharitable funder Northgate Trust has awarded grants to refugee groups this year. Harbour "
    "Refugee Network received £106,500 towards counselling. Eastside Welcome Centre was awarded £98,850.\n",
    "Funding\n\nFunding includes:\n\n  • $200,000 for the Harbour Refugee Network to support new arrivals\n"
    "  • $70,000 over two years for Eastside Welcome Centre to support young people\n\n"
    "The Northgate Trust offers a variety of grant programs for community groups.\n",
])
def test_a_funder_and_the_bodies_it_gives_grants_to(extract_text, text):
    found = pairs(extract_text(text))
    assert frozenset(("Northgate Trust", "Harbour Refugee Network")) in found
    assert frozenset(("Northgate Trust", "Eastside Welcome Centre")) in found


def test_a_labelled_partner_line_takes_each_item_whole(extract_text):
    """EU project pages list partners by their own names, lower-case words included."""
    record = extract_text("Project page\n\nProgramme: Interreg Central Europe\n\nLead: Università Ca' Foscari di "
                          "Venezia\n\nPartner: Kulturno društvo Gmajna, Comune di Parma, Universität Wien, Urad Vlade "
                          "RS za oskrbo in integracijo migrantov.\n")
    assert {"Kulturno društvo Gmajna", "Comune di Parma", "Universität Wien",
            "Urad Vlade RS za oskrbo in integracijo migrantov"} <= orgs(record)
    assert frozenset(("Kulturno društvo Gmajna", "Universität Wien")) in pairs(record)


def test_a_body_describing_itself_at_the_opening_is_who_we_are(extract_text):
    record = extract_text("HARBOUR COMPANIONS ARTICLE IN THE SPONSORS NEWSLETTER\n\nSeptember 2020\n\nHarbour "
                          "Companions was established in 2018 by volunteers from the town. Several groups offered "
                          "mentoring and we decided to work with the Eastside Welcome Group as the closest match.\n")
    assert "Harbour Companions" in orgs(record)
    assert frozenset(("Harbour Companions", "Eastside Welcome Group")) in pairs(record)
    assert not any("ARTICLE" in n or "NEWSLETTER" in n for n in orgs(record))


def test_tests_and_groups_are_neither_bodies_nor_people(extract_text):
    record = extract_text("Course news\n\nLearners prepared for the International English Language Testing System "
                          "(IELTS). The Centre Users group met St Augustine’s volunteers at the Riverside Community "
                          "Centre.\n")
    assert not any("Testing System" in n for n in orgs(record))
    people = {p["name"] for p in record["people"]}
    assert "Centre Users" not in people and "St Augustine’s" not in people


def test_one_word_body_and_the_body_after_it_are_not_one_name(extract_text):
    record = extract_text("Grants\n\n$71,000 and $66,000 a year over two years for Cohealth and the Migrant "
                          "Information Centre respectively to support family violence programs.")
    names = {o["name"] for o in record["organisations"]}
    assert "Cohealth" in names
    assert not any(" and the " in name for name in names)


def test_a_capitalised_phrase_with_a_body_word_is_not_a_person(extract_text):
    record = extract_text("Refugee Week\n\nAt the Square Chapel there was the Roma Choir from Cardiff. Churches "
                          "Together in Marlow ran a stall and Sarah Jones spoke.")
    people = {p["name"] for p in record["people"]}
    assert "Sarah Jones" in people
    assert not {"Roma Choir", "Churches Together"} & people


def test_where_a_body_is_based_and_a_greeting_are_not_its_name(extract_text):
    record = extract_text("Newsletter\n\nDear Readers, welcome to our spring issue. The Troy-based Kresge "
                          "Foundation gave $100,000 to the Ministry of Ethnic Communities and the Human Rights "
                          "Commission.")
    names = {o["name"] for o in record["organisations"]}
    assert {"Kresge Foundation", "Ministry of Ethnic Communities", "Human Rights Commission"} <= names
    assert not {"Dear Readers", "Troy-based Kresge Foundation"} & names


def test_two_governments_joined_by_and_the_are_two_bodies(extract_text):
    record = extract_text("Annual report\n\nThe Association works with the Government of Newfoundland and Labrador "
                          "and the Government of Canada on settlement.")
    names = {o["name"] for o in record["organisations"]}
    assert {"Government of Newfoundland and Labrador", "Government of Canada"} <= names


def test_a_persons_initial_and_surname_before_a_body_are_not_its_name(extract_text):
    record = extract_text("Minutes\n\nAttendance: A. Fletcher (South Simcoe Police); T. Munusami (for C. "
                          "Vanderkruys Barrie Public Library); L. Wild (City of Barrie).")
    names = {o["name"] for o in record["organisations"]}
    assert "Barrie Public Library" in names
    assert not any(name.startswith("C. ") for name in names)


def test_a_government_of_a_place_of_several_words_takes_the_whole_place(extract_text):
    record = extract_text("Annual report\n\nIn March 2017, the Government of Newfoundland and Labrador launched "
                          "The Way Forward on Immigration.")
    assert "Government of Newfoundland and Labrador" in {o["name"] for o in record["organisations"]}


def test_a_defined_long_form_cut_at_its_comma_and_and_is_one_body(extract_text):
    """"Centre on Learning, Policy and Society (CLPS)": the pieces found on either side of the comma are the
    one body the acronym defines."""
    record = extract_text("Research\n\nThe Harbour Refugee Council worked with the Centre on Learning, Policy and "
                          "Society (CLPS) at the University of Wexcombe.\n")
    assert "Centre on Learning, Policy and Society" in orgs(record)
    assert not orgs(record) & {"Centre on Learning", "Policy and Society"}


@pytest.mark.parametrize("wording", ["led the project with the", "ran weekly advice sessions with",
                                     "co-hosted the Welcome Fair with"])
def test_work_done_with_a_body_named_right_after_with_is_a_collaboration(extract_text, wording):
    record = extract_text(f"Update\n\nIn 2023 the Harbour Refugee Council {wording} Northgate Law Centre.\n")
    assert frozenset(("Harbour Refugee Council", "Northgate Law Centre")) in pairs(record)


def test_with_far_from_the_verb_or_not_before_a_body_is_no_collaboration(extract_text):
    record = extract_text("Update\n\nIn 2023 the Harbour Refugee Council delivered the scheme in every ward of the "
                          "city, many of them shared with neighbours, and Northgate Law Centre gave advice.\n")
    assert frozenset(("Harbour Refugee Council", "Northgate Law Centre")) not in pairs(record)
