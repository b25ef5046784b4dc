"""A title before a family name the roster keeps only with the given name ("Premier Li", "il
premier Li", "премьер Ли") is the holder of that office on the day whose family name it is
(Li Keqiang in 2016, Li Qiang in 2024), not a newcomer "Li" whose meetings nobody held
(found on a real Kantei briefing once 'the Prime Minister' named Abe there). Chinese writes
the title after the name ("李总理"), a form the roster's full names cover."""

import pytest

from readouts.extract.people.actors import actor_index


@pytest.mark.parametrize(("lang", "text", "on", "expected"), [
    ("en", "Did the Prime Minister make any requests to Premier Li?", "2016-07-15",
     "li-keqiang"),
    ("en", "Premier Li met Chancellor Scholz in Berlin.", "2024-06-18", "li-qiang"),
    ("it", "Il premier Li ha incontrato il cancelliere Scholz.", "2024-06-18", "li-qiang"),
    ("ru", "Премьер Ли встретился с канцлером Шольцем.", "2024-06-18", "li-qiang"),
])
def test_a_title_and_family_name_is_the_holder_of_the_day(lang: str, text: str, on: str,
                                                          expected: str) -> None:
    assert expected in [m.actor for m in actor_index().find(text, lang, on)]


def test_a_family_name_no_holder_bears_stays_a_newcomer() -> None:
    found = [m.actor for m in actor_index().find("Premier Wang spoke to reporters.", "en",
                                                 "2016-07-15")]
    assert found == ["wang"]
