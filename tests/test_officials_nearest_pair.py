"""Where only officials are named (ministers, a deputy prime minister), a contact mentioned
in a story of another has as parties the two named nearest its words, as leaders do: a
third official who opens the next clause ("…il suo omologo Castaner, Di Maio ha invece
annunciato…") is no party (found on a real la Repubblica item, where the planned
Salvini-Castaner meeting took in Di Maio). Texts written for these tests. English "his
counterpart" still takes a principal of the story as the subject: left."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "2019-02-12", "L'Eliseo conferma: un colloquio telefonico tra Macron e Mattarella "
           "è previsto entro questa settimana. Se il vicepremier Matteo Salvini ha "
           "ribadito di voler incontrare il suo omologo Christophe Castaner, il vicepremier "
           "Luigi Di Maio ha invece annunciato un evento pubblico a Roma."),
]


@pytest.mark.parametrize(("lang", "page", "text"), CASES)
def test_a_third_official_in_the_next_clause_is_no_party(lang: str, page: str,
                                                          text: str) -> None:
    events = analyze_texts((text, page), lang=lang).events
    met = [e for e in events if e.type == "meeting"]
    assert met and all(set(e.participants) == {"matteo-salvini", "christophe-castaner"}
                       for e in met), [e.to_json() for e in events]
    assert met[0].status == "planned"
