"""The Russian of official releases names a state by its formal name, the country after it
in the nominative («премьер-министром Республики Армения», «президент Республики
Казахстан»), or, in Azerbaijan's own press, by its abbreviation («президента АР»): the
title is that state's office; the abbreviation is no new person ('ar' had become the caller
of h25ru-001, a Vestnik Kavkaza item; the formal name on Armenian and Azerbaijani agencies'
items found by search)."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index

DAY = "2020-10-10"

FORMAL = [
    ("Путин провел телефонный разговор с президентом Республики Казахстан.",
     "kassym-jomart-tokayev"),
    ("Путин провел телефонный разговор с премьер-министром Республики Армения.",
     "nikol-pashinyan"),
    ("Путин провел телефонный разговор с президентом Республики Таджикистан.",
     "emomali-rahmon"),
    ("Путин поблагодарил президента АР за телефонный звонок.", "ilham-aliyev"),
]


@pytest.mark.parametrize(("text", "leader"), FORMAL)
def test_a_formal_name_or_abbreviation_after_a_title(text: str, leader: str) -> None:
    found = {m.actor for m in actor_index().find(text, "ru", DAY)}
    assert found == {"vladimir-putin", leader}, found


def test_stacked_titles_of_one_person_stay_one() -> None:
    text = "Генеральный секретарь ЦК КПК, Председатель КНР Си Цзиньпин провел переговоры."
    found = {m.actor for m in actor_index().find(text, "ru", DAY)}
    assert found == {"xi-jinping"}, found
