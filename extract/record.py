"""The Record: the one typed hand-off from extraction to the graph (schemas/record.schema.json)."""
from __future__ import annotations

from dataclasses import dataclass, field

ROLES = ("lead", "partner", "funder", "member", "delivery", "support")


@dataclass
class Evidence:
    start: int
    end: int
    sentence: str
    page: int | None = None


@dataclass
class Organisation:
    name: str
    aliases: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Person:
    name: str
    organisation: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Place:
    name: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Venue:
    name: str
    place: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class DateMention:
    text: str
    value: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Event:
    date: str | None
    venue: str | None
    place: str | None
    description: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Figure:
    metric: str
    target: float | None
    delivered: float | None
    unit: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Money:
    amount: float
    currency: str
    text: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Participant:
    organisation: str
    role: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Project:
    name: str
    aliases: list[str] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Collaboration:
    a: str
    b: str
    themes: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Record:
    document: str
    title: str | None = None
    report_date: str | None = None
    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    venues: list[Venue] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    collaborations: list[Collaboration] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return plain(self)


def plain(value):
    """Dataclasses to dicts, recursively, like dataclasses.asdict without its deep copies of every
    string (asdict was a sixth of fact building). Record types are told apart by exact type and read
    from their __dict__ (fields in declaration order): is_dataclass and fields() per value took a third
    of the conversion."""
    kind = type(value)
    if kind is list:
        return [plain(item) for item in value]
    if kind is Evidence:
        return dict(value.__dict__)
    if kind in RECORD_TYPES:
        return {name: plain(item) for name, item in value.__dict__.items()}
    if kind is dict:
        return {key: plain(item) for key, item in value.items()}
    return value


RECORD_TYPES = {Organisation, Person, Place, Venue, DateMention, Event, Figure, Money, Participant, Project,
                Collaboration, Record}


FACT_FIELDS = {"organisations": "organisation", "people": "person", "places": "place", "venues": "venue",
               "dates": "date", "events": "event", "figures": "figure", "money": "money",
               "projects": "project", "collaborations": "collaboration"}


def fact_name(kind: str, fact: dict) -> str:
    if kind == "collaboration":
        return f"{fact['a']} ~ {fact['b']}"
    for key in ("name", "metric", "text", "description"):
        if fact.get(key):
            return str(fact[key])
    return ""


def main_project(record: dict) -> str | None:
    """The project a report is about: the one with the most evidence."""
    projects = record.get("projects") or []
    return max(projects, key=lambda p: len(p.get("evidence") or []))["name"] if projects else None
