"""TXT and Markdown reader: headings, bullets, enumerated items and tab-separated tables."""
from __future__ import annotations

import re
from pathlib import Path

from partnergraph.extract.document import Document, DocumentBuilder
from partnergraph.extract.encoding import decode_bytes
from partnergraph.extract.resources import load_yaml

BULLET = re.compile(r"^\s*(?:[·•\-\*–—▪◦●○■□➢►\uf0b7\uf0a7]|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s)|\([a-z0-9ivx]{1,4}\))\s*")
SYMBOL_BULLET = re.compile(r"^\s*[·•\-\*–—▪◦●○■□➢►\uf0b7\uf0a7]\s*")
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
TERMINAL = (".", ":", ";", ",")
RUNNING_TEXT = re.compile(r"^(?:\S+\s+){20,}.*[.!?][\"'”’)]?$")  # a sentence of over 20 words ends the line


def read_text(path: Path, data: bytes) -> Document:
    text, encoding = decode_bytes(data)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fmt = "markdown" if path.suffix.lower() in (".md", ".markdown") else "txt"
    builder = DocumentBuilder(str(path), fmt)
    add_lines(builder, lines)
    return builder.build(encoding=encoding)


def add_lines(builder: DocumentBuilder, lines: list[str]) -> None:
    """Groups lines into blocks: a tab row run is a table, wrapped lines join their paragraph."""
    table: list[list[str]] = []
    paragraph: list[str] = []
    item: list[str] = []

    def flush() -> None:
        if table:
            builder.add("table", "", rows=list(table))
            table.clear()
        if paragraph:
            builder.add("paragraph", " ".join(paragraph))
            paragraph.clear()
        if item:
            builder.add("list_item", " ".join(item))
            item.clear()

    first, width = first_content(lines), wrap_width(lines)
    items = semicolon_items(lines) | bare_items(lines)
    for index, raw in enumerate(lines):
        line = raw.strip()
        if "\t" in line and len([c for c in line.split("\t") if c.strip()]) >= 2:
            if paragraph or item:
                flush()
            table.append(line.split("\t"))
            continue
        if not line and item:
            continue  # a list item waits: a PDF's wrapped item goes on after a blank line
        if not line or table:
            flush()
            if not line:
                continue
        if item and item_continues(item[-1], line, next_line(lines, index)):
            item.append(line)  # "• Department of Immigration and" / "Citizenship"
            continue
        if paragraph and (DANGLING_END.search(paragraph[-1]) or wrapped(paragraph[-1], line, width)):
            paragraph.append(line)  # "held on 9 May at the" / "Quaker Meeting House": one sentence
            continue
        kind, level, body = classify_line(line, index == first, next_line(lines, index))
        kind, level = ("list_item", None) if index in items else (kind, level)
        if kind == "heading" and index != first and wrapped(line, "", width):
            kind, level = "paragraph", None  # a hard-wrapped paragraph's first line, no heading
        if kind == "paragraph" and paragraph and continues(paragraph[-1], body):
            paragraph.append(body)
            continue
        flush()
        if kind == "paragraph":
            paragraph.append(body)
        elif kind == "list_item":
            item.append(body)
        else:
            builder.add(kind, body, level=level)
    flush()


ITEM_RUN_ON_WORDS = 4


def item_continues(previous: str, line: str, following: str) -> bool:
    """A short line after a list item, no item itself, is the rest of it where the item stops on a joining
    word ("Department of Immigration and" / "Citizenship") or the line is a body's head word and more items
    follow ("NSW Community Relations" / "Commission" / "• SBS")."""
    if BULLET.match(line) or line.endswith((":", ".")) or len(line.split()) > ITEM_RUN_ON_WORDS \
            or line.lower() in LIST_HEADINGS:  # "Consortium" over the next bullets heads them
        return False
    head = line.split()[0].strip(",").lower()
    return bool(DANGLING_END.search(previous)) or head in NAME_HEADS and bool(BULLET.match(following))


def classify_line(line: str, is_first: bool, following: str) -> tuple[str, int | None, str]:
    md = MD_HEADING.match(line)
    if md:
        return "heading", len(md.group(1)), md.group(2)
    if is_first and not SYMBOL_BULLET.match(line) and not RUNNING_TEXT.search(line):
        return "heading", 1, line  # a text that opens on a bullet or on a paragraph was cut from its headline
    if BULLET.match(line):
        return "list_item", None, SYMBOL_BULLET.sub("", line, count=1)
    if looks_like_heading(line, following):
        return "heading", 2, line
    return "paragraph", None, line


ITEM_END = re.compile(r"[;,]\s*(?:and|or)?$")
ITEM_WORDS = 25


def lines_after_lead_ins(lines: list[str]):
    """For each line ending in ":", the (index, stripped text) of the non-empty lines after it."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for position, index in enumerate(filled):
        if lines[index].strip().endswith(":"):
            yield ((following, lines[following].strip()) for following in filled[position + 1:])


def semicolon_items(lines: list[str]) -> set[int]:
    """Indexes of the lines of a list written without bullets: after a line ending in ":", short lines that end
    in ";" (or "; and"), and the one line that closes them ("These service providers are:" / "A (NSW);" /
    "B (QLD); and" / "C (NT).")."""
    found: set[int] = set()
    for following in lines_after_lead_ins(lines):
        run = []
        for index, line in following:
            if len(line.split()) > ITEM_WORDS or BULLET.match(line):
                break
            run.append(index)
            if not ITEM_END.search(line):
                break
        if len(run) >= 2 and ITEM_END.search(lines[run[0]].strip()) and lines[run[0]].strip().endswith(";"):
            found.update(run)
    return found


BARE_ITEM_WORDS = 12
ABBREVIATED_END = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Assn|Assoc|Bros)\.$")  # "Immigrant Centre Manitoba Inc."


def bare_items(lines: list[str]) -> set[int]:
    """Indexes of a list of names written one to a line, without bullets or punctuation, after a line ending
    in ":" ("... to 14 organizations for settlement projects including:" / "Family Dynamics" / "Immigrant
    Centre Manitoba Inc." / ...): three or more short lines that start in capitals and end no sentence (a
    line with a comma is a roster's "Cllr Lee Virgo, Cardiff LHB", which the roster reader takes)."""
    found: set[int] = set()
    for following in lines_after_lead_ins(lines):
        run = []
        for index, line in following:
            ends_sentence = line.endswith(TERMINAL + ("!", "?")) and not ABBREVIATED_END.search(line)
            if len(line.split()) > BARE_ITEM_WORDS or BULLET.match(line) or ends_sentence or ", " in line \
                    or not (line[0].isupper() or line[0].isdigit()):
                break
            run.append(index)
        if len(run) >= 3:
            found.update(run)
    return found


# a line ending on a word no sentence ends on runs on into the next line (schemas/patterns/lexicon.yaml)
LEXICON = load_yaml("patterns/lexicon.yaml")
LIST_HEADINGS = {w.lower() for w in LEXICON["body_list_headings"]}
NAME_HEADS = {w.lower() for key in ("org_heads", "project_heads") for w in LEXICON[key]}
DANGLING_END = re.compile(r"\b(?:" + "|".join(LEXICON["run_on_words"]) + r")$")


def looks_like_heading(line: str, following: str) -> bool:
    words = line.split()
    if not words or len(words) > 14 or len(line) > 100 or line.endswith(TERMINAL) or DANGLING_END.search(line):
        return False
    if not (line[0].isupper() or line[0].isdigit()):
        return False
    return bool(following) and not following[0].islower()


WRAP_WIDTH_LIMIT = 100  # a text wrapped by hand (an e-mail, an old archive page) keeps its lines shorter
WRAPPED_SHARE = 0.6  # ... and most lines of running text come near its width
RUN_ON_SHARE = 0.3  # ... and many lines go on with the sentence above them, in lower case


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at: its longest line, when no line of running text runs past
    WRAP_WIDTH_LIMIT and most come near it; None for text whose paragraphs are one line each."""
    lengths = [len(line.strip()) for line in lines if len(line.split()) >= 6]
    if len(lengths) < 6 or max(lengths) > WRAP_WIDTH_LIMIT:
        return None
    width = max(lengths)
    follow_on = [line.strip() for above, line in zip(lines, lines[1:]) if above.strip() and line.strip()]
    running_on = sum(line[0].islower() for line in follow_on)  # "... funding of £500,000 in" / "each of the next"
    if running_on < RUN_ON_SHARE * len(follow_on):
        return None  # lines of a roster or a list, each a whole item
    return width if sum(n >= WRAPPED_SHARE * width for n in lengths) * 2 >= len(lengths) else None


def wrapped(previous: str, line: str, width: int | None) -> bool:
    """In a hard-wrapped text, a line that came near the width runs on into the next ("the National
    Refugee" / "Integration Forum"), unless the next starts a list item."""
    return bool(width) and len(previous) >= WRAPPED_SHARE * width and not BULLET.match(line)


def continues(previous: str, line: str) -> bool:
    """A hard-wrapped paragraph: the previous line stops mid-sentence and this one goes on in lower case."""
    return not previous.endswith((".", "!", "?", ":")) and line[:1].islower()


def first_content(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line.strip()), -1)


def next_line(lines: list[str], index: int) -> str:
    return next((line.strip() for line in lines[index + 1:] if line.strip()), "")
