"""Turns a Matcher pattern's word tests (REGEX, IN, NOT_IN, LENGTH comparisons on TEXT/ORTH/LOWER)
into lexeme flags, so the Matcher checks a bit per token in C instead of calling a Python predicate
per token and pattern (those calls were most of the pipeline's time).

A flag is computed once per distinct word in the vocabulary, which is exact for these attributes: they
depend on the word alone. Patterns stay plain spaCy patterns in the data files; this is a compilation
step. Tests on other attributes are left to the Matcher.
"""
from __future__ import annotations

import operator
import re
from typing import Callable

from partnergraph.extract.errors import PartnergraphError
from spacy.attrs import IDS

FIRST_FREE_FLAG = IDS["FLAG19"]  # bits below are spaCy's own lexical flags (IS_ALPHA ... 18)
LAST_FLAG = 63
WORD_VIEWS: dict[str, Callable[[str], object]] = {"TEXT": str, "ORTH": str, "LOWER": str.lower, "LENGTH": len}
COMPARISONS = {"==": operator.eq, "!=": operator.ne, ">=": operator.ge, "<=": operator.le,
               ">": operator.gt, "<": operator.lt}
WORD_TESTS = set(COMPARISONS) | {"REGEX", "IN", "NOT_IN"}


class FlagBudgetExceeded(PartnergraphError):
    pass


class LexemeFlags:
    """Allocates one flag per distinct word test and remembers it, so equal tests share a bit."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.by_test: dict[str, int] = {}

    def compile_pattern(self, pattern: list[dict]) -> list[dict]:
        return [self.compile_token(spec) for spec in pattern]

    def compile_token(self, spec: dict) -> dict:
        compiled: dict = {}
        for attr, value in spec.items():
            if attr in WORD_VIEWS and isinstance(value, dict) and set(value) <= WORD_TESTS:
                compiled[self.flag_for(attr, value)] = True
            else:
                compiled[attr] = value
        return compiled

    def flag_for(self, attr: str, tests: dict) -> int:
        key = repr((WORD_VIEWS[attr].__name__, sorted((op, repr(arg)) for op, arg in tests.items())))
        if key not in self.by_test:
            self.by_test[key] = self.add_flag(word_test(WORD_VIEWS[attr], tests))
        return self.by_test[key]

    def add_flag(self, test: Callable[[str], bool]) -> int:
        for bit in range(FIRST_FREE_FLAG, LAST_FLAG + 1):
            if bit not in self.vocab.lex_attr_getters:
                return self.vocab.add_flag(test, flag_id=bit)
        raise FlagBudgetExceeded("more distinct word tests in the name patterns than spaCy has lexeme flags (45)")


def word_test(view: Callable[[str], object], tests: dict) -> Callable[[str], bool]:
    """A function word -> bool that is true when every test holds, as the Matcher's predicates would.
    It runs once per word the vocabulary learns (tens of thousands at start-up, from the gazetteers), so
    it is one plain call where it can be: a generator and all() there took 0.5 s of every start."""
    checks = [word_check(op, arg) for op, arg in tests.items()]
    if len(checks) == 1 and view is str:
        return checks[0]
    if len(checks) == 1:
        check = checks[0]
        return lambda word: check(view(word))

    def test(word: str) -> bool:
        value = view(word)
        for check in checks:
            if not check(value):
                return False
        return True

    return test


def word_check(op: str, arg) -> Callable[[object], bool]:
    """One test on a word's view; returns a bool (spaCy stores a flag getter's value as a number)."""
    if op == "REGEX":
        search = re.compile(arg).search
        return lambda value: search(value) is not None
    if op == "IN":
        return frozenset(arg).__contains__
    if op == "NOT_IN":
        members = frozenset(arg)
        return lambda value: value not in members
    compare = COMPARISONS[op]
    return lambda value: compare(value, arg)
