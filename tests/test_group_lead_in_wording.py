"""Named groups and the lists under them as older reports and council releases write them: a lead-in ending
in a semicolon, a group whose kind is capitalised, a programme named before its "Partners", a partnership cue
inside an award's quoted title, and a parliament as the building where something happened. Every text here is
written for the test; the records come from the default pipeline (rules and model)."""
from __future__ import annotations

from conftest import orgs

GROUP = ("Forum report\n\nThe Harbour Advisory Group comprises of representatives from;\n"
         "   • Lakeside Employment Partnership\n   • Centre for Border Studies\n   • Northgate County Council\n"
         "   • Riverside Travellers Support Group\n\nReport structure\n")


def test_a_list_under_a_lead_in_ending_in_a_semicolon_gives_the_named_groups_members(extract_text):
    record = extract_text(GROUP)
    assert {"Lakeside Employment Partnership", "Centre for Border Studies", "Northgate County Council",
            "Riverside Travellers Support Group"} <= orgs(record)
    group = next(p for p in record["projects"] if p["name"] == "Harbour Advisory Group")
    assert {x["organisation"] for x in group["participants"]} >= {"Lakeside Employment Partnership",
                                                                  "Northgate County Council"}


def test_a_programme_named_before_its_partners_is_a_project(extract_text):
    record = extract_text("Release\n\nIssued on behalf of the Northshire Syrian Resettlement Programme Partners\n\n"
                          "Partners confirm that they are preparing to receive 6 families in the coming months.\n")
    assert "Northshire Syrian Resettlement Programme" in {p["name"] for p in record["projects"]}


def test_a_partnership_cue_inside_an_awards_quoted_title_lists_no_bodies(extract_text):
    record = extract_text("News\n\nThe pair were invited to London to collect a ‘Charity Partnership of the Year "
                          "Award’ for the Westbank Migrants Forum.\n")
    assert not any("Award" in name for name in orgs(record))


def test_a_parliament_where_something_happened_is_a_venue(extract_text):
    record = extract_text("News\n\nAddressing those gathered in the House of Lords on 3 May 2023, the director "
                          "thanked the Westbank Migrants Forum.\n")
    assert "House of Lords" in {v["name"] for v in record["venues"]}


def test_we_in_a_section_headed_by_a_bodys_name_is_that_body(extract_text):
    record = extract_text("The PARTNER8 project is led by Kells Partnership and promoted by seven organisations. "
                          "Kells Partnership leads the Kells Welcome Network (KWN).\n\nKells Partnership\n\nKells "
                          "Partnership provide supports to migrants and lead the KWN. We have forged strategic links "
                          "with the Harbour Rights Centre and the Northern Network Against Racism. We chair the KWN "
                          "committee.\n")
    pairs = {frozenset((c["a"], c["b"])) for c in record["collaborations"]}
    assert frozenset(("Kells Partnership", "Harbour Rights Centre")) in pairs
    assert frozenset(("Harbour Rights Centre", "Northern Network Against Racism")) not in pairs


def test_a_word_that_qualifies_employers_is_no_body(extract_text):
    record = extract_text("Project page\n\nBy working with the Harbour Business Network and Welsh employers we "
                          "gave participants a boost.\n")
    assert "Welsh" not in orgs(record)


def test_a_newsletters_topic_names_no_project_and_a_scheme_may_have_an_a_in_its_name(extract_text):
    record = extract_text("Refugee Support Newsletter – March 2018\n\nHarbour Welcome\n\nContact Harbour Welcome "
                          "about the Adopt a Room scheme, whereby a group can kit out one room for a family.\n")
    names = {p["name"] for p in record["projects"]}
    assert "Refugee Support" not in names
    assert "Adopt a Room scheme" in names


def test_an_organiser_is_a_post_not_part_of_a_bodys_name(extract_text):
    record = extract_text("News\n\nMaria Kane, CSS Community Organiser\n\nLast year Catholic Social Services (CSS) "
                          "hosted three workshops in Wellington.\n")
    assert "CSS Community Organiser" not in orgs(record)
    assert "Maria Kane" in {p["name"] for p in record["people"]}


def test_a_quote_closed_by_an_opening_mark_does_not_hide_a_later_partner_list(extract_text):
    record = extract_text("News\n\nThe fund selected the project “Learning together through language buddies“, "
                          "Buddy Up. The project partners are: Harbour University, Greece (Lead Partner); Symplexa, "
                          "Greece; Casa Do Vale, Portugal; Bildungswerk Nord, Austria.\n")
    assert {"Symplexa", "Casa Do Vale"} <= orgs(record)


def test_a_kind_of_body_ending_a_heading_names_nothing_below_it(extract_text):
    record = extract_text("Getting organised – the accidental NGO\n\nWith such community interest, the Glebe "
                          "Refugee Action group approached First United Church.\n")
    assert "With" not in orgs(record)


def test_a_project_titled_in_words_goes_by_the_name_after_its_title(extract_text):
    record = extract_text("News\n\nThe fund confirmed the selection of the project “Supporting language learning of "
                          "young adults through peer buddies“, Peer Buddy. The project is led by Harbour University.\n")
    names = {p["name"] for p in record["projects"]}
    assert "Peer Buddy" in names and "Supporting" not in names


def test_a_capitalised_name_spelled_out_after_its_dash_is_the_project_and_its_partnership_heading_lists_partners(
        extract_text):
    record = extract_text("INTEGRANT - Integrating newcomers through local practice in Europe\n\nProject\nThe project "
                          "supports local authorities.\n\nPartnership\nEurocities Asbl, Migrationwork Europe Sccl, "
                          "Comune Di Milano, Stadt Wien, Goteborgs Kommun\n")
    project = next(p for p in record["projects"] if p["name"] == "INTEGRANT")
    assert {"Eurocities Asbl", "Comune Di Milano", "Stadt Wien"} <= {x["organisation"] for x in project["participants"]}


def test_a_memos_field_label_is_no_person_and_a_city_awarded_funds_is_a_body(extract_text):
    record = extract_text("To: Honorable Mayor\nFrom: Steve Porter, City Manager\nPrepared By: Molly Ratner, Deputy "
                          "City Manager\n\nDISCUSSION:\nThe City of Westvale was awarded funds in the amount of "
                          "$161,872.12. The City of Westvale will subcontract with the Valley Family Center.\n")
    people = {p["name"] for p in record["people"]}
    assert "Prepared By" not in people and "Molly Ratner" in people
    assert "City of Westvale" in orgs(record)


def test_a_quoted_name_a_project_meeting_is_of_names_the_project_lower_case_words_too(extract_text):
    record = extract_text("News\n\n2nd Transnational Project Meeting of ‘Rebuilding lives in the Valley of Welcome’ "
                          "is taking place in Ljubljana, in which the project representatives from Harbour Halk "
                          "Merkezi (Turkey), Municipality of Verona (Italy) and Nordic Welcome Network (Sweden) take part.\n")
    project = next(p for p in record["projects"] if p["name"] == "Rebuilding lives in the Valley of Welcome")
    assert {"Municipality of Verona", "Nordic Welcome Network"} <= {x["organisation"] for x in project["participants"]}
    assert "Valley of Welcome" not in orgs(record)
