"""Members listed after the verb of a membership cue ("The councils taking part in this pilot programme are:
A, B and C"), a project named by two head words ("the X pilot program"), a body that owns the programme
named after it ("the GIZ programme Qudra"), people who come from a municipality, a capitalised word that
counts nothing, and "Article published <date>" as the report's date. Every text and name here is written
for the test."""
from __future__ import annotations

import pytest

from test_body_list_wording import participants


def test_members_listed_after_the_verb_of_a_membership_cue(extract_text):
    record = extract_text(
        "Welcoming towns\n\nThe Harbour Settlement Agency launched the Welcoming Towns programme in 2017.\n\n"
        "The councils and communities that are taking part in this pilot programme are: Kesby (Kesby City Council "
        "and Orme District Council), Westvale (Westvale District Council) and Millbrook (Millbrook City Council).\n")
    found = participants(record, "Welcoming Towns programme")
    assert {"Kesby City Council", "Orme District Council", "Westvale District Council",
            "Millbrook City Council"} <= set(found)
    assert {found[name] for name in ("Kesby City Council", "Millbrook City Council")} == {"member"}



def test_a_pilot_program_keeps_both_head_words(extract_text):
    record = extract_text(
        "Jobs plan\n\nThe minister said the Harbour Youth Pathways pilot program would help young refugees "
        "find work.\n")
    assert [p["name"] for p in record["projects"]] == ["Harbour Youth Pathways pilot program"]



def test_participants_from_a_municipality_name_it_as_a_body(extract_text):
    record = extract_text(
        "Exchange\n\nThe exchange brought together 12 participants from the City of Kestrel Bay (Malta) and "
        "refugees from the City of Orme.\n")
    names = {o["name"] for o in record["organisations"]}
    assert "City of Kestrel Bay" in names and "City of Orme" not in names


@pytest.mark.parametrize("sentence", [
    "The delegation has support from the Kesby 25 Foundation and the Orme Foundation.",
    "the city is a good home for them; and 4 WHEREAS, the city has many charitable agencies; and",
])
def test_a_capitalised_word_that_is_no_plural_counts_nothing(extract_text, sentence):
    assert extract_text("Resolution\n\n" + sentence)["figures"] == []


def test_a_capitalised_plural_still_counts(extract_text):
    (figure,) = extract_text("Update\n\nThe agency settled 120 Afghans in the city in 2022.")["figures"]
    assert figure["delivered"] == 120 and figure["unit"] == "Afghans"


def test_article_published_at_the_foot_dates_the_report(extract_text):
    record = extract_text(
        "Towns aim to make newcomers welcome\n\n" + "".join(
            f"Paragraph {n} says the agency has launched a two-year pilot with five councils to make newcomers "
            "feel welcome in their towns.\n\n" for n in range(10)) + "Article published 12th December 2017\n")
    assert record["report_date"] == "2017-12-12"


def test_a_quoted_title_then_a_dash_and_a_coined_word_gives_the_short_name(extract_text):
    record = extract_text(
        "The project «Harbour Towns Together: sharing practices on the reception of refugees» - HarTo was funded "
        "with the support of the Kestrel Foundation under the Programme \"Towns for Citizens\".\n\n"
        "Five events have been carried out within this project.\n")
    (project,) = record["projects"]
    assert "HarTo" in project["aliases"]
    assert participants(record, project["name"]) == {"Kestrel Foundation": "funder"}


def test_people_from_bodies_at_a_projects_event_make_them_members(extract_text):
    record = extract_text(
        "The Harbour Towns project brings towns together.\n\nEvent 1: the event involved 78 citizens, including "
        "13 participants from Kesby Youth Club, 5 participants from the City of Orme and Westvale Refugee Association (Malta) "
        "and 54 participants from Greece.\n")
    found = participants(record, "Harbour Towns project")
    assert {found.get(name) for name in ("Kesby Youth Club", "City of Orme", "Westvale Refugee Association")} == {"member"}
    assert "Greece" not in {o["name"] for o in record["organisations"]}


def test_a_name_cut_out_of_a_list_leaves_no_body(extract_text):
    """The page lost the town's name: "13 participants from the City of and Kesby Youth Club of ()"."""
    record = extract_text(
        "Event\n\nThe event involved 78 citizens, including 13 participants from the City of and Kesby Youth "
        "Club of (), and 5 participants from the City of Orme.\n")
    assert "City of" not in {o["name"] for o in record["organisations"]}


@pytest.mark.parametrize("sentence,metric,unit", [
    ("The programme helped more than 8,000 newcomers get the services they need.", "newcomers (more than)",
     "newcomers"),
    ("The city will welcome 14,000 refugees currently living in a camp in Thailand.",
     "refugees currently living in a camp in Thailand", "refugees"),
])
def test_a_counted_noun_ends_before_a_verb_and_its_head_is_no_adverb(extract_text, sentence, metric, unit):
    (figure,) = extract_text("Update\n\n" + sentence)["figures"]
    assert (figure["metric"], figure["unit"]) == (metric, unit)


def test_a_ministry_of_a_country_keeps_the_country(extract_text):
    record = extract_text("Project\n\nThe project is run together with the Ministry of Culture of Estonia.\n")
    assert [o["name"] for o in record["organisations"]] == ["Ministry of Culture of Estonia"]


def test_a_name_the_writer_says_is_a_network_is_one_body(extract_text):
    record = extract_text(
        "Funders respond\n\nWith the help of Harbour Funders Concerned With Migrants and Refugees, a national network "
        "of foundations that has worked on migration since 1990, the funders interviewed 60 leaders.\n")
    assert "Harbour Funders Concerned With Migrants and Refugees" in {o["name"] for o in record["organisations"]}


def test_bodies_that_attend_a_projects_meeting_take_part_in_it(extract_text):
    record = extract_text(
        "Meeting in Kesby\n\nThe meeting of the Erasmus+ project entitled “Harbour Schools Welcome – HSW” took place "
        "in Kesby from 19-22 October 2021.\n\nThe meeting was attended by the organization “Orvanta” from Belgium, "
        "the Westvale Refugee Association from Spain and the Millbrook Youth Foundation from Poland.\n")
    (project,) = record["projects"]
    found = participants(record, project["name"])
    assert {found.get(name) for name in ("Orvanta", "Westvale Refugee Association", "Millbrook Youth Foundation")} \
        == {"member"}


def test_a_post_of_a_body_known_by_its_initials_names_the_body(extract_text):
    record = extract_text(
        "Minutes\n\nThe chair welcomed everyone and introduced Dana Morrow, the new CEO of the KYMCA.\n")
    assert "KYMCA" in {o["name"] for o in record["organisations"]}


def test_money_for_a_bodys_own_quoted_undertaking_names_a_project_it_leads(extract_text):
    record = extract_text(
        "Awards announced\n\nKesby City Partnership has been awarded €16,000 for its ‘Art Link: Building Bridges Through "
        "Craft’, and Orme Youth Club will get €5,000 for their ‘Swim and Play for Children’. Another €20,000 will "
        "go to the Westvale Refugee Service for their ‘Welcome Day 1 Project’.\n")
    assert participants(record, "Art Link: Building Bridges Through Craft") == {"Kesby City Partnership": "lead"}
    assert participants(record, "Swim and Play for Children") == {"Orme Youth Club": "lead"}
    assert participants(record, "Welcome Day 1 Project") == {"Westvale Refugee Service": "lead"}



def test_a_models_name_ending_in_a_link_word_is_cut_back(extract_text):
    record = extract_text(
        "The Strategic Migration Partnership in the East Midlands was led by East Midlands Councils.\n")
    assert not [o["name"] for o in record["organisations"] if o["name"].split()[-1] in ("in", "on", "at", "to")]



def test_a_post_of_a_school_is_no_venue(extract_text):
    record = extract_text(
        "Sanctuary\n\nWorking alongside staff, Professor Dana Morrow, Head of the School of Ancient Languages, led "
        "the efforts in late 2019.\n")
    assert record["venues"] == [] and record["events"] == []


@pytest.mark.parametrize("text,project,expected", [
    # a body before a programme named head first owns it; an acronym joined by "and" is another party
    ("Study tour\n\nThe visit took place in close cooperation with the Kesby District Office, the HSA programme "
     "Veldra and UCLM.\n", "Veldra", {"HSA": "lead"}),
    # a body before a membership cue is still its subject
    ("Update\n\nThe Harbour Settlement Agency launched the Welcoming Towns programme in 2017.\n\n"
     "Kesby City Council is taking part in this programme, and the results are good.\n", "Welcoming Towns programme",
     {"Kesby City Council": "member"}),
    # a sentence saying what a name is, after a fronted phrase
    ("Sanctuary\n\nIn partnership with the Harbour Welcome Network, Colleges of Welcome is an initiative to "
     "recognise the good practice of colleges in welcoming people seeking sanctuary.\n", "Colleges of Welcome",
     {"Harbour Welcome Network": "partner"}),
    # a heading "X project update" names X, and the section under it speaks of X
    ("Core group minutes\n\nMembers agreed the minutes of the last meeting.\n\n"
     "Harbour refugee welcome delivery project update\n\n"
     "Jenny noted that an additional year of funding had been secured from the Kestrel Trust, with a focus on "
     "lived experience.\n", "Harbour refugee welcome delivery project", {"Kestrel Trust": "funder"}),
])
def test_one_bodys_part_in_a_project(extract_text, text, project, expected):
    found = participants(extract_text(text), project)
    assert {name: found.get(name) for name in expected} == expected
