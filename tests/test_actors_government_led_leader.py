"""A leader of a country its head of government leads ("the German leader", "il leader
tedesco", "i due leader di Italia ed Ucraina", "лидер Германии", "德国领导人") is its
chancellor or prime minister on the day, not its ceremonial president; where the president
leads ("the Russian leader", "le leader français"), the president."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

GERMAN = [
    ("en", "The German leader spoke with President Joe Biden by phone on Tuesday."),
    ("it", "Il leader tedesco ha avuto un colloquio telefonico con il presidente Joe Biden "
           "martedì."),
    ("ru", "Лидер Германии провел телефонный разговор с президентом США Джо Байденом во "
           "вторник."),
    ("zh", "5月9日，德国领导人同美国总统拜登通电话。"),
]


@pytest.mark.parametrize(("lang", "text"), GERMAN)
def test_the_leader_of_a_government_led_country_is_its_chancellor(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-05-09"), lang=lang).events
    assert [sorted(e.participants) for e in events] == [["joe-biden", "olaf-scholz"]], \
        (lang, [e.to_json() for e in events])


PRESIDENT_LED = [
    ("en", "The Russian leader spoke with President Joe Biden by phone on Tuesday.",
     "vladimir-putin"),
    ("it", "Il leader francese ha avuto un colloquio telefonico con il presidente Joe Biden "
           "martedì.", "emmanuel-macron"),
]


@pytest.mark.parametrize(("lang", "text", "leader"), PRESIDENT_LED)
def test_where_the_president_leads_the_leader_is_the_president(lang: str, text: str,
                                                               leader: str) -> None:
    events = analyze_texts((text, "2021-05-11"), lang=lang).events
    assert [sorted(e.participants) for e in events] == [sorted(["joe-biden", leader])], \
        (lang, [e.to_json() for e in events])


def test_the_two_leaders_of_a_call_are_the_ones_it_names_not_a_head_of_state() -> None:
    text = ("La telefonata Zelensky-Meloni è andata a buon fine.\n\nIl feeling tra Giorgia "
            "Meloni e Volodymyr Zelensky cresce e, nel corso di una nuova telefonata tra i due "
            "leader di Italia ed Ucraina, la premier ha ribadito la sua posizione e Zelensky "
            "l'ha invitata a visitare il suo Paese.")
    events = analyze_texts((text, "2022-10-28"), lang="it").events
    assert all(set(e.participants) <= {"giorgia-meloni", "volodymyr-zelenskyy"}
               for e in events), [e.to_json() for e in events]
