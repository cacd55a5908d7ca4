"""The user's curation (aliases, merges, splits) as stored, read in order into what name resolution uses."""
from __future__ import annotations

from partnergraph.extract.facts.names import name_key
from partnergraph.graph.model.resolve import Curation


def load_curation(db) -> Curation:
    curation = Curation()
    for action, name, target in db.execute("SELECT action, name, target FROM curation ORDER BY id"):
        if action == "alias":
            curation.aliases[name] = target
        elif action == "merge":
            curation.merges.append((name, target))
        else:  # a split also cancels earlier curation that joined this name to another
            key = name_key(name)
            curation.splits.add(key)
            curation.merges = [(a, b) for a, b in curation.merges if name_key(a) != key]
            curation.aliases = {a: b for a, b in curation.aliases.items() if name_key(a) != key}
    return curation
