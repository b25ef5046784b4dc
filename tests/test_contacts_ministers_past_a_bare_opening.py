"""Two ministers' call told past an opening that names it by a bare word ("Tajani ha discusso
con Rubio … La conversazione si è focalizzata sull'Iran"), where no leader is named: the later
sentence naming the call by its medium is the story's contact (found on a real Zazoom relay
whose Tajani-Rubio call came out as no contact). A leader named there keeps the old rule: the
ministers are no leaders' contact. Texts written for these tests (it/en)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2025-06-19"
PAIR = ["antonio-tajani", "marco-rubio"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il ministro degli Esteri Antonio Tajani ha discusso con il segretario di Stato Marco "
           "Rubio, sottolineando l'importanza di un dialogo franco tra Italia e USA. La "
           "conversazione si è focalizzata sull'Iran. Tajani ha ribadito la posizione italiana: "
           "niente armi nucleari. Una strada condivisa verso la stabilità.\n\nROMA – Il ministro "
           "degli Esteri Antonio Tajani ha avuto oggi pomeriggio una conversazione telefonica "
           "con il segretario di Stato Usa, Marco Rubio."),
    ("en", "Foreign Minister Antonio Tajani discussed with Secretary of State Marco Rubio the "
           "importance of a frank dialogue between Italy and the USA. The conversation focused "
           "on Iran. Tajani restated Italy's position: no nuclear weapons. A shared path to "
           "stability.\n\nROME – Foreign Minister Antonio Tajani held a phone call this "
           "afternoon with US Secretary of State Marco Rubio."),
])
def test_the_ministers_call_is_told_next(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, sorted(e.participants), e.date, e.part_of_day)
            for e in events if e.reported_by] == [("phone_call", PAIR, PAGE, "afternoon")]
