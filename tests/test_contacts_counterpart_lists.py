"""Leaders listed only as the other parties of a contact ("ha chiamato A e B", "held calls
with A and B", "с А и Б", "同A和B通电话") are each the counterpart of the sentence's subject,
who is unnamed there: never a contact of A with B. The subject is the one named before the
list, in the title or in a sentence before; with none, no contact of the two is made."""

from __future__ import annotations

from test_contacts import analyze_texts

PUTIN, SCHOLZ, MELONI, LULA = ("vladimir-putin", "olaf-scholz", "giorgia-meloni",
                               "luiz-inacio-lula-da-silva")

SUBJECT_BEFORE = [
    ("it", "Giorgia Meloni è rientrata a Roma in serata. In mattinata ha chiamato il "
           "cancelliere tedesco Olaf Scholz, e poi il presidente brasiliano Lula."),
    ("it", "La premier Giorgia Meloni ha ricevuto i complimenti di molti governi. Ha avuto "
           "ieri colloqui telefonici con il cancelliere tedesco Olaf Scholz e con il presidente "
           "brasiliano Lula."),
    ("en", "Giorgia Meloni returned to Rome on Monday evening. In the morning she phoned German "
           "Chancellor Olaf Scholz and Brazilian President Lula."),
    ("ru", "Джорджа Мелони вернулась в Рим. Утром она провела телефонные разговоры с "
           "канцлером Германии Олафом Шольцем и президентом Бразилии Лулой."),
]

NOBODY_BEFORE = [
    ("it", "Ha chiamato il cancelliere tedesco Olaf Scholz e il presidente brasiliano Lula."),
    ("en", "The minister held phone calls with German Chancellor Olaf Scholz and Brazilian "
           "President Lula."),
    ("ru", "Премьер провёл телефонные разговоры с канцлером Германии Олафом Шольцем и "
           "президентом Бразилии Лулой."),
    ("zh", "总理同德国总理朔尔茨和巴西总统卢拉通电话。"),
]


def test_listed_counterparts_are_each_the_subjects() -> None:
    for lang, text in SUBJECT_BEFORE:
        analysis = analyze_texts((text, "2023-06-13"), lang=lang)
        pairs = {frozenset(e.participants) for e in analysis.events}
        assert frozenset({SCHOLZ, LULA}) not in pairs, (lang, pairs)
        assert frozenset({MELONI, SCHOLZ}) in pairs, (lang, pairs)


def test_listed_counterparts_with_no_subject_make_no_contact_of_each_other() -> None:
    for lang, text in NOBODY_BEFORE:
        analysis = analyze_texts((text, "2023-06-13"), lang=lang)
        pairs = [sorted(e.participants) for e in analysis.events]
        assert [SCHOLZ, LULA] not in [sorted(p) for p in pairs] \
            and sorted([LULA, SCHOLZ]) not in pairs, (lang, pairs)


def test_an_official_before_the_list_is_its_subject() -> None:
    text = ("Il ministro degli Esteri Antonio Tajani ha incontrato il cancelliere tedesco Olaf "
            "Scholz e il presidente francese Emmanuel Macron.")
    pairs = {frozenset(e.participants) for e in analyze_texts((text, "2023-06-13"),
                                                               lang="it").events}
    assert frozenset({SCHOLZ, "emmanuel-macron"}) not in pairs, pairs
    assert frozenset({"antonio-tajani", SCHOLZ}) in pairs, pairs


def test_two_who_talked_named_after_the_verb_stay_the_pair() -> None:
    for lang, text in [
        ("it", "Ieri sera si sono sentiti al telefono Vladimir Putin e Olaf Scholz."),
        ("en", "Vladimir Putin and Olaf Scholz spoke by phone on Monday."),
    ]:
        pairs = {frozenset(e.participants) for e in analyze_texts((text, "2023-06-13"),
                                                                   lang=lang).events}
        assert frozenset({PUTIN, SCHOLZ}) in pairs, (lang, pairs)
