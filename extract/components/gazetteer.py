"""Known bodies, kinds of public service and places from schemas/gazetteers, matched as phrases.

Spans go to doc.spans["gazetteer"] with labels ORG, SERVICE and PLACE; span.kb_id_ holds the
canonical name (an alias such as "DCLG" maps to "Department for Communities and Local Government").
"""
from __future__ import annotations

from functools import lru_cache

from partnergraph.extract.resources import load_csv
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

SOURCES = {"ORG": "gazetteers/organisations.csv", "SERVICE": "gazetteers/service_types.csv",
           "PLACE": "gazetteers/places.csv"}


@lru_cache(maxsize=1)
def organisation_forms() -> dict[str, str]:
    """{name or alias: canonical name} of every known body."""
    forms = {}
    for row in load_csv(SOURCES["ORG"]):
        for form in [row["name"]] + [a for a in (row.get("aliases") or "").split("|") if a]:
            forms[form] = row["name"]
            forms.setdefault(form.replace(" and ", " & "), row["name"])  # "Citizenship & Immigration Canada"
    return forms


# Irish counties are written "Co Meath", "Co. Wicklow" as often as "County Meath"
COUNTY_PREFIXES = ("Co", "Co.", "County")


def place_forms() -> list[str]:
    rows = load_csv(SOURCES["PLACE"])
    return [row["name"] for row in rows] + [f"{prefix} {row['name']}" for row in rows if row["kind"] == "ie_county"
                                            for prefix in COUNTY_PREFIXES]


@Language.factory("pg_gazetteer")
def make_gazetteer(nlp: Language, name: str):
    return Gazetteer(nlp)


class Gazetteer:
    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.canonical: dict[str, str] = {}

    def initialize(self, get_examples=None, nlp=None):
        names: dict[str, list[str]] = {"ORG": [], "SERVICE": [], "PLACE": []}
        self.canonical = dict(organisation_forms())
        names["ORG"] = list(self.canonical)
        names["SERVICE"] = [row["name"] for row in load_csv(SOURCES["SERVICE"])]
        names["PLACE"] = place_forms()
        tokenizer = self.nlp.tokenizer
        for label in ("ORG", "PLACE"):
            self.exact.add(label, [tokenizer(n) for n in set(names[label])])
        self.lower.add("SERVICE", [tokenizer(n.lower()) for n in set(names["SERVICE"])])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                label = self.nlp.vocab.strings[match_id]
                span = Span(doc, start, end, label=label)
                span.kb_id_ = self.canonical.get(span.text, span.text)
                spans.append(span)
        # The longest name wins: "West Midlands" is one place, not "Midlands" too.
        doc.spans["gazetteer"] = filter_spans(spans)
        return doc
