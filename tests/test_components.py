"""Each pipeline component on short texts of its own, with cases that must and must not match."""
from __future__ import annotations

import pytest
from partnergraph.extract.components.acronyms import best_long_form, find_definitions
from partnergraph.extract.components.dates import parse_dates
from partnergraph.extract.components.money import parse_money
from partnergraph.extract.facts.when import date_values


@pytest.mark.parametrize("text,report,values", [
    ("on Wednesday 22nd June at the hall", "2011-03-15", ["2011-06-22"]),
    ("16th / 17th July in Newhaven", "2011-03-15", ["2011-07-16", "2011-07-17"]),
    ("Progress Report 15/03/11", None, ["2011-03-15"]),
    ("ends on 30th September this year", "2017-08", ["2017-09-30"]),
    ("anticipated by April 2020", "2019-12", ["2020-04"]),
    ("events in April and May", "2011-03-15", ["2011-04", "2011-05"]),
    ("on June 22, 2011", None, ["2011-06-22"]),
    ("Monday 2nd January", "2016-12", ["2017-01-02"]),  # the weekday moves the year on
])
def test_dates_resolve_to_iso(text, report, values):
    found = [v for _, _, parts in parse_dates(text) for v in date_values(parts, report)]
    assert found == values


@pytest.mark.parametrize("text", ["you may go", "a three-year programme", "Programme 2014-2020", "page 15 of 30",
                                  "the 2019 review", "Theme 1 – Information"])
def test_not_dates(text):
    assert parse_dates(text) == [] or all(p["month"] is None for _, _, p in parse_dates(text))


@pytest.mark.parametrize("text,amount,currency", [
    ("awarded more than £4m to", 4_000_000, "GBP"),
    ("a £70,000 social enterprise fund", 70_000, "GBP"),
    ("€2.5 million from the fund", 2_500_000, "EUR"),
    ("5 million pounds", 5_000_000, "GBP"),
    ("a $300k grant", 300_000, "USD"),
])
def test_money(text, amount, currency):
    ((_, _, found_amount, found_currency),) = parse_money(text)
    assert (found_amount, found_currency) == (amount, currency)


@pytest.mark.parametrize("text", ["24 workshops were held", "in 2019 we met", "a 5% rise"])
def test_not_money(text):
    assert parse_money(text) == []


def test_first_char_lookaheads_change_no_match():
    """The dates' and money's lookaheads only speed the patterns up: without them, every pattern finds
    the same matches on the sample reports and on text with other cases, Unicode folds and digits."""
    import re
    from pathlib import Path

    from partnergraph.extract.components import dates, money

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    texts.append("ON WEDNESDAY 22ND JUNE, ſome £5m; In ſeptember 2019 AT LEAST 3 million euros, mid-May 2020, "
                 "Tue. 1/2 March 2021 by July, ٣ March, UP TO $4bn and nearly\t\n£70,000 GBP 12 k")
    lookahead = re.compile(r"\(\?=\[[^\]]*\]\)")
    for pattern in dates.PATTERNS + money.PATTERNS:
        plain = re.compile(lookahead.sub("", pattern.pattern, count=1), pattern.flags)
        assert plain.pattern != pattern.pattern or "(?=" not in pattern.pattern
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert dates.parse_dates(texts[-1]) and money.parse_money(texts[-1])


def test_phrase_and_count_lookaheads_change_no_match():
    """The same for every phrase list of the lexicon and the taxonomy, and the figures' count pattern."""
    import re
    from pathlib import Path

    from partnergraph.extract.facts.context import lexicon, phrase_regex
    from partnergraph.extract.facts.figure_cues import cue_patterns
    from partnergraph.extract.facts.project_reference import REFERENCE
    from partnergraph.extract.resources import load_yaml

    def phrase_lists(node):
        if isinstance(node, list) and node and all(isinstance(item, str) for item in node):
            yield node
        elif isinstance(node, dict):
            for value in node.values():
                yield from phrase_lists(value)

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    patterns = [phrase_regex(phrases) for phrases in phrase_lists(lexicon())]
    patterns += [phrase_regex(entry["terms"]) for entry in load_yaml("themes.yaml").values()]
    patterns += [cue_patterns()[0], REFERENCE]
    lookahead = re.compile(r"^\(\?=\[[^\]]*\]\)")
    assert len(patterns) > 20 and all(lookahead.match(p.pattern) for p in patterns)
    for pattern in patterns:
        plain = re.compile(lookahead.sub("", pattern.pattern), pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text,short,long_form", [
    ("the Department for Communities and Local Government (DCLG) funded it", "DCLG",
     "Department for Communities and Local Government"),
    ("The West Cumbria Equality and Diversity Partnership (CEDP) is", "CEDP", "Cumbria Equality and Diversity Partnership"),
    ("the Refugee and Migrant Centre Black Country and Birmingham, (RMC), MigrationWork", "RMC",
     "Refugee and Migrant Centre Black Country and Birmingham"),
])
def test_schwartz_hearst_definitions(text, short, long_form):
    assert find_definitions(text)[short][0] == long_form


def test_schwartz_hearst_rejects_letters_that_do_not_fit():
    assert best_long_form("XYZ", ["the", "local", "council"]) is None
    assert find_definitions("a table (see page 4) and notes (optional)") == {}


def test_sentences_never_cross_blocks(nlp):
    doc = nlp("Theme 1 – Housing\n\nThe toolkit launched. Dr. Smith spoke at 3 p.m. today.\n\nNext item")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Theme 1 – Housing", "The toolkit launched.", "Dr. Smith spoke at 3 p.m. today.", "Next item"]


def test_a_bullet_inside_a_line_starts_an_item_of_its_own(nlp):
    doc = nlp("Highlights • Volunteers recruited: 45 • Classes held: 12 ▪ New families welcomed: 8")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Highlights", "• Volunteers recruited: 45", "• Classes held: 12", "▪ New families welcomed: 8"]


def test_a_line_ending_on_the_or_a_preposition_runs_on_unless_a_blank_line_follows(nlp):
    doc = nlp("The meeting was held at the\nFriends Meeting House in Kestrel\nNext line\n\nThe fair was at the\n\nEnd")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["The meeting was held at the\nFriends Meeting House in Kestrel", "Next line",
                         "The fair was at the", "End"]


def test_gazetteer_and_name_shapes(nlp):
    doc = nlp("Staff from Public Health England met Coventry City Council and the police in Walsall.")
    gazetteer = {(s.text, s.label_) for s in doc.spans["gazetteer"]}
    assert ("Public Health England", "ORG") in gazetteer and ("Walsall", "PLACE") in gazetteer
    assert ("police", "SERVICE") in gazetteer
    assert "Coventry City Council" in {s.text for s in doc.spans["names"] if s.label_ == "ORG"}


def test_hyphenated_words_stay_one_token(nlp):
    doc = nlp("the Cumbria Multi-cultural Service and a county-wide officer")
    assert "Multi-cultural" in [t.text for t in doc] and "county-wide" in [t.text for t in doc]


def test_names_found_as_spacy_would_with_the_plain_patterns(nlp):
    """Flag compilation and "{m,n}" run as one repeated token cut to length are optimisations only: a plain
    Matcher with the data file's patterns, greedy="LONGEST" per pattern and the longest per label, finds
    the same names on every sample report."""
    from pathlib import Path

    from partnergraph.extract.components.names import expand
    from partnergraph.extract.resources import load_jsonl, load_yaml
    from spacy.matcher import Matcher
    from spacy.tokens import Span
    from spacy.util import filter_spans

    plain, labels = Matcher(nlp.vocab), {}
    lexicon = load_yaml("patterns/lexicon.yaml")
    for entry in load_jsonl("patterns/names.jsonl"):
        plain.add(entry["id"], [expand(entry["pattern"], lexicon)], greedy="LONGEST")
        labels[nlp.vocab.strings[entry["id"]]] = entry["label"]
    component = nlp.get_pipe("pg_names")
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    assert texts
    texts.append("We met The Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Borough Council.")  # > 8 words
    for text in texts:
        doc = nlp.make_doc(text)
        by_label = {}
        for match_id, start, end in plain(doc):
            by_label.setdefault(labels[match_id], []).append(Span(doc, start, end, label=labels[match_id]))
        expected = {(s.start, s.end, s.label_) for spans in by_label.values() for s in filter_spans(spans)}
        assert {(s.start, s.end, s.label_) for s in component(doc).spans["names"]} == expected


def test_bounded_repeat_becomes_one_repeated_token_and_lengths():
    from partnergraph.extract.components.names import longest_first, unbounded_repeat

    pattern = [{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "{0,8}"}, {"LOWER": "council"}]
    rewritten, lengths = unbounded_repeat(pattern)
    assert rewritten[1]["OP"] == "*" and lengths == (2, 10) and pattern[1]["OP"] == "{0,8}"
    assert unbounded_repeat([{"ORTH": "a", "OP": "{2,3}"}])[1] == (2, 3)
    assert unbounded_repeat([{"ORTH": "a", "OP": "{2,3}"}])[0][0]["OP"] == "+"
    two_ops = [{"ORTH": "a", "OP": "?"}, {"ORTH": "b", "OP": "{0,2}"}]
    assert unbounded_repeat(two_ops) == (two_ops, None)
    assert longest_first([(0, 2), (1, 4), (4, 5), (3, 5)], 6) == [(1, 4), (4, 5)]


def test_flag_tests_combine_like_matcher_predicates():
    from partnergraph.extract.components.lexeme_flags import word_test

    capitalised_short = word_test(len, {">=": 3, "<=": 5})
    assert [capitalised_short(w) for w in ("NH", "NHS", "UNHCR", "UNHCRS")] == [False, True, True, False]
    not_quote = word_test(str, {"NOT_IN": ["'", "."]})
    assert not_quote("Hall") and not not_quote(".")
    head = word_test(str.lower, {"IN": ["council"], "REGEX": "^c"})
    assert head("Council") and not head("Councils")
