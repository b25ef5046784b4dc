"""A leader greetings are passed to or from through a party is no party of the contact
("asked the envoy to convey his greetings to President Trump", "передать привет Трампу",
"trasmettere i suoi saluti al presidente", "请转达对普京总统的问候"): the one who passes
them and the one he meets are. Every language made the greeted leader a party; found on
real Russian items (Lenta.ru: al-Sisi meeting Shoigu asked him to pass greetings to Putin,
a Sisi-Putin meeting came out; Gazeta.ru: Putin's talks with Witkoff, greetings to Trump;
News.ru: Putin meeting Pezeshkian, greetings to Khamenei). A leader met who also sends
greetings stays a party. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

GREETINGS_PASSED_ON = [
    ("en", "Vladimir Putin met US special envoy Steve Witkoff in the Kremlin and asked him to "
           "convey his warm greetings to President Donald Trump."),
    ("en", "At his meeting with Vladimir Putin in the Kremlin, Steve Witkoff conveyed "
           "President Trump's greetings."),
    ("it", "Vladimir Putin ha incontrato al Cremlino l'inviato americano Steve Witkoff e gli ha "
           "chiesto di trasmettere i suoi saluti al presidente Donald Trump."),
    ("ru", "Владимир Путин провёл встречу с американским спецпосланником Стивом Уиткоффом и "
           "попросил его передать дружеский привет Дональду Трампу."),
    ("ru", "Владимир Путин на встрече со Стивом Уиткоффом попросил передать президенту США "
           "Дональду Трампу наилучшие пожелания."),
    ("zh", "普京在克里姆林宫会见威特科夫，请他转达对特朗普总统的亲切问候。"),
]


@pytest.mark.parametrize(("lang", "text"), GREETINGS_PASSED_ON)
def test_the_leader_greeted_through_a_party_is_not_met(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2026-01-22"), lang=lang)
    assert [sorted(e.participants) for e in analysis.events] == [
        ["steve-witkoff", "vladimir-putin"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vladimir Putin met Donald Trump in Alaska and conveyed his greetings to the "
           "American people."),
    ("ru", "Владимир Путин встретился с Дональдом Трампом на Аляске и передал привет "
           "американскому народу."),
    ("zh", "普京在阿拉斯加会见特朗普，并转达对美国人民的问候。"),
])
def test_a_leader_met_who_is_greeted_elsewhere_stays_a_party(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2026-01-22"), lang=lang)
    assert [sorted(e.participants) for e in analysis.events] == [
        ["donald-trump", "vladimir-putin"]]
