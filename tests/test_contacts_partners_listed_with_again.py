"""Two partners each led by "with" ("l'incontro con Juncker e con Michel", "встреча с Юнкером и
с Мишелем"): both are partners of the contact's subject, the story's leader, never a meeting
of the two with each other."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

JUNCKER_MICHEL = {"jean-claude-juncker", "charles-michel"}

LISTED = [
    ("it", "Il presidente del Consiglio Giuseppe Conte ha incontrato stamattina a Bruxelles la "
           "presidente della Commissione Ursula von der Leyen. Alle 16 è previsto l'incontro "
           "con il presidente uscente della Commissione Europea Juncker e con il presidente "
           "designato del Consiglio europeo Charles Michel.", True),
    ("en", "Prime Minister Giuseppe Conte met Commission President Ursula von der Leyen in "
           "Brussels this morning. At 4 pm a meeting is scheduled with outgoing Commission "
           "President Jean-Claude Juncker and with European Council President-elect Charles "
           "Michel.", False),
    ("ru", "Премьер-министр Италии Джузеппе Конте утром встретился в Брюсселе с председателем "
           "Еврокомиссии Урсулой фон дер Ляйен. На 16 часов запланирована встреча с уходящим "
           "председателем Еврокомиссии Жан-Клодом Юнкером и с избранным председателем "
           "Европейского совета Шарлем Мишелем.", True),
]


@pytest.mark.parametrize(("lang", "text", "with_juncker"), LISTED)
def test_partners_listed_with_with_again_are_the_subjects(lang: str, text: str,
                                                          with_juncker: bool) -> None:
    events = analyze_texts((text, "2019-09-11"), lang=lang).events
    parties = [set(e.participants) for e in events]
    assert JUNCKER_MICHEL not in parties, (lang, parties)
    assert all(p & {"giuseppe-conte"} for p in parties), (lang, parties)
    if with_juncker:
        assert {"giuseppe-conte", "jean-claude-juncker"} in parties, (lang, parties)
