"""A call announced by its verb in the future ("Draghi telefonerà al presidente ucraino",
"Путин позвонит Эрдогану"): a planned phone call placed by the subject, not no contact.
"Si chiamerà" (will be named) is no call."""

from __future__ import annotations

from test_contacts import analyze_texts

DRAGHI_ZELENSKY = {"mario-draghi", "volodymyr-zelenskyy"}
PUTIN_ERDOGAN = {"vladimir-putin", "recep-tayyip-erdogan"}

ANNOUNCED = [
    ("it", "ROMA. A brevissimo, forse già in serata, Mario Draghi telefonerà al presidente "
           "ucraino Volodymyr Zelensky. L'Italia segue da vicino le trattative.",
     DRAGHI_ZELENSKY, "mario-draghi"),
    ("it", "Nei prossimi giorni il presidente del Consiglio Mario Draghi chiamerà il leader "
           "ucraino Volodymyr Zelensky per discutere della crisi al confine.",
     DRAGHI_ZELENSKY, "mario-draghi"),
    ("en", "Prime Minister Mario Draghi will call Ukrainian President Volodymyr Zelensky in "
           "the coming hours, his office said.", DRAGHI_ZELENSKY, "mario-draghi"),
    ("ru", "В ближайшие дни Владимир Путин позвонит президенту Турции Реджепу Эрдогану, "
           "сообщил источник.", PUTIN_ERDOGAN, "vladimir-putin"),
    ("zh", "据报道，俄罗斯总统普京将于近日同土耳其总统埃尔多安通电话。", PUTIN_ERDOGAN, None),
]


def test_a_call_announced_by_its_future_verb_is_a_planned_call() -> None:
    for lang, text, people, caller in ANNOUNCED:
        analysis = analyze_texts((text, "2022-02-09"), lang=lang)
        events = [e for e in analysis.events if e.reported_by]
        assert events, (lang, text)
        event = events[0]
        assert (event.type, event.status) == ("phone_call", "planned"), (lang, event.to_json())
        assert set(event.participants) == people, (lang, event.participants)
        if caller:
            assert event.initiated_by == caller, (lang, event.to_json())


def test_a_thing_that_will_be_named_is_no_call() -> None:
    text = ("Il nuovo fondo si chiamerà Piano Mattei, ha annunciato Giorgia Meloni dopo "
            "l'incontro con il presidente Joe Biden.")
    analysis = analyze_texts((text, "2023-01-20"), lang="it")
    assert all(e.type != "phone_call" for e in analysis.events), \
        [e.to_json() for e in analysis.events]
