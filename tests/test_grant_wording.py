"""Grants in funding news, by class of wording: amounts in brackets after each grantee, grants to a list
after a colon, "X will receive funding" under a named fund, a government or municipality written in lower
case. Every text and name here is written for the test; the records come from the default pipeline."""
from __future__ import annotations

from test_partnership_wording import orgs, pairs


def test_a_government_written_in_lower_case_funds_grantees_named_with_their_amounts(extract_text):
    record = extract_text(
        "News\n\nThe government of Canada funds settlement services across the country. The funding will be used "
        "to deliver language training through Harbour Newcomer Services ($636,961), Eastford Settlement "
        "Society ($458,538) and Northgate Youth Association (NYA) ($220,730).\n")
    assert "Government of Canada" in orgs(record)
    found = pairs(record)
    assert {frozenset(("Government of Canada", name)) for name in
            ("Harbour Newcomer Services", "Eastford Settlement Society", "Northgate Youth Association")} <= found


def test_grants_to_a_list_of_organisations_after_a_colon(extract_text):
    record = extract_text(
        "News\n\nThe Alder Hill Fund is pleased to award grants totaling $200,000 to four organizations working "
        "with refugees: Community Welcome Agency (CWA) in Eastford, Ohio; Harbour Response Collaborative in "
        "upstate New York; Northgate College in Fremont, California; and Birchwood Foundation in Dayton.\n")
    found = pairs(record)
    assert {frozenset(("Alder Hill Fund", name)) for name in (
        "Community Welcome Agency", "Harbour Response Collaborative", "Northgate College",
        "Birchwood Foundation")} <= found


def test_bodies_that_will_receive_funding_under_a_named_fund(extract_text):
    """A grantee's name need not look like a body's: receiving funding says it is one."""
    record = extract_text(
        "News\n\nLocal projects are set to receive funding under the Harbour Integration Fund 2024.\n\n"
        "In Eastford, Rowan Family Support will receive funding for a social group, and the Northgate Ethnic "
        "Network will receive funding for an intercultural day.\n")
    assert "Rowan Family Support" in orgs(record)
    found = pairs(record)
    assert frozenset(("Harbour Integration Fund", "Rowan Family Support")) in found
    assert frozenset(("Harbour Integration Fund", "Northgate Ethnic Network")) in found


def test_a_municipality_written_in_lower_case_is_a_body(extract_text):
    record = extract_text("News\n\nCity officials and the municipality of Eastwold Geleen met in Limburg for a study "
                          "visit.\n")
    assert "Municipality of Eastwold Geleen" in orgs(record)


def test_partner_agencies_that_receive_amounts_are_grantees_not_a_group(extract_text):
    record = extract_text(
        "News\n\nFew of the partner agencies in the city, who will receive a share of $36 million, include Kelvin "
        "Cross-Cultural Services ($4,325,740), Ashdown Community House ($3,379,461) and Brackley Settlement "
        "Services ($1,724,903).\n")
    together = {frozenset((c["a"], c["b"])) for c in record["collaborations"]}
    assert frozenset(("Kelvin Cross-Cultural Services", "Ashdown Community House")) not in together


def test_providers_listed_by_the_author_are_its_contractors(extract_text):
    record = extract_text(
        "Press Release: Kelvin Immigration Service\n\nKelvin Immigration Service has today announced new settlement "
        "providers from 1 July 2022.\n\nThose providers are:\n\n  • Ashdown Multicultural Services Trust (Ashdown)\n"
        "  • Brackley Whetu Trust (Brackley)\n  • Northfield Support Canterbury (Northfield)\n")
    together = {frozenset((c["a"], c["b"])) for c in record["collaborations"]}
    assert frozenset(("Ashdown Multicultural Services Trust", "Brackley Whetu Trust")) not in together


def test_who_has_been_awarded_funding_or_will_use_it_is_a_body_whatever_its_name(extract_text):
    record = extract_text(
        "New grants\n\nThirteen groups have been awarded funding from the Harbour Community Fund.\n\nPedal Power "
        "Together will use the funding to provide refugees with bicycles. Kestrel Futures has been awarded funding "
        "to run sewing workshops.\n")
    assert {"Pedal Power Together", "Kestrel Futures"} <= orgs(record)
