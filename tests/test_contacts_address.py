"""A leader's yearly address to parliament («послание Федеральному собранию») is a speech, not
a message to another leader: no contact; and the length of such a thing, told in a relative
clause on its noun ("the address, which lasted two hours", «послание…, которое длилось более
двух часов"), is not the length of the call the story reports."""

from __future__ import annotations

from test_contacts import analyze_texts

PUTIN_TOKAYEV = {"vladimir-putin", "kassym-jomart-tokayev"}

ADDRESS_THEN_CALL = [
    ("ru", "Президент Казахстана Касым-Жомарт Токаев назвал послание Владимира Путина "
           "Федеральному собранию, которое длилось более двух часов, содержательным. Об этом "
           "он сказал российскому коллеге в ходе сегодняшнего телефонного разговора."),
    ("en", "Kazakh President Kassym-Jomart Tokayev called Vladimir Putin's address to "
           "parliament, which lasted more than two hours, substantive. He told his Russian "
           "counterpart so during a phone call today."),
    ("it", "Il presidente kazako Kassym-Jomart Tokayev ha definito il discorso di Vladimir Putin "
           "al parlamento, che è durato oltre due ore, ricco di contenuti. Lo ha detto al "
           "collega russo nel corso di una telefonata oggi."),
]


def test_an_address_to_parliament_is_no_message_and_its_length_no_call_s() -> None:
    for lang, text in ADDRESS_THEN_CALL:
        events = [e for e in analyze_texts((text, "2024-02-29"), lang=lang).events
                  if e.reported_by]
        assert events, (lang, text)
        assert events[0].type == "phone_call", (lang, events[0].to_json())
        assert set(events[0].participants) == PUTIN_TOKAYEV, (lang, events[0].participants)
        assert events[0].duration_minutes is None, (lang, events[0].to_json())


def test_an_address_alone_is_no_contact() -> None:
    text = ("Президент России 21 февраля выступил с посланием к Федеральному собранию. "
            "Владимир Путин признал, что его послание Федеральному собранию было длинным.")
    assert not analyze_texts((text, "2023-02-23"), lang="ru").events


def test_a_call_which_lasted_keeps_its_length() -> None:
    for lang, text in [
        ("ru", "Путин провел телефонный разговор с Токаевым, который длился более часа."),
        ("en", "Vladimir Putin held a phone call with Kassym-Jomart Tokayev, which lasted more "
               "than an hour."),
        ("it", "Vladimir Putin ha avuto una telefonata con Kassym-Jomart Tokayev, che è durata "
               "oltre un'ora."),
    ]:
        events = [e for e in analyze_texts((text, "2024-02-29"), lang=lang).events
                  if e.reported_by]
        assert events and events[0].duration_minutes == 60, (lang, [e.to_json() for e in events])
