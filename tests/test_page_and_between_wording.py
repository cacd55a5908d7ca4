"""Wording from news pages and annual reports outside the UK: a cue with a verb before "between", a
partnership project "involving" its bodies, a person's title after a listed body, an acronym's possessive
before a post, a page label in a title, a census statistic that runs on into the next sentence, the items
of a list of topics, names that run on into a plan's or a funding stream's name, and a list of dates whose
last gives the year; regions of EU states as places; a name the writer calls a partner; the themes of a list
of topics. Every text here is written for the test; the records come from the default pipeline (rules and
model)."""
from __future__ import annotations

from conftest import orgs


def pairs(record) -> set[frozenset]:
    return {frozenset((c["a"], c["b"])) for c in record["collaborations"]}


def test_a_relation_noun_and_a_verb_before_between_pair_the_bodies(extract_text):
    record = extract_text("News\n\nA new phase of cooperation begins between the Municipality of Larissa and "
                          "UNICEF\n\nThe two met on 3 May 2024.\n")
    assert frozenset(("Municipality of Larissa", "UNICEF")) in pairs(record)
    record = extract_text("News\n\nLast week an agreement was signed between Northgate County Council and "
                          "Harbour Refugee Action to run a new advice hub.\n")
    assert frozenset(("Northgate County Council", "Harbour Refugee Action")) in pairs(record)


def test_a_partnership_project_involving_two_bodies_pairs_them(extract_text):
    """As the scorer counts pairs: collaborations and two participants of one project."""
    from test_partnership_wording import pairs as scored_pairs

    record = extract_text("Update\n\nThe Lakeside Welcome Trust reported on the Parents Back to Work scheme. "
                          "It is a partnership project involving Lakeside Welcome Trust and NRA, with "
                          "referrals from the job centre.\n")
    assert frozenset(("Lakeside Welcome Trust", "NRA")) in scored_pairs(record)


def test_a_title_after_a_listed_body_is_no_body(extract_text):
    record = extract_text("News\n\nThe meeting was attended by the Director of the Lakeside Welcome Trust, "
                          "Mr. Andreas Pappas, who asked for closer work.\n")
    assert not {"Mr", "Mr."} & orgs(record)
    assert "Andreas Pappas" in {p["name"] for p in record["people"]}


def test_an_acronyms_possessive_before_a_post_is_the_acronyms_body(extract_text):
    record = extract_text("Update\n\nJane Oduya, NRA’s Manager Housing Services, spoke about a housing pilot.\n\n"
                          "The pilot is run by NRA and the Lakeside Welcome Trust.\n")
    assert "NRA" in orgs(record) and not any(name.endswith("’s") for name in orgs(record))


def test_a_page_label_in_a_title_names_no_project(extract_text):
    record = extract_text("Page 4 - LWT 2019 Annual Report\n\nThe Lakeside Welcome Trust worked with Harbour "
                          "Refugee Action on a winter shelter.\n")
    assert not any(p["name"].startswith("Page") for p in record["projects"])
    assert not any(name.startswith("Page") for name in orgs(record))


def test_a_census_figure_runs_on_into_the_next_sentence(extract_text):
    record = extract_text("News\n\nThe 2016 Census shows that 8.5% of the population of the county was born "
                          "abroad. There were 6,617 non-Irish nationals, the most common being Polish (29%).\n\n"
                          "Our project trained 40 volunteers in 2019.\n")
    values = {f.get("delivered") for f in record["figures"]}
    assert 6617 not in values and 29 not in values
    assert 40 in values


def test_the_items_of_a_list_of_topics_name_no_bodies(extract_text):
    record = extract_text("Update\n\nThe Northgate Welcome Network worked with Harbour Refugee Action on the plan.\n\n"
                          "The priority areas targeted by the plan for 2020-2022 are:\n\n"
                          "§ Reception, Housing and Solidarity Services;\n\n§ Media and Public Opinion Awareness\n\n"
                          "The plan was approved in May.\n")
    assert {"Northgate Welcome Network", "Harbour Refugee Action"} <= orgs(record)
    assert not {"Housing and Solidarity Services", "Solidarity Services", "Public Opinion Awareness"} & orgs(record)


def test_a_name_running_on_into_a_plan_or_a_funding_stream_is_no_body(extract_text):
    record = extract_text("Update\n\nTo present the Integrated Action Plan the partners held local events. The "
                          "pilot is funded by the Home Office as part of the Service Delivery Improvement "
                          "stream. The partners present their Action Plans at local level.\n")
    assert not {"Integrated Action", "Service Delivery Improvement", "Action Plans"} & orgs(record)
    assert "Home Office" in orgs(record)


def test_a_yearless_date_listed_before_dated_ones_takes_their_year(extract_text):
    record = extract_text("Report, May 2016\n\nCity Council at its meeting of September 30, October 1 and 2, 2015 "
                          "adopted the programme. The group met on 30 December, 2 and 3 January 2016 in Leeds. "
                          "The fair is on 3 June and the launch was on 5 May 2015.\n")
    values = {d["value"] for d in record["dates"]}
    assert {"2015-09-30", "2015-10-01", "2015-12-30", "2016-01-02", "2016-06-03"} <= values
    assert "2016-09-30" not in values


def test_regions_of_eu_states_are_places(extract_text):
    record = extract_text("Update\n\nThe partners have set up regional networks in Leitrim (Ireland), Umbria "
                          "(Italy), Catalonia (Spain) and Saxony-Anhalt (Germany).\n")
    assert {"Umbria", "Catalonia", "Saxony-Anhalt"} <= {p["name"] for p in record["places"]}


def test_a_name_the_writer_calls_a_partner_is_a_body_but_not_after_her(extract_text):
    record = extract_text("Update\n\nA guide is being developed by the Turkish partner Tuzla Kaymakamligi for the "
                          "network. She came to the meeting with her partner Ahmed Khan.\n")
    assert "Tuzla Kaymakamligi" in orgs(record)
    people = {p["name"] for p in record["people"]}
    assert "Tuzla Kaymakamligi" not in people and "Ahmed Khan" in people


def test_a_list_of_topics_passes_over_its_themes_but_a_list_of_objectives_does_not(extract_text):
    topics = extract_text("Update\n\nThe Northgate Welcome Network agreed its plan with Harbour Refugee Action in "
                          "May 2020.\n\nThe priority areas targeted by the plan for 2020-2022 are:\n\n"
                          "§ Employment, Education and Training;\n\n§ Culture, Citizenship and Civic Participation\n\n"
                          "The plan was approved in June.\n")
    assert not {"employment", "education", "citizenship"} & set(topics["themes"])
    objectives = extract_text("Update\n\nThe Northgate Welcome Network runs the pilot.\n\nThe project has three "
                              "main objectives:\n\n1. Newly arrived refugees find jobs through employment advice "
                              "and job search support in every town of the county.\n\n2. Employers offer work "
                              "placements and employment to refugees with the help of the network.\n")
    assert "employment" in objectives["themes"]
