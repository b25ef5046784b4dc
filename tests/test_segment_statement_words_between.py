"""English names a statement with its publisher or a word between ("According to the Ministry of
External Affairs statement, …", "according to a White House statement", "…, the Elysee added in
its brief statement"): the source's words so told are its statement, not its usual readout
(found on real items: the Indian Express relaying the MEA, a PA story on BreakingNews.ie
quoting the Elysee). Texts written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment.sources import registry
from readouts.segment.voices import voice_of


@pytest.mark.parametrize(("sentence", "source"), [
    ("According to the Ministry of External Affairs statement, the two leaders reviewed "
     "progress in trade and energy.", "india-mea"),
    ("The leaders discussed energy security, according to a White House statement.",
     "whitehouse"),
    ("The French president said he was awaiting proposals, the Elysee added in its brief "
     "statement.", "elysee"),
    ("Both leaders welcomed the progress, the Kremlin said in their statement.", "kremlin"),
])
def test_a_statement_named_with_words_between(sentence: str, source: str) -> None:
    found = registry().get(source)
    assert found is not None
    assert voice_of(found, sentence, source).kind == "statement"


@pytest.mark.parametrize("sentence", [
    "According to the readout, the two leaders reviewed progress in trade and energy.",
    "The Elysee said the French president was awaiting proposals.",
])
def test_no_statement_named_keeps_the_usual_kind(sentence: str) -> None:
    found = registry().get("elysee")
    assert found is not None
    assert voice_of(found, sentence, "elysee").kind == "readout"
