"""A leader named after "with" / "con" / "с" / "同" is someone's partner, never the subject of
another contact in the sentence: "he will phone the Russian president again, then take stock
in Berlin with Polish President Duda" is his call with Putin, not a call of Duda with Putin."""

from __future__ import annotations

import pytest
from test_mentioned_parties import mentioned

MACRON_PUTIN = ("meeting", ["emmanuel-macron", "vladimir-putin"])
CALL = frozenset({"emmanuel-macron", "vladimir-putin"})


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Poi tornerà a parlare al telefono con il capo del Cremlino e a Berlino farà il "
               "punto con il presidente polacco Andrzej Duda."),
        ("en", "He will then speak by phone with the Russian president again before taking "
               "stock in Berlin with Polish President Andrzej Duda."),
        ("zh", "随后他将再次与俄罗斯总统通电话,然后在柏林同波兰总统杜达交换意见。"),
    ],
)
def test_a_partner_named_later_is_no_subject(lang: str, line: str) -> None:
    found = mentioned(lang, MACRON_PUTIN, line, ref="2022-02-07")
    assert [(kind, status, parties) for kind, status, parties, _ in found] == [
        ("phone_call", "planned", CALL)]


def test_a_partner_named_later_is_no_subject_ru() -> None:
    line = ("Затем он снова поговорит по телефону с президентом России, а потом обсудит итоги в "
            "Берлине с президентом Польши Анджеем Дудой.")
    found = mentioned("ru", MACRON_PUTIN, line, ref="2022-02-07")
    assert [(kind, parties) for kind, _, parties, _ in found] == [("phone_call", CALL)]
