"""Lists of bodies one per line under a lead-in, coordinated objects and subjects of relation cues,
thanks, grants from a funder, and "A and the B" as two names. Every text and name here is written for
the test."""
from __future__ import annotations

import pytest
from test_partnership_wording import orgs, pairs


def participants(record, project: str) -> dict[str, str]:
    (found,) = [p for p in record["projects"] if p["name"] == project]
    return {p["organisation"]: p["role"] for p in found["participants"]}


def test_a_lead_in_over_partner_lines_takes_each_line_whole_without_its_country(extract_text):
    """Lower-case and foreign words stay in the name; "(Austria)", ", Rome" and ", Finland" do not. The
    statistical model calls some of these names people: the lead-in says they are bodies."""
    record = extract_text(
        "Open Doors Project: partners\n\nThe Open Doors Project brings together five organisations. The "
        "project partners are:\n\n- Stadt Hallbruck (Austria)\n- Fundación Alameda (Spain)\n"
        "- Refugee Welcome Kent (United Kingdom)\n- Centro Marelli, Rome\n- Tammikko Deaconess Institute, Finland\n\n"
        "The partnership met in March 2019.\n")
    names = set(participants(record, "Open Doors Project"))
    assert {"Stadt Hallbruck", "Fundación Alameda", "Refugee Welcome Kent", "Centro Marelli",
            "Tammikko Deaconess Institute"} <= names
    assert not any("(" in n or "," in n for n in orgs(record))


def test_grantee_lines_without_bullets_are_bodies_and_the_author_funds_each(extract_text):
    record = extract_text(
        "Northgate Community Foundation annual review\n\nThis year we made grants to the following groups:\n"
        "Kurdish Families Association – £5,000\nSudanese Mothers Group – £3,500\n"
        "Hope Rooms West Midlands – £10,000\nWelcome Tables Network – £2,000\n")
    assert {"Kurdish Families Association", "Sudanese Mothers Group", "Hope Rooms West Midlands",
            "Welcome Tables Network"} <= orgs(record)
    found = pairs(record)
    assert frozenset(("Northgate Community Foundation", "Hope Rooms West Midlands")) in found
    assert frozenset(("Kurdish Families Association", "Sudanese Mothers Group")) not in found  # funded alike, not partners


def test_an_unnamed_group_of_listed_partners_works_together(extract_text):
    record = extract_text(
        "Spring newsletter\n\nOur partners this year were:\n\n- Harbourside Law Centre\n- Eastgate Food Bank\n"
        "- Riverside Womens Aid\n\nThank you all.\n")
    found = pairs(record)
    assert frozenset(("Harbourside Law Centre", "Riverside Womens Aid")) in found
    assert frozenset(("Eastgate Food Bank", "Riverside Womens Aid")) in found


def test_a_list_under_an_activity_lead_in_is_no_list_of_bodies(extract_text):
    record = extract_text("Spring newsletter\n\nThis term the groups enjoyed:\n\n- Football in the park\n"
                          "- Sewing and knitting\n- Trips to the seaside\n")
    assert not orgs(record) & {"Football", "Sewing", "Trips"}
    assert not pairs(record)


def test_a_truncated_running_line_after_a_list_is_no_item(extract_text):
    record = extract_text("Update\n\nThis year we ran classes at the following providers:\n\n"
                          "  • Northgate Learning Trust\n  • Eastside Community Centre\n\nDue to the diversity and extensi")
    assert not any(n.startswith("Due to") for n in orgs(record))


def test_members_of_an_unnamed_group_work_with_each_other_not_with_the_group(extract_text):
    record = extract_text("Minutes\n\nThe steering group includes representatives of Dunmore City Council, "
                          "Dunmore Refugee Rights, Borderlines Trust and the Department for Work and Pensions.\n")
    found = pairs(record)
    assert frozenset(("Dunmore City Council", "Borderlines Trust")) in found
    assert frozenset(("Dunmore Refugee Rights", "Department for Work and Pensions")) in found


def test_every_body_coordinated_after_a_role_cue_takes_the_role(extract_text):
    record = extract_text("Welcome Project update\n\nFunded by the Harbour Community Fund, the project is "
                          "delivered by Refugee Link and Citizens Support Eastgate.\n")
    roles = participants(record, "Welcome Project")
    assert roles.get("Refugee Link") == "delivery" and roles.get("Citizens Support Eastgate") == "delivery"


def test_thanks_to_listed_funders_pair_them_with_the_author(extract_text):
    record = extract_text("Welcome Project update\n\nWe would like to thank the Comic Aid Trust, the Tudor Heath Trust "
                          "and the Alder Foundation for their support.\n")
    found = pairs(record)
    assert {frozenset(("Welcome Project", n)) for n in ("Comic Aid Trust", "Tudor Heath Trust", "Alder Foundation")} <= found


def test_three_bodies_listed_as_the_subject_of_a_joint_action_all_work_together(extract_text):
    record = extract_text("News\n\nLeeds Refugee Forum, Touchline and PAFRAX came together to form the Leeds "
                          "Welcome Network.\n")
    found = pairs(record)
    assert frozenset(("Leeds Refugee Forum", "PAFRAX")) in found and frozenset(("Touchline", "PAFRAX")) in found


def test_wording_of_joint_work_signing_and_working_closely(extract_text):
    record = extract_text(
        "News\n\nMigrant Aid Society and the Eastgate Refugee Forum signed a memorandum of understanding in June 2021.\n\n"
        "The drop-in is delivered in partnership by the Harbour Red Cross and the Salvation Corps.\n\n"
        "Citizens Advice Eastgate will work closely with Leeds City Council and Jobcentre Plus.\n")
    found = pairs(record)
    assert frozenset(("Migrant Aid Society", "Eastgate Refugee Forum")) in found
    assert frozenset(("Harbour Red Cross", "Salvation Corps")) in found
    assert frozenset(("Citizens Advice Eastgate", "Jobcentre Plus")) in found


def test_a_grant_of_an_amount_from_a_funder(extract_text):
    record = extract_text("News\n\nRefugee Link Centre received a grant of £50,000 from the Alder Foundation.\n")
    assert frozenset(("Refugee Link Centre", "Alder Foundation")) in pairs(record)


def test_and_the_between_two_whole_names_splits_them(extract_text):
    record = extract_text("News\n\nPartners on the project include Manchester City Council, Caritas Eastford "
                          "and the Booth Street Centre.\n")
    names = orgs(record)
    assert {"Caritas Eastford", "Booth Street Centre"} <= names
    assert not any(" and the " in n for n in names)


def test_a_groups_possessive_before_society_is_part_of_its_name(extract_text):
    record = extract_text("News\n\nThe service is run jointly by Barnstaple Aid and the Children’s Society.\n")
    assert "Children’s Society" in orgs(record)
    assert frozenset(("Barnstaple Aid", "Children’s Society")) in pairs(record)


def test_a_list_ended_by_etc_ends_its_sentence(extract_text):
    """"churches including A, B, etc. In October X launched": X is not one of the listed members."""
    record = extract_text(
        "Update\n\nHarbour Churches Service is made up of churches including the United Church of Eastford, "
        "the Episcopal Church of Eastford, etc. In October Harbour Churches Service launched new offices.\n")
    found = pairs(record)
    assert frozenset(("United Church of Eastford", "Episcopal Church of Eastford")) in found
    assert frozenset(("Harbour Churches Service", "United Church of Eastford")) not in found


def test_list_items_opening_with_their_verb_take_the_lead_ins_body_as_subject(extract_text):
    record = extract_text(
        "Minutes\n\nEastford Borough Council proposed the following approach:\n\n"
        "·        liaising with Northgate Migration Partnership (NMP), the Harbour Red Cross, and Eastford "
        "Resilience Forum (ERF) regarding arrivals;\n\n·        completing property checks;\n")
    found = pairs(record)
    assert {frozenset(("Eastford Borough Council", n)) for n in
            ("Northgate Migration Partnership", "Harbour Red Cross", "Eastford Resilience Forum")} <= found


def test_grants_each_awarded_by_a_foundation_to_two_bodies(extract_text):
    record = extract_text(
        "News\n\nThrough the Eastford Community Foundation, two agencies – Northgate Family Charities and Harbour "
        "Social Services – were each awarded $500,000 to assist with housing.\n")
    assert {"Northgate Family Charities", "Harbour Social Services"} <= orgs(record)
    found = pairs(record)
    assert frozenset(("Eastford Community Foundation", "Harbour Social Services")) in found
    assert frozenset(("Eastford Community Foundation", "Northgate Family Charities")) in found


def test_a_foundation_that_was_awarded_a_grant_is_no_funder(extract_text):
    record = extract_text(
        "News\n\nThe Harbour Bridge Trust has awarded grants to refugee groups. Eastford Refugee Council "
        "received £106,500 towards counselling, while Northgate Advocacy Foundation was awarded the same amount.\n")
    found = pairs(record)
    assert frozenset(("Harbour Bridge Trust", "Northgate Advocacy Foundation")) in found
    assert frozenset(("Northgate Advocacy Foundation", "Eastford Refugee Council")) not in found


def test_a_body_that_commissioned_another(extract_text):
    record = extract_text("News\n\nEastford County Council commissioned the national charity Harbour Refugee "
                          "Action to provide integration services to the families.\n")
    assert frozenset(("Eastford County Council", "Harbour Refugee Action")) in pairs(record)


def test_a_named_consortium_with_members_listed_under_its_kind_is_a_project(extract_text):
    record = extract_text(
        "MEDIA RELEASE\n\nLed by Harbour Multicultural Services, the Eastern Region Settlement Consortium (ERSC) is "
        "a new group of four organisations.\nConsortium partners are:\n- Harbour Multicultural Services (lead)\n"
        "- Eastford Diversity Services Limited\n- Northgate Migrant Resource Centre\n"
        "The programme is funded by the Federal Government.\n")
    roles = participants(record, "Eastern Region Settlement Consortium")
    assert roles.items() >= {("Harbour Multicultural Services", "lead"), ("Eastford Diversity Services Limited",
                             "partner"), ("Northgate Migrant Resource Centre", "partner")}


def test_a_body_without_a_head_word_after_led_by(extract_text):
    """The model calls "Uprooted People in Motion" a person; people's names have no "in"."""
    record = extract_text("News\n\nThe Harbour Sanctuary project, led by Uprooted People in Motion in partnership "
                          "with Eastford City of Sanctuary, had two outcomes.\n")
    assert participants(record, "Harbour Sanctuary project").get("Uprooted People in Motion") == "lead"


def test_led_by_a_person_or_a_body_in_a_place(extract_text):
    record = extract_text("News\n\nThe session was led by Jane Smithson. The drop-in is run by Harbour Refugee "
                          "Action in Cardiff.\n")
    names = orgs(record)
    assert "Jane Smithson" not in names and "Harbour Refugee Action in Cardiff" not in names


def test_including_gives_no_part_in_a_project_unless_a_group_is_named(extract_text):
    record = extract_text(
        "Harbour Sanctuary project report\n\nThe Harbour Sanctuary project ran for two years. 13 organisations were "
        "recognised with Sanctuary Awards during the project, including Eastford High School and Northgate "
        "Football Club.\n\nEastford Council is leading a consortium on the project, including Harbour Law Centre "
        "and Northgate Refugee Action.\n")
    roles = participants(record, "Harbour Sanctuary project")
    assert "Eastford High School" not in roles and "Northgate Football Club" not in roles
    assert roles.get("Harbour Law Centre") == "partner" and roles.get("Northgate Refugee Action") == "partner"


def test_a_pronoun_after_a_thanks_cue_and_a_post_after_a_name_are_no_bodies(extract_text):
    record = extract_text("News\n\nJane Morgan, Eastford Development Officer, said: “I’d like to thank them for "
                          "all the work in the years that I’ve known them.”\n")
    names = orgs(record)
    assert "I’ve" not in names and "Eastford Development Officer" not in names


def test_towns_listed_with_a_known_place_are_places_not_bodies(extract_text):
    """No gazetteer lists these towns; Cardiff is known, so the others listed with it are towns too."""
    record = extract_text("Annual report\n\nThe Association helped families settle in Pennwick Falls, Cardiff, "
                          "Morrowby, Gannet Bay and St. Aldous. More families arrived in Morrowby later.\n")
    places = {p["name"] for p in record["places"]}
    assert {"Pennwick Falls", "Morrowby", "Gannet Bay", "St. Aldous"} <= places
    assert not orgs(record) & {"Pennwick Falls", "Morrowby", "Gannet Bay", "St. Aldous"}
    assert not {p["name"] for p in record["people"]} & {"Pennwick Falls", "Gannet Bay"}


def test_groups_of_people_listed_after_to_are_no_places(extract_text):
    record = extract_text("News\n\nTogether we gave out grants to Black, Asian, and Ethnic Communities across Wales.\n")
    assert not {p["name"] for p in record["places"]} & {"Asian", "Ethnic Communities"}


def test_a_persons_possessive_is_part_of_a_schemes_name_and_a_council_department_is_no_body(extract_text):
    record = extract_text(
        "Cabinet minutes\n\n(c) agrees that the funding agreement for delivery of the Eastern Vulnerable Person’s "
        "Resettlement Scheme be varied;\n(d) delegates authority to the Executive Director, Place, in consultation "
        "with the Director of Finance and Commercial Services, to instruct the Director of Legal and Governance "
        "Services to finalise terms;\n")
    assert "Eastern Vulnerable Person’s Resettlement Scheme" in {p["name"] for p in record["projects"]}
    names = orgs(record)
    assert "Eastern Vulnerable Person" not in names and "Legal and Governance Services" not in names


def test_an_occasion_after_on_is_no_part_of_a_bodys_name_and_mps_are_no_body(extract_text):
    record = extract_text("News\n\nIn March we organised a lobby of Harbour Assembly on International Women’s Day. "
                          "Over 40 partner organisations worked with us on the event, and all our speakers were "
                          "refugee women or MPs.\n")
    names = orgs(record)
    assert not any("Women’s Day" in n for n in names) and "MPs" not in names


def test_a_name_after_a_post_in_running_text_is_a_person_but_after_a_signatures_post_a_body(extract_text):
    record = extract_text("News\n\nOne woman spoke on the radio with our policy and research coordinator, Gemma "
                          "Lousley, about detention.\n\nDr Sarah Spencer, Director, Harbour Exchange on Migration and "
                          "Diversity\n")
    assert "Gemma Lousley" in {p["name"] for p in record["people"]} and "Gemma Lousley" not in orgs(record)
    assert "Harbour Exchange on Migration and Diversity" in orgs(record)


def test_a_bare_partners_heading_over_bulleted_lines_lists_a_group_of_partners(extract_text):
    record = extract_text("Harbour Skills Project\n\nThe project trains staff who work with newcomers.\n\nPartners\n"
                          "  • Centre for Harbour Cooperation (BG)\n  • Northgate Learning Limited (CY)\n"
                          "  • Wexcombe Volkshochschule (AT)\n")
    assert {frozenset(("Centre for Harbour Cooperation", "Northgate Learning Limited")),
            frozenset(("Northgate Learning Limited", "Wexcombe Volkshochschule"))} <= pairs(record)


def test_a_partnership_heading_over_one_paragraph_of_names_set_apart_by_commas(extract_text):
    record = extract_text("HARBOUR - Sharing integration practice\n\nThe project supports cities.\n\nPartnership\n"
                          "Harbour Cities Asbl, Stadt Wexcombe, Comune Di Northgate, Centro De Iniciativas Para La "
                          "Formación y El Empleo De Eastgate.\n\nAims\nSupport the cities.\n")
    assert frozenset(("Stadt Wexcombe", "Centro De Iniciativas Para La Formación y El Empleo De Eastgate")) in pairs(record)
    assert len(pairs(record)) >= 6


def test_a_paragraph_that_is_no_list_of_names_under_a_partners_heading_gives_no_group(extract_text):
    record = extract_text("Report\n\nPartners\nWe met our partners in Wexcombe, Northgate and Eastgate in 2023 to "
                          "plan the year.\n")
    assert not pairs(record)


@pytest.mark.parametrize("text,project,expected", [
    # "X will deliver services in A, with Y delivering services in B": both deliver the project
    ("The minister launched the Harbour Youth Transition pilot program.\n\nIn Westvale, Northgate Family House "
     "will deliver services in Kesby, with Brotherhood of St Aldric delivering services in Orme.",
     "Harbour Youth Transition pilot program", {"Northgate Family House": "delivery", "Brotherhood of St Aldric": "delivery"}),
    # a body giving money "to fund the project" funds it; "operated by" names who delivers it
    ("The minister today announced the Harbour Employment Pathways Project, which will provide training to 100 "
     "refugees.\n\nThe Harbour Government is providing $600,000 to fund the project, which will be operated by "
     "Quayside Community Services.",
     "Harbour Employment Pathways Project", {"Harbour Government": "funder", "Quayside Community Services": "delivery"}),
])
def test_roles_from_the_verbs_of_delivering_and_funding(extract_text, text, project, expected):
    assert participants(extract_text("Project announced\n\n" + text + "\n"), project) == expected


def test_names_one_to_a_line_after_an_including_lead_in_are_bodies_without_pairs(extract_text):
    record = extract_text(
        "News\n\nThe province is providing $2.1 million to 14 organizations for settlement projects across the "
        "province including:\n\nKelvin Newcomer Dynamics\n\nAshdown Immigrant Centre Inc.\n\n"
        "Brackley Interfaith Settlement Council Inc.\n\nNorthfield Learning and Literacy Centre Inc.\n\n"
        "About 6,000 newcomers along with their families are expected to benefit from the projects.\n")
    names = {o["name"] for o in record["organisations"]}
    assert {"Kelvin Newcomer Dynamics", "Ashdown Immigrant Centre Inc.", "Brackley Interfaith Settlement Council Inc.",
            "Northfield Learning and Literacy Centre Inc."} <= names
    # "including:" says they are bodies, not that they work together; each works with the province funding it
    assert all("Province" in (c["a"], c["b"]) for c in record["collaborations"])


def test_a_roster_after_a_colon_stays_a_roster(extract_text):
    record = extract_text(
        "Minutes\n\nNew members:\nCllr Lee Virgo, Ashdown CBC\nCllr Jan Rowe, Kelvin CC\nSam Hart, Brackley LHB\n"
        "3. Housing update. The group heard about housing.\n")
    assert {"Lee Virgo", "Jan Rowe", "Sam Hart"} <= {p["name"] for p in record["people"]}
