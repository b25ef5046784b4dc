"""Tag clouds a page prints as a line of its own ("Владимир Путин Москва Украина Киев в мире
политика Владимир Путин Москва Украина Киев"): keywords, no sentence, most often repeated as
a block. Left in, such a line is taken for the headline and hides the real one below it.
Found on the decoded text's lines, language-blind, so normalization drops them with its
offset map; only a line with no sentence punctuation whose words repeat a block of three or
more is one."""

from __future__ import annotations

import re

_SENTENCE_MARK = re.compile(r"[.!?;:。！？；：,，\"“”«»]")
_MIN_BLOCK = 3  # words: "Путин Москва Украина" repeated is a cloud; "Xi Xi" is not
_MIN_WORDS = 6


def _repeats_a_block(words: list[str]) -> bool:
    """Does a run of ``_MIN_BLOCK`` words come back later in the line?"""
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - _MIN_BLOCK + 1):
        block = tuple(w.casefold() for w in words[i:i + _MIN_BLOCK])
        first = seen.setdefault(block, i)
        if i - first >= _MIN_BLOCK:
            return True
    return False


def tag_line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every tag-cloud line of ``text``, its line break included."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        words = body.split()
        if len(words) >= _MIN_WORDS and not _SENTENCE_MARK.search(body) \
                and _repeats_a_block(words):
            spans.append((pos, pos + len(line)))
        pos += len(line)
    return spans
