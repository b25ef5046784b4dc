"""A programme's line opening on its hour with no tense of its own, after one told in the
future, is ahead too ("Giovedì 20 sarà a Washington. Alle 15, alla Casa Bianca, l'incontro
con Trump.", "At 3 pm, at the White House, the meeting with President Trump.", "В 15:00 —
встреча с президентом США"): its contact is planned, as the sentence before says; found on
a real Blasting News item (h10it-019) whose announced meeting came out as held. Chinese
verbs seldom carry a tense: a line there says nothing by lacking one (a guard)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2017-04-18"

PROGRAMME = [
    ("it", "Il presidente del Consiglio Paolo Gentiloni partirà mercoledì per gli Stati Uniti. "
           "Giovedì sarà a Washington: alle 9,30 interverrà a un convegno. Alle 15, alla Casa "
           "Bianca, l'incontro con il presidente degli Stati Uniti Donald Trump."),
    ("en", "Prime Minister Paolo Gentiloni will leave for the United States on Wednesday. On "
           "Thursday he will be in Washington, where he will speak at a think tank. At 3 pm, at "
           "the White House, the meeting with US President Donald Trump."),
    ("ru", "Премьер-министр Италии Паоло Джентилони в среду отправится в США. В четверг он "
           "будет в Вашингтоне. В 15:00 в Белом доме — встреча с президентом США Дональдом "
           "Трампом."),
]


@pytest.mark.parametrize(("lang", "text"), PROGRAMME)
def test_a_verbless_line_after_the_future_is_planned(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and events[0].status == "planned" and set(events[0].participants) == {
        "paolo-gentiloni", "donald-trump"}, (lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente del Consiglio Paolo Gentiloni è arrivato ieri a Washington. Oggi alla "
           "Casa Bianca l'incontro con il presidente degli Stati Uniti Donald Trump."),
    ("zh", "意大利总理真蒂洛尼将于下周访问美国。真蒂洛尼今天在白宫同特朗普总统会晤。"),
    # a verb the tense marks do not know is no programme's line
    ("it", "Cresce l'attesa per l'incontro previsto tra Putin e Zelensky in Turchia. Di recente "
           "la premier Giorgia Meloni ha intrapreso una conversazione con il presidente turco "
           "Recep Tayyip Erdogan."),
])
def test_after_a_past_or_in_chinese_the_line_stays_held(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert events and events[0].status == "held", (lang, [e.to_json() for e in events])
