"""Finding a stored node by any of its names, or a curated alias of one; the nearest names when none matches."""
from __future__ import annotations

from partnergraph.extract.errors import NotFound
from partnergraph.extract.facts.names import name_key
from partnergraph.graph.model.curation import load_curation


def find_node(db, name: str, kind: str = "organisation") -> dict:
    rows = db.execute("SELECT n.id, n.name FROM node_names k JOIN nodes n ON n.id = k.node_id "
                      "WHERE k.name_key = ? AND n.kind = ? ORDER BY n.doc_count DESC", [name_key(name), kind]).fetchall()
    if rows:
        return {"id": rows[0][0], "name": rows[0][1]}
    aliased = {name_key(alias): target for alias, target in load_curation(db).aliases.items()}
    if aliased.get(name_key(name)) and name_key(aliased[name_key(name)]) != name_key(name):
        return find_node(db, aliased[name_key(name)], kind)  # "BCC", made a name of a body by `alias`
    names = [row[0] for row in db.execute("SELECT name FROM nodes WHERE kind = ?", [kind])]
    raise NotFound(f"no {kind} called '{name}'", nearest(name, names))


def nearest(name: str, names: list[str], limit: int = 3) -> list[str]:
    """Names spelled nearly the same, and names whose initials the query is ("BCC")."""
    from partnergraph.extract.facts.names import initials
    from rapidfuzz import fuzz, process, utils

    by_initials = [n for n in names if name.isupper() and initials(n) == name]
    spelled = [n for n, score, _ in process.extract(name, names, scorer=fuzz.token_sort_ratio,
                                                     processor=utils.default_process, limit=limit) if score >= 55]
    return list(dict.fromkeys(by_initials + spelled))[:limit]
