"""The counted noun phrase of a figure: the words after the number up to a verb or preposition ("health
champions"), its head ("centres" in "new centres signing up") and the phrase that qualifies it
("participants in schools")."""
from __future__ import annotations

import re

from partnergraph.extract.facts.figure_cues import PAST

TOKEN = re.compile(r"\w+(?:\.\w)+\.?|[\w'’-]+|[^\w\s]")
VERB_STOP = {"have", "has", "had", "were", "was", "are", "is", "will", "being", "been", "to", "who", "which",
             "that", "in", "on", "at", "for", "from", "with", "by", "into", "as", "through", "within", "across",
             "next", "this", "last", "every", "each", "per", "during", "over", "since", "before", "after", "until",
             "whose", "then", "now", "also", "still", "all", "both", "along", "including", "such", "than", "we",
             "they", "you", "it", "he", "she", "i", "between", "against", "out", "so", "but", "while", "where",
             "about", "why", "how", "what", "whether", "aged", "around", "throughout", "under", "among", "via",
             "namely",
             # present verbs that are never nouns: "80,000 newcomers get the services they need"
             "get", "gets", "receive", "receives", "attend", "attends", "come", "comes", "go", "goes", "join", "joins",
             "remain", "remains", "become", "becomes", "say", "says"}
PRONOUNS = {"anyone", "everyone", "anybody", "everybody", "others", "all", "whoever", "those"}
TAIL_STARTS = {"in", "on", "from", "for", "across", "with", "at", "about", "into", "via"}
LINKS = {"and", "or", "of", "the", "a", "an", "in", "on", "from", "for", "across", "with", "at", "about", "into"}


def head_word(noun: str) -> str:
    """The counted noun's head: its last word before "of" or a participle ("major cities of Saskatchewan",
    "new centres signing up")."""
    words = noun.split(" of ")[0].split()
    participle = next((i for i, w in enumerate(words) if i and w.endswith("ing")), len(words))
    while participle > 1 and ADVERB.fullmatch(words[participle - 1]):
        participle -= 1  # "refugees currently living in a camp"
    return words[participle - 1]


ADVERB = re.compile(r"(?!family|assembly|supply|italy|july)[a-z]{2,}ly", re.I)
VERB_AFTER = re.compile(r"\s*(?:[,.;:]|(?:that|to|how|what|the|a|an|this|their|it|they|we)\b)", re.I)


def noun_phrase(after: str, lex, percent: bool) -> tuple[str, int] | None:
    """(the counted words after the number, where they end): up to a verb or preposition ("health
    champions"), past "out of 32", "of our" and "more" ("100 more people"); a quoted name counts as one
    word; a percentage takes "of" ("80% of learners", "an 80% take up of courses")."""
    partitive = r"out of \d[\d,]*\s+|of (?:the|our|their|its|these|those)\s+|(?:more|further|additional|extra)\s+(?=[a-z])" \
        + (r"|of\s+" if percent else "")
    lead = re.match(rf"\s*(?:{partitive})?(?:[‘'\"“]([^’'\"”]{{1,60}})[’'\"”])?", after, re.I)
    words, ends = ([lead.group(1)] if lead.group(1) else []), [lead.end()]
    if re.match(r"\s*(?:" + "|".join(lex["irregular_past"]) + r")\b", after[lead.end():], re.I):
        return None  # "Of these, 292 came to ...": a verb, the noun is the one before
    for token in TOKEN.finditer(after, lead.end()):
        word, lower = token.group(), token.group().lower()
        stop = lower in VERB_STOP and not (percent and lower == "of" and words)
        past = (PAST.fullmatch(word) and lower not in lex["not_past_verbs"] or lower in lex["irregular_past"]) \
            and not (words and ADVERB.fullmatch(words[-1]) and (len(words) == 1 or words[-2].lower() in LINKS))
        # "newly arrived refugees", "families of newly arrived refugees": an adjective
        if past and len(words) > 1 and ADVERB.fullmatch(words[-1]):
            words.pop()  # "individuals independently expressed": the adverb is the verb's
            ends.pop()
        clause = words and words[-1].lower() in ("and", "or") and (
            lower.endswith("ing") or lower in PRONOUNS or re.match(r"\s+to\s", after[token.end():]))
        # "people and fostering", "families and anyone else", "refugees and expects to": another clause
        if past and not words and VERB_AFTER.match(after, token.end()):
            return None  # "The two explained that ...": a verb, nothing counted
        article = words and lower in ("a", "an", "the")  # "400 refugees a year", "families the council housed"
        if ADVERB.fullmatch(word) and re.match(r"\s+\d", after[token.end():]):
            break  # "2 approximately 14,000 refugees": a scanned page's line number, then another count
        if len(words) == 5 or not re.search(r"\w", word) or word[0].isdigit() or stop or (words and past) \
                or clause or article:
            break
        words.append(word)
        ends.append(token.end())
    while words and words[-1].lower() in LINKS:
        words.pop()
        ends.pop()
    if not words or {re.sub(r"['’]s?$", "", w.lower()) for w in (words[0], words[-1])} & set(lex["not_figure_nouns"]):
        return None
    return " ".join(words), ends[-1]


def qualifying_tail(rest: str, lex) -> str:
    """What qualifies the counted noun right after it: a participle ("volunteers recruited") and a phrase
    on where or what, up to the clause's end ("participants in schools", "calls for information")."""
    tokens = [t.group() for t in TOKEN.finditer(rest[:120])]
    kept = []
    if tokens and PAST.fullmatch(tokens[0]) and tokens[0] not in lex["not_past_verbs"]:
        kept.append(tokens.pop(0))
    phrase = []
    for word in tokens[:8] if tokens and tokens[0].lower() in TAIL_STARTS else []:
        lower = word.lower()
        if word[0].isdigit() or lower in lex["number_words"]:
            phrase = []  # "from 22 countries", "with a further two": another count's phrase
        if not re.search(r"\w", word) or word[0].isdigit() or lower in lex["number_words"] or \
                (lower in VERB_STOP and lower not in TAIL_STARTS) or PAST.fullmatch(word):
            break
        phrase.append(word)
    kept += phrase
    while kept and kept[-1].lower() in LINKS:
        kept.pop()
    return " " + " ".join(kept) if kept else ""
