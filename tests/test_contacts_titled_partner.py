"""A counterpart the lead names by a bare title the story's earlier sentences gave a name
("i rapporti tra Meloni e Olaf Scholz … Oggi Meloni ha avuto un colloquio con il cancelliere",
"held a call with the chancellor", «разговор с канцлером») is the leader named before who held
that title on the day, not another leader the lead names in a clause of its own."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-02-06"
PAIR = {"giorgia-meloni", "olaf-scholz"}

TITLED = [
    ("it", "I rapporti tra Giorgia Meloni e Olaf Scholz restano freddi. Oggi Meloni ha avuto un "
           "colloquio telefonico con il cancelliere e gli ha detto che Putin non deve vincere."),
    ("it", "I rapporti tra Giorgia Meloni e Olaf Scholz restano freddi. Oggi Meloni tiene una "
           "videoconferenza con l'attuale cancelliere, nel caso in cui Putin tagli il gas."),
    ("en", "Relations between Giorgia Meloni and Olaf Scholz remain cool. On Monday Meloni held a "
           "phone call with the chancellor and told him that Putin must not win."),
    ("ru", "Отношения между Джорджей Мелони и Олафом Шольцем остаются прохладными. В понедельник "
           "Мелони провела телефонный разговор с канцлером и сказала, что Путин не должен "
           "победить."),
]


@pytest.mark.parametrize(("lang", "text"), TITLED)
def test_a_bare_title_names_the_leader_named_before(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert set(events[0].participants) == PAIR, (lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    # the title with its name: the name says who
    ("it", "I rapporti tra Giorgia Meloni e Olaf Scholz restano freddi. Oggi Meloni ha avuto un "
           "colloquio telefonico con il presidente Emmanuel Macron."),
    # a title none of the earlier leaders held that day: no guess
    ("en", "Relations between Giorgia Meloni and Olaf Scholz remain cool. On Monday Meloni held a "
           "phone call with the king and told him that Putin must not win."),
])
def test_a_title_with_a_name_or_held_by_none_named_before_is_no_one_of_them(
        lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert not events or "olaf-scholz" not in events[0].participants, \
        [e.to_json() for e in events]
