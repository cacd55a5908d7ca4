"""One node per real body across all reports: names that differ only in case, punctuation, "the",
"&"/"and" share a key; aliases defined anywhere in the corpus (acronyms, short forms) join their body;
a conservative fuzzy match joins near-identical spellings; curation (alias, merge, split) has the last word."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from partnergraph.extract.facts.names import is_generic, name_key
from partnergraph.extract.resources import load_csv

FUZZY_SCORE = 94  # rapidfuzz ratio on keys; "Birmingham City Counci" joins, "Coventry City Council" does not


@dataclass
class Curation:
    aliases: dict[str, str] = field(default_factory=dict)  # alias key -> canonical name
    merges: list[tuple[str, str]] = field(default_factory=list)  # (merged name, kept name)
    splits: set[str] = field(default_factory=set)  # keys that stay on their own


class UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


@dataclass
class Resolution:
    canonical: dict[str, str]  # any name key -> node key
    names: dict[str, str]  # node key -> display name
    aliases: dict[str, set[str]]  # node key -> surface forms

    def node_of(self, name: str) -> str:
        key = name_key(name)
        return self.canonical.get(key, key)


def resolve(mentions: list[tuple[str, list[str]]], curation: Curation | None = None) -> Resolution:
    """`mentions`: (name, aliases) of every organisation record in the corpus."""
    return resolve_counted(Counter((name, tuple(aliases)) for name, aliases in mentions), curation)


def resolve_counted(mentions: Counter, curation: Curation | None = None) -> Resolution:
    """The same from how often each (name, aliases tuple) is mentioned, in the order first mentioned: a
    corpus repeats its names, and 10,000 reports' 310,000 mentions are 5,000 different ones."""
    curation = curation or Curation()
    union = UnionFind()
    surface: dict[str, Counter] = defaultdict(Counter)
    alias_owners: dict[str, set[str]] = defaultdict(set)
    for (name, aliases), count in mentions.items():
        key = name_key(name)
        union.find(key)
        surface[key][name] += count
        for alias in aliases:
            if not is_generic(alias) and name_key(alias) != key:
                alias_owners[name_key(alias)].add(key)
                surface[key][alias] += 0
    for alias_key, owners in alias_owners.items():
        if alias_key in curation.splits:
            continue
        groups = {union.find(o) for o in owners}
        if len(groups) == 1:  # an acronym two different bodies use joins neither
            union.union(alias_key, next(iter(owners)))
    fuzzy_join(union, [k for k in surface if k not in curation.splits])
    for merged, kept in curation.merges:
        union.union(name_key(merged), name_key(kept))
    for alias, target in curation.aliases.items():
        union.union(name_key(alias), name_key(target))
    return build_resolution(union, surface, curation)


def fuzzy_join(union: UnionFind, keys: list[str]) -> None:
    """Compares only names that could be spellings of each other: same number of words, same start of
    the last word (so the work grows with the size of each block, not with the corpus squared)."""
    from rapidfuzz import fuzz, process

    blocks: dict[tuple[int, str], list[str]] = defaultdict(list)
    for key in sorted(keys):
        words = key.split()
        if len(words) >= 2:
            blocks[(len(words), words[-1][:4])].append(key)
    for block in blocks.values():
        for index, key in enumerate(block[:-1]):
            for other, _, _ in process.extract(key, block[index + 1:], scorer=fuzz.ratio,
                                               score_cutoff=FUZZY_SCORE, limit=5):
                if same_shape(key, other):
                    union.union(other, key)


def same_shape(a: str, b: str) -> bool:
    """Near-identical spellings of one name, not two names that share most words: at most one word
    differs, by one edit ("Counci", "Center", "Organization"), and not one place for another
    ("Harlow Council", "Harrow Council"; "Burnley ..." and "Barnsley ..." differ by two edits)."""
    from rapidfuzz.distance import OSA

    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or wa[-1][:4] != wb[-1][:4]:
        return False
    differing = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(differing) > 1:
        return False
    if not differing:
        return True
    x, y = differing[0]
    places = place_words()
    return OSA.distance(x, y) <= 1 and not (x in places and y in places)


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    return frozenset(name_key(row["name"]) for row in load_csv("gazetteers/places.csv") if " " not in row["name"])


def build_resolution(union: UnionFind, surface: dict[str, Counter], curation: Curation) -> Resolution:
    members: dict[str, list[str]] = defaultdict(list)
    for key in list(union.parent):
        members[union.find(key)].append(key)
    canonical, names, aliases = {}, {}, {}
    for _root, keys in members.items():
        forms = Counter()
        for key in keys:
            forms.update(surface.get(key, Counter()))
        node = choose_node_key(keys, forms, curation)
        for key in keys:
            canonical[key] = node
        kept = [target for merged, target in curation.merges if name_key(target) in keys]
        names[node] = kept[-1] if kept else display_name(forms, node)
        aliases[node] = {form for form in forms if form != names[node]}
    return Resolution(canonical, names, aliases)


def choose_node_key(keys: list[str], forms: Counter, curation: Curation) -> str:
    kept = [name_key(target) for _, target in curation.merges if name_key(target) in keys]
    if kept:
        return kept[-1]
    mentioned = Counter()  # key -> how often its spellings are mentioned (0: only ever an alias)
    for form, count in forms.items():
        mentioned[name_key(form)] += count
    # the longest name mentioned as a name, then the most mentioned, then by spelling: never by the order
    # reports were read in, so merging a change gives what a rebuild gives
    return max(keys, key=lambda k: (mentioned[k] > 0, len(k), mentioned[k], k))


def display_name(forms: Counter, node: str) -> str:
    """The most used spelling of the node's own name."""
    spelled = [(count, form) for form, count in forms.items() if name_key(form) == node]
    return max(spelled)[1] if spelled else node
