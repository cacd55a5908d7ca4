"""Funders named by their kind and partners listed by a group's name: "the Government" or "the province" where it
funds or awards, grantees on lines under "$2.1 million to 14 organizations ... including:", "X-based" as no body,
"Along with X, the partnership includes A and B", a fund several bodies contribute to, "Foundation for England
and Wales", a possessive long form before its initialism, plural heads and a nation ending listed names, a
post and its holder after a body ("Region of X Regional Chair Y") and a member's title after a constituency,
"Funding for the project comes from A and B", "this municipality of X" and an inner "the".
Every text and name here is written for the test."""
from __future__ import annotations

from test_body_list_wording import participants
from test_partnership_wording import orgs, pairs


def test_the_government_that_awards_funding_works_with_each_body_awarded(extract_text):
    record = extract_text(
        "Harbourside projects funded\n\nAlmost €90,000 has been awarded by the government to Harbourside-based "
        "community organisations. The Kestrel Running Club has been awarded €40,000 for its outreach work.\n")
    assert "Government" in orgs(record)
    assert frozenset(("Government", "Kestrel Running Club")) in pairs(record)
    assert not any(name.endswith("-based") for name in orgs(record))


def test_the_province_providing_money_to_organizations_listed_below_funds_each(extract_text):
    record = extract_text(
        "Newcomer funding\n\nA $3 million investment by the province will help newcomers. The province is providing "
        "the other $1.2 million to three organizations for settlement projects including:\n\nNorthgate Newcomer "
        "Services Inc.\n\nEastgate Family Centre\n\nMillbrook Literacy Council\n")
    found = pairs(record)
    assert {frozenset(("Province", "Northgate Newcomer Services Inc.")),
            frozenset(("Province", "Millbrook Literacy Council"))} <= found
    assert frozenset(("Eastgate Family Centre", "Millbrook Literacy Council")) not in found


def test_the_government_refers_back_to_a_government_named_in_full(extract_text):
    record = extract_text(
        "Resettlement\n\nThe Wexland Government has pledged to resettle families. The scheme is funded by the "
        "Government and delivered by Northgate Housing Trust.\n")
    assert "Government" not in orgs(record)


def test_a_body_fronted_with_along_with_is_in_the_partnership_listed_after_it(extract_text):
    record = extract_text(
        "New programme\n\nThe Safe Harbour Programme, a three-year partnership between frontline organisations, "
        "has received funding from the Kestrel Trust. Along with Northgate Refugee Forum, the partnership includes "
        "Harbour Refugee Aid, Eastgate Advice Centre and Millbrook Day Centre.\n")
    members = participants(record, "Safe Harbour Programme")
    assert {"Northgate Refugee Forum", "Harbour Refugee Aid", "Eastgate Advice Centre", "Millbrook Day Centre"} <= set(members)
    assert members["Kestrel Trust"] == "funder"


def test_a_fund_several_bodies_contribute_to_is_a_project_they_fund(extract_text):
    record = extract_text(
        "New fund\n\nA new fund has been launched for local groups. The Harbour Welcome Fund has been contributed to "
        "by a number of leading charities including Kestrel Foundation, Northgate Trust and Millbrook Charitable "
        "Trust.\n")
    members = participants(record, "Harbour Welcome Fund")
    assert members == {"Kestrel Foundation": "funder", "Northgate Trust": "funder", "Millbrook Charitable Trust": "funder"}


def test_a_bodys_name_takes_for_and_the_places_after_its_head_word(extract_text):
    record = extract_text(
        "Funders\n\nThe work is funded by the Kestrel Bank Foundation for England and Wales and by Comic Relief.\n")
    assert "Kestrel Bank Foundation for England and Wales" in orgs(record)


def test_a_possessive_long_form_before_its_initialism_names_the_body(extract_text):
    record = extract_text(
        "Funders\n\nThe fund will be disbursed through Harbour Community Foundations’ (HCF) network of local "
        "foundations.\n")
    assert "Harbour Community Foundations" in orgs(record)


def test_plural_heads_and_a_nations_name_end_listed_bodies(extract_text):
    record = extract_text(
        "Funders\n\nThe application process will be managed by: Harbour Community Foundations for Lancashire & Merseyside, "
        "Kestrel Foundation Scotland and Northgate Community Foundation.\n")
    assert {"Harbour Community Foundations for Lancashire & Merseyside", "Kestrel Foundation Scotland",
            "Northgate Community Foundation"} <= orgs(record)


def test_a_post_and_its_holder_after_a_bodys_name_are_no_part_of_it(extract_text):
    record = extract_text(
        "Announcement\n\nThe initiative was announced jointly by Kestrel North MP Jane Dorrit and Region of "
        "Harbourside Regional Chair Samuel Leckie. \"It will help,\" said local MPP John Millbank.\n")
    assert "Region of Harbourside" in orgs(record)
    assert not {name for name in orgs(record) if "Kestrel" in name or "Leckie" in name or name == "MPP"}
    assert {"Jane Dorrit", "Samuel Leckie"} <= {p["name"] for p in record["people"]}


def test_funding_that_comes_from_bodies_makes_them_the_projects_funders(extract_text):
    record = extract_text(
        "Update\n\nThe Harbour Welcome Project started in 2019. Funding for the project comes from the Kestrel Trust "
        "and the Millbrook Foundation.\n")
    assert participants(record, "Harbour Welcome Project") == {"Kestrel Trust": "funder", "Millbrook Foundation": "funder"}


def test_people_who_came_from_a_place_name_no_funder(extract_text):
    record = extract_text(
        "Arrivals\n\nThe Harbour Welcome Project started in 2019. The first families came from Syria and were met "
        "by the Kestrel Trust.\n")
    assert "funder" not in participants(record, "Harbour Welcome Project").values()


def test_a_reference_to_this_municipality_and_an_inner_the_make_no_new_body(extract_text):
    record = extract_text(
        "Presentation\n\nThe project, which welcomes immigrants in this municipality of Alentejo, was presented at the "
        "European Committee of the Regions in Brussels. The European Committee of Regions and other partners "
        "organised the seminar.\n")
    assert "Municipality of Alentejo" not in orgs(record)
    assert [o["name"] for o in record["organisations"] if "Committee" in o["name"]] == ["European Committee of the Regions"]
