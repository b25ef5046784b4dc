"""A headline's calling verb in the present ("Trump phones Netanyahu", «Путин звонит
Эрдогану») is the call made, its subject the caller: a future in the clause that says why
("to congratulate him that he'll form the government") is not the call's."""

from __future__ import annotations

from test_contacts import analyze_texts, only_event


def _call(text: str, lang: str, published: str = "2023-03-24") -> tuple:
    event = only_event(analyze_texts((text, published), lang=lang))
    return event.type, event.status, set(event.participants), event.initiated_by


def test_english_headline_phones_with_a_future_reason() -> None:
    text = ("Biden phones Macron to congratulate him that he'll lead the new coalition\n\n"
            "Leaders also discuss energy prices; call comes a day after the vote in Paris\n\n"
            "By A Staff Writer\n24 March 2023\n\n"
            "The American president congratulated his French counterpart on Friday, "
            "the Elysee said.\n")
    assert _call(text, "en") == ("phone_call", "held", {"joe-biden", "emmanuel-macron"},
                                 "joe-biden")


def test_english_headline_calls_a_named_leader() -> None:
    text = ("Scholz calls Erdogan as grain talks stall in Istanbul\n\n"
            "The chancellor and the Turkish president discussed the grain corridor and "
            "the situation in the Black Sea.\n")
    assert _call(text, "en") == ("phone_call", "held",
                                 {"olaf-scholz", "recep-tayyip-erdogan"}, "olaf-scholz")


def test_english_plural_phones_and_calls_for_are_no_call() -> None:
    text = ("Scholz calls for calm as protesters in Berlin put their phones away\n\n"
            "The chancellor met President Erdogan in Berlin on Friday.\n")
    event = only_event(analyze_texts((text, "2023-03-24"), lang="en"))
    assert event.type == "meeting"


def test_russian_headline_zvonit_with_a_future_reason() -> None:
    text = ("Путин звонит Эрдогану, чтобы поздравить его с победой, которую он одержит\n\n"
            "Президент России в пятницу обсудил с турецким лидером ситуацию в регионе.\n")
    assert _call(text, "ru") == ("phone_call", "held",
                                 {"vladimir-putin", "recep-tayyip-erdogan"}, "vladimir-putin")


def test_italian_headline_telefona_a() -> None:
    text = ("Meloni telefona a Biden dopo il vertice di Bruxelles\n\n"
            "La presidente del Consiglio ha parlato venerdì con il presidente degli Stati "
            "Uniti della situazione in Ucraina.\n")
    assert _call(text, "it") == ("phone_call", "held", {"giorgia-meloni", "joe-biden"},
                                 "giorgia-meloni")
