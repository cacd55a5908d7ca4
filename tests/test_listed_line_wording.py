"""Lines that list bodies without a sentence around them: a line of nothing but bodies (a project page's
partners with their label lost), roster lines "Name: Post, Body" under a lead-in naming the group, grant
lines "Body - Project, €5,000" under "projects awarded funding:", bodies with their countries in brackets
split by semicolons, bodies named in other languages
("Universidade do Minho", "Fundación ACSAR") and a page title set before a body's name with a dash. Every
text, person and body here is written for the test."""
from __future__ import annotations

from test_body_list_wording import participants
from test_partnership_wording import orgs, pairs


def test_a_line_of_nothing_but_bodies_names_them_as_partners(extract_text):
    record = extract_text(
        "Harbour Welcome – a project for refugees\n\nCase studies\n\nUniversidade do Minho, Kestrel Housing Trust, "
        "Fundación Harbour, Fundació Universitaria Vela and Local Council of Porto Santo\n\nHarbour Welcome trains "
        "professionals who work with refugees.\n")
    assert {"Universidade do Minho", "Kestrel Housing Trust", "Fundación Harbour", "Fundació Universitaria Vela"} \
        <= orgs(record)
    found = pairs(record)
    assert frozenset(("Universidade do Minho", "Fundació Universitaria Vela")) in found
    assert frozenset(("Kestrel Housing Trust", "Fundación Harbour")) in found


def test_bodies_with_their_countries_in_brackets_split_by_semicolons_are_partners(extract_text):
    record = extract_text("Project information\n\nProject team\n\nKreis Talheim (Germany), Leadpartner; Občina "
                          "Brezje (Slovenia); Hogeschool Veldhoven (Netherlands); Ajuntament de Vilaró (Spain); "
                          "IfR (Germany; Advisory Partner); Nordbergs kommun (Sweden)\n\nDuration of project\n\n"
                          "03/2023 – 02/2027\n")
    listed = {"Kreis Talheim", "Občina Brezje", "Hogeschool Veldhoven", "Ajuntament de Vilaró", "IfR",
              "Nordbergs kommun"}
    assert listed <= orgs(record)
    assert frozenset({"Občina Brezje", "Nordbergs kommun"}) in pairs(record)
    assert frozenset({"Kreis Talheim", "IfR"}) in pairs(record)


def test_a_sentence_naming_bodies_is_no_bare_list(extract_text):
    found = pairs(extract_text(
        "Update\n\nKestrel Housing Trust, Harbour Law Centre and Millbrook Volunteer Centre each opened a new office "
        "this year.\n"))
    assert frozenset(("Kestrel Housing Trust", "Harbour Law Centre")) not in found


ROSTER = (
    "Forum report 2024\n\nConference Planning Group\n\nThe Harbour Conference Planning Group included:\n\n"
    "Ann Lowry: Policy Adviser & HCN Co-convenor\nBen Otway: Team Leader, Wexcombe City Council\n"
    "Cara Pell: Social Policy Coordinator, City of Eastvale and HCN\nDan Reyes: Councillor, City of Northmoor\n"
    "Eve Sands: Senior Planning Officer, Wexcombe City Council\n")


def test_roster_lines_with_a_colon_are_members_of_the_group_their_lead_in_names(extract_text):
    record = extract_text(ROSTER)
    members = participants(record, "Harbour Conference Planning Group")
    assert {"Wexcombe City Council", "City of Eastvale", "HCN", "City of Northmoor"} <= set(members)
    people = {p["name"]: p["organisation"] for p in record["people"]}
    assert people["Cara Pell"] == "City of Eastvale"


def test_posts_alone_after_a_roster_name_are_no_body(extract_text):
    assert not any("Adviser" in name or "Co-convenor" in name for name in orgs(extract_text(ROSTER)))


GRANTS = (
    "Funding for Wexland organisations\n\nThe Minister today announced 124 community projects set to receive funding "
    "under the Harbour Integration Fund 2022.\n\nWexland projects awarded funding:\n\n"
    "North Wexland Intercultural Forum (NWIF) - Active Together Wexland, €5,000.\n\n"
    "Fenmoor Development Company - Community Party & Summer School, €1,400.\n\n"
    "Eastvale Community Group - Intercultural Awareness Project, €3,638.\n")


def test_grant_lines_pair_each_body_with_the_fund_and_lead_its_project(extract_text):
    record = extract_text(GRANTS)
    found = pairs(record)
    for body in ("North Wexland Intercultural Forum", "Fenmoor Development Company", "Eastvale Community Group"):
        assert frozenset(("Harbour Integration Fund", body)) in found
    assert participants(record, "Community Party & Summer School") == {"Fenmoor Development Company": "lead"}
    assert participants(record, "Intercultural Awareness Project") == {"Eastvale Community Group": "lead"}


def test_a_page_title_before_a_dash_is_no_part_of_the_body_after_it(extract_text):
    record = extract_text(
        "Opportunities for Partnerships - Municipal Association of Cumbria\n\nThe association met its members "
        "in May 2024.\n")
    assert "Municipal Association of Cumbria" in orgs(record)
    assert not any(name.startswith("Opportunities") for name in orgs(record))


def test_an_ongoing_project_is_no_project_name(extract_text):
    record = extract_text("Harbour Welcome\n\nProject Start\n\nOngoing Project\n\nHarbour Welcome trains tutors.\n")
    assert "Ongoing Project" not in {p["name"] for p in record["projects"]}


def test_a_body_providing_funding_for_a_list_works_with_each(extract_text):
    found = pairs(extract_text(
        "Update\n\nThe Welsh Government provides funding for the Harbour Law Centre, Kestrel Housing Trust and the "
        "Millbrook Centre.\n"))
    for body in ("Harbour Law Centre", "Kestrel Housing Trust", "Millbrook Centre"):
        assert frozenset(("Welsh Government", body)) in found


def test_a_round_of_a_challenge_is_no_body_and_the_challenge_is_a_project(extract_text):
    record = extract_text(
        "News\n\nNational nonprofits Harbour Immigration Council and Kestrel Housing Trust announce seed grants for "
        "six communities as part of Round IV of the Gateways for Growth Challenge.\n")
    assert not any(name.startswith("Round") for name in orgs(record))
    assert "Gateways for Growth Challenge" in {p["name"] for p in record["projects"]}


def test_a_quoted_name_after_their_project_is_a_project(extract_text):
    record = extract_text(
        "Update\n\nIn the East, the Harbour Refugee Community Association and their project ‘Creating Homes for All’ "
        "are working to deliver a range of activities.\n")
    assert "Creating Homes for All" in {p["name"] for p in record["projects"]}


def test_a_weekday_after_a_name_and_funding_are_no_part_of_a_body(extract_text):
    record = extract_text(
        "Review\n\nVolunteer Ann Lowry was interviewed on BBC Radio Leeds on Monday 18 June 2007. The projects are "
        "funded by the Home Office through Home Office Dispersal Funding. Courses reach Black and Minority Ethnic "
        "residents.\n")
    names = orgs(record)
    assert "BBC Radio Leeds" in names
    assert not any("Monday" in n or n.endswith("Funding") or n == "Minority Ethnic" for n in names)


def test_a_body_that_acts_stays_a_body_beside_the_project_named_after_it(extract_text):
    record = extract_text(
        "News\n\nThe Harbour Runners have been awarded €48,500 for their national integration project ‘Harbour "
        "Runners on the Move’, funded by the Wexland Integration Fund.\n")
    assert "Harbour Runners" in orgs(record)
    assert participants(record, "Harbour Runners on the Move").get("Harbour Runners") == "lead"


def test_a_purpose_under_a_grantees_name_line_is_the_grantees(extract_text):
    found = pairs(extract_text(
        "Latest news\n\nThe Wexland Memorial Fund has recently awarded grants to:\n\nHarbour Refugee Council\n\nTo work "
        "in partnership with the Northern Refugee Council and the Kestrel Migrant Centre on the party conferences.\n"))
    assert frozenset(("Harbour Refugee Council", "Northern Refugee Council")) in found
    assert frozenset(("Harbour Refugee Council", "Kestrel Migrant Centre")) in found


def test_where_a_body_is_based_is_not_the_body_that_works(extract_text):
    found = pairs(extract_text(
        "Update\n\nThe Institute for Social Change (ISC) is based at the University of Wexland and will work on this "
        "project with Harbour Survey Centre.\n"))
    assert frozenset(("Institute for Social Change", "Harbour Survey Centre")) in found
    assert frozenset(("University of Wexland", "Harbour Survey Centre")) not in found


def test_the_last_of_a_comma_list_splits_where_both_sides_are_whole_names(extract_text):
    names = orgs(extract_text(
        "Update\n\nThere were many partners. These include Wexland County Council, Harbour Green Trust, Doras Mór and "
        "Wexland Offaly Education and Training Board. Partners also include Kestrel Housing Trust, Nottingham and "
        "Nottinghamshire Refugee Forum.\n"))
    assert {"Doras Mór", "Wexland Offaly Education and Training Board",
            "Nottingham and Nottinghamshire Refugee Forum"} <= names


def test_a_body_whose_short_name_opens_the_groups_leads_it(extract_text):
    record = extract_text(
        "Forum report - Municipal Association of Cumbria (MAC)\n\nThe MAC Multicultural Planning Group included:\n\n"
        "Ben Otway: Team Leader, Wexcombe City Council\nCara Pell: Policy Coordinator, City of Eastvale\n"
        "Dan Reyes: Councillor, City of Northmoor\n")
    members = participants(record, "MAC Multicultural Planning Group")
    assert members.get("Municipal Association of Cumbria") == "lead"
    assert members.get("City of Eastvale") == "member"
