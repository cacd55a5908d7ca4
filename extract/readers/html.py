"""HTML reader: a structural walk of the page, kept to its main content.

trafilatura decides which text is main content (it drops navigation, cookie banners, teasers) and
supplies metadata; the walk keeps headings, lists and tables, which trafilatura flattens or drops.
"""
from __future__ import annotations

import re
from pathlib import Path

from partnergraph.extract.boilerplate import is_end_section
from partnergraph.extract.document import Document, DocumentBuilder
from partnergraph.extract.encoding import decode_bytes
from partnergraph.extract.errors import RefusedFile

SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template",
             "button", "svg", "iframe", "select", "option", "head", "title", "meta", "link", "figure"}
CHROME_ATTR = re.compile(r"(^|[-_ ])(cookie|consent|banner|navbar|nav|menu|breadcrumbs?|share|social|"
                         r"sidebar|related|advert|promo|skip|newsletter|site-header|site-footer)([-_ ]|$)", re.I)
BLOCK_TAGS = {"p", "blockquote", "pre", "dd", "dt", "address", "figcaption", "caption"}
HEADINGS = {f"h{i}": i for i in range(1, 7)}
CONTAINER_PARAGRAPHS = 3
KEPT_SHARE = 0.7  # the structure walk must keep this share of trafilatura's words, else its text is used
CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def read_html(path: Path, data: bytes) -> Document:
    declared = CHARSET.search(data[:4096])
    text, encoding = decode_bytes(data, declared.group(1).decode("ascii") if declared else None)
    tree = parse(text)
    blocks = list(walk(tree.find(".//body") if tree.find(".//body") is not None else tree))
    main_text, extracted = trafilatura_text(text)
    if main_text:
        blocks = keep_main(blocks, main_text)
    if words_of(blocks) < KEPT_SHARE * len(main_text.split()):  # the walk missed the article's own markup
        blocks = [("paragraph", None, line) for line in extracted.splitlines() if line.strip()]
    builder = DocumentBuilder(str(path), "html")
    for kind, level, body in blocks:
        builder.add(kind, "" if kind == "table" else body, level=level, rows=body if kind == "table" else None)
    return builder.build(encoding=encoding, **page_metadata(text))


def parse(text: str):
    import lxml.html

    try:
        # The parser never fetches DTDs or external entities and does not resolve entities to files.
        parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True)
        return lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except Exception as exc:  # lxml raises several unrelated types on hopeless markup
        raise RefusedFile("corrupt", f"not readable as HTML ({type(exc).__name__})") from exc


def walk(element):
    """Yields (kind, level, text-or-rows) in document order."""
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in SKIP_TAGS or is_chrome_element(child):
            continue
        if tag in HEADINGS:
            yield "heading", HEADINGS[tag], child.text_content()
        elif tag == "li":
            yield "list_item", None, own_text(child)
            yield from walk_nested_lists(child)
        elif tag == "table":
            yield "table", None, table_rows(child)
        elif tag in BLOCK_TAGS:
            yield "paragraph", None, child.text_content()
        else:
            if child.text and child.text.strip() and tag in ("div", "section", "article", "main", "td"):
                yield "paragraph", None, child.text
            yield from walk(child)
        if child.tail and child.tail.strip() and child.getparent() is not None \
                and child.getparent().tag in ("div", "section", "article", "main", "body"):
            yield "paragraph", None, child.tail


def walk_nested_lists(item):
    for nested in item:
        if isinstance(nested.tag, str) and nested.tag in ("ul", "ol"):
            yield from walk(nested)


def own_text(item) -> str:
    parts = [item.text or ""]
    for child in item:
        if isinstance(child.tag, str) and child.tag not in ("ul", "ol"):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def is_chrome_element(element) -> bool:
    """Navigation, banners and teasers by their class; a wrapper that holds the article is not chrome."""
    attrs = " ".join(element.get(name, "") for name in ("class", "id", "role"))
    if not attrs or not (CHROME_ATTR.search(attrs) or element.get("role") == "navigation"):
        return False
    return sum(1 for _ in element.iter("p")) < CONTAINER_PARAGRAPHS


def table_rows(table) -> list[list[str]]:
    """Rows of cells; a cell spanning columns or rows repeats its text so columns stay aligned."""
    grid: dict[tuple[int, int], str] = {}
    for r, row in enumerate(table.iter("tr")):
        c = 0
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            text = cell.text_content()
            for dr in range(span(cell, "rowspan")):
                for dc in range(span(cell, "colspan")):
                    grid[(r + dr, c + dc)] = text
            c += span(cell, "colspan")
    if not grid:
        return []
    rows = max(r for r, _ in grid) + 1
    cols = max(c for _, c in grid) + 1
    return [[grid.get((r, c), "") for c in range(cols)] for r in range(rows)]


def span(cell, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, "1")), 50))
    except ValueError:
        return 1


def trafilatura_text(html: str) -> tuple[str, str]:
    """(normalised main text for matching, main text as trafilatura gives it)."""
    import trafilatura

    extracted = trafilatura.extract(html, favor_recall=True, include_tables=True, include_comments=False,
                                    deduplicate=False) or ""
    return normalise(extracted), extracted


def keep_main(blocks: list, main_text: str) -> list:
    """Keeps the span of blocks from the first to the last one trafilatura counts as main content.

    Inside the span everything stays (trafilatura drops short lines such as funder names and bylines);
    a teaser heading ("Related content") ends the span instead when the page has one.
    """
    in_main = [i for i, (kind, _, body) in enumerate(blocks) if is_main(kind, body, main_text)]
    if not in_main:
        return blocks
    start = in_main[0]
    while start > 0 and blocks[start - 1][0] == "heading":
        start -= 1
    teaser = next((i for i, (kind, _, body) in enumerate(blocks)
                   if i > in_main[-1] and kind != "table" and is_end_section(body)), None)
    return blocks[start:teaser if teaser is not None else in_main[-1] + 1]


def is_main(kind: str, body, main_text: str) -> bool:
    if kind == "table":
        return any(normalise(c) in main_text for row in body for c in row if c.strip())
    text = normalise(body)
    return bool(text) and text[:80] in main_text


def words_of(blocks: list) -> int:
    return sum(len(normalise(" ".join(c for row in body for c in row) if kind == "table" else body).split())
               for kind, _, body in blocks)


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def page_metadata(html: str) -> dict:
    from trafilatura import extract_metadata

    # Not extensive: that guesses a publication date from any date in the text (the sample pages got
    # their projects' start dates), and took more time than finding the main text.
    meta = extract_metadata(html, extensive=False)
    if meta is None:
        return {}
    return {"author": meta.author, "date": meta.date, "site": meta.sitename, "html_title": meta.title}
