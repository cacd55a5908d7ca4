"""Projects found twice under different names made one: a name cut short, an initialism, a coined word used
alone; and a project renamed by the fullest name the text gives it."""
from __future__ import annotations

import re

from partnergraph.extract.facts.context import Context
from partnergraph.extract.facts.names import word_sets
from partnergraph.extract.facts.project_names import project_key
from partnergraph.extract.record import Project


def merge_cut_openings(projects: dict[str, Project], mentions: list) -> None:
    """"Scots Refugee Integration Delivery Project" beside the title's "New Scots Refugee Integration Delivery
    Project": a name whose opening word no name starts with was cut short; it is the longer one."""
    openers = word_sets()["non_initial_words"]
    for key in list(projects):
        longer = [k for k in projects if k.endswith(" " + key) and k.split()[0] in openers
                  and len(k.split()) == len(key.split()) + 1]
        if len(longer) == 1:
            merge_project(projects, mentions, key, longer[0])


def prefer_coined_names(projects: dict[str, Project], mentions: list) -> None:
    """"the INTEGRA project" is INTEGRA: a coined word the text also uses alone names the project without the
    lower-case project word, which stays an alias."""
    heads = word_sets()["project_heads"]
    for key, project in list(projects.items()):
        words = project.name.split()
        if len(words) == 2 and words[1] in heads and words[0] in project.aliases:
            rename_project(projects, mentions, key, words[0])


def rename_project(projects: dict[str, Project], mentions: list, key: str, name: str) -> None:
    """The project under `key` by the fullest name the text gives it, its old name an alias."""
    project = projects.pop(key)
    project.aliases = [n for n in (project.name, *project.aliases) if n != name]
    project.name = name
    projects[project_key(name)] = project
    mentions[:] = [(s, e, project_key(name) if k == key else k) for s, e, k in mentions]


def merge_project(projects: dict[str, Project], mentions: list, key: str, into: str) -> None:
    """The project under `key` is the one under `into`: its names become aliases, its mentions and evidence move."""
    target, project = projects[into], projects.pop(key)
    target.aliases.extend(n for n in (project.name, *project.aliases) if n not in target.aliases)
    target.evidence.extend(project.evidence)
    mentions[:] = [(s, e, into if k == key else k) for s, e, k in mentions]


LINK_WORDS = {"of", "and", "for", "the", "&", "in", "on", "to"}


def initials(key: str) -> str:
    return "".join(word[0] for word in key.split() if word not in LINK_WORDS).upper()


def merge_project_initialisms(ctx: Context, projects: dict[str, Project], mentions: list) -> None:
    """"the LSP program" in a report naming the "Library Settlement Partnerships program" without defining
    "LSP" is that project: an initialism no definition in the text gives another meaning."""
    defined = ctx.doc._.acronyms or {}
    for key, project in list(projects.items()):
        short = project.name.split()[0]
        if len(key.split()) != 1 or not short.isupper() or len(short) < 2 or short in defined:
            continue
        full = [k for k in projects if k != key and len(k.split()) >= 2 and initials(k) == short]
        if len(full) != 1:
            continue
        merge_project(projects, mentions, key, full[0])


CLOSING_QUOTE = {"«": "»", "“": "”", "‘": "’", '"': '"'}
# "The project «EU Border Communities: sharing ...» - EUBorCo was funded ...": the short name after a dash
DASHED_SHORT_NAME = re.compile(r"[ \t]*[-–—][ \t]*([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\b(?![ \t]+[A-Z])")
TITLE_CHARS = 300


def add_dashed_short_names(text: str, projects: dict[str, Project], mentions: list) -> None:
    """A quoted project title followed by a dash and a coined word: the word is the project's short name."""
    for start, _end, key in mentions:
        closing = CLOSING_QUOTE.get(text[start - 1]) if start else None
        if closing is None or key not in projects:
            continue
        close = text.find(closing, start, start + TITLE_CHARS)
        short = close > 0 and "\n" not in text[start:close] and DASHED_SHORT_NAME.match(text, close + 1)
        if short and short.group(1) not in projects[key].aliases and short.group(1) != projects[key].name:
            projects[key].aliases.append(short.group(1))
