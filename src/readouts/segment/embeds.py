"""Posts a page embeds (a tweet's text, then its signature line "— Narendra Modi
(@narendramodi) August 27, 2024"): the text above the signature is that author's post on X,
whatever the article around it says. The signature is the platform's own format, the same in
every language of the page around it.
"""

from __future__ import annotations

import re

from readouts.segment.sources import registry
from readouts.segment.voices import Voice

_SIGNATURE = re.compile(
    r"[—–]\s*(?P<name>[^\n()—–]{2,60}?)\s*\(@(?P<handle>\w{1,30})\)\s+"
    r"(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4}(?: г\.)?|\d{4}年\d{1,2}月\d{1,2}日)\s*$")
_ALONE = re.compile(r"\s*[—–]")


def embedded_posts(body: str, spans: list[tuple[int, int]]) -> dict[int, Voice]:
    """The paragraphs (by where each starts) an embedded post fills: the one that ends with
    the signature, and the one above it where the signature stands on a line of its own."""
    out: dict[int, Voice] = {}
    x = registry().get("x")
    if x is None:
        return out
    for n, (start, end) in enumerate(spans):
        m = _SIGNATURE.search(body, start, end)
        if m is None:
            continue
        side = registry().voice_in(m.group("name"), author=True)
        voice = Voice(x, side, "post", f"embedded post: @{m.group('handle')}",
                      author=m.group("name").strip())
        out[start] = voice
        if _ALONE.match(body, start, end) and n > 0:
            out[spans[n - 1][0]] = voice
    return out
