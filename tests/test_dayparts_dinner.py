"""A dinner the talks ended with or went on to gives them no part of day, as a lunch that
followed them does not ("si è concluso con una cena di lavoro", "followed by a working
dinner", "затем рабочий ужин", "随后举行工作晚宴"): the talks began before it, at an hour the
text does not say. A dinner that is the contact is in the evening (test_when_background)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-06-03"

ENDED_WITH_DINNER = [
    ("it", "L'incontro bilaterale a Palazzo Chigi fra Giorgia Meloni e Emmanuel Macron è durato "
           "quasi tre ore e si è concluso con una cena di lavoro con le delegazioni."),
    ("it", "Giorgia Meloni ha incontrato oggi a Palazzo Chigi il cancelliere Friedrich Merz: "
           "prima un colloquio a due, poi una cena di lavoro con i rispettivi staff."),
    ("en", "Prime Minister Giorgia Meloni met President Emmanuel Macron in Rome today; their "
           "talks lasted almost three hours and ended with a working dinner."),
    ("ru", "Владимир Путин провел сегодня переговоры с Александром Лукашенко в Кремле, "
           "затем рабочий ужин с участием делегаций."),
    ("zh", "习近平今天在人民大会堂同普京举行会谈，两国元首随后举行工作晚宴。"),
    ("zh", "习近平今天同普京举行会谈，两国元首随后出席工作晚餐。"),
]


@pytest.mark.parametrize(("lang", "text"), ENDED_WITH_DINNER)
def test_a_dinner_after_the_talks_gives_them_no_part_of_day(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and events[0].part_of_day is None, (lang, [e.to_json() for e in events])


DINNER_IS_THE_CONTACT = [
    ("it", "Giorgia Meloni ha accolto il cancelliere Friedrich Merz a Palazzo Chigi per una cena "
           "di lavoro."),
    ("en", "President Emmanuel Macron hosted Chancellor Friedrich Merz at the Elysee for a "
           "working dinner."),
    ("ru", "Владимир Путин и Александр Лукашенко провели встречу за рабочим ужином."),
    ("zh", "习近平今天同普京共进工作晚餐并举行会谈。"),
    # a dinner told as eating together (a real United Daily News item, h17zh-003: Putin and Xi
    # '於天津共進晚宴時進行長時間交談'; a Xinhua banquet item and a Kazakh item likewise)
    ("zh", "普京与习近平今天在天津共进晚宴时举行会谈。"),
    ("en", "President Vladimir Putin met President Xi Jinping over dinner in Tianjin today."),
    ("ru", "Владимир Путин и Си Цзиньпин сегодня провели встречу за ужином в Тяньцзине."),
]


@pytest.mark.parametrize(("lang", "text"), DINNER_IS_THE_CONTACT)
def test_a_dinner_that_is_the_contact_is_in_the_evening(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and events[0].part_of_day == "evening", (lang, [e.to_json() for e in events])
