"""Bodies listed by their kind ("Organisations including A, B and C have joined together"): a head-first name
that runs on to its town, a name with "to" inside it, a name ending in a people noun the model calls a body,
people with their posts in the same list, and a long headline that mentions funding, which heads no list of
funders. Every text and name here is written for the test; the records come from the default pipeline."""
from __future__ import annotations

from test_partnership_wording import orgs, pairs

LAUNCH = ("News 2019\n\nCommunity groups are leading a campaign launch at the Corn Exchange. Organisations "
          "including the British Red Cross, the Federation of Voluntary Groups in Harwick, Dunmore Friends and "
          "Together Building Neighbourhoods have joined together to spearhead the project. They will be joined at "
          "the event by Jane Carter MP and Mayor Cllr Tom Ellis.\n")


def test_bodies_listed_by_their_kind_that_act_together_are_partners(extract_text):
    record = extract_text(LAUNCH)
    assert {"British Red Cross", "Dunmore Friends"} <= orgs(record)
    assert frozenset(("British Red Cross", "Dunmore Friends")) in pairs(record)


def test_a_head_first_name_keeps_its_town_and_the_list_goes_on(extract_text):
    record = extract_text(LAUNCH)
    assert "Federation of Voluntary Groups in Harwick" in orgs(record)
    assert frozenset(("Federation of Voluntary Groups in Harwick", "Dunmore Friends")) in pairs(record)


def test_people_with_their_posts_in_a_list_are_no_bodies(extract_text):
    record = extract_text(LAUNCH)
    assert not {name for name in orgs(record) if "MP" in name.split() or "Cllr" in name.split()}


def test_a_listed_name_may_hold_to(extract_text):
    record = extract_text("News 2019\n\nThe scheme is run in partnership with Bridges to Work and the Harwick "
                          "Law Centre.\n")
    assert "Bridges to Work" in orgs(record)
    assert frozenset(("Bridges to Work", "Harwick Law Centre")) in pairs(record)


def test_a_long_headline_about_funding_makes_no_one_a_funder(extract_text):
    record = extract_text(
        "Harwick Council awarded £300,000 Government funding to provide English language courses\n\n"
        "The investment will benefit the Harwick ESOL Programme. Harwick Council submitted the bid with local "
        "partners Harwick College and Dunmore Friends.\n")
    roles = {(p["organisation"], p["role"]) for project in record["projects"] for p in project["participants"]}
    assert ("Harwick College", "funder") not in roles
    assert ("Dunmore Friends", "funder") not in roles


def test_a_headline_verb_splits_a_place_from_the_group_it_set_up(extract_text):
    record = extract_text("News 2018\n\nHarwick Establishes Stakeholder Welcome Group\n\nThe Harwick Law Centre "
                          "organised the first meeting on 30 April 2018.\n")
    assert "Stakeholder Welcome Group" in orgs(record)
    assert not {name for name in orgs(record) if "Establishes" in name}



def test_partners_named_in_brackets_after_their_countries(extract_text):
    record = extract_text("News 2019\n\nThe Open Doors project is coordinated by the Harwick Youth Foundation, "
                          "with its partner organizations from Italy (Cantiere Sociale Aperto), Greece (ELPIDOS) and "
                          "Austria (Bridges to Work).\n")
    assert {"Cantiere Sociale Aperto", "ELPIDOS", "Bridges to Work"} <= orgs(record)


def test_towns_in_brackets_after_their_countries_are_no_bodies(extract_text):
    record = extract_text("News 2019\n\nThe participating countries are Hungary (Budapest), Norway (Oslo) and Italy "
                          "(Cosenza), with the Harwick Youth Foundation as coordinator.\n")
    assert not {"Cosenza", "Budapest", "Oslo"} & orgs(record)


def test_an_eu_projects_associated_partners_and_financing_labels(extract_text):
    record = extract_text("Harwick Bridges\n\nSource of financing: Eastford Social Fund\nCoordinator: Harwick "
                          "Foundation\nPartners: Dunmore Friends, Bridges to Work\nAssociated partners: Cantiere "
                          "Sociale Aperto, ELPIDOS\n\nHarwick Bridges is an EU-funded initiative for refugees.\n")
    roles = {p["organisation"]: p["role"] for project in record["projects"] for p in project["participants"]}
    assert roles.get("Cantiere Sociale Aperto") == "support"
    assert roles.get("ELPIDOS") == "support"
    assert roles.get("Eastford Social Fund") == "funder"
