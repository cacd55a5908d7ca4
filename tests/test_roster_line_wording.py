"""Roster and list lines: two bodies set apart by " / ", a body's branch after a dash, a one-word body the
gazetteer knows, and the bodies of observers, who are no members of the group that met; a group listed by its
representatives ("which includes representatives from:"), with the body that works with it, and a project when
the lead-in names it; partner lines ending in a town and a country ("Obrtničko učilište, Zagreb, Croatia");
bodies that merged; an initialism inside a name before its place. Every text, person and body here is written
for the test, but Barnardos, a real body the gazetteer lists."""
from __future__ import annotations

from test_body_list_wording import participants
from test_partnership_wording import orgs, pairs

MINUTES = (
    "Harbour Resettlement Reference Group minutes: March 2023\n\nNote of the meeting of the group on 7 March 2023.\n\n"
    "Attendees\n\n  • Ann Lowry, Kestrel Housing Trust (Chair)\n  • Ben Otway, Northgate Refugee Forum – Eastfield branch\n"
    "  • Cara Pell, Barnardos\n  • Dan Reyes, Millbrook Volunteer Centre / Eastgate Advice Centre\n"
    "  • Eve Sands, Harbour Law Centre\n\nObservers\n\n  • Finn Tate, Wexland Tax Office\n"
    "  • Gil Umber, Wexland Tax Office\n\nItems\n\nThe Chair welcomed everyone to the meeting.\n")


def test_each_body_of_a_roster_line_is_a_member_without_its_branch(extract_text):
    record = extract_text(MINUTES)
    members = participants(record, "Harbour Resettlement Reference Group")
    assert {"Northgate Refugee Forum", "Barnardos", "Millbrook Volunteer Centre", "Eastgate Advice Centre"} <= set(members)
    assert not any("branch" in name for name in orgs(record))
    people = {p["name"]: p["organisation"] for p in record["people"]}
    assert people["Dan Reyes"] == "Millbrook Volunteer Centre"


def test_observers_bodies_are_no_members_of_the_group(extract_text):
    members = participants(extract_text(MINUTES), "Harbour Resettlement Reference Group")
    assert {"Kestrel Housing Trust", "Harbour Law Centre"} <= set(members)
    assert "Wexland Tax Office" not in members


def test_a_group_listed_by_its_representatives_works_with_the_body_that_works_with_it(extract_text):
    record = extract_text(
        "Welcoming plan\n\nWexcombe City Council has been working with an advisory group, which includes representatives "
        "from:\n\n  • Harbour Economic Development Agency\n  • Citizens Advice Bureau\n  • Manawatū Chamber of "
        "Commerce\n  • Northgate Multicultural Council\n")
    found = pairs(record)
    assert frozenset(("Harbour Economic Development Agency", "Northgate Multicultural Council")) in found
    assert frozenset(("Wexcombe City Council", "Manawatū Chamber of Commerce")) in found


def test_partner_lines_with_their_town_and_country_keep_lower_case_names(extract_text):
    record = extract_text(
        "Partners\n\nThe programme is a partnership of the following organisations:\n\nKestrel Volkshochschule, "
        "Hannover, Germany\n\nCramars società cooperativa sociale, Tolmezzo, Italy\n\nObrtničko učilište, Zagreb, "
        "Croatia\n\nStichting Nieuwe Buren, Enschede, Netherlands\n")
    assert frozenset(("Cramars società cooperativa sociale", "Obrtničko učilište")) in pairs(record)
    assert not {"Tolmezzo", "Zagreb", "Enschede"} & orgs(record)


def test_bodies_that_merged_worked_together_but_not_with_the_body_they_became(extract_text):
    record = extract_text(
        "About us\n\nThe Harbour Centre was established in 2009 from the merger of Integrating Wexland and the Kestrel "
        "Network and the Northgate Information Service. The centre works across the region.\n")
    found = pairs(record)
    assert frozenset(("Integrating Wexland", "Kestrel Network")) in found
    assert not any("Harbour Centre" in pair for pair in found)


def test_an_initialism_set_inside_a_name_before_its_place(extract_text):
    record = extract_text(
        "Meeting\n\nThe session was planned with Third Sector Interface (TSI) Edinburgh, the Eastgate Advice Centre and the "
        "Kestrel Trust. "
        "TSI Edinburgh will host the next one.\n")
    (body,) = [o for o in record["organisations"] if o["name"].startswith("Third Sector")]
    assert body["name"] == "Third Sector Interface Edinburgh"
    assert "TSI Edinburgh" in body["aliases"]


def test_a_group_the_lead_in_names_is_a_project_of_its_listed_members(extract_text):
    record = extract_text(
        "Welcoming plan\n\nWexcombe City Council has been working with a Harbour Welcome advisory group, which includes "
        "representatives from:\n\n  • Harbour Economic Development Agency\n  • Citizens Advice Bureau\n"
        "  • Northgate Multicultural Council\n")
    members = participants(record, "Harbour Welcome advisory group")
    assert members == {"Wexcombe City Council": "partner", "Harbour Economic Development Agency": "member",
                       "Citizens Advice Bureau": "member", "Northgate Multicultural Council": "member"}
    assert "Wexcombe City Council" not in {p["name"] for p in record["projects"]}
