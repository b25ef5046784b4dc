"""A wait for the contact ("代表团在会谈现场等了两位领导人40多分钟", "the delegations waited for
the two leaders for over 40 minutes") measures the wait, not the contact: no length comes of
it. Found on a real Chinese item (a Putin-Modi meeting given the 40 minutes their delegations
waited). Texts written for these tests (en/it/ru/zh)."""

import pytest
from test_contacts import analyze_texts, only_event

PAGE = "2025-09-02"


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "俄罗斯总统普京1日在天津与印度总理莫迪举行会晤。两国代表团成员在会谈现场等了两位"
           "领导人40多分钟，会晤随后开始。"),
    ("en", "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in Tianjin "
           "on Monday. While the two leaders talked, members of both delegations "
           "waited for more than 40 minutes."),
    ("it", "Il presidente russo Vladimir Putin ha incontrato lunedì a Tianjin il premier indiano "
           "Narendra Modi. I membri delle due delegazioni hanno atteso i due leader nella sala "
           "dei colloqui per oltre 40 minuti prima dell'inizio dell'incontro."),
    ("ru", "Президент России Владимир Путин в понедельник встретился в Тяньцзине с "
           "премьер-министром Индии Нарендрой Моди. Пока шли переговоры, члены "
           "обеих делегаций ждали более 40 минут."),
])
def test_a_wait_for_the_leaders_is_no_length_of_their_meeting(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, PAGE), lang=lang))
    assert set(event.participants) == {"vladimir-putin", "narendra-modi"}
    assert event.duration_minutes is None


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "俄罗斯总统普京1日在天津与印度总理莫迪举行会晤，会晤持续了40多分钟。"),
    ("en", "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in Tianjin "
           "on Monday. The meeting lasted more than 40 minutes."),
])
def test_a_length_told_of_the_meeting_stays(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, PAGE), lang=lang))
    assert event.duration_minutes == 40
