"""Amounts of money: "£4m", "more than £4m", "€2.5 million", "£70,000", "5 million euros", "C$300,000",
"1,5 Mio. Euro", "20.000 €". Currency wording is data in schemas/money.yaml."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from partnergraph.extract.components.first_chars import first_chars
from partnergraph.extract.components.sentences import doc_text
from partnergraph.extract.resources import load_yaml
from spacy.language import Language
from spacy.tokens import Doc, Span

DOLLAR = "DOLLAR"  # a bare "$": resolved by the document's country
NUMBER = r"(?P<number>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)"


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def money_words() -> dict:
    return load_yaml("money.yaml")


def build_patterns() -> list[re.Pattern]:
    """A sign or code before the number, and a word, code or sign after it (each with a scale)."""
    data = money_words()
    qualifiers = data["qualifiers"]
    qualifier = rf"(?:(?P<qualifier>{alternation(qualifiers)})\s+)?"
    short = [s + "." for s in data["decimal_comma_scales"] if len(s) <= 3]
    scale = rf"(?:\s?(?P<scale>{alternation([*data['scales'], *short])})(?!\w))?"
    prefix = rf"(?<![\w$£€])(?P<prefix>{alternation(data['prefixes'])})\s?"
    suffix = rf"\s?(?P<suffix>{alternation(data['suffixes'])})(?![\w€])"
    return [
        re.compile(rf"{first_chars([*qualifiers, *data['prefixes']])}{qualifier}{prefix}{NUMBER}{scale}", re.I),
        re.compile(rf"{first_chars(qualifiers, digits=True)}{qualifier}(?<![\d.,]){NUMBER}{scale}{suffix}", re.I),
    ]


PATTERNS = build_patterns()

if not Span.has_extension("money"):
    Span.set_extension("money", default=None)


@lru_cache(maxsize=1)
def dollar_cues() -> dict[str, re.Pattern]:
    """Per dollar currency, one case-sensitive pattern for the country's names (proper nouns)."""
    return {code: re.compile(rf"(?<![\w.])(?:{alternation(names)})(?!\w)")
            for code, names in money_words()["dollar_countries"].items()}


def dollar_of(text: str) -> str:
    """The dollar of the country the text names most often; USD when it names none."""
    counts = Counter({code: len(p.findall(text)) for code, p in dollar_cues().items()})
    code, n = counts.most_common(1)[0]
    return code if n else "USD"


def amount_of(number: str, scale_word: str, european: bool) -> float:
    """The number as written: English "20,000.5", European "20.000,5" / "1,5 Mio.". A short last
    group after a thousands comma ("€20,00") is a group cut short, read as thousands."""
    scales = money_words()["scales"]
    scale = scales.get(scale_word.lower().rstrip("."), 1) if scale_word else 1
    if european:
        number = number.replace(".", "").replace(",", ".")
    else:
        head, _, last = number.rpartition(",")
        if head and "." not in number and len(last) < 3:
            number = head + "," + last.ljust(3, "0")
        number = number.replace(",", "")
    return float(re.sub(r"['’]", "", number)) * scale  # "CHF 1'200'000": Swiss thousands


def is_european(groups: dict) -> bool:
    """Decimal comma: with a German scale word ("1,5 Mio."), a comma and one or two digits before any
    scale ("€1,5 million"), or dot thousands groups without a scale ("20.000 €")."""
    scale, number = (groups.get("scale") or "").lower().rstrip("."), groups["number"]
    if scale in money_words()["decimal_comma_scales"]:
        return True
    if scale:
        return bool(re.fullmatch(r"\d+,\d{1,2}", number))
    return bool(re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", number))


def parse_money(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, amount, ISO 4217 currency) for each amount."""
    data, found, dollar = money_words(), [], None
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            sign = (groups.get("prefix") or groups.get("suffix") or "").lower()
            currency = data["prefixes"].get(sign) if groups.get("prefix") else data["suffixes"].get(sign)
            if currency == DOLLAR:
                dollar = dollar or dollar_of(text)
                currency = dollar
            if currency and not any(s < match.end() and match.start() < e for s, e, _, _ in found):
                amount = amount_of(groups["number"], groups.get("scale"), is_european(groups))
                found.append((match.start(), match.end(), amount, currency))
    return sorted(found + column_amounts(text, found))


# A sign standing alone as a column's heading ("grants from the fund £ Hackney Playbus 13,390 RETAS 73,812",
# "Amount (£)"): the grouped numbers after it, up to a blank line, are amounts in that currency.
COLUMN_SIGN = re.compile(r"(?:(?<=\s)|(?<=\())(?P<sign>£|€|\$|GBP|EUR|USD|CAD|AUD|NZD)\)?(?=[ \t]+[^\d\s])")
GROUPED = re.compile(r"(?<![\w.,£€$])\d{1,3}(?:,\d{3})+(?:\.\d{2})?(?![\w,])")
COLUMN_REACH = 5000


def column_amounts(text: str, found: list) -> list[tuple[int, int, float, str]]:
    amounts, dollar = [], None
    for head in COLUMN_SIGN.finditer(text):
        currency = money_words()["prefixes"][head.group("sign").lower()]
        if currency == DOLLAR:
            dollar = dollar or dollar_of(text)
            currency = dollar
        end = text.find("\n\n", head.end(), head.end() + COLUMN_REACH)
        for number in GROUPED.finditer(text, head.end(), end if end >= 0 else head.end() + COLUMN_REACH):
            taken = found + amounts
            if not any(s < number.end() and number.start() < e for s, e, _, _ in taken):
                amounts.append((number.start(), number.end(), amount_of(number.group(), "", False), currency))
    return amounts


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
