"""A story opening on a stop to meet one leader, then the trip to another who awaited the
traveller ("Dopo la tappa a Tunisi per incontrare il Presidente Saied, il Premier Meloni si è
recata a Istanbul dove era attesa dal Presidente … Erdogan"): the contact is with the host
who awaited her; the leader of the opening clause is that clause's (found on a real Palazzo
Chigi item once 'Presidente Saied' was known by his family name)."""

import pytest
from test_contacts import analyze_texts

TEXTS = {
    "it": "Dopo la tappa a Tunisi per incontrare il Presidente Saied, il Premier Meloni si è "
          "recata a Istanbul dove era attesa dal Presidente della Repubblica di Turchia, Recep "
          "Tayyip Erdogan. Al centro del colloquio il tema dei migranti.",
    "en": "After a stop in Tunis to meet President Saied, Prime Minister Meloni travelled to "
          "Istanbul, where she was received by President Recep Tayyip Erdogan. Migration was "
          "at the centre of the talks.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_host_who_awaited_her_is_the_party(lang: str) -> None:
    events = analyze_texts((TEXTS[lang], "2023-06-06"), lang=lang).events
    reported = [set(e.participants) for e in events if e.reported_by]
    assert reported[:1] == [{"giorgia-meloni", "recep-tayyip-erdogan"}]
