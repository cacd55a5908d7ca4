"""Direct collaborations: "we met with X", "I sit on the X Board", "X is working with Y",
"seconded into X from Y", and headings such as "Work with X". First-person wording stands for the
report's author: the body or project its title names."""
from __future__ import annotations

import itertools
import re

from partnergraph.extract.facts.awards import award_pairs
from partnergraph.extract.facts.context import Context, lexicon, phrase_regex
from partnergraph.extract.facts.list_items import list_pairs
from partnergraph.extract.facts.partner_lists import group_pairs
from partnergraph.extract.facts.subjects import speaker_of
from partnergraph.extract.facts.themes import ranked, sentence_themes
from partnergraph.extract.record import Collaboration

REACH = 90  # characters after a cue in which its (first) object stands


def find_collaborations(ctx: Context, registry, author: str | None, projects: dict) -> list[Collaboration]:
    lex = lexicon()
    cues = phrase_regex(lex["collaboration_cues"])
    # as written in running text ("we", "We", "I"): capitals are an acronym ("WE LIP", "the US")
    first_person = re.compile(r"\b(?:" + "|".join(f"{w}|{w.capitalize()}" for w in lex["first_person"]) + r")\b")
    found: dict[frozenset, Collaboration] = {}
    joint = joint_action_regex(lex)
    agents = phrase_regex(lex["joint_agent_cues"])
    worked_with = work_with_regex(lex)
    direct = phrase_regex(lex["direct_collaboration_cues"])
    for sentence in ctx.sentences:
        mentions = registry.in_range(sentence.start_char, sentence.end_char)
        if not mentions:
            continue  # every pair is of bodies named in the sentence
        for a, b in joint_actors(ctx, mentions, registry, joint) + partners_listed_together(ctx, mentions, registry) \
                + joint_agents(ctx, sentence, registry, agents):
            add_pair(ctx, found, a, b, sentence)
        subject_of = lambda cue, before: speaker_of(ctx, sentence, cue, before, first_person, author, registry)  # noqa: E731
        for a, b in group_pairs(ctx, sentence, registry, subject_of):
            add_pair(ctx, found, a, b, sentence)
        for match in itertools.chain(cues.finditer(sentence.text), worked_with.finditer(sentence.text),
                                     direct.finditer(sentence.text)):
            cue_start = sentence.start_char + match.start()
            cue_end = sentence.start_char + match.end()
            after = registry.in_range(cue_end, sentence.end_char)
            after = after if after and within_reach(ctx, match, cue_end, after[0][0], cues) else []
            before = registry.in_range(sentence.start_char, cue_start)
            if not after:
                continue
            speaker = speaker_of(ctx, sentence, match, before, first_person, author, registry)
            if speaker is None and not before:
                for a, b in fronted_pairs(ctx, after, registry):
                    add_pair(ctx, found, a, b, sentence)
            unnamed_we = not before and bool(first_person.search(sentence.text, 0, match.start()))
            pairs = object_pairs(ctx, speaker, after, registry, match.group(0), unnamed_we)
            if match.group(0).lower().endswith(" by"):
                pairs += [(a, b) for a in listed_subjects(ctx, before, cue_start, registry)
                          for _, b in object_pairs(ctx, a, after[:1], registry, match.group(0))]
            for a, b in pairs:
                add_pair(ctx, found, a, b, sentence)
    for funder, awarded, sentence in award_pairs(ctx, registry):
        add_pair(ctx, found, funder, awarded, sentence)
    for a, b, *lines in list_pairs(ctx, registry, author, projects):
        for offset in dict.fromkeys(lines):  # both bodies' lines
            add_pair(ctx, found, a, b, ctx.sentence_at(offset))
    return [c for key, c in found.items() if not within_a_project(key, projects)]


# what may stand between a cue and its body: "the", and who at the body ("worked with colleagues at the X")
THE = re.compile(r"\s*(?:(?:our\s+)?(?:colleagues|staff|the\s+team|partners|friends)\s+(?:at|from)\s+)?(?:the\s+)?")


def within_reach(ctx, match, cue_end: int, body_start: int, cues) -> bool:
    """A collaboration cue's object stands within REACH (a list runs on past it); "led the project with"
    and the direct cues ("on behalf of", "helped") take only a body right after them."""
    if match.re is cues:
        return body_start - cue_end <= REACH
    return bool(THE.fullmatch(ctx.text, cue_end, body_start))


# after a fronted clause: its subject ("With support from X, Y ran"), or the agents of the passive that
# follows it ("Funded by X, the project is run by A and B")
FRONTED_SUBJECT = re.compile(r"\s*,\s*(?:the\s+)?")
FRONTED_AGENTS = re.compile(r"\s*,\s*(?:the|this|our)\s+[a-z]+\s+(?:is|was|are|were|has been|will be)\s+"
                            r"(?:run|led|delivered|managed|co-?ordinated|organi[sz]ed|hosted)\s+by\s+(?:the\s+)?")


def fronted_pairs(ctx, after: list, registry) -> list[tuple[str, str]]:
    """A sentence opening with a cue's clause pairs its objects with the bodies the sentence is about: "With
    support from X and Z, Y ran twelve workshops" (Y), "Funded by X, the project is run by A and B" (A, B)."""
    objects = opening_list(ctx, after)
    if len(objects) < 2 or not AND_GAP.fullmatch(ctx.text, after[len(objects) - 2][1], after[len(objects) - 1][0]):
        objects = [after[0][2]]  # "With support from X, Y ran": no "and", no list
    rest = after[len(objects):]
    if not rest:
        return []
    gap_start = after[len(objects) - 1][1]
    if FRONTED_SUBJECT.fullmatch(ctx.text, gap_start, rest[0][0]):
        subjects = [rest[0][2]]
    elif FRONTED_AGENTS.fullmatch(ctx.text, gap_start, rest[0][0]):
        subjects = opening_list(ctx, rest) or [rest[0][2]]
    else:
        return []
    return [(registry.orgs[s].name, registry.orgs[o].name) for s in subjects for o in objects if s != o]


def within_a_project(pair: frozenset, projects: dict) -> bool:
    """Two participants of one project: the project says they work together; so does a group that is both
    a body and a project about each of its participants ("Led by X, the Y Consortium is ...")."""
    return any(pair <= {p.organisation for p in project.participants} | {project.name} for project in projects.values())


def joint_action_regex(lex: dict):
    """What follows the last of bodies that act together: a joint verb, or a thing they own together."""
    verbs = "|".join(re.escape(v) for v in sorted(lex["joint_action_verbs"], key=len, reverse=True))
    owned = "|".join(re.escape(w) for w in lex["joint_possessions"])
    return re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:have |has |had |have now |jointly |together )?(?:" + verbs
                      + r")\b|['’]s\s+(?:joint\s+)?(?:[\w-]+\s+){0,4}?(?:" + owned + r")s?\b)", re.I)


def work_with_regex(lex: dict):
    """"led the project with (the)", "deliver programmes with and for the": a verb of work, up to six words,
    and "with" (cue_end is where the body must start)."""
    verbs = "|".join(re.escape(v) for v in sorted(lex["work_with_verbs"], key=len, reverse=True))
    return re.compile(r"\b(?:" + verbs + r")\b(?:\s+[^\s,.;:()]+){0,6}?\s+with(?:\s+and\s+for)?\s+(?:the\s+)?", re.I)


def joint_actors(ctx: Context, mentions: list, registry, joint) -> list[tuple[str, str]]:
    """"A and B launched a drop-in", "A, B and C came together to form X": bodies (the sentence's
    `mentions`) listed with "and" as the subject of a joint action."""
    return [pair for index, (_start, end, _key) in enumerate(mentions)
            if index and joint.match(ctx.text[end:end + 40]) for pair in listed_pairs(ctx, mentions, index, registry, True)]


def joint_agents(ctx: Context, sentence, registry, agents) -> list[tuple[str, str]]:
    """"co-ordinated by Swindon City of Sanctuary, the Harbour Project, Amnesty International and Voluntary
    Action Swindon": the agents listed after a passive cue work together (pairs within a named project it
    governs are dropped later)."""
    pairs = []
    for match in agents.finditer(sentence.text):
        cue_end = sentence.start_char + match.end()
        after = registry.in_range(cue_end, sentence.end_char)
        if len(after) >= 2 and THE.fullmatch(ctx.text, cue_end, after[0][0]):  # "run by the X and Y"
            names = [registry.orgs[key].name for key in opening_list(ctx, after)]
            pairs += itertools.combinations(dict.fromkeys(names), 2)
    return pairs


LIST_ITEM_GAP = re.compile(r"\s*,\s*(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*,\s*(?:the\s+)?)?")


def opening_list(ctx: Context, after: list) -> list[str]:
    """The keys of the bodies listed at the start of `after` ("A, B and C"; a name that is no body may
    stand between two: "A, the Harbour Project, B and C")."""
    keys = [after[0][2]]
    for (_s, previous_end, _k), (start, _e, key) in zip(after, after[1:]):
        last = bool(AND_GAP.fullmatch(ctx.text, previous_end, start))
        if not last and not LIST_ITEM_GAP.fullmatch(ctx.text, previous_end, start):
            break
        keys.append(key)
        if last:
            break
    return keys if len(keys) >= 2 else []


PARTNER_TAIL = re.compile(r"\s*,?\s+(?:and|&)\s+(?:other\s+|their\s+|local\s+|key\s+)?partner"
                          r"(?:s|\s+agencies|\s+organi[sz]ations|\s+bodies)\b", re.I)


def partners_listed_together(ctx: Context, mentions: list, registry) -> list[tuple[str, str]]:
    """"Offaly County Council, Offaly LCDC and partner agencies": bodies listed with their partners."""
    return [pair for index, (_start, end, _key) in enumerate(mentions)
            if index and PARTNER_TAIL.match(ctx.text, end) for pair in listed_pairs(ctx, mentions, index, registry, False)]


# the full stop of an abbreviated last word a name was cut before ("Development Corp., Resources Unite")
ABBREVIATION_STOP = "(?:(?:" + "|".join(f"(?<={re.escape(form)})" for word in lexicon()["abbreviated_heads"]
                                        for form in (word.capitalize(), word.upper())) + r")\.)?"
# an acronym or place in brackets may follow a listed body, or end the acronym's own mention: "The Institute
# for Change and Motivation (IMV) and"
AND_GAP = re.compile(ABBREVIATION_STOP + r"(?:\s*\([^()]{1,40}\)|\))?\s*,?\s+(?:and|&)\s+(?:the\s+)?")
COMMA_GAP = re.compile(ABBREVIATION_STOP + r"(?:\s*\([^()]{1,40}\)|\))?\s*,\s*(?:the\s+)?")


def listed_pairs(ctx: Context, mentions: list, index: int, registry, and_last: bool) -> list[tuple[str, str]]:
    """Every two of the bodies listed up to `mentions[index]`: "A, B and C" (`and_last`) or "A, B, C"."""
    group, first = [mentions[index][2]], mentions[index][0]
    for earlier_start, earlier_end, earlier_key in reversed(mentions[:index]):
        gap = AND_GAP if and_last and len(group) == 1 else COMMA_GAP
        if not gap.fullmatch(ctx.text, earlier_end, first):
            break
        group.append(earlier_key)
        first = earlier_start
    return list(itertools.combinations(dict.fromkeys(registry.orgs[k].name for k in reversed(group)), 2))


BRACKET = r"(?:\s*\([^()]{1,40}\))?"  # "Gleniti Baptist Church (Timaru)": a place or acronym after a listed body
SUBJECT_TAIL = re.compile(BRACKET + r"\s*(?:(?:have|has|had) been|were|was|are|is|will be)?\s*(?:all\s+)?")
LISTED_GAP = re.compile(ABBREVIATION_STOP + BRACKET + r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)(?:the\s+)?")


def listed_subjects(ctx, before: list, cue_start: int, registry) -> list[str]:
    """"A (Wellington), B, C and the D (Nelson) have been chosen by X": every body of a list that ends
    right before a passive cue is its subject (none when the last body is not the list's)."""
    if len(before) < 2 or not SUBJECT_TAIL.fullmatch(ctx.text, before[-1][1], cue_start):
        return []
    keys = [before[-1][2]]
    for (_s, end, key), (start, *_rest) in zip(reversed(before[:-1]), reversed(before[1:])):
        if not LISTED_GAP.fullmatch(ctx.text, end, start):
            break
        keys.append(key)
    return [registry.orgs[key].name for key in reversed(keys)] if len(keys) >= 2 else []


OBJECT_GAP = re.compile(ABBREVIATION_STOP + r"\s*(?:,|and|&|['’]s|from|into|to|with|the|[()]|\s)*\s*")


def object_pairs(ctx, speaker, after, registry, cue: str, unnamed_we: bool = False) -> list[tuple[str, str]]:
    names = []
    for index, (start, _end, key) in enumerate(after):
        if index and not OBJECT_GAP.fullmatch(ctx.text, after[index - 1][1], start):
            break  # brackets: "A (AB), B": the acronym is a mention of A too
        names.append(registry.orgs[key].name)
    if cue.lower() == "seconded" and len(after) >= 2:  # "seconded into X from Y": X and Y work together
        return [(registry.orgs[after[0][2]].name, registry.orgs[after[1][2]].name)]
    if speaker is None:  # "we work with A and B" where the text never names "we": A and B work together
        return list(itertools.combinations(dict.fromkeys(names), 2)) if unnamed_we else []
    return [(speaker, name) for name in names if name != speaker]


def add_pair(ctx: Context, found: dict, a: str, b: str, sentence) -> None:
    key = frozenset((a, b))
    themes = ranked(sentence_themes(ctx, sentence.text))
    if key not in found:
        found[key] = Collaboration(a, b, themes)
    else:
        found[key].themes = list(dict.fromkeys(found[key].themes + themes))
    evidence = ctx.evidence(sentence.start_char, sentence.end_char)
    if evidence not in found[key].evidence:  # two cues in one sentence are one piece of evidence
        found[key].evidence.append(evidence)
