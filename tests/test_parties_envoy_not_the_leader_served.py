"""A leader named as the one an envoy, adviser or spokesman serves is no party of the
contact ("met Trump's special envoy Steve Witkoff", "l'inviato speciale di Trump",
"со спецпосланником Трампа Стивом Уиткоффом", "会见特朗普特使威特科夫"): the one met is
the envoy. Every language made the meeting one with Trump; found on a real Vedomosti item
(Putin's night meeting with Witkoff came out a Putin-Trump meeting) and a real Italpress
item (al-Sisi receiving "il consigliere di Trump"). A leader named again outside the
envoy's title is still a party. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

MET_THE_ENVOY = [
    ("en", "Vladimir Putin met Trump's special envoy Steve Witkoff at the Kremlin on Thursday."),
    ("en", "Vladimir Putin met Steve Witkoff, special envoy to President Trump, at the Kremlin."),
    ("it", "Il presidente russo Vladimir Putin ha incontrato al Cremlino l'inviato speciale di "
           "Trump, Steve Witkoff."),
    ("ru", "Владимир Путин провел встречу со спецпосланником Трампа Стивом Уиткоффом в "
           "Кремле."),
    ("zh", "普京在克里姆林宫会见特朗普特使威特科夫。"),
]


@pytest.mark.parametrize(("lang", "text"), MET_THE_ENVOY)
def test_the_envoy_not_the_leader_he_serves_is_the_party(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2026-01-22"), lang=lang)
    assert [sorted(e.participants) for e in analysis.events] == [
        ["steve-witkoff", "vladimir-putin"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Putin's spokesman Dmitry Peskov said Vladimir Putin and Donald Trump spoke by "
           "phone on Thursday."),
    ("it", "Il portavoce di Putin, Dmitry Peskov, ha detto che Vladimir Putin e Donald Trump "
           "hanno avuto un colloquio telefonico giovedì."),
    ("ru", "Пресс-секретарь Путина Дмитрий Песков сообщил, что Владимир Путин и Дональд Трамп "
           "в четверг провели телефонный разговор."),
])
def test_a_leader_named_again_outside_the_title_is_a_party(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2026-01-22"), lang=lang)
    assert [sorted(e.participants) for e in analysis.events] == [
        ["donald-trump", "vladimir-putin"]]
