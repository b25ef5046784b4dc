""""Earlier on Friday" is the news day's own, like "earlier today": a sentence after the
lead retelling the contact "earlier on Friday" ("ранее в пятницу", "周五稍早") dates it,
where the lead gives no day (found on a real india.com item: Khan "spoke to US President
Donald Trump on the phone ... earlier on Friday"). "Earlier" alone still marks another
time. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts

CASES = [
    ("en", "Russian President Vladimir Putin and Indian Prime Minister Narendra Modi discussed "
           "the situation in the Middle East in a phone conversation, the Kremlin said.\n\n"
           "The two leaders agreed to stay in touch. They also talked about bilateral trade.\n\n"
           "Putin held the phone conversation with Modi earlier on Friday, Peskov said."),
    ("ru", "Президент России Владимир Путин и премьер-министр Индии Нарендра Моди обсудили "
           "ситуацию на Ближнем Востоке, сообщила пресс-служба Кремля.\n\n"
           "Разговор состоялся по инициативе индийской стороны. Лидеры договорились "
           "продолжить контакты.\n\nРанее в пятницу Путин провел телефонный разговор с Моди, "
           "заявил Песков."),
    ("zh", "俄罗斯总统普京与印度总理莫迪通电话，讨论了中东局势，克里姆林宫新闻处说。\n\n"
           "双方同意保持接触。两国领导人还谈到了双边贸易。\n\n普京周五稍早与莫迪通了电话。"),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_earlier_on_the_news_day_dates_the_contact(lang: str, text: str) -> None:
    facts = reported_facts(text, lang, "2024-03-09")  # a Saturday
    assert facts["date"] == "2024-03-08", facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Putin held a phone conversation with Modi. The two leaders had spoken earlier, "
           "on Friday, about the Middle East."),
    ("ru", "Путин провел телефонный разговор с Моди. Ранее, в пятницу, лидеры обсуждали "
           "Ближний Восток."),
])
def test_a_plain_earlier_is_still_another_time(lang: str, text: str) -> None:
    facts = reported_facts(text, lang, "2024-03-09")
    assert facts["date"] == "2024-03-09", facts
