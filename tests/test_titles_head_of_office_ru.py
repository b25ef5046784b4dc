"""(ru) «Глава индийского правительства» heads the government (Modi), «глава британского
МИД» the foreign ministry: the office after the country is the title, not the country's head
of state as in «с главой Узбекистана». Texts written for these tests."""

import pytest

from readouts.extract.people.actors import actor_index


@pytest.mark.parametrize(("text", "actor"), [
    ("Глава индийского правительства сообщил о состоявшемся разговоре.", "narendra-modi"),
    ("Глава индийского правительства Нарендра Моди сообщил о разговоре.", "narendra-modi"),
    ("Путин провёл переговоры с главой Узбекистана.", "shavkat-mirziyoyev"),
])
def test_the_office_after_the_country_is_the_title(text: str, actor: str) -> None:
    found = {m.actor for m in actor_index().find(text, "ru", "2025-08-08", None)}
    assert actor in found and "droupadi-murmu" not in found
