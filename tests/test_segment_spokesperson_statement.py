# ruff: noqa: E501 - the sentences are written whole, as articles print them
"""A spokesperson's text the article calls a statement ("the statement by Chinese Foreign
Ministry spokesperson read", "si legge nella dichiarazione del portavoce", "говорится в
заявлении официального представителя", "发言人在声明中说") is a statement, the kind its
words name, not a briefing: a spokesperson's words are a briefing where no text is named
or where he speaks to the press. Found on a real Power Corridors item (Xi-Modi at the BRICS
summit). Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment.sources import registry
from readouts.segment.voices import voice_of


@pytest.mark.parametrize(("text", "kind"), [
    ("“Both sides should keep the border calm,” the statement by Chinese Foreign Ministry spokesperson read.", "statement"),
    ("The official statement also said that the two sides should keep the border calm.", "statement"),
    ("“Le due parti devono mantenere la calma al confine”, si legge nella dichiarazione del portavoce del ministero degli Esteri cinese.", "statement"),
    ("«Стороны должны сохранять спокойствие на границе», — говорится в заявлении официального представителя МИД КНР Мао Нин.", "statement"),
    ("外交部发言人在声明中说，双方应当维护边境地区的和平安宁。", "statement"),
    # no text named, or words to the press: the spokesperson's briefing
    ("“Both sides should keep the border calm,” the Chinese Foreign Ministry spokesperson said.", "briefing"),
    ("The Chinese Foreign Ministry spokesperson told reporters in a statement-like answer that the border was calm.", "briefing"),
    ("«Стороны должны сохранять спокойствие», — заявил официальный представитель МИД КНР.", "briefing"),
    ("外交部发言人说，双方应当维护边境地区的和平安宁。", "briefing"),
])
def test_a_spokespersons_statement_is_a_statement(text: str, kind: str) -> None:
    assert voice_of(registry().get("china-mfa"), text, text[:60]).kind == kind
