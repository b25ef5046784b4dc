"""Stories of a contact still ahead, and contacts naming one party.

A leader's trip told first ("X è arrivato a Pechino per la visita di Stato") and the meeting
with the host told after it in the future ("Venerdì vedrà Xi") is the story of a planned
meeting, not of a held one; a contact whose own verb is in the future after it ("L'incontro
tra A e B inizierà alle 22:30", "Il colloquio con Macron avverrà lunedì") or that is only
expected ("dovrebbe incontrare") is planned too. A held meeting after the trip stays held.
An account whose only contact names one party ("Visita ufficiale in Vaticano per il
presidente") reports no contact: a contact has two sides."""

from __future__ import annotations

from test_contacts import analyze_texts

from readouts.model import Event

MATTARELLA_XI = {"sergio-mattarella", "xi-jinping"}
MACRON_XI = {"emmanuel-macron", "xi-jinping"}
PUTIN_XI = {"vladimir-putin", "xi-jinping"}


def _reported(analysis) -> list[Event]:
    return [e for e in analysis.events if e.reported_by]


TRIP_THEN_PLAN = [
    ("it", "Il presidente della Repubblica Sergio Mattarella è arrivato a Pechino per la sua "
           "visita di Stato. Venerdì il capo dello Stato vedrà il presidente cinese Xi "
           "Jinping nella Grande Sala del Popolo.", MATTARELLA_XI),
    ("en", "French President Emmanuel Macron arrived in Beijing on a state visit. On Friday "
           "Macron will meet Chinese President Xi Jinping at the Great Hall of the People.",
     MACRON_XI),
    ("ru", "Президент Франции Эммануэль Макрон прибыл в Пекин с государственным визитом. В "
           "пятницу Макрон встретится с председателем КНР Си Цзиньпином.", MACRON_XI),
    ("zh", "法国总统马克龙抵达北京，开始对中国进行国事访问。"
           "周五，国家主席习近平将同马克龙举行会谈。", MACRON_XI),
]


def test_a_trip_told_first_and_the_meeting_ahead_is_a_planned_meeting() -> None:
    for lang, text, people in TRIP_THEN_PLAN:
        events = _reported(analyze_texts((text, "2023-04-05"), lang=lang))
        assert events, (lang, text)
        event = events[0]
        assert (event.type, event.status) == ("meeting", "planned"), (lang, event.to_json())
        assert set(event.participants) == people, (lang, event.participants)


TRIP_THEN_HELD = [
    ("it", "Il presidente della Repubblica Sergio Mattarella è arrivato a Pechino per la sua "
           "visita di Stato. Nel pomeriggio il capo dello Stato ha incontrato il presidente "
           "cinese Xi Jinping.", MATTARELLA_XI),
    ("en", "French President Emmanuel Macron arrived in Beijing on a state visit. In the "
           "afternoon Macron met Chinese President Xi Jinping.", MACRON_XI),
]


def test_a_meeting_held_after_the_trip_stays_held() -> None:
    for lang, text, people in TRIP_THEN_HELD:
        events = _reported(analyze_texts((text, "2023-04-05"), lang=lang))
        assert events and events[0].status == "held", (lang, [e.to_json() for e in events])
        assert set(events[0].participants) == people, (lang, events[0].participants)


FUTURE_AFTER_THE_NOUN = [
    "Putin e Xi Jinping a Mosca. L'incontro tra il presidente russo Vladimir Putin e il "
    "presidente cinese Xi Jinping inizierà alle 15 ora di Mosca, con un colloquio a due.",
    "Il presidente russo Vladimir Putin dovrebbe incontrare sabato il presidente cinese Xi "
    "Jinping, secondo fonti del Cremlino, anche se l'appuntamento non è confermato.",
    "Sarà alle ore 15 di Mosca, l'incontro tra il presidente russo Vladimir Putin e il "
    "presidente cinese Xi Jinping al Cremlino.",
]


def test_a_contact_told_in_the_future_or_as_expected_is_planned() -> None:
    for text in FUTURE_AFTER_THE_NOUN:
        events = _reported(analyze_texts((text, "2023-03-20"), lang="it"))
        assert events, text
        assert (events[0].type, events[0].status) == ("meeting", "planned"), (
            text, events[0].to_json())
        assert set(events[0].participants) == PUTIN_XI, (text, events[0].participants)


def test_a_headline_seeing_a_leader_tomorrow_is_planned() -> None:
    text = ("La premier domani vede il presidente Xi\n\nLa presidente del Consiglio Giorgia "
            "Meloni è arrivata a Pechino. Domani la premier vedrà il presidente cinese Xi "
            "Jinping.")
    events = _reported(analyze_texts((text, "2024-07-27"), lang="it"))
    assert events and (events[0].type, events[0].status) == ("meeting", "planned"), [
        e.to_json() for e in events]
    assert set(events[0].participants) == {"giorgia-meloni", "xi-jinping"}


ONE_PARTY = [
    ("it", "Visita ufficiale in Vaticano per il presidente della Repubblica Sergio Mattarella. "
           "Il capo dello Stato è stato accolto nel cortile con gli onori."),
    ("en", "Official visit to the Vatican for Italian President Sergio Mattarella. He was "
           "welcomed in the courtyard with honours."),
    ("ru", "Официальный визит в Ватикан президента Италии Серджо Маттареллы. Его встретили во "
           "дворе с почестями."),
    ("zh", "意大利总统马塔雷拉对梵蒂冈进行正式访问。他在庭院受到礼遇。"),
]


def test_a_contact_naming_one_party_is_not_reported() -> None:
    for lang, text in ONE_PARTY:
        events = analyze_texts((text, "2025-06-06"), lang=lang).events
        assert all(len(e.participants) >= 2 for e in events), (
            lang, [e.to_json() for e in events])


def test_a_contact_on_the_agenda_is_planned_not_another_held() -> None:
    """"Previsto un colloquio anche con von der Leyen" after the held meeting is no held
    meeting of the host with her; "l'agenda prevede l'incontro con …" is the one ahead."""
    text = ("La presidente del Consiglio Giorgia Meloni ha ricevuto a Palazzo Chigi il "
            "presidente ucraino Volodymyr Zelensky. Previsto un colloquio anche con la "
            "presidente della Commissione Ursula von der Leyen.")
    events = analyze_texts((text, "2025-04-26"), lang="it").events
    assert not [e for e in events if e.status == "held"
                and "ursula-von-der-leyen" in e.participants], [e.to_json() for e in events]
    text = ("La presidente del Consiglio Giorgia Meloni è arrivata a Pechino. L'agenda "
            "prevede domani l'incontro con il primo ministro cinese Li Qiang, mentre lunedì "
            "Meloni vedrà il presidente Xi Jinping.")
    events = _reported(analyze_texts((text, "2024-07-27"), lang="it"))
    assert events and events[0].status == "planned", [e.to_json() for e in events]
    assert set(events[0].participants) == {"giorgia-meloni", "li-qiang"}, events[0].participants
