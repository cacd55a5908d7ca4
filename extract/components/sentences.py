"""Sentence boundaries that respect the Document's blocks: a heading, list item or table row never
runs into the next one, and full stops after abbreviations or initials do not end a sentence.

Works on the token offset array and the text, not on Token objects: it runs on every token of every
report, and creating a Token per token cost as much as the rest of the pipeline."""
from __future__ import annotations

import numpy
from partnergraph.extract.document import INLINE_BULLETS
from partnergraph.extract.resources import load_yaml
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "prof", "cllr", "e.g", "i.e", "no", "vs", "approx", "inc",
                 "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
ENDERS = {".", "!", "?"}
OPENERS = {'"', "'", "‘", "“", "(", "["}


@Language.factory("pg_sentences")
def make_sentences(nlp: Language, name: str):
    return BlockSentences()


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once and kept for the components after this one."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


class BlockSentences:
    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        text = doc_text(doc)
        offsets = doc.to_array([IDX, LENGTH]).tolist()
        tokens = [text[start:start + length] for start, length in offsets]
        starts = numpy.full(len(tokens), -1, dtype="int64")
        starts[0] = 1
        for i in range(1, len(tokens)):
            gap = text[offsets[i - 1][0] + offsets[i - 1][1]:offsets[i][0]]
            if starts_sentence(tokens, i, gap):
                starts[i] = 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        return doc


# Words no sentence ends on (schemas/patterns/lexicon.yaml): a line ending in one runs on into the next
DANGLING = frozenset(load_yaml("patterns/lexicon.yaml")["run_on_words"])


def starts_sentence(tokens: list[str], i: int, gap: str) -> bool:
    previous, token = tokens[i - 1], tokens[i]
    if "\n" in previous or "\n" in gap:
        last = tokens[i - 2] if previous.isspace() and i >= 2 else previous
        if (previous + gap).count("\n") == 1 and last in DANGLING:
            return False
        return not token.isspace()
    if token.isspace():
        return False
    if token[0] in INLINE_BULLETS and gap:
        return True
    if previous in ENDERS and i >= 2 and not is_abbreviation(tokens[i - 2]):
        return token[:1].isupper() or token[:1].isdigit() or token in OPENERS
    # "churches including A, B, etc. In October ...": a list's "etc." ends its sentence before a capital
    return previous.lower() == "etc." and token[:1].isupper()


def is_abbreviation(token: str) -> bool:
    text = token.lower().rstrip(".")
    return text in ABBREVIATIONS or (len(text) == 1 and text.isalpha())
