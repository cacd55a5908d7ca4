"""Wording from news pages and annual reports outside the UK: a cue with a verb before "between", a
partnership project "involving" its bodies, a person's title after a listed body, an acronym's possessive
before a post, a page label in a title, and a census statistic that runs on into the next sentence. Every
text here is written for the test; the records come from the default pipeline (rules and model)."""
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
    record = extract_text("Update\n\nThe Lakeside Welcome Trust reported on the Parents Back to Work scheme. "
                          "It is a partnership project involving Lakeside Welcome Trust and NRA, with "
                          "referrals from the job centre.\n")
    assert frozenset(("Lakeside Welcome Trust", "NRA")) in pairs(record)


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
