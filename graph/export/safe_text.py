"""Text from documents made safe for where it goes: spreadsheets (no formulas), XML (no forbidden
characters), terminals (no markup, no escape sequences) and Markdown (no HTML)."""
from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list for CSV injection
XML_FORBIDDEN = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # ESC starts colour and cursor sequences


def csv_cell(value):
    """A cell a spreadsheet shows as text: one that would start a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def xml_text(value):
    """Strings without the characters XML 1.0 forbids (control characters, lone surrogates)."""
    return XML_FORBIDDEN.sub("", value) if isinstance(value, str) else value


def xml_clean(value):
    """xml_text throughout lists, dicts and dataclasses (a write-up's whole content)."""
    import dataclasses

    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, list):
        return [xml_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: xml_clean(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: xml_clean(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    return value


def terminal_text(text: str) -> str:
    """Without control characters: ESC sequences from a report would recolour or move the terminal."""
    return TERMINAL_CONTROL.sub("", text)


def shown(text) -> str:
    """Text for rich to print as it is: control characters removed, markup such as "[bold]" escaped."""
    from rich.markup import escape

    return escape(terminal_text(str(text)))


def markdown_text(text: str) -> str:
    """Text for Markdown: HTML tags from a report shown, not run; no control characters."""
    return terminal_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
