"""One subject's chain of contacts, each with a verb of its own and no subject of its own
("Macron ha incontrato il Papa, pranzato con Mattarella e visto Meloni", "met the Pope, had
lunch with Mattarella and saw Meloni", «встретился с Папой, пообедал с Маттареллой»): the
subject met each of them; the people of the chain never met each other. (Chinese chains its
verbs without this grammar: not covered.)"""

from __future__ import annotations

from test_contacts import analyze_texts

MACRON, POPE, MATTARELLA, MELONI = ("emmanuel-macron", "pope-francis", "sergio-mattarella",
                                    "giorgia-meloni")

SUBJECT_NAMED = [
    ("it", "Il presidente francese Emmanuel Macron ha incontrato papa Francesco, pranzato con "
           "Sergio Mattarella e visto Giorgia Meloni."),
    ("en", "French President Emmanuel Macron met Pope Francis, had lunch with Sergio Mattarella "
           "and saw Giorgia Meloni."),
    ("ru", "Президент Франции Эммануэль Макрон встретился с Папой Франциском, пообедал с "
           "Серджо Маттареллой и увиделся с Джорджей Мелони."),
]

# Italian drops the subject: the one the sentence before names
SUBJECT_BEFORE = [
    ("it", "Il presidente francese Emmanuel Macron è arrivato a Roma. Ha salutato papa "
           "Francesco, cenato con Sergio Mattarella e incontrato Giorgia Meloni."),
]


def _pairs(text: str, lang: str) -> set[frozenset[str]]:
    return {frozenset(e.participants) for e in analyze_texts((text, "2023-06-13"),
                                                             lang=lang).events}


def test_each_of_the_chain_met_the_subject() -> None:
    for lang, text in SUBJECT_NAMED + SUBJECT_BEFORE:
        pairs = _pairs(text, lang)
        for other in (POPE, MATTARELLA, MELONI):
            assert frozenset({MACRON, other}) in pairs, (lang, other, pairs)


def test_the_chain_makes_no_contact_of_its_own_people() -> None:
    for lang, text in SUBJECT_NAMED + SUBJECT_BEFORE:
        pairs = _pairs(text, lang)
        assert not any(len(p) == 2 and MACRON not in p for p in pairs), (lang, pairs)


def test_a_list_after_one_verb_stays_the_subjects() -> None:
    text = ("Il presidente francese Emmanuel Macron ha incontrato Sergio Mattarella e Giorgia "
            "Meloni.")
    pairs = _pairs(text, "it")
    assert {frozenset({MACRON, MATTARELLA}), frozenset({MACRON, MELONI})} <= pairs, pairs
    assert frozenset({MATTARELLA, MELONI}) not in pairs, pairs

