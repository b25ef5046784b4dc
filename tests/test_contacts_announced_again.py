"""A held sentence after an announced contact that names only that contact again, between
the same two leaders ("Della possibilità di vedersi Napolitano e Renzi hanno parlato"), tells
how it was arranged: the announced contact stays the news. A held contact of another kind
told after it (a call that prepared the meeting) is still the news."""

import pytest
from test_contacts import analyze_texts

AGAIN = {
    "it": "È in programma per sabato un incontro tra il presidente della Repubblica, Giorgio "
          "Napolitano, e il premier, Matteo Renzi. Non è stato fissato l'orario. Della "
          "possibilità di vedersi Napolitano e Renzi hanno parlato in mattinata, a margine di "
          "una commemorazione in piazza.",
}


@pytest.mark.parametrize("lang", sorted(AGAIN))
def test_the_announced_contact_told_again_stays_the_news(lang: str) -> None:
    analysis = analyze_texts((AGAIN[lang], None))
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.type, e.status) for e in reported] == [("meeting", "planned")]


def test_a_held_call_after_an_announced_meeting_is_the_news() -> None:
    text = ("È in programma per sabato un incontro tra il presidente della Repubblica, Giorgio "
            "Napolitano, e il premier, Matteo Renzi. Napolitano e Renzi hanno avuto una "
            "telefonata in mattinata per preparare l'incontro.")
    analysis = analyze_texts((text, None))
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.type, e.status) for e in reported] == [("phone_call", "held")]
