"""A summit of many countries named as the summit itself ("il vertice della Nato", "саммит
БРИКС", "the G20 summit") is no contact of the two leaders who discuss it, while two who meet
at it still do; and a leader's decision or initiative welcomed ("welcomed President Biden's
initiative") is no meeting with him."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, held
from test_mentioned_parties import REPORTED, mentioned


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Nel colloquio si è parlato anche del vertice della Nato di luglio e della "
               "guerra in Ucraina."),
        ("it", "I due leader hanno passato in rassegna l'agenda internazionale e il summit "
               "del G20 di novembre."),
        ("it", "Meloni e Biden hanno discusso il vertice G7 di giugno."),
        ("en", "Biden and Xi also talked about the G20 summit in November."),
        ("ru", "Путин и Си Цзиньпин обсудили предстоящий саммит ШОС в июле."),
        ("ru", "Лидеры коснулись подготовки к саммиту БРИКС в октябре."),
        ("zh", "双方还就今年10月的金砖国家峰会交换了意见。"),
    ],
)
def test_a_summit_of_many_discussed_is_no_contact_of_the_two(lang: str, line: str) -> None:
    assert mentioned(lang, REPORTED[lang], line) == []


@pytest.mark.parametrize(
    ("lang", "line", "when"),
    [
        ("it", "I due leader si vedranno al vertice Nato di luglio.", "2024-07"),
        ("it", "Meloni e Biden si incontreranno a margine del vertice del G7 a giugno.",
         "2024-06"),
        ("ru", "Путин и Си Цзиньпин договорились встретиться на полях саммита ШОС в июле.",
         "2024-07"),
        ("zh", "两国元首将在7月的上合组织峰会期间会晤。", "2024-07"),
    ],
)
def test_two_who_meet_at_a_summit_still_meet(lang: str, line: str, when: str) -> None:
    found = mentioned(lang, REPORTED[lang], line)
    assert [(kind, status, day) for kind, status, _, day in found] == [
        ("meeting", "planned", when)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Prime Minister welcomed President Joe Biden's initiative to host a summit "
               "on clean energy next spring."),
        ("en", "Chancellor Olaf Scholz warmly welcomed the President's decision to return to "
               "the climate agreement."),
        ("en", "President Joe Biden on Monday welcomed Prime Minister Fumio Kishida's plan to "
               "raise defence spending."),
        ("it", "Il cancelliere Olaf Scholz ha accolto con favore la decisione del presidente "
               "Joe Biden di tornare nell'accordo sul clima."),
        ("ru", "Канцлер Олаф Шольц приветствовал решение президента Джо Байдена вернуться в "
               "климатическое соглашение."),
        ("zh", "德国总理朔尔茨欢迎美国总统拜登重返气候协定的决定。"),
    ],
)
def test_a_decision_welcomed_is_no_meeting(lang: str, text: str) -> None:
    assert not held(analyze_texts((text, "2021-02-01"), lang=lang)), (lang, text)


def test_an_initiative_welcomed_in_passing_is_no_planned_meeting() -> None:
    line = ("The Prime Minister welcomed President Biden's initiative to convene a leaders' "
            "summit on climate in April and looked forward to taking part.")
    assert mentioned("en", REPORTED["en"], line) == []
