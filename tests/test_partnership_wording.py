"""Who worked with whom, by class of wording: rosters in minutes, groups of partners after a cue,
membership said outright, names the model finds without a head word, initialisms, regional forms.
Every text here is written for the test; the records come from the default pipeline (rules and model)."""
from __future__ import annotations

import pytest
from conftest import orgs, places
from test_partner_section_wording import participants


def pairs(record) -> set[frozenset]:
    """The partnership pairs of a record, as ../shared/eval/score.py derives them."""
    found = {frozenset((c["a"], c["b"])) for c in record["collaborations"]}
    for project in record["projects"]:
        names = [p["organisation"] for p in project["participants"]]
        found |= {frozenset((a, b)) for i, a in enumerate(names) for b in names[i + 1:] if a != b}
    return found


ROSTER = """Harbourside Integration Forum minutes: March 2024

Minutes of the meeting held on 5 March 2024.

Present

  • Joanna Pryce, Harbourside City Council (Chair)
  • Samir Haddad, Northgate Law Centre
  • Ewan McTavish, Harbourside City Council
  • Ruth Okafor, Safe Haven Housing Trust
  • Li Wei, WELCOMEPLUS (minutes)

Items

Joanna welcomed everyone to the meeting.
"""


def test_a_roster_gives_people_affiliations_and_the_group_members(extract_text):
    record = extract_text(ROSTER)
    people = {p["name"]: p["organisation"] for p in record["people"]}
    assert people["Samir Haddad"] == "Northgate Law Centre"
    assert people["Ruth Okafor"] == "Safe Haven Housing Trust"
    assert people["Li Wei"] == "WELCOMEPLUS"
    (forum,) = [p for p in record["projects"] if p["name"] == "Harbourside Integration Forum"]
    members = {p["organisation"]: p["role"] for p in forum["participants"]}
    assert members == dict.fromkeys(["Harbourside City Council", "Northgate Law Centre", "Safe Haven Housing Trust",
                                     "WELCOMEPLUS"], "member")
    assert frozenset(("Northgate Law Centre", "WELCOMEPLUS")) in pairs(record)
    assert "Joanna Pryce" not in orgs(record)


def test_semicolon_rosters_with_initials_and_a_second_column(extract_text):
    text = ("Steering group meeting\n\nMembers Present Apologies\n\n"
            "Dan Evans; Valeford Refugee Network (DE) Ann Lloyd\n"
            "Mia Jones; Chair VRN (MJ) Tom Price\n"
            "Sara Khan; Valeford Borough Council (SK)\n"
            "Owen Hughes; Education officer, VBC (OH)\n"
            "Kim Lee; Valeford Refugee Network (minutes)\n")
    record = extract_text(text)
    people = {p["name"]: p["organisation"] for p in record["people"]}
    assert people["Sara Khan"] == "Valeford Borough Council"
    assert people["Ann Lloyd"] is None  # sent apologies: the second column names no body
    assert "Chair VRN" not in orgs(record)


def test_a_roster_run_into_one_paragraph_names_the_group_its_subject_line_gives(extract_text):
    """As a PDF flattens minutes: the entries follow one another after "ATTENDANCE:" and "REGRETS:"; one
    college with three lines against two of another body is no group that met."""
    record = extract_text(
        "Minutes\n\nMEETING DATE: 3/20/2017 ATTENDANCE: M. Agate (Kestrel College); D. Brune (Harbour Enterprise "
        "Trust); S. Colley (Wexcombe Youth Coalition); P. Whitby (Kestrel College); L. Wilde (City of Wexcombe); "
        "R. Holm (Wexcombe LIP); S. Lee (Wexcombe LIP) REGRETS: E. Albany (Northgate Police); L. Pauls (Kestrel "
        "College) SUBJECT: Wexcombe Local Immigration Partnership Meeting Welcome / Introductions A. Fletcher "
        "welcomed the group.\n")
    people = {p["name"]: p["organisation"] for p in record["people"]}
    assert people["D. Brune"] == "Harbour Enterprise Trust"
    (group,) = [p for p in record["projects"] if p["participants"]]
    assert group["name"] == "Wexcombe Local Immigration Partnership"
    assert {"Kestrel College", "Harbour Enterprise Trust", "Northgate Police"} <= {
        p["organisation"] for p in group["participants"]}


def test_a_list_of_names_is_no_roster_below_three_lines(extract_text):
    record = extract_text("Notes\n\nAmy Reid, Harbour Trust\nBen Cole, Quay Forum\n")
    assert record["projects"] == []


def test_partners_named_together_all_work_with_each_other(extract_text):
    record = extract_text("Project news\n\nThe Dunmore Refugee Trust started a befriending pilot in conjunction with "
                          "project partners the Kestrel University of Applied Sciences, the Parish Council of "
                          "Dunmore and Tallyhoe.")
    found = pairs(record)
    assert frozenset(("Kestrel University of Applied Sciences", "Tallyhoe")) in found
    assert frozenset(("Dunmore Refugee Trust", "Tallyhoe")) in found


def test_first_person_partnerships_belong_to_the_author(extract_text):
    record = extract_text("Impact report\n\nThe Ashgrove Refugee Council supports people seeking sanctuary. "
                          "The Ashgrove Refugee Council grew this year. We worked in partnership with BRAVO and "
                          "Unity Cymru to launch a fund.")
    found = pairs(record)
    assert frozenset(("Ashgrove Refugee Council", "BRAVO")) in found
    assert frozenset(("BRAVO", "Unity Cymru")) in found


def test_a_partner_verb_pairs_the_subject_with_each_object_only(extract_text):
    record = extract_text("Update\n\nThe Crossway Alliance will partner with other groups such as the Harbour "
                          "Foundation and the Lantern Trust.")
    found = pairs(record)
    assert frozenset(("Crossway Alliance", "Harbour Foundation")) in found
    assert frozenset(("Harbour Foundation", "Lantern Trust")) not in found


@pytest.mark.parametrize("sentence", [
    "Members heard that the Fenby Housing Trust was a member of the Wolds Resettlement Partnership.",
    "The Fenby Housing Trust is a founding member of the Wolds Resettlement Partnership.",
])
def test_membership_said_outright_makes_a_project(extract_text, sentence):
    record = extract_text("Committee minutes\n\n" + sentence)
    (project,) = [p for p in record["projects"] if p["name"] == "Wolds Resettlement Partnership"]
    assert [(p["organisation"], p["role"]) for p in project["participants"]] == [("Fenby Housing Trust", "member")]


def test_membership_by_back_reference(extract_text):
    record = extract_text("Committee minutes\n\nThe Fenby Housing Trust is a member of the Wolds Resettlement "
                          "Partnership. This partnership was in turn a member of the Northern Migration Partnership.")
    (project,) = [p for p in record["projects"] if p["name"] == "Northern Migration Partnership"]
    assert [p["organisation"] for p in project["participants"]] == ["Wolds Resettlement Partnership"]


def test_initialisms_without_definition_join_their_body(extract_text):
    record = extract_text("Council report\n\nThe Gresford Local Health Board met the Dunmore and Westfield City "
                          "Council. Later DWCC agreed the plan and Gresford LHB funded it.")
    bodies = {o["name"]: o["aliases"] for o in record["organisations"]}
    assert "DWCC" in bodies["Dunmore and Westfield City Council"]
    assert "Gresford LHB" in bodies["Gresford Local Health Board"]
    assert "DWCC" not in bodies


def test_acronym_definitions_keep_commas_of_the_long_form(extract_text):
    record = extract_text("News\n\nMigration, Settlement and Citizenship Norland (MSCN) said it has chosen 40 "
                          "projects. MSCN said the projects start in May.")
    bodies = {o["name"]: o["aliases"] for o in record["organisations"]}
    assert bodies["Migration, Settlement and Citizenship Norland"] == ["MSCN"]


def test_a_posts_words_are_not_part_of_a_body(extract_text):
    record = extract_text("Minutes\n\nWe remembered Ann Bell, Co-chair of the Carrick Housing Group, who died "
                          "this year.")
    assert "Carrick Housing Group" in orgs(record)
    assert not any(name.startswith("Co-chair") for name in orgs(record))


def test_a_nations_name_after_a_body_is_its_regional_form(extract_text):
    record = extract_text("Minutes\n\nOfficers from DWP Scotland and Shelter Cymru met with us in Glasgow.")
    assert {"DWP Scotland", "Shelter Cymru"} <= orgs(record)


def test_the_models_places_count_where_places_stand(extract_text):
    record = extract_text("News\n\nFunding was announced for nine agencies in Mississauga and Brampton to deliver "
                          "settlement services.")
    assert {"Mississauga", "Brampton"} <= {p["name"] for p in record["places"]}


@pytest.mark.parametrize("sentence, portfolio", [
    ("The Honourable Jane Doe, Minister of Citizenship and Immigration, announced the grant today.",
     "Citizenship and Immigration"),
    ("Tom Ruiz, Head of External Relations, spoke at the launch.", "External Relations"),
    ("Cllr Amy Lee, Cabinet Member for Children and Families, welcomed the families.", "Children and Families"),
])
def test_a_posts_portfolio_is_not_a_body(extract_text, sentence, portfolio):
    record = extract_text("Grant news\n\n" + sentence)
    assert portfolio not in orgs(record) and "Cabinet" not in orgs(record)


def test_a_post_at_a_body_keeps_the_body(extract_text):
    record = extract_text("Grant news\n\nAmy Lee, Chair of Harbourside City Council, opened the meeting.")
    assert "Harbourside City Council" in orgs(record)


def test_table_row_labels_and_groups_of_people_are_not_bodies(extract_text):
    record = extract_text("Progress\n\nThe project reached many Migrant European Citizens this year.\n\n"
                          "Indicator\tTarget\tAchieved\nMentoring Meetings\t20\t23\nNumbers involved in Mentoring\t40\t58\n")
    assert not orgs(record) & {"Migrant European Citizens", "Mentoring Meetings"}
    assert "Mentoring" not in {p["name"] for p in record["places"]}


def test_items_of_a_quoted_title_are_not_partners(extract_text):
    record = extract_text("News\n\nThe project is funded in partnership with the European Commission's "
                          "'Rights, Equality and Citizenship Programme 2014-2020'.")
    assert not orgs(record) & {"Equality", "Citizenship Programme 2014", "European Commission's"}
    assert "European Commission" in orgs(record)


def test_a_head_word_then_of_and_a_place_is_one_name(extract_text):
    record = extract_text("News\n\nOne such project is with the Boys and Girls Club of Moncton, New Brunswick.")
    assert "Boys and Girls Club of Moncton" in orgs(record)


def test_a_case_studys_title_with_labelled_fields_is_its_project(extract_text):
    record = extract_text("Fair Start for Newcomers\n\nThe tool will be piloted in seven countries.\n\n"
                          "Timeline: September 2020 - May 2022\nPartners: Migration Policy Group (Belgium), "
                          "Grupa 484 (Serbia)\nFunding: UNHCR\n")
    (project,) = [p for p in record["projects"] if p["name"] == "Fair Start for Newcomers"]
    roles = {p["organisation"]: p["role"] for p in project["participants"]}
    assert roles == {"Migration Policy Group": "partner", "Grupa 484": "partner", "UNHCR": "funder"}


def test_a_nationality_before_a_noun_is_no_place(extract_text):
    record = extract_text("News\n\nThe church gave homes to Ukrainian refugees and families in Hexham.")
    assert {p["name"] for p in record["places"]} == {"Hexham"}


def test_a_partner_named_like_a_place_is_a_body_and_an_acronym_before_a_project_is_not_one(extract_text):
    record = extract_text("News\n\nOur Guardianship service, run in partnership with Aberlour, helped 945 children. "
                          "The SVP and the Justice and Peace Refugee Project work together.")
    assert "Aberlour" in orgs(record)
    assert "Justice and Peace Refugee Project" in {p["name"] for p in record["projects"]}
    assert "SVP" not in {p["name"] for p in record["projects"]}


@pytest.mark.parametrize("sentence, project", [
    ("The charity completed a two-year project Here to Contribute with local groups.", "Here to Contribute"),
    ("It ran a large scale project focused on employment, called In Work, for two years.", "In Work"),
    ("We worked in partnership with BAWSO to launch and deliver the Global Majority Fund.", "Global Majority Fund"),
])
def test_wording_that_introduces_a_project_name(extract_text, sentence, project):
    assert project in {p["name"] for p in extract_text("News\n\n" + sentence)["projects"]}


@pytest.mark.parametrize("sentence", ["The project Team met in May.", "Funding for the programme In 2019 rose.",
                                      "The programme West Lindsey Council agreed was renewed."])
def test_no_project_name_from_ordinary_words_after_project(extract_text, sentence):
    names = {p["name"] for p in extract_text("News\n\n" + sentence)["projects"]}
    assert not names & {"Team", "In 2019", "West Lindsey Council"}


def test_an_owner_before_a_department_is_cut_off(extract_text):
    record = extract_text("News\n\nThe project was delivered in partnership with the Federal Government’s "
                          "Department of Social Services (DSS).")
    assert "Department of Social Services" in orgs(record)


def people(record) -> dict:
    return {p["name"]: p["organisation"] for p in record["people"]}


def test_peoples_names_without_posts_and_honours_and_one_person_per_apostrophe(extract_text):
    record = extract_text("News\n\nMinister Of State Joe O'Brien met three groups. Later, Joe O’Brien said the fund "
                          "helps. Dr Sarah Spencer CBE, Director, spoke. The President, Jenny McMahon, says the merger "
                          "helps. Ms McMahon thanked the staff.")
    names = set(people(record))
    assert {"Joe O'Brien", "Sarah Spencer", "Jenny McMahon"} <= names
    assert not names & {"Of State Joe", "Joe O’Brien", "Sarah Spencer CBE", "Ms McMahon"}


def test_capitalised_common_words_are_not_people(extract_text):
    record = extract_text("News\n\nOur Chair Asylum support grew. The chair thanked the asylum team.")
    assert "Chair Asylum" not in people(record)


def test_places_joined_by_an_ampersand_or_after_a_compass_word_are_one_place(extract_text):
    record = extract_text("News\n\nThe week was held in Brighton & Hove. Families came from Syria and North Africa.")
    assert {"Brighton & Hove", "North Africa"} <= places(record)
    assert not places(record) & {"Brighton", "Hove", "Africa"}


def test_a_venue_head_inside_a_longer_name_is_a_body(extract_text):
    record = extract_text("News\n\nOn 3 May 2023 we met groups such as Islamic Relief USA and Lions Club International.")
    assert "Lions Club" not in {v["name"] for v in record["venues"]}
    assert "Lions Club International" in orgs(record)


def test_a_named_bodys_own_service_is_the_body(extract_text):
    record = extract_text("News\n\nFamilies are housed with support from Tuntum Housing’s Supported Housing Service. "
                          "The Knockalisheen Direct Provision Centre Children’s Integration Project runs weekly.")
    assert "Tuntum Housing" in orgs(record) and "Supported Housing Service" not in orgs(record)
    assert "Knockalisheen Direct Provision Centre Children" not in orgs(record)


def test_an_acronym_found_alone_and_defined_is_one_body(extract_text):
    record = extract_text("News\n\nFamilies were identified by the UN High Commissioner for Refugees (UNHCR).")
    (body,) = [o for o in record["organisations"] if "UNHCR" in [o["name"], *o["aliases"]]]
    assert body["name"] == "UN High Commissioner for Refugees"


def test_a_sentence_opening_with_its_verb_is_the_authors_work(extract_text):
    record = extract_text("Harbour Refugee Forum Annual Report\n\nHarbour Refugee Forum supports families. "
                          "Harbour Refugee Forum grew.\n\nRunning a pilot in partnership with Oasis and EYST. Our "
                          "income grew, with contributions from Welsh Government.")
    assert {frozenset(("Harbour Refugee Forum", "Oasis")), frozenset(("Harbour Refugee Forum", "EYST")),
            frozenset(("Harbour Refugee Forum", "Welsh Government"))} <= pairs(record)


@pytest.mark.parametrize("sentence, thing", [
    ("In 2020 the café received the German Neighbourhood Award from the jury.", "German Neighbourhood Award"),
    ("Funding comes through the Canada-Ontario Immigration Agreement and partners.", "Canada-Ontario Immigration Agreement"),
    ("Welcoming the news, the Minister of State for Community Development, Integration, and Charities, Joe O’Brien, "
     "spoke.", "Charities"),
    ("A quality service to all UASC’s is needed, said the Home Office.", "UASC"),
])
def test_awards_agreements_portfolio_lists_and_counted_groups_are_not_bodies(extract_text, sentence, thing):
    assert thing not in orgs(extract_text("News\n\n" + sentence))


def test_every_body_of_a_listed_subject_takes_the_role(extract_text):
    record = extract_text("News\n\nHarbourside City Council and Clinical Commissioning Group (CCG) are supporting "
                          "the Syrian Vulnerable Persons Resettlement Scheme.")
    (scheme,) = record["projects"]
    assert {p["organisation"]: p["role"] for p in scheme["participants"]} == {
        "Harbourside City Council": "support", "Clinical Commissioning Group": "support"}


def test_a_sentences_subject_that_worked_with_a_body_is_a_body(extract_text):
    record = extract_text("News\n\nRefugee Roots has worked in partnership with Oxford City Council on the Sanctuary "
                          "Hosting programme.")
    assert frozenset(("Refugee Roots", "Oxford City Council")) in pairs(record)
    assert "Sanctuary Hosting programme" in {p["name"] for p in record["projects"]}


def test_a_partnership_between_bodies_pairs_them(extract_text):
    record = extract_text("News\n\nThe hub is a partnership between Leeds City Council and Migrant Help.")
    assert frozenset(("Leeds City Council", "Migrant Help")) in pairs(record)


def test_a_sentence_saying_what_its_subject_is_names_a_project(extract_text):
    record = extract_text("News\n\nWelcome Treff is a joint initiative of the Volunteer Agency and Halle Council.")
    (project,) = [p for p in record["projects"] if p["name"] == "Welcome Treff"]
    assert {p["organisation"] for p in project["participants"]} == {"Volunteer Agency", "Halle Council"}


def test_a_title_naming_a_body_makes_it_the_author_not_a_project(extract_text):
    record = extract_text("Harbour Refugee Council Impact Report 2021–2022\n\nHarbour Refugee Council helped 400 "
                          "people.\n\nWorking alongside Northgate City Council, we delivered 20 workshops.")
    assert "Harbour Refugee Council" not in {p["name"] for p in record["projects"]}
    assert frozenset(("Harbour Refugee Council", "Northgate City Council")) in pairs(record)


def test_a_title_project_keeps_its_head_word_past_a_dated_report_word(extract_text):
    record = extract_text("Riverside Welcome Project Annual Report 2023\n\nWe would like to thank our partners: "
                          "Bristol City Council and Borderlands.")
    assert frozenset(("Riverside Welcome Project", "Bristol City Council")) in pairs(record)


def test_a_plural_possessive_inside_a_name(extract_text):
    record = extract_text("News\n\nIn collaboration with the University of Leeds, Leeds Asylum Seekers' Support "
                          "Network ran a survey.")
    assert frozenset(("University of Leeds", "Leeds Asylum Seekers' Support Network")) in pairs(record)


def test_a_funder_and_the_body_it_funds_work_together(extract_text):
    record = extract_text("News\n\nNorthgate Refugee Forum is funded by the Paul Hamlyn Foundation. The Baring "
                          "Foundation awarded Harbour Law Centre a two-year grant.")
    assert {frozenset(("Northgate Refugee Forum", "Paul Hamlyn Foundation")),
            frozenset(("Baring Foundation", "Harbour Law Centre"))} <= pairs(record)


def test_bodies_awarded_grants_work_with_the_funder_and_lead_what_the_grant_is_for(extract_text):
    record = extract_text("Seven projects awarded integration funding\n\nOver €1.2million of funding "
                          "was announced by the Department of Equality.\n\nNorthgate Law Centre was awarded €6,000 "
                          "to improve legal support. Riverside Youth Service was awarded €20,000 for their Bright "
                          "Futures Youth Group.")
    assert {frozenset(("Department of Equality", "Northgate Law Centre")),
            frozenset(("Department of Equality", "Riverside Youth Service"))} <= pairs(record)
    (group,) = [p for p in record["projects"] if p["name"] == "Bright Futures Youth Group"]
    assert [(p["organisation"], p["role"]) for p in group["participants"]] == [("Riverside Youth Service", "lead")]
    assert "Bright Futures Youth Group" not in orgs(record)


def test_links_with_a_long_list_pair_the_subject_with_every_item(extract_text):
    record = extract_text("News\n\nHarbour Refugee Network has forged strategic links with Northgate College, "
                          "Riverside Housing Trust, Westfield Library Service and the Citizens Advice Bureau.")
    assert frozenset(("Harbour Refugee Network", "Citizens Advice Bureau")) in pairs(record)


def test_bodies_that_joined_together_work_together_and_a_posts_words_are_no_body(extract_text):
    record = extract_text("News\n\nOxford Hub and Asylum Welcome have joined together to run weekly clinics. "
                          "Refugee Integration Advisor Tom Reid said families settled well.")
    assert frozenset(("Oxford Hub", "Asylum Welcome")) in pairs(record)
    assert "Refugee Integration" not in orgs(record)


def test_the_author_thanking_its_funders_works_with_them(extract_text):
    record = extract_text("Harbour Refugee Council Annual Report 2023\n\nWe thank the National Lottery Community "
                          "Fund and Comic Relief for their support.")
    assert {frozenset(("Harbour Refugee Council", "National Lottery Community Fund")),
            frozenset(("Harbour Refugee Council", "Comic Relief"))} <= pairs(record)


@pytest.mark.parametrize("text,pair", [
    ("Offaly County Council, Offaly LCDC and partner agencies are delighted to announce the strategy.",
     ("Offaly County Council", "Offaly LCDC")),                                  # listed with their partners
    ("Caerphilly County Council has become a dispersal area: the Council has agreed with the Home Office that "
     "it will support asylum seekers.", ("Caerphilly County Council", "Home Office")),  # an agreement
    ("In July 2019 HOST International merged with Project Humanity.", ("HOST International", "Project Humanity")),
])
def test_bodies_listed_with_their_partners_agreeing_or_merging_work_together(extract_text, text, pair):
    record = extract_text("Council news\n\n" + text)
    assert frozenset(pair) in {frozenset((c["a"], c["b"])) for c in record["collaborations"]}


@pytest.mark.parametrize("paragraph", [
    '"We have a productive relationship with Northgate Red Cross," says Harbour Settlement Agency General Manager '
    'Fiona White.',
    'Harbour Settlement Agency chief executive Sam Jones said: "We are proud to work with Northgate Red Cross."'])
def test_we_inside_a_quotation_is_the_body_of_the_person_it_is_attributed_to(extract_text, paragraph):
    record = extract_text(f"News\n\nEastgate Trust published its plans for 2024.\n\n{paragraph}\n")
    assert frozenset(("Harbour Settlement Agency", "Northgate Red Cross")) in pairs(record)
    assert frozenset(("Eastgate Trust", "Northgate Red Cross")) not in pairs(record)


def test_a_title_name_the_text_calls_a_charity_is_the_author_not_a_project(extract_text):
    record = extract_text("Harbour Aid Annual Report 2020\n\nHarbour Aid is a small charity for people seeking "
                          "asylum. In 2020 we worked with the Northgate Law Centre.\n")
    assert "Harbour Aid" in orgs(record) and not record["projects"]
    assert frozenset(("Harbour Aid", "Northgate Law Centre")) in pairs(record)


def test_a_lead_organisation_field_says_who_we_are_and_an_initialism_with_a_place_is_a_branch(extract_text):
    """"WHU Moray" is the branch of the Wexcombe and Harbour University (WHU) in Moray; the case
    study's "Lead Organisation:" field names the "we" of its text."""
    record = extract_text(
        "Search\n\nWHU Moray – Supporting refugees into work\n\nLead Organisation:\nWHU Moray\nAward Amount:\n"
        "£5,000\n\nWHU Moray are part of the Wexcombe and Harbour University (WHU). We deliver programmes with "
        "and for the Department of Work and Pensions and Skills Development Harbour.\n")
    assert {"WHU Moray", "Wexcombe and Harbour University"} <= orgs(record)
    assert {frozenset(("WHU Moray", "Department of Work and Pensions")),
            frozenset(("WHU Moray", "Skills Development Harbour"))} <= pairs(record)


def test_who_receives_a_grant_is_a_body_and_works_with_the_funder(extract_text):
    """Grantees named only by receiving money ("X received about $350,000", "X was allotted $600,000",
    "$300,000 is going to X") are bodies, whatever their names look like, and pair with the funder."""
    record = extract_text("County approves grants\n\nThe $4.9 million in funding was approved by the Harbour Board of "
                          "Supervisors to go to three organizations. Another $300,000 is going to Vecinos Por La "
                          "Esperanza to run classes. Lakeside Social Services was allotted $600,000 for casework. "
                          "Welcome House received about $350,000 to expand adult education.\n")
    grantees = {"Vecinos Por La Esperanza", "Lakeside Social Services", "Welcome House"}
    assert grantees <= orgs(record)
    assert {frozenset({"Harbour Board of Supervisors", name}) for name in grantees} <= pairs(record)


def test_a_body_described_between_dashes_leaves_the_subject_before_it(extract_text):
    """"X (XP) – a unit within Y – partnered with Z": X partnered with Z, Y only says what X is."""
    record = extract_text("Fund\n\nThe Harbour Refugee Services Program (HRSP) – a unit within the Harbour Department "
                          "of Human Services – partnered with Quayside Community Foundation to create a fund.\n")
    assert frozenset({"Harbour Refugee Services Program", "Quayside Community Foundation"}) in pairs(record)
    assert frozenset({"Harbour Department of Human Services", "Quayside Community Foundation"}) not in pairs(record)


@pytest.mark.parametrize("verb", ["invite you to celebrate Refugee Week", "served a total of 1,041 families"])
def test_bodies_listed_as_the_subject_of_one_action_work_together(extract_text, verb):
    record = extract_text(f"News\n\nEastford Council, Harbour Ethnic Communities Council and Northgate Social "
                          f"Services {verb}.\n")
    found = pairs(record)
    assert frozenset(("Eastford Council", "Northgate Social Services")) in found
    assert frozenset(("Harbour Ethnic Communities Council", "Northgate Social Services")) in found


def test_an_acronym_the_text_defines_takes_no_other_bodys_full_name_from_the_gazetteer(extract_text):
    """DECC is a gazetteer's initialism for a UK department; this text defines it as a local council."""
    record = extract_text("News\n\nThe Dockside Ethnic Communities Council (DECC) invites you to a talk. DECC also "
                          "runs a weekly drop-in.\n")
    (body,) = [o for o in record["organisations"] if o["name"] == "Dockside Ethnic Communities Council"]
    assert body["aliases"] == ["DECC"]


def test_the_bodies_a_passive_cue_lists_as_its_agents_work_together(extract_text):
    """A name that is no body (a project) may stand in the list without breaking it."""
    record = extract_text("News\n\nToday begins the town's Welcome Week – co-ordinated by Eastford City of Sanctuary, "
                          "the Lantern Project, Northgate Rights Network and Voluntary Action Eastford. Events run "
                          "all week.\n")
    found = pairs(record)
    assert frozenset(("Eastford City of Sanctuary", "Northgate Rights Network")) in found
    assert frozenset(("Northgate Rights Network", "Voluntary Action Eastford")) in found


def test_a_body_the_text_refers_back_to_by_its_head_noun_is_the_subject(extract_text):
    record = extract_text("News\n\nA partnership with Quayside Regional Library is helping refugees find their "
                          "way around the town's services.\n\nThe library also partners with Harbour Literacy "
                          "Council to provide spaces for learners.\n")
    found = pairs(record)
    assert "Quayside Regional Library" in orgs(record)
    assert frozenset(("Quayside Regional Library", "Harbour Literacy Council")) in found


def test_a_one_word_name_and_an_acronym_after_a_partnership_cue_are_two_bodies(extract_text):
    record = extract_text("Impact\n\nWe ran a pilot in partnership with Lantern and HYST. Both are charities.\n")
    assert {"Lantern", "HYST"} <= orgs(record)
    assert "Lantern and HYST" not in orgs(record)


def test_a_named_church_acting_in_a_dated_sentence_is_a_body_not_a_venue(extract_text):
    record = extract_text("Churches sponsor refugee families\n\nCALGARY, AB (December 15, 2015) — Kensington "
                          "Commons Covenant Church recently welcomed the Syrian refugee family it is sponsoring.\n\n"
                          "The church has been working with the Mennonite Central Committee to be matched to a "
                          "family.\n")
    assert "Kensington Commons Covenant Church" in orgs(record)
    assert "Kensington Commons Covenant Church" not in {v["name"] for v in record["venues"]}
    assert frozenset(("Kensington Commons Covenant Church", "Mennonite Central Committee")) in pairs(record)


def test_a_body_whose_last_word_is_capitalised_is_whole_before_was_established(extract_text):
    record = extract_text("News\n\nHARRISONBURG (WHSV) - Church World Service Harrisonburg was established in 1988 "
                          "to help refugees.\n")
    assert "Harrisonburg" not in orgs(record)


def test_bodies_that_come_together_to_form_a_group_are_its_members(extract_text):
    record = extract_text("News\n\nSince March more than 20 agencies have come together to form the Harbour Response "
                          "Forum, including Gardaí, the HSE, Tusla, the NLDC and Quayside Fáilte.\n")
    (forum,) = [p for p in record["projects"] if p["name"] == "Harbour Response Forum"]
    members = {p["organisation"] for p in forum["participants"]}
    assert {"Gardaí", "HSE", "Tusla", "NLDC", "Quayside Fáilte"} <= members
    assert not any(p["role"] == "lead" for p in forum["participants"])


def test_a_list_without_bullets_after_a_lead_in_gives_the_projects_providers(extract_text):
    record = extract_text("Settlement services\n\nThe Harbour Settlement Program (HSP) helps new arrivals.\n\n"
                          "The HSP is delivered by contracted service providers in each state. These service "
                          "providers are:\nQuayside Settlement Services (NSW);\nAustralian Red Cross (ACT and WA);\n"
                          "Northgate Multicultural Council (QLD); and\nMelaleuca (NT).\n\nThe next part looks at "
                          "housing.\n")
    (program,) = [p for p in record["projects"] if p["name"] == "Harbour Settlement Program"]
    roles = {p["organisation"]: p["role"] for p in program["participants"]}
    assert roles.get("Quayside Settlement Services") == "delivery"
    assert roles.get("Northgate Multicultural Council") == "delivery"
    assert roles.get("Melaleuca") == "delivery"


def test_part_of_a_bodys_name_in_brackets_after_it_is_its_short_name(extract_text):
    record = extract_text("News\n\nThe Department of Harbour Affairs (Harbour Affairs) told the committee that "
                          "5,348 people were helped. Harbour Affairs said more would follow.\n")
    (body,) = [o for o in record["organisations"] if o["name"] == "Department of Harbour Affairs"]
    assert "Harbour Affairs" in body["aliases"]
    assert "Harbour Affairs" not in orgs(record)


def test_bodies_listed_before_a_passive_cue_each_pair_with_its_agent(extract_text):
    record = extract_text("News\n\nThey are Caritas Harbourside (Wellington), Gleniti Baptist Church (Timaru) and "
                          "the Society of St Ninian (Nelson) have been chosen by Immigration Quayside (IQ).\n")
    found = pairs(record)
    for body in ("Caritas Harbourside", "Gleniti Baptist Church", "Society of St Ninian"):
        assert frozenset((body, "Immigration Quayside")) in found


def test_the_service_partners_work_together_to_deliver_is_their_project(extract_text):
    record = extract_text("News\n\nQuayside Refugee Council will work in partnership with the British Red Cross and "
                          "Anniesland College to deliver their Holistic Welcome Service. It starts in May.\n")
    (service,) = [p for p in record["projects"] if p["name"] == "Holistic Welcome Service"]
    assert {"Quayside Refugee Council", "British Red Cross", "Anniesland College"} <= {
        p["organisation"] for p in service["participants"]}
    assert "Holistic Welcome Service" not in orgs(record)


def test_who_at_a_body_stands_between_the_cue_and_the_body(extract_text):
    record = extract_text(
        "Wexcombe Refugee Law Centre: annual report\n\nWe worked consistently with colleagues at the Kestrel Trauma "
        "Foundation to change asylum policy.\n")
    assert frozenset(("Wexcombe Refugee Law Centre", "Kestrel Trauma Foundation")) in pairs(record)


def test_bodies_working_together_on_a_project_in_an_opening_paragraph_take_part(extract_text):
    """A text cut from a page may open on its first paragraph, which is no headline: the project it names
    takes the bodies the sentence names."""
    record = extract_text("Three charities have launched an appeal for households across the region to host "
                          "refugee families this winter. Harbour Refugee Trust, Kestrel Welcome and Northgate Law Centre are "
                          "working together on the Open Doors programme, which is supported by Harbourside City "
                          "Council.\n\nMore follows.\n")
    assert participants(record) == {"Open Doors programme": {
        "Harbour Refugee Trust": "partner", "Kestrel Welcome": "partner", "Northgate Law Centre": "partner",
        "Harbourside City Council": "support"}}
