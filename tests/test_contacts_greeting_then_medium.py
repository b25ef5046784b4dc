"""A lead that tells the contact only as a greeting on an occasion ("greeted Russian President
Vladimir Putin on his birthday", "поздравил Путина с днём рождения", "ha fatto gli auguri a
Putin per il suo compleanno", "向普京祝贺生日") takes the medium the next sentence names ("Modi
dialled Putin"): a phone call, not a meeting or a message (found on a real New Indian Express
item, heldout8 h8en-011). A welcome with no occasion stays a meeting."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-10-07"

GREETED = [
    ("en", "Prime Minister Narendra Modi on Tuesday greeted Russian President Vladimir Putin on "
           "his birthday.\n\nModi dialled Putin and warmly congratulated him on his 73rd "
           "birthday."),
    ("ru", "Премьер-министр Индии Нарендра Моди во вторник поздравил президента России Владимира "
           "Путина с днем рождения.\n\nМоди позвонил Путину и тепло поздравил его с 73-летием."),
    ("it", "Il primo ministro indiano Narendra Modi ha fatto martedì gli auguri al presidente "
           "russo Vladimir Putin per il suo compleanno.\n\nModi ha telefonato a Putin e si è "
           "congratulato calorosamente per il suo 73esimo compleanno."),
    ("zh", "印度总理莫迪周二向俄罗斯总统普京祝贺生日。\n\n莫迪给普京打电话，热烈祝贺他73岁生日。"),
]


@pytest.mark.parametrize(("lang", "text"), GREETED)
def test_a_greeting_takes_the_medium_said_next(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported and reported[0].type == "phone_call", (lang, [e.to_json() for e in reported])
    assert set(reported[0].participants) == {"narendra-modi", "vladimir-putin"}
    assert reported[0].date == PAGE


def test_a_welcome_with_no_occasion_stays_a_meeting() -> None:
    text = ("French President Emmanuel Macron greeted Brazilian President Lula at the Elysee "
            "Palace on Tuesday.\n\nThe two leaders later held a phone call with Ukrainian "
            "President Volodymyr Zelensky.")
    reported = [e for e in analyze_texts((text, PAGE), lang="en").events if e.reported_by]
    assert reported and reported[0].type == "meeting", [e.to_json() for e in reported]
