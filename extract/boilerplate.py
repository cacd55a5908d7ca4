"""Drops the chrome of saved web pages (navigation, cookie lines, teasers) using schemas/boilerplate.yaml."""
from __future__ import annotations

import re
from functools import lru_cache

from partnergraph.extract.resources import load_yaml

HEAD_LINES = 8  # a saved page shows its markers within its first few lines


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern]:
    data = load_yaml("boilerplate.yaml")
    return {key: re.compile("^(?:" + "|".join(f"(?:{p})" for p in data[key]) + r")[\s.:]*$", re.I)
            for key in ("page_markers", "drop_lines", "chrome_anywhere", "end_sections")}


def is_chrome_line(line: str) -> bool:
    return bool(_rules()["drop_lines"].match(line.strip())) or is_chrome_anywhere(line)


def is_chrome_anywhere(line: str) -> bool:
    return bool(_rules()["chrome_anywhere"].match(line.strip()))


def is_end_section(line: str) -> bool:
    return bool(_rules()["end_sections"].match(line.strip()))


def looks_like_saved_page(lines: list[str]) -> bool:
    head = [line.strip() for line in lines if line.strip()][:HEAD_LINES]
    return any(_rules()["page_markers"].match(line) for line in head)


def strip_chrome(blocks: list, always: bool = False) -> list:
    """Drops chrome lines and teaser sections, and on a saved page the site banner above the headline.

    `blocks` are (kind, level, text-or-rows); web pages are cleaned always, other files only when they
    look like a saved web page.
    """
    texts = [body for kind, _, body in blocks if kind != "table"]
    saved_page = looks_like_saved_page(texts)
    if not (always or saved_page):
        return [block for block in blocks if block[0] == "table" or not is_chrome_anywhere(block[2])]
    kept = []
    for kind, level, body in blocks:
        if kind != "table" and is_end_section(body):
            break
        if kind == "table" or not is_chrome_line(body):
            kept.append((kind, level, body))
    if saved_page:
        kept = kept[headline_index([body if kind != "table" else "" for kind, _, body in kept]):]
    return kept


def headline_index(lines: list[str]) -> int:
    """The headline is the last short line before the first line of running text; above it is banner."""
    for i, line in enumerate(lines):
        if is_running_text(line):
            short = [j for j in range(i) if lines[j].strip()]
            return short[-1] if short else 0
    return 0


def is_running_text(line: str) -> bool:
    text = line.strip()
    return len(text) > 90 or (len(text.split()) >= 8 and text.endswith((".", "!", "?")))
