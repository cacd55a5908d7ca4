"""Who "we" are inside a quotation: the body of the person the quote is attributed to ('"We have a
productive relationship with Y," says X General Manager Jo Bloggs'; 'Jo Bloggs of X said: "We ..."')."""
from __future__ import annotations

import re

OPENING = "\"“"
SAYING = r"(?:says|said|adds|added|explains|explained|comments|commented|notes|noted|according to)"
AFTER_QUOTE = re.compile(r"[”\"]\s*,?\s*" + SAYING + r"\b", re.I)
BEFORE_QUOTE = re.compile(r"\b" + SAYING + r"\s*[:,]?\s*[“\"]", re.I)
ATTRIBUTION_REACH = 100  # characters from the saying verb in which the speaker's body is named


def inside_quote(text: str, start: int, offset: int) -> bool:
    """The quote marks opened from `start` up to `offset` are not all closed."""
    before = text[start:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def quoted_speaker(ctx, offset: int, registry) -> str | None:
    """The body named with the saying verb of the quotation around `offset`, in its paragraph: after the
    closing quote, or before the opening one."""
    block = ctx.block_at(offset)
    if block is None or not inside_quote(ctx.text, block.start, offset):
        return None
    after = AFTER_QUOTE.search(ctx.text, offset, block.end)
    if after:
        named = registry.in_range(after.end(), min(block.end, after.end() + ATTRIBUTION_REACH))
        return registry.orgs[named[0][2]].name if named else None
    opening = max(ctx.text.rfind(q, block.start, offset) for q in OPENING)
    before = BEFORE_QUOTE.search(ctx.text, max(block.start, opening - ATTRIBUTION_REACH), opening + 1)
    if before:
        named = registry.in_range(max(block.start, before.start() - ATTRIBUTION_REACH), before.start())
        return registry.orgs[named[-1][2]].name if named else None
    return None
