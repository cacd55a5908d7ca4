"""A person's name as a record gives it: no honorific before a full name ("Councillor Jane Brown"), no
post before it ("Chair Asylum" is no one), no honours after it ("Sarah Spencer CBE"); one person however
the apostrophe is typed ("O'Brien", "O’Brien"), and "Ms McMahon" is the Jenny McMahon named before."""
from __future__ import annotations

from partnergraph.extract.facts.context import lexicon


SPEECH_VERBS = {"said", "says", "added", "adds", "explained", "explains", "commented", "comments", "noted", "notes"}


def clean_person_name(name: str) -> str | None:
    """The name, or None when only one word is left once posts and honours are cut off."""
    lex = lexicon()
    honorifics, posts = set(lex["honorifics"]), set(lex["person_roles"])
    honours = {w.lower() for w in lex["post_nominals"]}
    words = name.split()
    titles = honorifics | posts
    last_title = max((i for i, w in enumerate(words[:-2]) if w.lower().rstrip(".") in titles), default=-1)
    words = words[last_title + 1:]  # "Immigration Minister Iain Lees-Galloway": the post and its portfolio
    while words and (words[0].lower() in posts or words[0].lower() in SPEECH_VERBS):  # "Said Tegan Taylor:"
        words = words[1:]
    while len(words) > 2 and words[-1].lower().strip(".,") in honours:
        words = words[:-1]
    if len(words) < 2 or all(w.lower().rstrip(".") in titles for w in words):  # "Lord Mayor" is a post
        return None
    return " ".join(words)


def person_key(name: str) -> str:
    return name.replace("’", "'").lower()


def surname_reference(name: str, people: dict) -> str | None:
    """The key of the one person whose surname "Ms McMahon" gives, if exactly one has it."""
    words = name.split()
    if len(words) != 2 or words[0].lower().rstrip(".") not in set(lexicon()["honorifics"]):
        return None
    owners = [key for key, person in people.items()
              if len(person.name.split()) >= 2 and person_key(person.name.split()[-1]) == person_key(words[1])
              and person.name != name]
    return owners[0] if len(owners) == 1 else None
