"""Where a name starts and ends: a devotional title before a church's name ("Our Lady of Mercy Catholic Church"),
a town's possessive in a centre's name ("Red Deer's Immigrant Centre"), a health board named by its region, an
owner's pronoun ("Their Legal Service"), a paper's word before a programme ("Evaluation of the X Program"), a
body's first word alone as the same body, towns people moved to as places, and a body's part before the body it
plays it for ("the Accountable Body for the Home Office"), a quotation's end, two bodies before one possessive,
a body named again where no source finds it, a name in quotes before the kind of body it is, and a local
"Churches Together in X". Every text here
is written for the test; the records come from the default pipeline (rules and model) unless a test says."""
from __future__ import annotations

from conftest import orgs, places


def test_a_church_named_for_a_devotional_title_keeps_the_title(extract_text):
    record = extract_text("Parish news\n\nParishioners at Our Lady of Mercy Catholic Church have opened their hearts "
                          "to sponsor a refugee family from Syria, working with Catholic Social Services.\n")
    assert "Our Lady of Mercy Catholic Church" in orgs(record)
    assert "Mercy Catholic Church" not in orgs(record)


def test_a_listed_towns_possessive_is_part_of_a_centres_name(extract_text):
    record = extract_text("Parish news\n\nThe cities of Edmonton, Calgary, Lethbridge and Red Deer are all planning "
                          "for the arrivals. The Central Alberta Refugee Effort, part of Red Deer's Immigrant Centre, "
                          "is working with Catholic Social Services to settle 200 refugees in Red Deer.\n")
    assert "Red Deer's Immigrant Centre" in orgs(record)
    assert "Red Deer" not in orgs(record)
    assert "Red Deer" in {p["name"] for p in record["places"]}


def test_a_bodys_possessive_still_names_the_body(extract_text):
    record = extract_text("Housing news\n\nTuntum Housing's Supported Housing Service worked with Nottingham City "
                          "Council to house 12 families.\n")
    assert "Tuntum Housing" in orgs(record)


def test_a_health_board_named_by_its_region_is_one_body(extract_text):
    record = extract_text("News\n\nVolunteers from Perth and Kinross Council, NHS Tayside, and Police Scotland met "
                          "the families. NHS Fife provided health checks.\n")
    assert {"NHS Tayside", "NHS Fife"} <= orgs(record)
    assert "NHS" not in orgs(record)


def test_a_programmes_partners_are_no_body(extract_text):
    record = extract_text("News\n\nIssued on behalf of the Moray Family Resettlement Programme Partners\n\nThe partners "
                          "are preparing to welcome six families.\n")
    assert not any(name.endswith("Partners") for name in orgs(record))


def test_a_paper_on_a_programme_names_the_programme(extract_text):
    record = extract_text("Evaluation of the Newcomer Settlement and Adaptation Program (NSAP)\n\nCase studies\n\n"
                          "The centres were run by the YMCA of Greater Toronto and are funded under the Newcomer "
                          "Settlement and Adaptation Program.\n")
    names = {p["name"] for p in record["projects"]}
    assert "Newcomer Settlement and Adaptation Program" in names
    assert not any(name.startswith("Evaluation") for name in names)


def test_an_owners_pronoun_is_no_part_of_a_units_name(extract_text):
    record = extract_text("Year review\n\nThe Harbour Refugee Trust grew in 2012. Their Legal Service opened its door in "
                          "the summer. Their Outreach Office has worked with the Blue Ribbon Trust on street outreach.\n")
    assert not any(name.startswith("Their") for name in orgs(record))


def test_a_bodys_first_word_alone_is_the_same_body(extract_text):
    record = extract_text("Year review\n\nDoras Luimní was founded in 2000. As a key partner in the national campaign, "
                          "Doras has lobbied for change, working with the Irish Refugee Council.\n")
    assert "Doras" not in orgs(record)
    assert not any({c["a"], c["b"]} == {"Doras", "Doras Luimní"} for c in record["collaborations"])


def test_where_families_arrived_or_moved_is_a_place(extract_text):
    record = extract_text("News\n\nSix families arrived in Kilbarrow during 2016 and most recently 7 Syrian families "
                          "moved to Drumlennan in 2018. Two more were housed in September 2019.\n")
    assert {"Kilbarrow", "Drumlennan"} <= places(record)
    assert "September" not in places(record)


def test_a_body_people_moved_to_is_no_place(extract_text):
    record = extract_text("News\n\nThe families moved to Harbour Housing Trust homes and arrived in Glasgow City "
                          "Council accommodation.\n")
    assert not {"Harbour Housing", "Glasgow City", "Harbour Housing Trust"} & places(record)


def test_a_bodys_part_before_the_body_it_plays_it_for_is_cut_off(extract_text):
    record = extract_text("Cabinet decisions 2019\n\nCabinet agrees to the Council continuing to be the Accountable "
                          "Body for the Home Office grant in respect of Harwick City Council and the Refugee "
                          "Council.\n")
    assert "Home Office" in orgs(record)
    assert not {name for name in orgs(record) if name.startswith("Accountable")}


def test_a_name_never_runs_past_the_quotation_it_closes(extract_text):
    record = extract_text("Awards news\n\nThe team was shortlisted for the ‘Most Innovative Project Award’ in the "
                          "Scottish Government awards, with the Travellers’ Movement in Britain as a partner.\n")
    assert "Scottish Government" in orgs(record)
    assert not any("Award’" in name for name in orgs(record))


def test_two_bodies_owning_one_award_are_each_named_and_work_together(extract_text):
    from test_partnership_wording import pairs

    record = extract_text("Awards news\n\nThe Education Team was shortlisted in the Scottish Government and Healthcare "
                          "Improvement Scotland’s Quality Improvement Award.\n")
    assert {"Scottish Government", "Healthcare Improvement Scotland"} <= orgs(record)
    assert frozenset({"Scottish Government", "Healthcare Improvement Scotland"}) in pairs(record)


def test_a_body_named_again_where_no_source_finds_it_keeps_that_mention_as_evidence(tmp_path):
    from partnergraph.extract.pipeline import extract_document, load_pipeline
    from partnergraph.extract.readers import read_file

    path = tmp_path / "club.txt"
    path.write_text("Club news\n\nOur partners: Sanctuary Runners, Kestrel Voices and Harbour Arts.\n\nIn June the "
                    "picnic held by Sanctuary Runners drew 40 people.\n", encoding="utf-8")
    record = extract_document(read_file(path), load_pipeline(use_model=False))
    (runners,) = [o for o in record["organisations"] if o["name"] == "Sanctuary Runners"]
    assert [e["sentence"] for e in runners["evidence"]][1:] == ["In June the picnic held by Sanctuary Runners drew 40 "
                                                                 "people."]


def test_a_name_in_quotes_before_the_kind_of_body_it_is_names_a_body(extract_text):
    from test_partnership_wording import pairs

    record = extract_text("I speak German.\n\nThe “Brückenstiftung Integration“ foundation, the Harbour Foundation "
                          "and their supporters are collaborating to organise language courses. The project runs "
                          "courses throughout Germany. Brückenstiftung Integration, the Harbour Foundation and their "
                          "partners will coordinate German courses for refugees.\n")
    assert "Brückenstiftung Integration" in orgs(record)
    assert frozenset({"Brückenstiftung Integration", "Harbour Foundation"}) in pairs(record)


def test_a_local_churches_together_runs_on_to_its_town(extract_text):
    from test_partnership_wording import pairs

    record = extract_text("Newsletter\n\nKestrel Refugee Action Group, in collaboration with Churches Together in "
                          "Kestrel and Churches Together in Harbourton, has an initiative to help refugees in Calais.\n")
    assert {"Churches Together in Kestrel", "Churches Together in Harbourton"} <= orgs(record)
    assert frozenset({"Kestrel Refugee Action Group", "Churches Together in Harbourton"}) in pairs(record)
