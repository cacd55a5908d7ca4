"""Titles: the report's title line, whether a line is a subtitle ("Project Update"), and the project or
body a title names ("Leeds Refugee Integration Partnership – Annual Report 2021/22")."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.facts.context import lexicon, phrase_regex
from partnergraph.extract.facts.figure_cues import words as figure_words
from partnergraph.extract.facts.names import is_generic, named_head_first
from partnergraph.extract.facts.when import TOP_BLOCKS


def title_of(document) -> str | None:
    """The first heading, joined with a subtitle line that says what kind of report this is; none where the
    text opens on a list item (a page cut from its headline)."""
    headings = [b for b in document.blocks[:TOP_BLOCKS] if b.kind in ("heading", "paragraph")]
    if not headings or not opens_on_title(document):
        return document.title
    title = document.title or headings[0].text
    if len(headings) > 1 and is_subtitle(headings[1].text) and headings[1].text not in title:
        title = f"{title} - {headings[1].text}"
    return re.sub(r"\s*[–—]\s*", " - ", title)


def is_subtitle(text: str) -> bool:
    return len(text.split()) <= 8 and bool(phrase_regex(lexicon()["report_subtitles"]).search(text))


def opens_on_title(document) -> bool:
    first = document.blocks[0] if document.blocks else None
    return first is not None and first.kind != "list_item"


def title_lines_end(document) -> int:
    if not opens_on_title(document):
        return 0
    heads = document.blocks[:2]
    if len(heads) == 2 and is_subtitle(heads[1].text):
        return heads[1].end
    return heads[0].end if heads else 0


def title_project(document) -> str | None:
    """The project a report's title names: the title over (or before a dash or colon and) a subtitle
    such as "Project Update", or before a report word ("Welcome Network Newsletter")."""
    return next((n for n in title_names(document) if not names_a_body(n) and not described_as_body(document.text, n)
                 and not is_generic(n)), None)  # "Refugee Support Newsletter": a topic's, no project's


def title_author(document) -> str | None:
    """The body a report's title names as its author: "Welsh Refugee Council Impact Report 2021–2022", or
    "Asylum Aid Annual Report 2020" where the text calls Asylum Aid an organisation."""
    return next((n for n in title_names(document) if names_a_body(n) or described_as_body(document.text, n)), None)


BODY_KINDS = r"(?:charity|organisation|organization|NGO|association|social enterprise|non-?profit|not-for-profit)"
PART_OF_A_BODY = r"(?:unit|department|division|agency|office|directorate|team) (?:within|of|in)"


DESCRIBED_AFTER = re.compile(r"(?:\s+(?:is|was|are|were|has been|remains)\s+|(?:\s*\([A-Z]{2,}\))?\s*[,–—]\s*)"
                             rf"an?\s+(?:[\w-]+\s+){{0,3}}(?:{BODY_KINDS}\b|{PART_OF_A_BODY}\s)")


def described_as_body(text: str, name: str) -> bool:
    """"X was an organisation that ...", "X is a refugee-led charity", "X, a charity for ...", "X (XRS) – a
    unit within Y": the text says the name is a body's (the description's pattern compiled once, not per name)."""
    start = text.find(name) if name else -1
    while start >= 0:
        if DESCRIBED_AFTER.match(text, start + len(name)):
            return True
        start = text.find(name, start + 1)
    return False


SELF_DESCRIPTION = re.compile(r"\b(?:was|were) (?:established|founded|set up|formed)\b|\b(?:is|are) an? "
                              r"(?:[\w-]+ ){0,3}(?:charity|organisation|organization|group|network|association|NGO|"
                              r"social enterprise)\b")
OPENING_CHARS = 800  # how far into a text a body describing itself is taken for the author


def self_described(ctx, registry) -> str | None:
    """The body an opening sentence describes ("Sidmouth Companions was established in 2018 ...", "X is
    a refugee-led charity"): who "we" are in a text its title does not name."""
    for sentence in ctx.sentences:
        if sentence.start_char > OPENING_CHARS:
            return None
        mentions = registry.in_range(sentence.start_char, sentence.end_char)
        description = SELF_DESCRIPTION.search(sentence.text)
        if mentions and description and mentions[0][1] <= sentence.start_char + description.start() \
                and not registry.in_range(mentions[0][1], sentence.start_char + description.start()):
            return registry.orgs[mentions[0][2]].name
    return None


@lru_cache(maxsize=1)
def lead_field_pattern() -> re.Pattern:
    leads = [label for label, role in lexicon()["role_labels"].items() if role == "lead"]
    return re.compile(r"^[ \t]*(?:" + "|".join(re.escape(w) for w in sorted(leads, key=len, reverse=True))
                      + r")[ \t]*:[ \t]*\n?[ \t]*", re.I | re.M)


def lead_field(ctx, registry) -> str | None:
    """The body a "Lead organisation:" or "Lead partner:" field names, on its line or the next one: who "we"
    are in a case study whose title names nobody."""
    for match in lead_field_pattern().finditer(ctx.text[:OPENING_CHARS * 4]):
        line_end = ctx.text.find("\n", match.end())
        named = registry.in_range(match.end(), line_end if line_end >= 0 else len(ctx.text))
        if named and named[0][0] == match.end():
            return registry.orgs[named[0][2]].name
    return None


TITLE_WORDS = 25  # a longer first line is a sentence ("The project «X» - XB was funded ... under the Programme "Y"")


def title_names(document) -> list[str]:
    blocks = [b for b in document.blocks[:2] if b.kind == "heading" and len(b.text.split()) <= TITLE_WORDS]
    candidates = []
    for index, block in enumerate(blocks):
        name, dash, rest = split_title(block.text)
        if dash and is_subtitle(rest):
            candidates.append(name)
        if dash and spelled_out(name, rest):
            return [name]  # "CONSOLIDATED - Consolidating, innovating and ...": the project's short name
        if index == 0 and len(blocks) == 2 and is_subtitle(blocks[1].text):
            candidates.append(block.text)
        candidates.append(without_report_word(name))
        bare_name = not dash and len(name.split()) <= 8
        if QUOTED.search(block.text) or index == 0 and bare_name and has_project_fields(document):
            candidates.append(block.text)
    names = [plain_name(candidate or "") for candidate in candidates]
    # in a title set in capitals a long name's edges cannot be told ("COMPANIONS ARTICLE IN CHARIS NEWSLETTER")
    return [name for name in names if len(name.split()) >= 2 and not looks_like_report(name)
            and not (name.isupper() and len(name.split()) > 3) and not quoted_saying(name)
            and name.split()[-1].lower() not in lexicon()["not_project_heads"]  # "the ‘Refugee Crisis’"
            and not page_label(name)]


def page_label(name: str) -> bool:
    """"Page 3 - CNA 2016 Annual Report": a label word and its number name nothing."""
    label = re.fullmatch(r"([A-Za-z]+)\.?\s+\d+[a-z]?", name)
    return bool(label) and label.group(1).lower() in {"p", "pp", *figure_words()["label_words"]}


def spelled_out(name: str, rest: str) -> bool:
    """One word in capitals that the words after its dash open by spelling ("INTEGRA - Integrating ...")."""
    first = rest.split()[0] if rest.split() else ""
    return " " not in name and name.isupper() and len(name) >= 4 and first[:1].isupper() \
        and first.lower().startswith(name.lower()[:4])


def quoted_saying(name: str) -> bool:
    """"‘Volunteers are the core of our work’": a sentence quoted in a title, not a name; it has a verb and
    its words are mostly in lower case."""
    words = name.split()[1:]
    lower = [w for w in words if w.islower()]
    return len(lower) * 2 > len(words) and bool({"is", "are", "was", "were", "will", "has", "have"} & set(lower))


DATED = re.compile(r"(?:\d{4}(?:[–/-]\d{2,4})?|spring|summer|autumn|fall|winter|q[1-4]|"
                   r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)", re.I)
QUOTED = re.compile(r"['‘\"“]([^'’\"”]{3,})['’\"”]")
FIELD_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{2,30}):", re.M)


def has_project_fields(document) -> bool:
    """A case study's labelled fields ("Partners: ...", "Funding: ...", "Timeline: ..."): two or more
    say the title is the project's name."""
    labels = set(lexicon()["role_labels"]) | set(lexicon()["project_field_labels"])
    return len({m.group(1).strip().lower() for m in FIELD_LINE.finditer(document.text[:20_000])} & labels) >= 2


def names_a_body(name: str) -> bool:
    """"Welsh Refugee Council", "Office of Refugee Resettlement": the report's author, not a project."""
    return name.split()[-1].lower() in lexicon()["body_only_heads"] or named_head_first(name)


def plain_name(title: str) -> str:
    """"'Active Citizens Together' (ACT) Project" -> "Active Citizens Together": the quoted name, no brackets."""
    title = re.sub(r"\s*\([^)]*\)", "", title)
    quoted = QUOTED.search(title)
    return quoted.group(1) if quoted else title


def without_report_word(name: str) -> str | None:
    """"Welcome Network Newsletter" -> "Welcome Network", "Harbour Forum Annual Report" -> "Harbour Forum";
    None when no report word ends the name."""
    words = name.split()
    while len(words) > 2 and DATED.fullmatch(words[-1]):  # "Annual Report 2021–22", "Newsletter Spring 2019"
        words.pop()
    if len(words) <= 2 or words[-1].lower() not in lexicon()["report_words"]:
        return None
    words.pop()
    while len(words) > 2 and words[-1].lower() in lexicon()["report_qualifiers"]:
        words.pop()
    return " ".join(words)


def looks_like_report(name: str) -> bool:
    """"Report to Cabinet - 14 September 2020" is a kind of paper, not a project."""
    from partnergraph.extract.components.dates import parse_dates

    words = {w.lower() for w in re.findall(r"\w+", name)}
    return bool(parse_dates(name)) or bool(words & set(lexicon()["report_words"])) and len(words) <= 4


def split_title(title: str) -> tuple[str, str, str]:
    """"Leeds Partnership – Annual Report 2021/22" -> ("Leeds Partnership", "–", "Annual Report 2021/22")."""
    match = re.search(r"\s+([–—-])\s+|(:)\s+", title)
    if not match:
        return title, "", ""
    return title[:match.start()], match.group(1) or match.group(2), title[match.end():]


def headline_words(ctx, start: int, name: str) -> bool:
    """"Federally Funded Program" in a title-case headline whose words the text also writes in lower case
    ("Federally funded program to partner ..."): words the headline capitalises, not a name."""
    first = ctx.document.blocks[0] if ctx.document.blocks else None
    if first is None or start >= first.end or " " not in name:
        return False
    for match in re.finditer(re.escape(name), ctx.text, re.I):
        words = match.group(0).split()
        if match.group(0) != name and all(w.islower() for w in words[1:]):
            return True
    return False
