"""A contact word inside a leader's quoted remark ("«…ti telefono domani»", "\"my
congratulations to him\"") does not type the contact the account reports when its own
words after the quotation name one ("Lo ha detto Meloni dopo l'incontro con Modi"); a
remark of the same kind, with no other words naming the contact, still tells it."""

from __future__ import annotations

from test_contacts import analyze_texts

MELONI_MODI = {"giorgia-meloni", "narendra-modi"}

# A quoted statement over two sentences, a message word in it, then who said it, and after
# which meeting.
REMARKS = [
    ("it", "Roma, 3 mag. - \"Con il premier indiano abbiamo molti progetti da portare avanti "
           "nei prossimi anni. A lui vanno le mie più sincere congratulazioni per i risultati "
           "ottenuti\". Così la premier Giorgia Meloni dopo l'incontro con il primo ministro "
           "Narendra Modi."),
    ("en", "Rome, May 3 - \"We have many projects to carry forward with India in the years "
           "ahead. My warmest congratulations go to him for what he has achieved.\" So said "
           "Prime Minister Giorgia Meloni after her meeting with Prime Minister Narendra Modi."),
    ("ru", "Рим, 3 мая. «С индийским премьером у нас много проектов на ближайшие годы. Я уже "
           "написал ему письмо с поздравлениями по случаю его успехов». Об этом заявила "
           "премьер-министр Джорджа Мелони после встречи с премьер-министром Нарендрой Моди."),
    ("zh", "罗马5月3日电 “我们同印度在未来几年有很多项目要推进。"
           "我已经给他发了贺电，祝贺他取得的成就。”"
           "意大利总理梅洛尼在与印度总理莫迪会晤后这样说。"),
]


def test_a_contact_word_in_a_quoted_remark_gives_way_to_the_account_s_own() -> None:
    for lang, text in REMARKS:
        events = [e for e in analyze_texts((text, "2026-05-03"), lang=lang).events
                  if e.reported_by]
        assert events, (lang, text)
        assert events[0].type == "meeting", (lang, events[0].to_json())
        assert set(events[0].participants) == MELONI_MODI, (lang, events[0].participants)


def test_a_remark_telling_the_contact_itself_still_types_it() -> None:
    # the leader's own words are the only report of the call
    text = ("\"Narendra Modi l'ho chiamato io la sera stessa delle elezioni\", ha detto Giorgia "
            "Meloni. \"È stata una breve telefonata, molto cordiale.\" Poi ha parlato d'altro.")
    events = [e for e in analyze_texts((text, "2026-05-03"), lang="it").events
              if e.reported_by]
    assert events and events[0].type == "phone_call", [e.to_json() for e in events]


def test_a_later_remark_naming_both_leaders_keeps_the_opening_s_type() -> None:
    # the opening names the meeting but neither leader; the sentence that names both only
    # quotes a call ahead: they are the parties, the meeting the contact
    text = ("Incontro a Parigi per la premier, su richiesta di Palazzo Chigi, con tanti sorrisi "
            "e strette di mano davanti ai fotografi e ai cronisti presenti. I temi sul tavolo "
            "sono stati molti, dall'Ucraina al Medio Oriente, passando per i dossier europei "
            "ancora aperti e per le nomine della nuova Commissione. Nessuna dichiarazione alla "
            "stampa è seguita, ma il clima è apparso disteso a tutti i presenti, anche allo "
            "staff. Prima di salutarsi Emmanuel Macron dice a Giorgia Meloni: «Ci sentiamo "
            "presto al telefono, allora». La premier annuisce.")
    events = [e for e in analyze_texts((text, "2026-05-03"), lang="it").events
              if e.reported_by]
    assert events and events[0].type == "meeting", [e.to_json() for e in events]
    assert set(events[0].participants) == {"emmanuel-macron", "giorgia-meloni"}
