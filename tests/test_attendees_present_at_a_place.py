"""Leaders "present" at a place are at the gathering held there, not attendees of the
bilateral the story reports ("Presenti in Brasile, dal premier indiano Modi al primo
ministro canadese Trudeau, al presidente americano Biden", before "La premier ha incontrato
Lula prima del summit"). The Italian absolute clause "presenti X" read them as the meeting's
attendees, and so as its parties. Found on a real askanews item (Meloni-Lula at the G20 in
Rio came out a meeting of five leaders). English, Russian and Chinese say it with their own
words for presence and already read so. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

AT_THE_SUMMIT = [
    ("it", "Il presidente brasiliano Lula ha accolto i leader mondiali, tra cui la presidente "
           "del Consiglio Giorgia Meloni. Presenti in Brasile, dal premier indiano Narendra Modi "
           "al primo ministro canadese Justin Trudeau, al presidente americano Joe Biden. La "
           "premier Giorgia Meloni ha incontrato Lula prima del summit."),
    ("en", "Brazilian President Lula welcomed world leaders, among them Italian Prime Minister "
           "Giorgia Meloni. Present in Brazil were Indian Prime Minister Narendra Modi, Canadian "
           "Prime Minister Justin Trudeau and US President Joe Biden. Meloni met Lula before the "
           "summit."),
    ("ru", "Президент Бразилии Лула встретил мировых лидеров, среди них премьер-министра Италии "
           "Джорджу Мелони. В Бразилии присутствуют премьер-министр Индии Нарендра Моди, "
           "премьер-министр Канады Джастин Трюдо и президент США Джо Байден. Мелони встретилась "
           "с Лулой перед саммитом."),
    ("zh", "巴西总统卢拉欢迎各国领导人，其中包括意大利总理梅洛尼。印度总理莫迪、加拿大总理特鲁多和"
           "美国总统拜登也出席。梅洛尼在峰会前会见了卢拉。"),
]


@pytest.mark.parametrize(("lang", "text"), AT_THE_SUMMIT)
def test_leaders_present_at_the_summit_are_no_partys_of_its_bilateral(lang: str,
                                                                      text: str) -> None:
    analysis = analyze_texts((text, "2024-11-18"), lang=lang)
    reported = [e for e in analysis.events if e.reported_by]
    assert [sorted(e.participants) for e in reported] == [
        ["giorgia-meloni", "luiz-inacio-lula-da-silva"]]
    assert reported[0].attendees == []


def test_those_present_at_the_meeting_are_still_its_attendees() -> None:
    text = ("Giorgia Meloni ha incontrato Emmanuel Macron a Palazzo Chigi, presenti anche il "
            "ministro degli Esteri Antonio Tajani.")
    analysis = analyze_texts((text, "2024-11-18"), lang="it")
    assert analysis.events[0].attendees == ["antonio-tajani"]
