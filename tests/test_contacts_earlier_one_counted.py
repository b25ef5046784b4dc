"""An earlier contact counted beside the reported one ('questa seconda telefonata (la prima
risale al 26 febbraio)', 'the first was on February 26', 'первый состоялся 26 февраля',
'第一次通话是在2月26日') gives its day to that earlier one, never to the contact reported: found
on a real Giornale di Puglia item whose call of 22 March came out dated 26 February (it/en/
ru/zh). Texts written for these tests."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Con questa seconda telefonata (la prima risale al 26 febbraio), il presidente "
           "ucraino Volodymyr Zelensky ha parlato con Papa Francesco martedì 22 marzo."),
    ("en", "In their second call (the first was on February 26), Ukrainian President Volodymyr "
           "Zelensky spoke with Pope Francis on Tuesday, March 22."),
    ("ru", "Во время второго разговора (первый состоялся 26 февраля) президент Украины "
           "Владимир Зеленский во вторник, 22 марта, поговорил с Папой Римским Франциском."),
    ("zh", "3月22日，乌克兰总统泽连斯基同教皇方济各通电话，"
           "这是两人第二次通话（第一次通话是在2月26日）。"),
])
def test_the_first_ones_day_is_not_the_reported_contacts(lang: str, text: str) -> None:
    events = analyze_texts((text, "2022-03-23"), lang=lang).events
    main = [e for e in events if e.date == "2022-03-22"]
    assert main and sorted(main[0].participants) == ["pope-francis", "volodymyr-zelenskyy"]
    assert events[0].date == "2022-03-22"


def test_a_date_after_the_first_of_a_visit_is_still_the_contacts() -> None:
    # 'per la prima volta' counts no earlier contact: the date is the meeting's own
    events = analyze_texts(("Il 26 febbraio Zelensky ha incontrato per la prima volta Papa "
                            "Francesco in Vaticano.", "2022-03-23"), lang="it").events
    assert events[0].date == "2022-02-26"
