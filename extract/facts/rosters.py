"""Rosters: lines that pair a person with their body, as attendance and membership lists in minutes do
("Alison Phipps, University of Glasgow (Chair)", "Naomi Alleyne; WLGA (NA)", "Cllr Jo Bloggs, Newport CC").

Three or more such lines make a roster. Each line gives a person with an affiliation and a body; the
bodies of a roster are members of the group that met: the group the title names, else the body most
of the roster belongs to (the secretariat's, "WSMP (minutes)")."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from partnergraph.extract.facts.context import Context, lexicon
from partnergraph.extract.facts.listed_names import gazetteer_categories, split_listed_names
from partnergraph.extract.facts.names import is_generic

MIN_LINES = 3
PARTICLE = r"(?:de|da|di|du|van|von|der|den|la|le|al|bin|ter|el)"
NAME_WORD = r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?"
PERSON = rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)*{NAME_WORD}){{1,3}}"
LINE = re.compile(rf"^[\s•*·\-–]*(?:(?P<honorific>[A-Z][A-Za-z]{{1,10}})[.,]?\s+)?(?P<person>{PERSON})\s*[,;:]\s*"
                  r"(?P<rest>[^\n]{2,120})$")
BRACKETS = re.compile(r"\s*\([^)]*\)")
TRAILING_PERSON = re.compile(rf"\)\s*(?:[A-Z][A-Za-z]{{1,10}}\.?\s+)?(?P<person>{PERSON})\s*$")


@dataclass(frozen=True)
class RosterLine:
    person: str
    person_start: int
    org: str
    org_start: int


def roster_lines(ctx: Context) -> list[RosterLine]:
    """The roster lines of the document (none unless at least MIN_LINES of them), found once."""
    if "roster_lines" not in ctx.notes:
        found = [line for block in ctx.document.blocks for line in lines_of(ctx, block)]
        ctx.notes["roster_lines"] = found if len({r.person for r in found}) >= MIN_LINES else []
    return ctx.notes["roster_lines"]


ROSTER_LABEL = re.compile(r"\b(?:ATTENDANCE|ATTENDEES|ATTENDING|PRESENT|REGRETS|APOLOGIES|ABSENT|Attendance|"
                          r"Attendees|Present|Regrets|Apologies|Absent)\s*:")
INLINE_ENTRY = re.compile(rf"(?:^|[;,]\s*|:\s*)(?P<person>(?:[A-Z]\.\s?){{1,2}}{NAME_WORD}|{PERSON})\s*"
                          r"\((?P<org>[A-Z][^()\n;]{1,80})\)(?=\s*(?:[;,.]|$|[A-Z]{4,}\s*:))", re.M)
# "1. Apologies" over a paragraph of "Name (Body), Name (Body)": the label is the heading above it
ROSTER_HEADING = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?(?i:attendance|attendees|present|in attendance|apologies|"
                            r"apologies received|regrets|absent)\s*:?\s*")


def inline_entries(ctx: Context, block) -> list[RosterLine]:
    """A roster run into one paragraph, as a PDF flattens it: "ATTENDANCE: M. Agema (Georgian College);
    D. Brown (Social Enterprise for Canada); ... REGRETS: E. Albisser (IRCC); ...", or "Present: Jo Bloggs
    (Justice First), ..."; a body line may name two ("Citizens UK/Thrive")."""
    label = ROSTER_LABEL.search(ctx.text, block.start, block.end)
    index = ctx.document.last_block_starting_by(block.start)
    above = ctx.document.blocks[index - 1].text if index > 0 else ""
    if not label and not ROSTER_HEADING.fullmatch(above):
        return []
    found = []
    for match in INLINE_ENTRY.finditer(ctx.text, label.start() if label else block.start, block.end):
        parts = slashed_parts(match.group("org"))
        for part_offset, part in parts:
            org, org_offset = org_of(part, len(parts) > 1)
            if org:
                found.append(RosterLine(match.group("person"), match.start("person"), org,
                                        match.start("org") + part_offset + org_offset))
    return found if len({line.person for line in found}) >= (MIN_LINES if label else 2) else []


def slashed_parts(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"[^/]+", text)]


def lines_of(ctx: Context, block) -> list[RosterLine]:
    text = ctx.text[block.start:block.end]
    inline = inline_entries(ctx, block)
    if inline or len(text) > 160:
        return inline
    match = LINE.match(text)
    if not match or not person_like(match, ctx):
        return []
    person, person_start, rest_start = match.group("person"), block.start + match.start("person"), match.start("rest")
    lines = []
    for part_offset, part in body_parts(match.group("rest")):  # "TSI Edinburgh / Volunteer Edinburgh": two bodies
        org, org_offset = org_of(part)
        for name_offset, name in split_listed_names(org) if org else []:  # "City of Monash and VLGMIN"
            lines.append(RosterLine(person, person_start, name,
                                    block.start + rest_start + part_offset + org_offset + name_offset))
    if not lines:
        return []
    absent = TRAILING_PERSON.search(text)  # a second column: "... (NA) Sharon Davies" sent apologies
    if absent:
        lines.append(RosterLine(absent.group("person"), block.start + absent.start("person"), "", -1))
    return lines


def person_like(match, ctx: Context) -> bool:
    honorific = (match.group("honorific") or "").lower()
    if honorific and honorific not in lexicon()["honorifics"] and honorific not in {"acc", "cc", "dcc", "supt"}:
        return False
    words = match.group("person").split()
    return not is_generic(match.group("person")) and not any(w.lower() in lexicon()["org_heads"] for w in words)


BODY_SEPARATOR = re.compile(r"\s+/\s+")
# "AUGB – Edinburgh branch": a unit of the body after a dash, its last word in lower case
UNIT_AFTER_DASH = re.compile(r"\s+[–—-]\s+(?:[A-Z][\w’'-]*\s+)*[a-z]+\s*$")


def body_parts(rest: str) -> list[tuple[int, str]]:
    """(offset, text) of each body a roster line names after the person, set apart by " / ", each without
    a unit after a dash."""
    parts, at = [], 0
    for piece in BODY_SEPARATOR.split(rest):
        at = rest.index(piece, at)
        unit = UNIT_AFTER_DASH.search(piece)
        parts.append((at, piece[:unit.start()] if unit else piece))
        at += len(piece)
    return parts


def org_of(rest: str, one_of_several: bool = False) -> tuple[str, int]:
    """The body in what follows the person: before any bracket, the last comma part ("Education officer,
    NCC"), without a role word before it ("Chair WSMP"); one word is a body when set beside another with a
    slash ("Citizens UK/Thrive")."""
    head = BRACKETS.split(rest, maxsplit=1)[0] if "(" in rest else rest
    head = re.sub(r"\s+(?:and|&)\s+[a-z][a-z ]*$", "", head.split("(")[0].rstrip(" ,;."))  # "X and treasurer"
    offset = head.rfind(", ") + 2 if ", " in head else 0
    org = head[offset:]
    words = org.split()
    roles = set(lexicon()["person_roles"])
    while len(words) > 1 and words[0].lower().rstrip(",") in roles:
        offset += org.index(words[1])
        org = org[org.index(words[1]):]
        words = words[1:]
    if not org[:1].isupper() or len(words) > 8 or is_generic(org) \
            or not (one_of_several and len(words) == 1 or body_shaped(org, head[offset - 4:offset])) \
            or re.sub(r"^co-", "", words[-1].lower()) in roles:
        return "", 0  # "MAV Policy Adviser & VLGMIN Co-convenor": posts, no body named apart
    return org, offset


def body_shaped(org: str, before: str) -> bool:
    """A roster's body is a proper name; one word only when it is an acronym or has a capital inside
    ("COSLA", "ScotCen": "Education" is a portfolio); after "Head of" a name needs a body's head word."""
    words = org.split()
    if not all(w[0].isupper() or w.isdigit() or w in {"and", "of", "for", "the", "&", "on", "–", "-"} for w in words):
        return False
    if len(words) == 1 and not any(c.isupper() for c in org[1:]) and org not in gazetteer_categories():
        return False  # "Barnardos" is known; "Education" is a portfolio
    return not before.endswith("of ") or any(w.lower() in lexicon()["org_heads"] for w in words)


# "SUBJECT: Local Immigration Partnership Meeting", "Minutes of the meeting of the Harbour Forum"
MEETING_OF = re.compile(r"(?:SUBJECT:\s*|\b[Mm]eeting of (?:the )?)"
                        r"((?:[A-Z][\w&'’-]*)(?:\s+(?:[A-Z][\w&'’-]*|of|for|and))*?)(?:\s+[Mm]eeting\b|\s*[,.(\n]| held)")


LEAD_IN_REACH = 2


def group_introducing(ctx: Context, offset: int) -> str | None:
    """The group a roster's lead-in names: "The MAV Conference Planning Group included:"."""
    index = ctx.document.last_block_starting_by(offset)
    lead_in = next((b.text.strip() for b in ctx.document.blocks[max(0, index - LEAD_IN_REACH):index][::-1]
                    if b.text.strip().endswith(":")), "")  # a first line without a body may come between
    heads = "|".join(lexicon()["group_heads"])
    named = re.search(rf"((?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|on)\s+)?)+(?i:{heads}))\s+(?:has\s+|have\s+)?"
                      r"(?:included|includes|include|comprised|comprises|comprise|members|membership)\b[^.]*:$", lead_in)
    group = named and re.sub(r"^The\s+", "", named.group(1))
    return group if group and not is_generic(group) else None


def roster_group(ctx: Context, title_group: str | None) -> str | None:
    """The group whose roster it is: the one its lead-in names, else the one the title names, else the one a
    "meeting of X" or "SUBJECT: X Meeting" line names, else the body of the most lines when that is at least three
    and twice any other's."""
    lines = [line for line in roster_lines(ctx) if line.org]
    if not lines:
        return None
    named = group_introducing(ctx, lines[0].org_start)
    if named or title_group:
        return named or title_group
    met = MEETING_OF.search(ctx.text)
    if met and not is_generic(met.group(1)):  # not "a meeting of the Council"
        return met.group(1)
    counts = Counter(line.org for line in lines).most_common(2)
    top, count = counts[0]
    if count >= MIN_LINES and (len(counts) == 1 or count >= 2 * counts[1][1]):
        return top  # the secretariat's body, well ahead of any other: not a college's 3 lines against 2
    return None


def add_roster_people(ctx: Context, registry, people: list) -> list:
    """Roster people join the people found elsewhere; the roster's affiliation is the one kept."""
    from partnergraph.extract.record import Person

    by_name = {person.name: person for person in people}
    seen = set()
    for line in roster_lines(ctx):
        if line.person in seen:
            continue  # a second body on the person's line: the first is their affiliation
        seen.add(line.person)
        key = registry.resolve_key(line.org) if line.org else None
        org = registry.orgs[key].name if key else None
        person = by_name.get(line.person)
        if person is None:
            person = by_name[line.person] = Person(line.person, org)
            people.append(person)
        else:
            person.organisation = org  # the roster's word: a name in the apologies column has no body
        person.evidence.append(ctx.evidence(line.person_start, line.person_start + len(line.person)))
    return people
