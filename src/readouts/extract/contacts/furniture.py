"""How far a story's opening reaches when a page's furniture stands above it: menu entries,
buttons and promotions ("Skip to content", "Featured", "pre-order now"), the headline and
the byline are lines without a sentence's final stop, and they use up none of the
sentences a story may take to name its contact (found on a real Kyiv Independent page whose
lead came ninth, under its site menu)."""

from __future__ import annotations

import re

from readouts.model import Sentence

# a sentence's final stop, before any closing quotes or brackets
_FINAL_STOP = re.compile(r"[.!?。！？…][\"'”’»）)\]]*\s*$")


def opening_end(sentences: list[Sentence], wanted: int) -> int:
    """The index after the ``wanted``-th sentence that ends with a stop: the opening's end,
    counting no furniture line."""
    seen = 0
    for s in sentences:
        if _FINAL_STOP.search(s.text):
            seen += 1
            if seen == wanted:
                return s.i + 1
    return len(sentences)
