""""This Sunday" names the weekday nearest in the sentence's tense: in a Monday's report of a
call already held it is yesterday, of one to come the next Sunday; "last/next Sunday" and
Chinese "本周日" keep their calendar week. And a later lead ("Una conversazione di oltre due
ore…") takes its day from the sentence right before it that names both principals."""

import pytest
from test_contacts import analyze_texts

from readouts.extract.time.dates import find_dates

MONDAY = "2022-02-21"


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Macron had a second telephone conversation with Putin this Sunday.", "en", "2022-02-20"),
    ("Macron will speak with Putin again this Sunday.", "en", "2022-02-27"),
    ("Macron e Putin si sono sentiti di nuovo questa domenica.", "it", "2022-02-20"),
    ("Macron e Putin si sentiranno di nuovo questa domenica.", "it", "2022-02-27"),
    ("Макрон в это воскресенье провел телефонный разговор с Путиным.", "ru", "2022-02-20"),
    ("Макрон проведет телефонный разговор с Путиным в это воскресенье.", "ru", "2022-02-27"),
    ("Macron spoke with Putin last Sunday.", "en", "2022-02-20"),
])
def test_this_weekday_follows_the_tense(text: str, lang: str, day: str) -> None:
    assert [d.value for d in find_dates(text, lang, MONDAY)] == [day]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Putin non ascolta Trump. Ma parla. Ieri, infatti, il presidente russo Vladimir Putin è "
     "tornato a parlare con Emmanuel Macron per la prima volta da settembre del 2022. Una "
     "conversazione telefonica di oltre due ore, nella quale i due hanno parlato dell'Ucraina.",
     "2025-07-02", "2025-07-01"),
    ("Trump is not listening. Yesterday, however, President Vladimir Putin got back in touch "
     "with Emmanuel Macron for the first time since 2022. A telephone conversation of over "
     "two hours followed, in which the two discussed Ukraine.", "2025-07-02", "2025-07-01"),
    ("Трамп не слушает. Вчера президент России Владимир Путин впервые с 2022 года снова "
     "связался с Эммануэлем Макроном. Телефонный разговор продолжался более двух часов.",
     "2025-07-02", "2025-07-01"),
])
def test_a_later_lead_takes_the_day_of_the_sentence_before(text: str, published: str,
                                                            day: str) -> None:
    analysis = analyze_texts((text, published))
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.type, set(e.participants), e.date) for e in reported] == [
        ("phone_call", {"vladimir-putin", "emmanuel-macron"}, day)]
