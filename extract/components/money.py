"""Amounts of money: "£4m", "more than £4m", "€2.5 million", "£70,000", "5 million euros"."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.first_chars import first_chars
from extract.components.sentences import doc_text

SYMBOLS = {"£": "GBP", "€": "EUR", "$": "USD", "gbp": "GBP", "eur": "EUR", "usd": "USD"}
WORDS = {"pounds": "GBP", "pound": "GBP", "sterling": "GBP", "euros": "EUR", "euro": "EUR", "dollars": "USD"}
SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
QUALIFIERS = ["more than", "over", "almost", "nearly", "about", "around", "up to", "at least", "approximately", "some"]
QUALIFIER = rf"(?:(?P<qualifier>{'|'.join(QUALIFIERS)})\s+)?"
NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
SCALE = r"(?:\s?(?P<scale>k|m|mn|bn)\b|\s(?P<scale_word>thousand|million|billion)\b)?"
PATTERNS = [
    re.compile(rf"{first_chars([*QUALIFIERS, *SYMBOLS])}{QUALIFIER}(?P<symbol>[£€$]|\b(?:GBP|EUR|USD)\s?)"
               rf"{NUMBER}{SCALE}", re.I),
    re.compile(rf"{first_chars(QUALIFIERS, digits=True)}{QUALIFIER}\b{NUMBER}{SCALE}\s"
               r"(?P<word>pounds|pound|sterling|euros|euro|dollars)\b", re.I),
]

if not Span.has_extension("money"):
    Span.set_extension("money", default=None)


def parse_money(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, amount, ISO 4217 currency) for each amount."""
    found = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            currency = SYMBOLS.get((groups.get("symbol") or "").strip().lower()) or WORDS.get(
                (groups.get("word") or "").lower())
            scale = SCALES.get((groups.get("scale") or groups.get("scale_word") or "").lower(), 1)
            amount = float(groups["number"].replace(",", "")) * scale
            if currency and not any(s < match.end() and match.start() < e for s, e, _, _ in found):
                found.append((match.start(), match.end(), amount, currency))
    return sorted(found)


@Language.factory("pg_money")
def make_money(nlp: Language, name: str):
    return MoneyFinder()


class MoneyFinder:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, amount, currency in parse_money(doc_text(doc)):
            span = doc.char_span(start, end, label="MONEY", alignment_mode="expand")
            if span is not None:
                span._.money = (amount, currency)
                spans.append(span)
        doc.spans["money"] = spans
        return doc
