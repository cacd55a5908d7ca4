"""Wording classes of themes and money beyond the UK sample reports: other currencies and number styles,
dollars resolved by the country, and themes whose words differ (settlement, host languages, lists)."""
from __future__ import annotations

import pytest
from partnergraph.extract.components.money import parse_money


@pytest.mark.parametrize("text,amount,currency", [
    ("The charity received €3.4million from the ministry.", 3_400_000, "EUR"),
    ("Projects may apply for up to €15,00 each.", 15_000, "EUR"),
    ("Das Land stellt 2,5 Mio. Euro bereit.", 2_500_000, "EUR"),
    ("Die Stadt gibt 40.000 € für Sprachkurse.", 40_000, "EUR"),
    ("a grant of £15k for the drop-in", 15_000, "GBP"),
    ("EUR 750,000 for reception centres", 750_000, "EUR"),
    ("C$250,000 for newcomer services", 250_000, "CAD"),
    ("A$1.2m over two years", 1_200_000, "AUD"),
    ("NZ$80,000 for the trust", 80_000, "NZD"),
    ("a pledge of 60,000 Australian dollars", 60_000, "AUD"),
    ("AUD 5 million for settlement", 5_000_000, "AUD"),
    ("The canton gave CHF 1'200'000 to the project.", 1_200_000, "CHF"),
    ("a grant of 500,000 Swiss francs", 500_000, "CHF"),
    ("SEK 2 million from the county", 2_000_000, "SEK"),
    ("NOK 350,000 for the language café", 350_000, "NOK"),
])
def test_currency_wording(text, amount, currency):
    ((_, _, found_amount, found_currency),) = parse_money(text)
    assert (round(found_amount), found_currency) == (amount, currency)


@pytest.mark.parametrize("text,currency", [
    ("Ottawa, Ontario - The Government of Canada will invest $3.5 million in settlement services.", "CAD"),
    ("Queensland refugees: the Australian Government gave $900,000 to local councils in Australia.", "AUD"),
    ("Auckland: New Zealand agencies received $2 million for refugee resettlement in New Zealand.", "NZD"),
    ("The foundation gave $40,000 to the food pantry.", "USD"),
])
def test_dollar_follows_the_country(text, currency):
    ((_, _, _, found_currency),) = parse_money(text)
    assert found_currency == currency


def test_money_record_in_euros(extract_text):
    record = extract_text("Funding news\n\nThe Department awarded over €2.4million to eleven integration "
                          "projects in Cork.")
    assert [(m["amount"], m["currency"]) for m in record["money"]] == [(2_400_000, "EUR")]


def test_amounts_under_a_currency_sign_standing_as_a_heading_are_money(extract_text):
    """A grants table flattened into a line: "... fund £ Name 28,650 Name 47,300"; the counts after a blank
    line are no amounts."""
    text = ("Grants\n\nOrganisations awarded grants from the 2004 fund £ Harbour Advice Forum 28,650 Northgate "
            "Refugee Association 47,300 Eastgate Welcome Trust 1,500\n\nIn all, 1,200 people took part.\n")
    assert [(a, c) for _, _, a, c in parse_money(text)] == [(28_650, "GBP"), (47_300, "GBP"), (1_500, "GBP")]
    record = extract_text(text)
    assert len(record["money"]) == 3 and not [f for f in record["figures"] if f["delivered"] in (28_650, 47_300)]


def themes_of(extract_text, text: str) -> set[str]:
    return set(extract_text(text)["themes"])


def test_host_language_and_language_training(extract_text):
    text = ("Welcome Point Cologne\n\nVolunteers offer German lessons twice a week. Newcomers also get help "
            "with job search and with finding a flat.")
    themes = themes_of(extract_text, text)
    assert {"language", "employment"} <= themes and "education" not in themes


def test_settlement_services_wording(extract_text):
    text = ("Newcomer centre update\n\nThe centre provides settlement services: language training, advice "
            "and referrals, and career planning for newcomers. Community sponsors help families settle into "
            "their new neighbourhood and build welcoming communities.")
    themes = themes_of(extract_text, text)
    assert {"language", "advice", "employment", "citizenship", "cohesion"} <= themes
    assert "education" not in themes


def test_passing_list_of_topics_is_not_a_theme(extract_text):
    text = ("About us\n\nOur caseworkers help people with problems relating to housing, benefits, health, "
            "schooling and employment. We ran a food bank and helped 300 people facing destitution.")
    themes = themes_of(extract_text, text)
    assert "destitution" in themes
    assert not {"housing", "health", "employment"} & themes


def test_body_names_and_minutes_formulas_are_not_themes(extract_text):
    text = ("Core group minutes\n\nAttendees: Ann Lee, Mental Health Foundation; Raj Patel, Mental Health "
            "Foundation; Tom Ray, University of Leeds.\n\nWelcome and apologies\n\nThe chair welcomed everyone. "
            "Of course the group will meet again, over the course of the year.")
    assert themes_of(extract_text, text) == set()


def test_asylum_seekers_are_a_population_not_legal_work(extract_text):
    text = ("Drop-in news\n\nThe drop-in supports asylum seekers and refugees. Asylum seekers from many "
            "countries attend.")
    assert "legal" not in themes_of(extract_text, text)
    text = "Legal clinic\n\nOur solicitors give legal advice on the asylum process and asylum appeals."
    assert "legal" in themes_of(extract_text, text)


def test_families_counted_in_resettlement_are_not_the_childrens_theme(extract_text):
    text = ("Resettlement update\n\nThe council agreed to resettle 20 families over the year. The first families "
            "arrived in March and two more families are expected in May.\n\nAt the school gate the project also "
            "runs a homework club for children and young people, with parents joining in.")
    themes = themes_of(extract_text, text)
    assert "children" in themes  # the work with children is described
    assert "children" not in themes_of(extract_text, text.split("\n\nAt the")[0])  # families as a unit only


def test_resettled_families_are_households_not_the_children_theme(extract_text):
    text = ("Resettlement update\n\nTen refugee families arrived this year, and the family support team met each "
            "family. Two more families will come in the spring; partners play a key role in finding homes.")
    assert "children" not in themes_of(extract_text, text)


def test_isolation_friendship_and_myth_busting_are_cohesion(extract_text):
    text = ("Cycling project\n\nThe project will tackle social isolation and build friendship between newcomers "
            "and their neighbours. A myth busting evening is planned.")
    assert "cohesion" in themes_of(extract_text, text)


def test_the_courses_of_an_english_class_are_language_not_education(extract_text):
    text = ("College news\n\nOur ESOL courses are full. ESOL learners on the courses meet twice a week, and ESOL "
            "classes continue in the summer.")
    themes = themes_of(extract_text, text)
    assert "language" in themes and "education" not in themes
