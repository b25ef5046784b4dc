"""A programme's line opening on its hour with no tense of its own, after one told in the
future, is ahead too ("Giovedì 20 sarà a Washington. Alle 15, alla Casa Bianca, l'incontro
con Trump.", "At 3 pm, at the White House, the meeting with President Trump.", "В 15:00 —
встреча с президентом США"): its contact is planned, as the sentence before says; found on
a real Blasting News item (h10it-019) whose announced meeting came out as held. Chinese
verbs seldom carry a tense: a line there says nothing by lacking one (a guard). So is a line
with no tense that names a day still to come ("Incontro domani tra Napolitano e Renzi",
"Domani, invece, l'incontro alla Casa Bianca con Trump"), on an undated page too (found on
real La Discussione and Primocanale items, both announced meetings came out as held)."""

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


TOMORROW = [
    ("it", "Il premier Paolo Gentiloni è arrivato a Washington. Domani, invece, l'incontro alla "
           "Casa Bianca con il presidente americano Donald Trump."),
    ("it", "Incontro domani tra il presidente Donald Trump e il premier Paolo Gentiloni. "
           "L'orario non è stato ancora fissato."),
    ("en", "The president arrived in Washington. Tomorrow, the meeting at the White House "
           "between President Donald Trump and Prime Minister Paolo Gentiloni."),
    ("ru", "Президент прибыл в Вашингтон. Завтра — встреча в Белом доме президента Дональда "
           "Трампа и премьер-министра Паоло Джентилони."),
    ("zh", "总理抵达华盛顿。明天在白宫特朗普总统同真蒂洛尼总理会晤。"),
]


@pytest.mark.parametrize(("lang", "text"), TOMORROW)
def test_a_verbless_line_naming_tomorrow_is_planned(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, None), lang=lang).events if e.reported_by]
    assert events and events[0].status == "planned" and set(events[0].participants) == {
        "paolo-gentiloni", "donald-trump"}, (lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Incontro ieri tra il presidente Donald Trump e il premier Paolo Gentiloni; domani "
           "il premier rientrerà a Roma."),
    ("en", "Yesterday the meeting between President Donald Trump and Prime Minister Paolo "
           "Gentiloni; the prime minister will fly home tomorrow."),
])
def test_a_tomorrow_past_a_verb_of_its_own_leaves_the_line_held(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, None), lang=lang).events if e.reported_by]
    assert events and events[0].status == "held", (lang, [e.to_json() for e in events])
