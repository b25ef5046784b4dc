# ruff: noqa: E501 - the sentences are written whole, as pages paste them
"""A source named first, opening its sentence, with a speech verb right after its name
("L'agenzia ufficiale russa Ria Novosti, sottolinea come … Downing Street …", "RIA Novosti
noted that … Downing Street", "РИА Новости отметило, что … Белый дом", "俄新社指出，…白宫…")
is the one speaking, whatever other sources the sentence names after it; two sources set
side by side as the subject stay the writer's. Found on a real Il Tempo item (h12comp-003:
RIA Novosti's claim, naming Downing Street, was left to the writer). In it/en/ru/zh; every
text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry


@pytest.mark.parametrize(("sentence", "source"), [
    # found on the same item: "L'agenzia ufficiale russa Ria Novosti, sottolinea come Putin
    # non abbia riservato lo stesso trattamento … ai premier saliti a Downing Street"
    ("L'agenzia ufficiale russa Ria Novosti, sottolinea come Putin non abbia fatto lo stesso con i premier saliti a Downing Street.", "ria-novosti"),
    ("RIA Novosti noted that Putin had not done the same for the prime ministers who moved into Downing Street.", "ria-novosti"),
    ("РИА Новости отметило, что Путин не сделал того же для премьеров, которых поздравил Белый дом.", "ria-novosti"),
    ("俄新社指出，普京没有像白宫那样祝贺两位首相。", "ria-novosti"),
])
def test_the_source_opening_the_sentence_speaks_whatever_it_names_after(sentence: str, source: str) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is not None and said.source is not None and said.source.id == source


def test_two_sources_set_side_by_side_are_still_the_writer_s() -> None:
    sentence = "The White House and the Kremlin said little about the call."
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is None


def test_an_independent_paper_opening_the_sentence_is_the_writer_citing_the_press() -> None:
    # "The New York Times says that the “call … showed the urgency in the White House”"
    sentence = "The New York Times says that the call showed a sense of urgency in the White House."
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is None
