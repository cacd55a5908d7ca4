"""Lists of bodies as news pages and annual reports write them: a company's abbreviated "Corp." inside a list,
two bodies the model runs into one across a comma, a municipality named head first among listed bodies, a line
of "Body (Town)" items with nothing between them, towns a report names in brackets elsewhere, a line of
countries, and a title that names its author by a centre's name. Every text here is written for the test; the
records come from the default pipeline (rules and model)."""
from __future__ import annotations

from conftest import orgs


def pairs(record) -> set[frozenset]:
    return {frozenset((c["a"], c["b"])) for c in record["collaborations"]}


def test_a_list_runs_on_past_an_abbreviated_company_name(extract_text):
    record = extract_text("News\n\nHope House works with the Bridge Foundation, Westfield Development Corp., "
                          "Harbour Credit Union and the Lakeside Trust.\n")
    assert frozenset(("Hope House", "Harbour Credit Union")) in pairs(record)
    assert frozenset(("Hope House", "Lakeside Trust")) in pairs(record)


def test_two_bodies_across_a_comma_are_two_names():
    from partnergraph.extract.facts.model_names import listed_parts

    names = [name for _, name in listed_parts("Community Foundation of Greater Elm, Greater Elm Development Corp.")]
    assert names == ["Community Foundation of Greater Elm", "Greater Elm Development Corp."]
    assert [name for _, name in listed_parts("Settlement Services Council, Ontario")] == \
        ["Settlement Services Council, Ontario"]  # a body and its town
    assert len(listed_parts("European Union Asylum, Immigration and Integration Fund")) == 1  # one fund


def test_a_municipality_named_head_first_among_listed_bodies_is_a_body(extract_text):
    record = extract_text("Annual Report\n\nWith funding support from the Northfield Trust, the Ontario Ministry "
                          "of Labour and the City of Maplebrook, the Riverside Welcome Centre expanded its programme.\n")
    assert "City of Maplebrook" in orgs(record)
    assert frozenset(("Riverside Welcome Centre", "City of Maplebrook")) in pairs(record)
    record = extract_text("News\n\nThe new office opened in the City of Maplebrook last May.\n")
    assert "City of Maplebrook" not in orgs(record)  # a place where nothing lists it with bodies


def test_a_line_of_bodies_with_their_towns_in_brackets_names_each_body(extract_text):
    record = extract_text("News\n\nThose providers are:\n\nOakridge Multicultural Trust (Hamilton) Tawa Community "
                          "Services (Wellington) Safer South Plains (Timaru) Harbourside Support Network (Nelson)\n\n"
                          "They support families in Timaru and Nelson providers' areas.\n")
    assert {"Oakridge Multicultural Trust", "Tawa Community Services", "Safer South Plains",
            "Harbourside Support Network"} <= orgs(record)
    assert "Safer South Plains" not in {p["name"] for p in record["people"]}


def test_towns_a_report_names_in_brackets_are_no_body_elsewhere(extract_text):
    record = extract_text("News\n\nContracts went to Caritas Aotearoa (Wellington), Gleniti Baptist Church "
                          "(Timaru) and Nelson Settlers Trust (Ashburton).\n\nLast month, we announced a contract "
                          "renewal for Ashburton and Timaru providers to provide settlement services.\n")
    assert "Ashburton and Timaru" not in orgs(record)


def test_a_line_of_countries_names_no_person(extract_text):
    record = extract_text("Annual Report\n\nThis year the centre welcomed clients from 40 countries:\n\nEritrea "
                          "Ghana Greece Guyana Haiti Sri Lanka Sudan Syria\n")
    people = {p["name"] for p in record["people"]}
    assert not {"Ghana Greece", "Sri Lanka"} & people


def test_a_title_naming_a_centre_names_its_author_not_a_project(extract_text):
    record = extract_text("Northgate Newcomers Centre Annual Report 2016-2017\n\nThe year was a remarkable one "
                          "for the Northgate Newcomers Centre, which resettled 40 families.\n")
    assert "Northgate Newcomers Centre" not in {p["name"] for p in record["projects"]}
    assert "Northgate Newcomers Centre" in orgs(record)


def test_a_name_the_writer_calls_an_association_is_a_body_not_a_person(extract_text):
    record = extract_text("Project partners\n\nIn Italy:\n\nThe multi-ethnic, cultural association La Medina with "
                          "headquarters in Cosenza.\n\nIn Greece: the charity Nea Zoi.\n")
    assert {"La Medina", "Nea Zoi"} <= orgs(record)
    assert not {"La Medina", "Nea Zoi"} & {p["name"] for p in record["people"]}


def test_an_acronyms_board_acts_for_the_body(extract_text):
    record = extract_text("Grants approved\n\nThe WCCA Board at their November 2022 meeting approved the "
                          "following grants.\n")
    assert "WCCA" in orgs(record) and "WCCA Board" not in orgs(record)


def test_a_municipality_or_ngo_named_last_is_a_body(extract_text):
    record = extract_text("Final conference\n\nThe speakers of the roundtable were:\n- Paola Verdi, Mayor of "
                          "Castelnuovo Terme Municipality (Italy)\n- Leticia Moran, Hamsa NGO\n")
    assert {"Castelnuovo Terme Municipality", "Hamsa NGO"} <= orgs(record)
    people = {p["name"] for p in record["people"]}
    assert "Paola Verdi" in people and not {"Castelnuovo Terme", "Hamsa"} & people


def test_a_persons_name_inside_a_longer_one_is_the_same_person(extract_text):
    record = extract_text("Final conference\n\nThe speakers were:\n- Luca Musile Tanzi, Mayor of Borgo Terme\n"
                          "- Dace Vinosvka, European Committee of the Regions\n")
    people = {p["name"] for p in record["people"]}
    assert "Luca Musile Tanzi" in people and "Musile Tanzi" not in people


def test_a_quoted_name_before_a_described_project_names_the_project(extract_text):
    record = extract_text("News\n\nThe Riverside Library joined forces with the Northgate College. Riverside "
                          "Library do this through their ‘Talk Together’ volunteer project, the largest in the city.\n")
    assert "Talk Together" in {p["name"] for p in record["projects"]}
