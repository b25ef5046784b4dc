"""A known surname after a given name of another letter is another person: "зять американского
президента Джаред Кушнер" is not Bernard Kouchner ("Бернар Кушнер"); a garbled spelling of
the known person's own given name still names him ("Serghiei Lavrov", "Sergej Lavrov",
"Касымом-Жомартом Токаевым"), and a name's particles are not its given name ("Тамимом бен
Хамадом Аль Тани")."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index

ON = "2026-01-23"


def _names(text: str, lang: str) -> list[str]:
    return [m.actor for m in actor_index().find(text, lang, ON, None)]


def test_another_given_name_is_another_person() -> None:
    assert "bernard-kouchner" not in _names(
        "В переговорах участвовал зять американского президента Джаред Кушнер.", "ru")


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Il ministro degli Esteri russo Serghiei Lavrov ha parlato ieri.", "it", "sergei-lavrov"),
        ("Russian Foreign Minister Sergej Lavrov spoke on Monday.", "en", "sergei-lavrov"),
        ("Бернар Кушнер, бывший министр иностранных дел Франции, выступил.", "ru",
         "bernard-kouchner"),
        ("Встреча с президентом Казахстана Касымом-Жомартом Токаевым прошла в Астане.", "ru",
         "kassym-jomart-tokayev"),
        ("Путин поговорил с Эмиром Государства Катар Тамимом бен Хамадом Аль Тани.", "ru",
         "tamim-bin-hamad-al-thani"),
    ],
)
def test_a_spelling_of_his_own_given_name_still_names_him(text: str, lang: str,
                                                          actor: str) -> None:
    assert actor in _names(text, lang)
