"""Posts around names: the portfolio a post is for ("Minister of Citizenship and Immigration"), the words
before a post's title ("Refugee Integration Advisor Tom Reid") and a post after a name and a comma. What
these words name is no body."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import lexicon
from partnergraph.extract.facts.names import word_sets


@lru_cache(maxsize=2)
def post_before(capitalised: bool = False) -> re.Pattern:
    """A post and the portfolio words before a name. `capitalised`: the words after "of"/"for" must be
    capitalised (a list's items after "Minister for"); by default they are matched in any case, which also
    reads "Director of Finance ..., to instruct the Director of" before a name as one post's."""
    roles = "|".join(re.escape(r) for r in sorted(lexicon()["person_roles"], key=len, reverse=True))
    # "Minister of State for X, Y and ", "Chief Officer Finance Performance and " (no link word in council posts),
    # "General Manager " before "Newcomers, Settlement and Integration"
    words = r"(?:[A-Z][\w-]*,?\s+|and\s+)*"
    if capitalised:  # "Minister for Disability, Equality, ... and ": after "of"/"for" only ("MP Jane Dorrit and " is none)
        return re.compile(rf"\b(?i:{roles})(?i: of state)?\s+(?i:of|for)\s+(?:(?i:the)\s+)?{words}$")
    return re.compile(rf"\b(?i:{roles})(?i: of state)?\s+(?:(?i:(?:of|for)\s+(?:the\s+)?{words})|{words})$")


def portfolio(text: str, start: int, name: str, capitalised: bool = False) -> bool:
    """"Minister of Citizenship and Immigration", "Head of External Relations", "Member of Parliament", each
    item of "Minister of State for Community Development, Integration, and Charities": what a post is for,
    not a body, unless the name has a body's head word ("Chair of Glasgow City Council")."""
    heads = word_sets()["org_heads"]
    if any(w.lower() in heads for w in name.split()) and name.split()[-1].lower() not in DEPARTMENT_HEADS:
        return False
    if name.isupper() and len(name) >= 3 and text.endswith("of the ", 0, start):
        return False  # "the new CEO of the YMCA": a post in a body known by its initials
    return bool(post_before(capitalised).search(text[max(0, start - 120):start])) or \
        bool(post_after().match(text, start + len(name), start + len(name) + 120))


@lru_cache(maxsize=1)
def post_after() -> re.Pattern:
    """"Advanced Education, Skills and Immigration Minister Jon Reyes": a portfolio's words set before the post
    they name, then the person."""
    roles = "|".join(re.escape(r.title()) for r in sorted(lexicon()["person_roles"], key=len, reverse=True))
    return re.compile(rf"(?:,?\s+(?:and\s+)?[A-Z][\w-]*)*\s+(?:{roles})\s+[A-Z][a-z]")


# "Director of Finance and Commercial Services": a council's own department, named as a post's portfolio
DEPARTMENT_HEADS = {"services", "directorate", "charities"}  # "... Integration and Charities": a sector


POST_AFTER = re.compile(r"\s+(?:member|minister|secretary|lead|officer|spokesperson|advisor|adviser|manager|"
                        r"coordinator|co-ordinator|worker|caseworker|director)\b", re.I)


@lru_cache(maxsize=1)
def post_after_comma() -> re.Pattern:
    """", Executive Director at", ", Senior Policy Advisor, Australian Local Government Association", " – CEO,
    Refugee Council of Australia": a person's post after a name and a comma or dash, then the body's link
    word or a comma before a capital."""
    posts = "|".join(re.escape(p) for p in sorted(lexicon()["person_roles"], key=len, reverse=True))
    # "Mak Sućeska, state refugee coordinator for the bureau": up to two words of the post before its title
    return re.compile(r"(?:,|\s[–—-])\s*(?:[a-z][\w-]*\s+){0,2}(?:" + posts
                      + r")(?:\s+(?:at|of|for|with)\b|,\s+(?=(?-i:[A-Z])))", re.I)


def post_title_word(text: str, end: int) -> bool:
    """"Cabinet" in "Cabinet Member for Health", "Refugee Integration" in "Refugee Integration Advisor Tom
    Reid": the words before a post's title."""
    return bool(POST_AFTER.match(text, end))
