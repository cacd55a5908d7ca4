"""Where a list of partners starts and ends, and what its items are called: a group named in one sentence and
listed in the next ("These include ...", "They are ..."), a list that ends at a word joining no list, "&" and a
final "+" inside a name, a religious or national word before "Diocese of", a bracketed initialism before the
joint verb or opening its long form, a project named by its initials without a definition, the channel a funder
funds through, and a funder's own programme paying for the project. Every text and name here is written for
the test."""
from __future__ import annotations

from test_partnership_wording import orgs, pairs
from test_project_name_wording import project_names


def test_a_group_of_partners_named_before_its_list_gives_pairs_among_its_members(extract_text):
    record = extract_text(
        "Strategy launched\n\nThe Wexcombe Integration Strategy was launched last week. There were many partners and "
        "co-funders. These include Wexcombe County Council, Northgate Housing Trust and Eastgate Advice Centre.\n")
    assert {frozenset(("Wexcombe County Council", "Northgate Housing Trust")),
            frozenset(("Northgate Housing Trust", "Eastgate Advice Centre"))} <= pairs(record)


def test_these_include_after_a_sentence_naming_no_group_gives_no_pairs(extract_text):
    record = extract_text(
        "Services\n\nThe hub offers several services to families. These include Northgate Housing Trust, Eastgate "
        "Advice Centre and Millbrook Youth Service.\n")
    assert not pairs(record)


def test_a_group_ends_where_a_verb_follows_its_list(extract_text):
    record = extract_text(
        "Policy work\n\nJoint work between the Kestrel Law Centre, Northgate Refugee Forum and Eastgate Advice Centre "
        "resulted in the Department for Adult Learning agreeing to provide free classes.\n")
    found = pairs(record)
    assert frozenset(("Kestrel Law Centre", "Eastgate Advice Centre")) in found
    assert not any("Department for Adult Learning" in pair for pair in found)


def test_examples_of_the_group_after_a_clause_stay_in_it(extract_text):
    record = extract_text(
        "Youth project\n\nOther partners involved in this project include Harbour Foods, and local business leaders "
        "who will provide mentoring, such as the Kestrel Savings Bank, Millbrook Motors Ltd and Eastgate "
        "Insurance Group.\n")
    assert frozenset(("Harbour Foods", "Eastgate Insurance Group")) in pairs(record)


def test_an_ampersand_joins_the_words_of_one_listed_name(extract_text):
    record = extract_text(
        "Library partnership\n\nPartners include Citizenship & Immigration Canada, the Wexcombe Public Library and "
        "Conseil Économique & Social d'Ottawa-Carleton.\n")
    assert {"Citizenship & Immigration Canada", "Conseil Économique & Social d'Ottawa-Carleton"} <= orgs(record)
    assert "Immigration Canada" not in orgs(record)


def test_a_place_a_list_cue_reaches_is_no_body(extract_text):
    record = extract_text(
        "Our partners\n\nWe are lucky to have many organisations who work with us to provide a welcome in "
        "Kestrel & Wexcombe.\n")
    assert "Kestrel & Wexcombe" not in orgs(record)


def test_a_religious_word_before_diocese_of_is_part_of_the_name(extract_text):
    record = extract_text(
        "Welcome\n\nRepresentatives from the Archdiocese of Kestrel, the Anglican Diocese of Kestrel and the Harbour "
        "Refugee Council (HRC) have been working together to welcome families.\n")
    assert {"Archdiocese of Kestrel", "Anglican Diocese of Kestrel"} <= orgs(record)
    assert frozenset(("Anglican Diocese of Kestrel", "Harbour Refugee Council")) in pairs(record)


def test_a_project_named_by_its_initials_without_a_definition_is_one_project(extract_text):
    record = extract_text(
        "Celebration\n\nThe celebration of the Library Settlement Partnerships program was held at the Main Branch. "
        "By offering the LSP program in our branches, newcomers can settle in more easily.\n")
    assert len(record["projects"]) == 1
    assert {"Library Settlement Partnerships program", "LSP program"} <= project_names(record)


def test_part_of_an_initialisms_bracketed_long_form_is_no_body(extract_text):
    record = extract_text(
        "Partners\n\nThere were many partners. These include Northgate Housing Trust, KMRI (Association of "
        "Leaders of Missionaries of Wexcombe) and Eastgate Advice Centre.\n")
    assert "Association of Leaders" not in orgs(record)
    assert {"Northgate Housing Trust", "KMRI", "Eastgate Advice Centre"} <= orgs(record)


def test_funding_received_from_a_body_pairs_it_with_the_subject(extract_text):
    record = extract_text(
        "Strategy\n\nNorthgate Partnership Company oversaw the new strategy with funding received from the "
        "Department of Kestrel Affairs.\n")
    assert frozenset(("Northgate Partnership Company", "Department of Kestrel Affairs")) in pairs(record)


def test_a_group_that_is_a_project_and_a_body_is_no_partner_of_its_own_lead(extract_text):
    record = extract_text(
        "Media release\n\nLed by Harbour Multicultural Services, the Kestrel Settlement Consortium (KSC) is a new group "
        "of four organisations.\n\nConsortium partners are:\n- Harbour Multicultural Services (lead)\n- Northgate "
        "Housing Trust\n- Eastgate Advice Centre\n")
    assert not any(c["b"] == "Kestrel Settlement Consortium" or c["a"] == "Kestrel Settlement Consortium"
                   for c in record["collaborations"])


def test_the_body_a_funder_funds_through_is_a_funder_too(extract_text):
    record = extract_text(
        "Media release\n\nThe Kestrel Settlement Support (KSS) program is new. The KSS program is funded by the Federal "
        "Government through the Department of Home Affairs.\n")
    roles = {p["organisation"]: p["role"] for project in record["projects"] for p in project["participants"]}
    assert roles.get("Department of Home Affairs") == "funder"


def test_a_counted_group_of_organisations_named_before_they_are_listed(extract_text):
    record = extract_text(
        "Sponsorship pilot\n\nThe Minister announced the four community organisations on Friday. They are Northgate "
        "Baptist Church (Kestrel), Eastgate Advice Centre (Wexcombe) and the Harbour Refugee Council (Millbrook) have "
        "been chosen by the Kestrel Immigration Service.\n")
    assert frozenset(("Northgate Baptist Church", "Harbour Refugee Council")) in pairs(record)


def test_a_plus_ending_a_name_is_part_of_it(extract_text):
    record = extract_text(
        "Phase two\n\nThe second phase was funded by the Kestrel Government and delivered in partnership with "
        "KESTREL+.\n")
    assert "KESTREL+" in orgs(record)


def test_a_funders_own_programme_paying_for_the_project_is_not_the_project_the_sentence_speaks_of(extract_text):
    record = extract_text(
        "Kestrel wellbeing\n\nOur projects are called ‘Kestrel Roots’. The first phase of Kestrel Roots was funded by "
        "the Harbour Trust. The current phase of the project spans the region. Funded by HWF’s Covid Response "
        "Programme, we will be working with the Northgate Refugee Council.\n")
    participants = {p["organisation"] for project in record["projects"] if project["name"] == "Kestrel Roots"
                    for p in project["participants"]}
    assert "Northgate Refugee Council" in participants


def test_partners_listed_after_partners_are_and_a_colon_run_to_the_lists_end_in_their_own_languages(extract_text):
    """"The project partners are: A, Country (Lead Partner); B, Country; ...": a list past 400 characters, its
    items whole names in their own languages: a head word first ("Universitatea", "Asociatia"), a long name the
    model may call a person, an honorific's word last ("Casa Do Professor")."""
    names = ["University of Harbourland", "Kestrel Learning Centre", "Universidade Nova De Eastgate",
             "Casa Do Professor", "Sdruzhenie Multi Kulti Harbour", "Asociatia Romana Pentru Sprijinul Migrantilor Si "
             "Refugiatilor De Azi", "Cooperativa Sociale Lo Stretto Onlus", "Universitatea Nordica Din Westmarch",
             "Peñascal Kestrel Kooperatiba", "Stowarzyszenie Nowy Dom Northgate"]
    countries = ["Greece", "Austria", "Portugal", "Portugal", "Bulgaria", "Romania", "Italy", "Romania", "Spain",
                 "Poland"]
    items = "; ".join(f"{name}, {country}" for name, country in zip(names, countries))
    record = extract_text(f"Kick-off\n\nThe Language Bridges project started in May. The project partners are: "
                          f"{items.replace('Greece', 'Greece (Lead Partner)', 1)}.\n")
    assert set(names) <= orgs(record)
    assert {frozenset(("University of Harbourland", "Casa Do Professor")),
            frozenset(("Universitatea Nordica Din Westmarch", "Stowarzyszenie Nowy Dom Northgate"))} <= pairs(record)
    assert not {p["name"] for p in record["people"]} & set(names)


def test_a_label_naming_a_kind_of_group_gives_its_list_to_the_group_of_that_kind(extract_text):
    """"Consortium partners are:" after a programme and a consortium are named: the listed bodies are the
    consortium's, not the programme's, and the programme's funders do not pair with each of them."""
    record = extract_text(
        "MEDIA RELEASE\n\nA new settlement partnership will support refugees through the Harbour Settlement Support "
        "(HSS) program.\n\nLed by Kestrel Multicultural Services, the Harbour Region Settlement Consortium (HRSC) is "
        "a newly established group of four organisations.\n\nConsortium partners are:\n\n"
        "- Kestrel Multicultural Services (lead)\n- Northgate Diversity Services Limited\n"
        "- Eastgate Migrant Resource Centre\n\nThe HSS program is funded by the Federal Government through the "
        "Department of Harbour Affairs.\n")
    members = {p["name"]: {x["organisation"] for x in p["participants"]} for p in record["projects"]}
    assert {"Kestrel Multicultural Services", "Northgate Diversity Services Limited",
            "Eastgate Migrant Resource Centre"} <= members["Harbour Region Settlement Consortium"]
    assert "Northgate Diversity Services Limited" not in members["Harbour Settlement Support"]
    assert frozenset(("Federal Government", "Eastgate Migrant Resource Centre")) not in pairs(record)


def test_a_body_named_project_on_a_line_of_a_members_list_is_a_member_not_a_project(extract_text):
    """"• Kestrel Travellers Project" among the bodies a group is made of: a body whose name ends in
    "Project", a member like the others."""
    record = extract_text("Forum report\n\nThe Harbour Advisory Group comprises of representatives from;\n"
                          "   • Northgate County Council\n   • Kestrel Travellers Project\n   • Eastgate Migrant Centre\n"
                          "   • Harbour Women’s Support Group\n\nThe forum met in October.\n")
    assert "Kestrel Travellers Project" in orgs(record)
    assert "Kestrel Travellers Project" not in project_names(record)
    assert frozenset(("Kestrel Travellers Project", "Northgate County Council")) in pairs(record)


def test_the_body_that_refers_people_to_a_project_takes_part_in_it(extract_text):
    """"It is a partnership project involving A and B, with referrals coming from C": C sends the project
    its participants, so it works with A and B."""
    record = extract_text("Meeting notes\n\nKestrel Assist provided an update on the Parents Forward program. It is a "
                          "partnership project involving Kestrel Assist and Harbour Settlement Services, with referrals "
                          "coming from Northgate Advice Centre.\n")
    assert frozenset(("Northgate Advice Centre", "Kestrel Assist")) in pairs(record)


def test_a_partnership_involving_listed_bodies_makes_them_the_projects_partners(extract_text):
    """"implemented by a European partnership coordinated by X and involving, along with A, B (Italy), C ...":
    the bodies after "involving" are partners; "activities involving Y" names no partner."""
    record = extract_text(
        "Meeting news\n\nThe Harbour Labs project started in January. The project is implemented by a European "
        "partnership coordinated by the City of Westmarch (Belgium) and involving, along with the Kestrel Institute, "
        "the City of Northgate (Italy), the University of Eastgate (Spain) and Harbour Hogeschool (Belgium). "
        "The labs run activities involving Refugee Aid Harbour.\n")
    members = {p["name"]: {x["organisation"] for x in p["participants"]} for p in record["projects"]}
    partners = next(iter(members.values()))
    assert {"Kestrel Institute", "University of Eastgate", "Harbour Hogeschool"} <= partners
    assert "Refugee Aid Harbour" not in partners


def test_a_key_data_label_line_gives_the_bodies_on_the_line_after_it_their_role(extract_text):
    """A case study's key-data box: "Implemented by:" on one line, the bodies that carry the project out on the
    next; they deliver the project the page is about."""
    record = extract_text("HARBOUR – Kestrel Red Cross\n\nkey data\n\nImplemented by:\n\nKestrel Red Cross, KRC Northgate "
                          "& Eastgate Districts, Regional Centres for Economic Development, the Department of Transport"
                          "\n\nStarted in:\n\nOctober, 2010\n\nThe Harbour project, led by the Kestrel Red Cross, "
                          "encourages towns to receive refugees.\n")
    (project,) = record["projects"]
    roles = {p["organisation"]: p["role"] for p in project["participants"]}
    assert roles.get("Regional Centres for Economic Development") == "delivery"
    assert roles.get("Department of Transport") == "delivery"


def test_a_body_named_project_among_bodies_listed_after_a_cue_is_a_member(extract_text):
    """"The consortium includes A, B, the Harbour Refugee Assistance Project (HRAP), C and D": an item named like
    a project after a body listed after a cue is a body so named and works with the others; first in the list,
    or beside one body, it is a project."""
    record = extract_text("Resettlement consortium formed\n\nThe consortium includes Kestrel Aid, Northgate Church "
                          "Service, the Harbour Refugee Assistance Project (HRAP), Eastgate Immigration Service and "
                          "the Westfield Committee for Refugees.\n")
    assert "Harbour Refugee Assistance Project" in {o["name"] for o in record["organisations"]}
    assert not record["projects"]
    pairs = {frozenset((c["a"], c["b"])) for c in record["collaborations"]}
    assert frozenset(("Kestrel Aid", "Harbour Refugee Assistance Project")) in pairs
    record = extract_text("Funding news\n\nThe fund supports Kestrel Aid, which runs the Harbour Welcome Project.\n")
    assert [p["name"] for p in record["projects"]] == ["Harbour Welcome Project"]
    record = extract_text("News\n\nThese towns are part of the Harbour Welcome Campaign, a partnership among the "
                          "Kestrel Task Force on Newcomers, Northgate Immigration Services and Welcoming Eastvale.\n")
    (project,) = record["projects"]
    assert project["name"] == "Harbour Welcome Campaign" and len(project["participants"]) == 3


def test_a_name_before_and_the_project_is_no_part_of_its_name(extract_text):
    record = extract_text("Funding news\n\nPartners include Kestrel Aid and the Harbour Welcome Project.\n")
    assert [p["name"] for p in record["projects"]] == ["Harbour Welcome Project"]


def test_a_body_before_for_the_project_is_no_part_of_its_name(extract_text):
    """"went to Kestrel Aid for the Harbour Welcome Project": the model tells the body from the project."""
    record = extract_text("Funding news\n\nThe grant went to Kestrel Aid for the Harbour Welcome Project.\n")
    assert [p["name"] for p in record["projects"]] == ["Harbour Welcome Project"]
