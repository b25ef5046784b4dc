"""News that announces a contact ("La telefonata tra Biden e Xi si terrà la prossima
settimana"): the story's contact is planned and has no day unless the text gives one; the
day the news was written is not its date. A story of a held contact that also looks ahead
stays held; expectations for a contact are no contact held; a country word after a title
("il segretario di Stato Usa") is the title's country, never a person."""

from __future__ import annotations

from test_contacts import analyze_texts

from readouts.model import Event

BIDEN_XI = {"joe-biden", "xi-jinping"}
PUTIN_XI = {"vladimir-putin", "xi-jinping"}

ANNOUNCED = [
    ("it", "Biden e Xi, telefonata la prossima settimana\n\nLa telefonata tra il presidente "
           "americano Joe Biden e il presidente cinese Xi Jinping si terrà la prossima "
           "settimana, secondo fonti della Casa Bianca.", BIDEN_XI, "phone_call"),
    ("en", "The phone call between President Joe Biden and President Xi Jinping will take "
           "place next week, officials said.", BIDEN_XI, "phone_call"),
    ("ru", "Телефонный разговор Владимира Путина и Си Цзиньпина состоится на следующей "
           "неделе, сообщили в Кремле.", PUTIN_XI, "phone_call"),
    ("zh", "国家主席习近平将于下周同俄罗斯总统普京通电话。", PUTIN_XI, "phone_call"),
]


def _reported(analysis) -> list[Event]:
    return [e for e in analysis.events if e.reported_by]


def test_a_story_announcing_a_contact_reports_it_planned_and_not_on_its_own_day() -> None:
    for lang, text, people, kind in ANNOUNCED:
        events = _reported(analyze_texts((text, "2022-07-10"), lang=lang))
        assert len(events) == 1, (lang, [e.to_json() for e in events])
        event = events[0]
        assert (event.status, event.type) == ("planned", kind), (lang, event.to_json())
        assert set(event.participants) == people, (lang, event.participants)
        # never the announcement's own day: undated, a later day, or the month "next
        # week" falls in (11-17 July)
        assert event.date in (None, "2022-07") or event.date > "2022-07-10", (lang, event.date)


HELD_LOOKING_AHEAD = [
    ("it", "Il presidente Joe Biden e il presidente cinese Xi Jinping hanno avuto ieri un "
           "colloquio telefonico e si vedranno a novembre al vertice del G20."),
    ("en", "President Joe Biden spoke by phone with President Xi Jinping on Saturday; the two "
           "will meet in November."),
    ("ru", "Владимир Путин провел телефонный разговор с Си Цзиньпином. Лидеры встретятся в "
           "ноябре."),
    ("zh", "国家主席习近平同俄罗斯总统普京通电话。双方将于年内会晤。"),
]


def test_a_held_contact_that_looks_ahead_stays_held() -> None:
    for lang, text in HELD_LOOKING_AHEAD:
        events = _reported(analyze_texts((text, "2022-07-10"), lang=lang))
        assert events and events[0].status == "held", (lang, [e.to_json() for e in events])
        assert events[0].type == "phone_call", (lang, events[0].to_json())


EXPECTATIONS = [
    ("it", "Joe Biden ha sentito Xi Jinping al telefono. Il segretario di Stato Usa ha anche "
           "ridimensionato le aspettative su un faccia a faccia tra i due leader a novembre."),
    ("en", "Joe Biden spoke with Xi Jinping by phone. The US Secretary of State also played "
           "down expectations for a face-to-face meeting between the two leaders in November."),
    ("ru", "Джо Байден поговорил по телефону с Си Цзиньпином. Госсекретарь США также снизил "
           "ожидания от встречи двух лидеров в ноябре."),
]


def test_expectations_for_a_meeting_are_no_meeting_held() -> None:
    for lang, text in EXPECTATIONS:
        events = _reported(analyze_texts((text, "2022-07-10"), lang=lang))
        held = [e for e in events if e.status == "held"]
        assert [e.type for e in held] == ["phone_call"], (lang, [e.to_json() for e in events])
        assert set(held[0].participants) == BIDEN_XI, (lang, held[0].participants)


def test_a_country_word_after_a_title_is_the_title_s_country_not_a_person() -> None:
    text = ("Joe Biden ha telefonato a Xi Jinping. Lo ha riferito il segretario di Stato Usa "
            "in una conferenza stampa a Bangkok.")
    analysis = analyze_texts((text, "2022-07-10"), lang="it")
    actors = {m.actor for d in analysis.documents for r in d.readouts for m in r.mentions}
    assert "usa" not in actors, actors
    assert "antony-blinken" in actors, actors
