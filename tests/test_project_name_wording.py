"""Project names the wording gives: "X (XS) was the UK's first national programme", a coined one-word name
beside a lower-case project word ("the EU project SIforNEW", "the KESTREL project consortium"), a body's
name that holds a project's acronym, and a project named by a defined short form. Every text and name here
is written for the test."""
from __future__ import annotations

from test_body_list_wording import participants


def project_names(record) -> set[str]:
    return {name for p in record["projects"] for name in [p["name"], *p["aliases"]]}


def test_a_sentence_saying_its_subject_was_a_programme_names_a_project(extract_text):
    record = extract_text(
        "Evaluation\n\nThe Family Harbour Support Service (FHSS) was the country's first national programme of "
        "family support. It was delivered by Northgate Housing Trust in partnership with Eastgate Advice Centre.\n")
    assert "Family Harbour Support Service" in project_names(record)
    assert {"Northgate Housing Trust", "Eastgate Advice Centre"} <= set(participants(record, "Family Harbour Support Service"))


def test_a_coined_name_after_a_lower_case_project_word_is_a_project(extract_text):
    record = extract_text(
        "News\n\nThe aim of the EU project SIforNEW is to help towns welcome newcomers.\n\n"
        "Lead: Wexcombe University\n\nPartner: Comune di Millbrook, Harbour Town Council\n")
    assert "SIforNEW" in project_names(record)
    assert "EU project" not in project_names(record)
    assert {"Wexcombe University", "Harbour Town Council"} <= set(participants(record, "SIforNEW"))


def test_a_coined_name_before_a_lower_case_project_word_is_used_without_it_too(extract_text):
    record = extract_text("News\n\nOn 14 May 2021 the KESTREL project consortium met online in Wexcombe.\n")
    assert {"KESTREL project", "KESTREL"} <= project_names(record)


def test_a_subject_acronym_before_a_project_word_names_no_project(extract_text):
    record = extract_text("News\n\nThe ESOL project helps women learn English at the Millbrook Centre.\n")
    assert "ESOL" not in project_names(record)


def test_a_bodys_name_that_holds_a_projects_acronym_is_a_body(extract_text):
    record = extract_text(
        "Resettlement\n\nThe Kestrel Resettlement Programme (KRP) brings families to Wexcombe. The project is "
        "managed by the Wexcombe KRP Multi-Agency Task Group.\n")
    assert "Wexcombe KRP Multi-Agency Task Group" in {o["name"] for o in record["organisations"]}
    assert "Wexcombe KRP Multi-Agency Task Group" in participants(record, "Kestrel Resettlement Programme")


def test_a_project_named_by_a_defined_short_form_keeps_the_long_form_and_is_no_body(extract_text):
    record = extract_text(
        "Funding\n\nFamilies are supported through the Harbour Welcome and Settlement Support (HWSS) program. "
        "The HWSS program is funded by the Department of Home Affairs.\n")
    assert "Harbour Welcome and Settlement Support" in project_names(record)
    assert "Harbour Welcome and Settlement Support" not in {o["name"] for o in record["organisations"]}


def test_a_long_labelled_partner_line_keeps_its_last_partner_whole_and_programme_is_the_funder(extract_text):
    partners = ", ".join(f"Kestrel Harbour Association Number {n}" for n in ("One", "Two", "Three", "Four", "Five",
                                                                              "Six", "Seven", "Eight", "Nine", "Ten"))
    record = extract_text(
        "News\n\nThe aim of the EU project SIforNEW is to help towns welcome newcomers.\n\n"
        "Programme: Interreg Northern Shores\n\n"
        f"Partner: {partners}, Beauftragter des Senats von Berlin für Integration und Migration.\n")
    found = participants(record, "SIforNEW")
    assert "Beauftragter des Senats von Berlin für Integration und Migration" in found
    assert found.get("Interreg Northern Shores") == "funder"


def test_a_project_word_before_another_capitalised_word_ends_no_project(extract_text):
    record = extract_text(
        "Update\n\nIn June 2016 the council resettled 18 Syrian Programme Refugee families in Wexcombe as part of "
        "the Kestrel Refugee Protection Programme.\n")
    assert "Syrian Programme" not in project_names(record)
    assert "Kestrel Refugee Protection Programme" in project_names(record)


def test_to_joins_the_words_of_a_projects_name_but_a_link_before_a_lower_case_head_ends_none(extract_text):
    record = extract_text(
        "Welcome packs\n\nNorthgate Housing Trust delivers the Routes to Settlement Programme in Wexcombe. Central "
        "to the project is the welcome pack.\n")
    names = project_names(record)
    assert "Routes to Settlement Programme" in names
    assert not any(name.startswith("Central") for name in names)


def test_a_kind_of_lead_before_a_projects_name_is_part_of_it_but_a_backing_body_is_not(extract_text):
    record = extract_text(
        "Jobs\n\nThe Government will fund the Employer-led Refugee Employment Project in Wexcombe. Separately, "
        "a Council-led Welcome Programme began in May.\n")
    names = project_names(record)
    assert "Employer-led Refugee Employment Project" in names
    assert not any(name.startswith("Council-led") for name in names)


def test_the_project_named_after_the_word_project_at_a_sentence_start(extract_text):
    record = extract_text(
        "Final report\n\nThe project Welcome to Wexcombe, was funded with the support of the European Union.\n"
        "The event involved 65 citizens, including 4 participants from the Harbour Training Centre.\n")
    names = project_names(record)
    assert "Welcome to Wexcombe" in names
    assert "Harbour Training Centre" not in names


def test_a_national_scheme_named_in_lower_case_after_a_nationality_is_a_project(extract_text):
    record = extract_text(
        "Cabinet\n\nThe Cabinet received an update on the Syrian refugee resettlement scheme and agreed to take "
        "three families under the UK resettlement scheme. The new scheme starts in May.\n")
    names = project_names(record)
    assert {"Syrian refugee resettlement scheme", "UK resettlement scheme"} <= names
    assert not any(name.lower().startswith("new") for name in names)


def test_a_meeting_of_the_project_is_not_part_of_its_name(extract_text):
    record = extract_text("News\n\nThe Interim Meeting of the CONNECTION project, co-financed by the Asylum, "
                          "Migration and Integration Fund, took place on 14 September 2021 in Brussels.")
    assert "CONNECTION project" in project_names(record)
    assert not [name for name in project_names(record) if "Meeting" in name]


def test_where_a_project_works_is_part_of_its_name(extract_text):
    """"the Advice Services in Wales project": "Advice Services" is no body owning a "Wales project"."""
    record = extract_text(
        "Funding\n\nFunding is also provided for the Advice Services in Wales project which is led by the "
        "Northgate Refugee Council in partnership with the Harbour Institute.\n")
    assert "Advice Services in Wales project" in project_names(record)
    assert {"Northgate Refugee Council", "Harbour Institute"} <= set(
        participants(record, "Advice Services in Wales project"))


def test_a_program_the_text_calls_a_unit_of_a_body_is_a_body(extract_text):
    """"The Harbour Refugee Services Program (HRSP) – a unit within the Harbour Department of Human Services –":
    a program word in a name the text calls part of a body names that body, not a project."""
    record = extract_text("Grants\n\nThe Harbour Refugee Services Program (HRSP) – a unit within the Harbour "
                          "Department of Human Services – created the fund. HRSP received the funding from the "
                          "federal Office of Refugee Resettlement.\n")
    assert "Harbour Refugee Services Program" in {o["name"] for o in record["organisations"]}
    assert "Harbour Refugee Services Program" not in {p["name"] for p in record["projects"]}


def test_at_may_join_the_words_of_a_project_name(extract_text):
    record = extract_text("Update\n\nLast year our Learning at Home programme enabled 140 people to learn English.\n")
    assert "Learning at Home programme" in {p["name"] for p in record["projects"]}


def test_a_plural_project_word_after_a_list_of_coined_names_makes_each_a_project(extract_text):
    """"as part of its LINC, ISAP and HOST programs": three programmes, none of them a body."""
    record = extract_text("News\n\nThe Harbour Ministry funds settlement services as part of its EASTLINK, NEWSTEP "
                          "and HOMEBASE programs.\n")
    projects = {p["name"]: {q["organisation"] for q in p["participants"]} for p in record["projects"]}
    assert {"EASTLINK", "NEWSTEP", "HOMEBASE"} <= set(projects)
    assert all("Harbour Ministry" in projects[name] for name in ("EASTLINK", "NEWSTEP", "HOMEBASE"))
    assert not {"EASTLINK", "NEWSTEP", "HOMEBASE"} & {o["name"] for o in record["organisations"]}


def test_services_for_whom_they_serve_name_one_programme_and_no_body(extract_text):
    """"Supplemental Services for Recently Arrived Refugees Program": who the services are for is part of the
    name; "the Supplemental Services program" is the same programme named short."""
    record = extract_text("Annual report\n\nThe Harbour Services for Newly Arrived Families Program provides "
                          "services to families. The Harbour Services program funded 15 grant projects in 2010.\n")
    assert "Harbour Services for Newly Arrived Families Program" in project_names(record)
    assert "Harbour Services" not in {o["name"] for o in record["organisations"]}


def test_two_long_names_joined_by_and_the_are_both_found_whole(extract_text):
    record = extract_text("Highlights\n\nCatholic Aid Eastford Refugee and Immigration Services and the City of "
                          "Northgate Refugee Services served a total of 1,041 families.\n")
    names = {o["name"] for o in record["organisations"]}
    assert {"Catholic Aid Eastford Refugee and Immigration Services", "City of Northgate Refugee Services"} <= names


def test_after_the_every_capitalised_word_is_the_project_names(extract_text):
    """"Supporting" and "New" open headings and are trimmed there; after "the" they are the name's."""
    record = extract_text("Update\n\nThe council's aim for the Supporting New Families in Falkirk project was to "
                          "build confidence in English.\n")
    assert "Supporting New Families in Falkirk project" in project_names(record)


def test_a_sentence_quoted_in_a_title_is_no_project(extract_text):
    record = extract_text("Refugee resettlement: ‘Volunteers are the heart of our work’\n\nThe Eastford Refugee "
                          "Council showed the value of volunteers.\n")
    assert not [p for p in record["projects"] if "Volunteers" in p["name"]]


def test_one_quoted_word_after_called_is_a_projects_name(extract_text):
    record = extract_text(
        "Our work in Wales\n\nAll our projects are called ‘Cynefin’ (meaning ‘habitat’ in Welsh). The first phase "
        "of Cynefin was funded by the Kelvin Trust and delivered in partnership with the Wexcombe Red Cross.\n")
    project = next(p for p in record["projects"] if p["name"] == "Cynefin")
    assert {"Kelvin Trust", "Wexcombe Red Cross"} <= {p["organisation"] for p in project["participants"]}


def test_a_pages_updates_heading_is_no_body(extract_text):
    record = extract_text("KWX Project Updates\n\nLatest News\n\nThe Kelvin Trust funds the KWX project.\n")
    assert "Project Updates" not in {o["name"] for o in record["organisations"]}


def test_a_name_after_the_sentence_opening_the_keeps_its_first_word(extract_text):
    record = extract_text("Project update\n\nThe New Roots programme is delivered by a consortium of Kelvin Refugee "
                          "Forum and Ashdown College.\n")
    assert "New Roots programme" in {p["name"] for p in record["projects"]}


def test_a_quoted_name_before_category_or_award_names_no_project(extract_text):
    """"won the ‘Best Initiative to Promote Inclusion in Sport’ category at the Awards": the quoted words name
    an award's category; the runners and their supporters are no participants of it."""
    record = extract_text("Run news\n\nThe Harbour Runners recently won the ‘Best Initiative to Promote Inclusion "
                          "in Sport’ category at the Harbour Sports Awards. The run is supported by Kestrel "
                          "Athletics, Northgate Aid and UNHCR Harbourland.\n")
    assert not any("Best Initiative" in name for name in project_names(record))


def test_a_name_and_its_short_form_before_a_lower_case_project_word_is_a_project(extract_text):
    """"the Work in Harbour (WIH) project": the name, its short form an alias; who invests in it funds it,
    who manages it (by the short form) leads it. A body's name so placed names its programme, no project."""
    record = extract_text("Funding news\n\nThe Northgate Foundation is investing $560,000 in the Work in Harbour "
                          "(WIH) project. WIH is managed by the Kestrel Settlement Association (KSA). The Eastgate "
                          "Office of Immigration will also contribute $36,275 to support the project.\n")
    assert {"Work in Harbour", "WIH"} <= project_names(record)
    roles = participants(record, "Work in Harbour")
    assert roles.get("Northgate Foundation") == "funder" and roles.get("Eastgate Office of Immigration") == "funder"
    assert "Kestrel Settlement Association" in roles
    record = extract_text("Funding news\n\nThe Kestrel City Council (KCC) programme of grants opened in May.\n")
    assert "Kestrel City Council" not in project_names(record)


def test_a_coined_word_the_text_uses_alone_names_its_project(extract_text):
    """"the KESTREL project ... KESTREL partners met": the project is KESTREL, "KESTREL project" an alias; who
    takes part is recorded under that name."""
    record = extract_text("Kick-off of the KESTREL project\n\nThe KESTREL project, coordinated by the Northgate "
                          "Refugee Council, started in May. KESTREL partners met in Eastgate.\n")
    (project,) = record["projects"]
    assert project["name"] == "KESTREL" and "KESTREL project" in project["aliases"]
