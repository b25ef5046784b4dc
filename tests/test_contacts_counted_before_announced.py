"""A story announcing a contact that recalls, before its news, how often the two have met
("si sono incontrati in varie occasioni", "have met on several occasions", «неоднократно
встречались», "多次会晤") tells its background: the contact announced is the story's, as
after "the last time they met". Found on a real Agenzia Nova wire (Meloni's dinner with
Erdogan 'domani', after 'in varie occasioni' they had met) and a Quirinale speech relayed by
TF News ('ha incontrato più volte'). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-01-19"  # a Friday
PAIR = ["giorgia-meloni", "recep-tayyip-erdogan"]

ANNOUNCED = {
    "it": ("La presidente del Consiglio Giorgia Meloni vedrà domani a Istanbul il presidente "
           "turco Recep Tayyip Erdogan per una cena di lavoro. La regione vive giorni di forte "
           "tensione. Negli ultimi due anni Meloni ed Erdogan si sono visti in diverse "
           "occasioni, a Roma e ad Ankara."),
    "en": ("Prime Minister Giorgia Meloni will meet Turkish President Recep Tayyip Erdogan in "
           "Istanbul tomorrow for a working dinner. The region is going through days of high "
           "tension. Meloni and Erdogan have met on several occasions since she took office."),
    "ru": ("Председатель Совета министров Италии Джорджа Мелони завтра встретится в Стамбуле "
           "с президентом Турции Реджепом Тайипом Эрдоганом за рабочим ужином. Регион "
           "переживает дни сильной напряжённости. Мелони и Эрдоган неоднократно встречались с "
           "тех пор, как она возглавила правительство."),
    "zh": ("意大利总理梅洛尼明天将在伊斯坦布尔同土耳其总统埃尔多安共进工作晚餐并举行会晤。"
           "地区局势持续紧张。梅洛尼就任以来已同埃尔多安多次会晤。"),
}


# the count told without a number
ANNOUNCED_UNNUMBERED = {
    "it": ("La presidente del Consiglio Giorgia Meloni incontrerà domani ad Ankara il presidente "
           "turco Recep Tayyip Erdogan. La presidente del Consiglio ed Erdogan si sono già visti "
           "più volte."),
    "en": ("Prime Minister Giorgia Meloni will meet Turkish President Recep Tayyip Erdogan in "
           "Ankara tomorrow. Meloni and Erdogan have met more than once."),
    "ru": ("Председатель Совета министров Италии Джорджа Мелони завтра встретится в Анкаре с "
           "президентом Турции Реджепом Тайипом Эрдоганом. Мелони и Эрдоган уже не раз "
           "встречались."),
}


@pytest.mark.parametrize("lang", sorted(ANNOUNCED_UNNUMBERED))
def test_a_count_without_a_number_is_background_too(lang: str) -> None:
    analysis = analyze_texts((ANNOUNCED_UNNUMBERED[lang], PAGE), lang=lang)
    assert [(sorted(e.participants), e.status, e.date) for e in analysis.events
            if e.reported_by] == [(PAIR, "planned", "2024-01-20")]


@pytest.mark.parametrize("lang", sorted(ANNOUNCED))
def test_the_contact_announced_outranks_a_count_of_earlier_ones(lang: str) -> None:
    analysis = analyze_texts((ANNOUNCED[lang], PAGE), lang=lang)
    assert [(sorted(e.participants), e.status, e.date) for e in analysis.events
            if e.reported_by] == [(PAIR, "planned", "2024-01-20")]


def test_a_story_telling_only_the_count_keeps_a_held_contact() -> None:
    """Nothing announced: the count stays the story's only contact, held."""
    analysis = analyze_texts(("Negli ultimi due anni Meloni ed Erdogan si sono visti in "
                              "diverse occasioni, a Roma e ad Ankara.", PAGE), lang="it")
    assert [(sorted(e.participants), e.status) for e in analysis.events if e.reported_by] \
        == [(PAIR, "held")]


def test_a_meeting_held_today_before_the_count_stays_the_news() -> None:
    """The news told first, held: the count after it changes nothing."""
    analysis = analyze_texts(("La presidente del Consiglio Giorgia Meloni ha incontrato oggi a "
                              "Istanbul il presidente turco Recep Tayyip Erdogan. I due si sono "
                              "visti in diverse occasioni e si rivedranno a marzo.", PAGE),
                             lang="it")
    assert [(sorted(e.participants), e.status, e.date) for e in analysis.events
            if e.reported_by] == [(PAIR, "held", PAGE)]
