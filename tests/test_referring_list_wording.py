"""Wording of set 19's and set 20's round: lists a lead-in refers back to ("These councils ... :"), lines that
each give a body and its country with no label, names that share a plural head ("North Kesteven and South
Kesteven District Councils"), attendance run into a paragraph ("Present: Jo Bloggs (Justice Hub), ..."), the
model's entity run across a list, and support given to "the project" the report is about. Every text,
person and body here is written for the test."""
from __future__ import annotations

from test_body_list_wording import participants
from test_partnership_wording import orgs, pairs


def test_a_list_whose_lead_in_refers_back_joins_the_project_named_before_it(extract_text):
    record = extract_text(
        "Councils accredited\n\nHarbour Immigration Service is congratulating four councils for their success in "
        "the Welcoming Towns programme.\n\nThese councils are the first in the country to be accredited as "
        "Welcoming Towns:\n\nWexcombe City Council\n\nEastvale District Council\n\nNorthmoor District Council\n\n"
        "Fenmoor City Council\n\nAccreditation recognises that the councils value newcomers.\n")
    members = participants(record, "Welcoming Towns programme")
    assert {"Wexcombe City Council", "Eastvale District Council", "Northmoor District Council",
            "Fenmoor City Council"} <= set(members)


def test_a_list_whose_lead_in_refers_back_with_no_project_is_an_unnamed_group(extract_text):
    found = pairs(extract_text(
        "Charter update\n\nThe charter was published in March 2024.\n\nThe following organisations have signed "
        "the charter so far:\n\nKestrel Housing Trust\n\nHarbour Law Centre\n\nMillbrook Volunteer Centre\n"))
    assert frozenset(("Kestrel Housing Trust", "Millbrook Volunteer Centre")) in found


def test_lines_of_a_body_and_its_country_with_no_label_are_partners(extract_text):
    record = extract_text(
        "Project page\n\nTraining professionals who work with refugees across Europe.\n\n"
        "Asociatia Harbour, Romania\nKestrel International, Belgium\nWelcome House, Hamburg, Germany\n"
        "Nordic Refugee Lawyers, Sweden\n")
    found = pairs(record)
    assert {"Asociatia Harbour", "Kestrel International", "Welcome House", "Nordic Refugee Lawyers"} <= orgs(record)
    assert frozenset(("Asociatia Harbour", "Nordic Refugee Lawyers")) in found
    assert frozenset(("Kestrel International", "Welcome House")) in found


def test_two_names_sharing_a_plural_head_are_two_bodies(extract_text):
    record = extract_text(
        "Resettlement update\n\nNorth Wexland and South Wexland District Councils had pledged to take further "
        "families, working with Harbour Refugee Trust.\n")
    assert {"North Wexland District Council", "South Wexland District Council"} <= orgs(record)
    assert not any(name.endswith("Councils") for name in orgs(record))


def test_a_plural_head_alone_is_no_body(extract_text):
    record = extract_text(
        "Resettlement update\n\nA Wexland Resettlement Group had been formed and was attended by the District "
        "Councils, Harbour Refugee Trust and other agencies.\n")
    assert "District Councils" not in orgs(record)


def test_attendance_run_into_a_paragraph_makes_members_of_the_group_that_met(extract_text):
    record = extract_text(
        "Harbour Valley of Sanctuary\n\nMeeting Notes\n\nWednesday 1st April 2015\n\n"
        "Present: Ann Lowry (HVoS Coordinator and chair), Ben Otway (Justice Hub), Cara Pell (Citizens Harbour/"
        "Thrive), Dan Reyes (Methodist Welcome Project), Eve Sands (Singers 4 Sanctuary), Fay Holt (Open Door "
        "Wexland).\n\n1. Apologies\n\nGil Marsh (Everyday Language Partners and treasurer), Hal Innes (Wexland "
        "Council).\n\n2. Matters arising\n\nAnn welcomed all present.\n")
    members = participants(record, "Harbour Valley of Sanctuary")
    assert {"Justice Hub", "Citizens Harbour", "Methodist Welcome Project", "Singers 4 Sanctuary",
            "Open Door Wexland", "Everyday Language Partners", "Wexland Council"} <= set(members)
    assert "Methodist Welcome Project" not in {p["name"] for p in record["projects"]}
    assert not any("Coordinator" in name for name in orgs(record))


def test_the_model_entity_across_a_list_is_split_and_a_known_name_keeps_its_article(extract_text):
    record = extract_text(
        "Sponsorship news\n\nSince then Harbour Refugees has been part of a collaborative partnership with RCOA, "
        "Save the Children, Kestrel Aid, and Amnesty on a project called the Harbour Sponsorship Initiative.\n")
    assert "Save the Children" in orgs(record)
    assert not {"Save", "Children"} & orgs(record)


def test_support_for_the_project_pairs_its_givers_with_the_reports_body(extract_text):
    text = ("Spring Newsletter\n\nHarbour Refugee Action Group is a small charity run by volunteers. This spring we "
            "opened a weekly welcome hub for families arriving under the resettlement scheme.\n\n{}\n")
    for sentence in ("Support for the project has been provided by the Wexland Community Foundation and the "
                     "Kestrel Trust.",
                     "The project is supported by the Wexland Community Foundation and the Kestrel Trust.",
                     "Support for the hub is provided by the Wexland Community Foundation and the Kestrel Trust."):
        found = pairs(extract_text(text.format(sentence)))
        assert frozenset(("Harbour Refugee Action Group", "Wexland Community Foundation")) in found, sentence
        assert frozenset(("Harbour Refugee Action Group", "Kestrel Trust")) in found, sentence


def test_names_listed_after_in_are_places_to_the_list_end(extract_text):
    record = extract_text(
        "Project news\n\nThe Harbour project partners have established four regional networks in Leitrim "
        "(Ireland), Umbria (Italy), Tuzla (Turkey) and Saxony-Anhalt (Germany) to foster exchange.\n")
    assert not {"Umbria", "Tuzla", "Saxony-Anhalt"} & orgs(record)


def test_a_meeting_is_no_body(extract_text):
    record = extract_text(
        "Partners meet\n\nFor this purpose, the partners used the Transnational Meeting to exchange ideas on a guide "
        "for networks, which is being developed by Kestrel Trust.\n")
    assert "Transnational Meeting" not in orgs(record)


def test_an_acronyms_long_form_never_runs_across_a_blank_line(extract_text):
    record = extract_text(
        "New crisis fund for migrants\n\nLaw Centre (NI) welcomes the decision by the Harbour Executive to fund "
        "the work of Kestrel Trust.\n")
    assert not any("\n" in name or "crisis fund" in name for name in orgs(record))


def test_agents_after_run_by_the_work_together_and_an_appointed_body_with_who_appointed_it(extract_text):
    found = pairs(extract_text(
        "News\n\nA pilot project run by the Harbour Foundation and Kestrel Trust in 2011-12 made a real "
        "difference. We are pleased that the Wexland Executive has appointed the Millbrook Red Cross to deliver "
        "the programme.\n"))
    assert frozenset(("Harbour Foundation", "Kestrel Trust")) in found
    assert frozenset(("Wexland Executive", "Millbrook Red Cross")) in found


PARTNERED = (
    "New Harbour Refugee Integration Delivery Project: funded projects analysis\n\nThis report details findings "
    "from projects funded through the New Harbour Refugee Integration Delivery Project.\n\nThe New Harbour Refugee "
    "Integration Delivery Project is led by the Wexland Government in partnership with Kestrel Trust, Harbour "
    "Refugee Council and the Chair for Refugee Integration through Languages and the Arts at the University of "
    "Glasgow. This project has been part funded by the European Union Asylum, Migration and Integration Fund.\n")


def test_a_project_cut_at_its_opening_word_is_the_titles_project(extract_text):
    names = {p["name"] for p in extract_text(PARTNERED)["projects"]}
    assert "New Harbour Refugee Integration Delivery Project" in names
    assert "Harbour Refugee Integration Delivery Project" not in names


def test_a_university_a_partner_sits_at_takes_no_part_itself(extract_text):
    members = participants(extract_text(PARTNERED), "New Harbour Refugee Integration Delivery Project")
    assert {"Kestrel Trust", "Harbour Refugee Council"} <= set(members)
    assert "University of Glasgow" not in members
    assert "Arts" not in members


def test_an_eu_name_before_a_known_fund_is_part_of_its_name(extract_text):
    assert "European Union Asylum, Migration and Integration Fund" in orgs(extract_text(PARTNERED))


def test_a_body_a_project_runs_with_the_support_of_supports_it(extract_text):
    members = participants(extract_text(
        "Campaign news\n\nThe Harbour Sponsorship programme has been running since 2018 and is administered by the "
        "Wexland Department of Integration, with the support of UNHCR.\n"), "Harbour Sponsorship programme")
    assert members.get("UNHCR") == "support"


def test_an_elected_members_title_is_no_body(extract_text):
    record = extract_text(
        "Funding news\n\nYasir Khan, MPP for Harbour Centre, announced $1.3 million in funding for three Harbour "
        "initiatives supporting refugee sponsorship.\n")
    assert not any(name.startswith("MPP") for name in orgs(record))


def test_accreditation_is_no_education(extract_text):
    record = extract_text(
        "Impact report\n\nOur aim is for Harbour to be formally recognised and accredited as a place of sanctuary. "
        "This year more than double the number of accredited sanctuary organisations joined, and we helped refugees "
        "find homes and jobs.\n")
    assert "education" not in record["themes"]


def test_paragraphs_opening_on_their_verb_under_a_lead_in_are_the_lead_ins_bodys(extract_text):
    found = pairs(extract_text(
        "University news\n\nThe award was given by Universities of Sanctuary.\n\nHarbour University’s support "
        "includes:\n\nHosting 53 students for study visits, through its partnership with Kestrel National University "
        "in Mykolaiv.\n\nSupporting the Wexland Asylum Seekers Support charity with a grant.\n"))
    assert frozenset(("Harbour University", "Kestrel National University")) in found
    assert frozenset(("Harbour University", "Wexland Asylum Seekers Support")) in found
    assert frozenset(("Universities of Sanctuary", "Kestrel National University")) not in found
