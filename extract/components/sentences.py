"""Sentence boundaries that respect the Document's blocks: a heading, list item or table row never
runs into the next one, and full stops after abbreviations or initials do not end a sentence."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "prof", "cllr", "e.g", "i.e", "etc", "no", "vs", "approx", "inc",
                 "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
ENDERS = {".", "!", "?"}
OPENERS = {'"', "'", "‘", "“", "(", "["}


@Language.factory("pg_sentences")
def make_sentences(nlp: Language, name: str):
    return BlockSentences()


class BlockSentences:
    def __call__(self, doc: Doc) -> Doc:
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0 or starts_sentence(doc, i)
        return doc


def starts_sentence(doc: Doc, i: int) -> bool:
    previous, token = doc[i - 1], doc[i]
    if "\n" in previous.text or "\n" in previous.whitespace_:
        return not token.is_space
    if token.is_space:
        return False
    if previous.text in ENDERS and i >= 2 and not is_abbreviation(doc[i - 2]):
        return token.text[:1].isupper() or token.text[:1].isdigit() or token.text in OPENERS
    return False


def is_abbreviation(token) -> bool:
    text = token.text.lower().rstrip(".")
    return text in ABBREVIATIONS or (len(text) == 1 and text.isalpha())
