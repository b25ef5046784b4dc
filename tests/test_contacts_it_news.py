"""News stories of a contact told through its setting: a state visit during which the two
leaders talked, a title naming the talks by a bare word. The contact is the two leaders'
meeting."""

from __future__ import annotations

from test_contacts import analyze_texts, held

MACRON_LULA = {"emmanuel-macron", "luiz-inacio-lula-da-silva"}
PUTIN_XI = {"vladimir-putin", "xi-jinping"}

TRIPS = [
    ("it", "Il presidente Emmanuel Macron ha concluso giovedì la sua visita ufficiale in "
           "Brasile: con il presidente Lula ha parlato di clima, difesa e commercio.",
     MACRON_LULA),
    ("en", "During his state visit to China, President Vladimir Putin had a long talk with Xi "
           "Jinping about energy and trade.", PUTIN_XI),
    ("ru", "Во время государственного визита в Китай Владимир Путин долго беседовал с Си "
           "Цзиньпином об энергетике.", PUTIN_XI),
    ("zh", "俄罗斯总统普京对中国进行国事访问期间，同国家主席习近平长时间交谈。", PUTIN_XI),
]


def test_a_visit_of_two_leaders_is_their_meeting_in_four_languages() -> None:
    for lang, text, expected in TRIPS:
        events = held(analyze_texts((text, "2024-05-16"), lang=lang))
        assert events, (lang, text)
        assert events[0].type == "meeting", (lang, text, events[0].type)
        assert set(events[0].participants) == expected, (lang, text, events[0].participants)


COURTESY = [
    ("it", "La cancelliera Angela Merkel ha reso una visita di congedo al presidente Emmanuel "
           "Macron all'Eliseo."),
    ("en", "Chancellor Angela Merkel paid a farewell visit to President Emmanuel Macron at the "
           "Elysee."),
]


def test_a_visit_paid_to_the_person_stays_a_visit() -> None:
    for lang, text in COURTESY:
        events = held(analyze_texts((text, "2021-11-03"), lang=lang))
        assert events and events[0].type == "visit", (lang, text, events)
        assert set(events[0].participants) == {"angela-merkel", "emmanuel-macron"}


TITLED = [
    ("it", "Colloqui tra Meloni e Modi a Nuova Delhi\n\nLa presidente del Consiglio Giorgia "
           "Meloni ha incontrato oggi il primo ministro indiano Narendra Modi."),
    ("en", "Key points of the talks between Meloni and Modi in New Delhi\n\nPrime Minister "
           "Giorgia Meloni met Indian Prime Minister Narendra Modi today."),
]


def test_a_titles_bare_talks_take_the_type_of_the_lead_naming_the_two() -> None:
    for lang, text in TITLED:
        events = held(analyze_texts((text, "2023-03-02"), lang=lang))
        assert events and events[0].type == "meeting", (lang, text, events)
        assert set(events[0].participants) == {"giorgia-meloni", "narendra-modi"}
