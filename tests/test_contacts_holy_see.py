"""The Pope is a party to a contact as the Holy See's head of state, as a president is; the
minister accompanying a leader or present at the talks is an attendee, never the other
party ("Presente all'incontro anche il ministro degli Esteri Tajani"); a title of several
stories naming three leaders gives way to a lead that names its own two."""

from __future__ import annotations

from test_contacts import analyze_texts, held

from readouts.extract.people.actors import actor_index

MATTARELLA_LEO = {"sergio-mattarella", "leo-xiv"}

POPE_MET = [
    ("it", "Il presidente della Repubblica Sergio Mattarella ha incontrato in Vaticano Papa "
           "Leone XIV, accompagnato da una delegazione guidata dal ministro degli Esteri "
           "Antonio Tajani."),
    ("en", "Italian President Sergio Mattarella met Pope Leo XIV at the Vatican, accompanied "
           "by a delegation led by Foreign Minister Antonio Tajani."),
    ("ru", "Президент Италии Серджо Маттарелла встретился в Ватикане с Папой Римским Львом "
           "XIV в сопровождении министра иностранных дел Антонио Таяни."),
    ("zh", "意大利总统马塔雷拉在梵蒂冈会见教皇良十四世，外长塔亚尼陪同。"),
]


def test_the_pope_is_a_party_and_the_minister_with_the_guest_none() -> None:
    for lang, text in POPE_MET:
        events = held(analyze_texts((text, "2025-06-06"), lang=lang))
        assert [set(e.participants) for e in events] == [MATTARELLA_LEO], (
            lang, [e.to_json() for e in events])
        assert events[0].type == "meeting", (lang, events[0].type)


def test_a_minister_present_at_the_meeting_is_an_attendee() -> None:
    text = ("Il presidente della Repubblica Sergio Mattarella ha ricevuto al Quirinale il "
            "presidente della Repubblica di Finlandia Alexander Stubb. Presente all'incontro "
            "anche il ministro degli Esteri Antonio Tajani. Dopo gli onori nel cortile, "
            "Mattarella ha intrattenuto Stubb a colazione.")
    events = analyze_texts((text, "2024-07-04"), lang="it").events
    assert [set(e.participants) for e in events] == [{"sergio-mattarella",
                                                      "alexander-stubb"}], [
        e.to_json() for e in events]
    assert events[0].attendees == ["antonio-tajani"], events[0].attendees


SEVERAL_STORIES = [
    ("it", "Zelensky | Mi fido di Meloni L'incontro a Palazzo Chigi In mattinata la visita al "
           "Papa\n\nIl presidente ucraino Volodymyr Zelensky si è incontrato con la premier "
           "Giorgia Meloni a Palazzo Chigi, definendo il colloquio eccellente."),
    ("en", "Zelensky | I trust Meloni The meeting at Palazzo Chigi In the morning the visit to "
           "the Pope\n\nUkrainian President Volodymyr Zelensky met Prime Minister Giorgia "
           "Meloni at Palazzo Chigi, calling the talks excellent."),
]


def test_a_title_of_several_stories_gives_way_to_the_lead_naming_two() -> None:
    for lang, text in SEVERAL_STORIES:
        events = held(analyze_texts((text, "2025-12-09"), lang=lang))
        assert events, lang
        assert set(events[0].participants) == {"volodymyr-zelenskyy", "giorgia-meloni"}, (
            lang, [e.to_json() for e in events])


def test_the_pope_named_by_a_lowercase_title_or_his_surname() -> None:
    index = actor_index()
    for text, actor in (("ha incontrato in udienza papa Francesco", "pope-francis"),
                        ("la premier e papa Leone si erano parlati", "leo-xiv"),
                        ("Meloni aveva chiesto a Prevost", "leo-xiv")):
        assert actor in [m.actor for m in index.find(text, "it", "2025-07-01", None)], text


POPE_VISITS = [
    "Visita ufficiale in Vaticano per il presidente della Repubblica Sergio Mattarella. Il "
    "capo dello Stato ha incontrato Papa Leone XIV nella biblioteca del Palazzo Apostolico.",
    "Papa Leone XIV stamani si è recato in visita al Quirinale per incontrare il presidente "
    "della Repubblica Sergio Mattarella. Il colloquio privato è durato mezz'ora.",
]


def test_a_visit_paid_to_the_pope_or_by_him_is_a_visit() -> None:
    """The President's official visit to the Vatican, the Pope's to the Quirinale: the visit
    is the contact, as a farewell visit is; a guest 'in visita ufficiale' received at the
    Quirinale had a meeting."""
    for text in POPE_VISITS:
        events = held(analyze_texts((text, "2025-10-14"), lang="it"))
        assert [(e.type, set(e.participants)) for e in events] == [("visit", MATTARELLA_LEO)], (
            text, [e.to_json() for e in events])
    text = ("Il presidente della Repubblica Sergio Mattarella ha ricevuto al Quirinale il "
            "presidente della Repubblica di Finlandia Alexander Stubb, in visita ufficiale.")
    events = held(analyze_texts((text, "2024-07-04"), lang="it"))
    assert [e.type for e in events] == ["meeting"], [e.to_json() for e in events]
