"""A contact announced between officials ("Tajani sarà domani a Berlino, dove avrà un
incontro con la ministra Baerbock", "will meet", "встретится", "将…会晤") is planned, on its
own day, as an announced contact of two leaders is: two people who can be parties are
enough where fewer than two leaders are named."""

from __future__ import annotations

from test_contacts import analyze_texts

PAGE = "2023-09-27"
PAIR = {"antonio-tajani", "annalena-baerbock"}

ANNOUNCED = [
    ("it", "Il ministro degli Esteri Antonio Tajani sarà domani a Berlino, dove avrà un "
           "incontro con la ministra degli Esteri tedesca Annalena Baerbock."),
    ("en", "Foreign Minister Antonio Tajani will be in Berlin tomorrow, where he will meet "
           "German Foreign Minister Annalena Baerbock."),
    ("ru", "Министр иностранных дел Италии Антонио Таяни завтра будет в Берлине, где "
           "встретится с министром иностранных дел Германии Анналеной Бербок."),
    ("zh", "意大利外长塔亚尼明天将在柏林同德国外长贝尔伯克会晤。"),
]


def test_an_officials_contact_announced_is_planned_on_its_day() -> None:
    for lang, text in ANNOUNCED:
        events = analyze_texts((text, PAGE), lang=lang).events
        assert events, (lang, text)
        event = events[0]
        assert set(event.participants) == PAIR, (lang, event.participants)
        assert (event.status, event.type, event.date) == ("planned", "meeting", "2023-09-28"), (
            lang, event.to_json())


def test_an_officials_meeting_held_stays_held() -> None:
    text = ("Il ministro degli Esteri Antonio Tajani ha incontrato oggi a Berlino la ministra "
            "degli Esteri tedesca Annalena Baerbock.")
    event = analyze_texts((text, PAGE), lang="it").events[0]
    assert (event.status, event.date) == ("held", PAGE), event.to_json()
