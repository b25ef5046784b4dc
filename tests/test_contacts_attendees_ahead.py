"""The ones who will attend a contact ahead ("Al vertice parteciperanno anche il ministro degli
Esteri Gentiloni con l'omologo tedesco Steinmeier", "Also attending the summit will be …",
«Во встрече примут участие также …») are attendees, never a contact of their own; and a
government's note on a contact it dates nowhere takes no guessed leader of its own side (the
latest holder of the office is no party of a 2016 summit)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

MINISTERS = {"paolo-gentiloni", "frank-walter-steinmeier", "angelino-alfano"}

AHEAD = [
    ("it", "Il premier Matteo Renzi ospiterà la cancelliera Angela Merkel per un vertice "
           "bilaterale. Al vertice parteciperanno anche il ministro degli Esteri Paolo Gentiloni "
           "con l'omologo tedesco Frank-Walter Steinmeier, il ministro dell'Interno Angelino "
           "Alfano con l'omologo Thomas de Maizière."),
    ("en", "Prime Minister Matteo Renzi will host Chancellor Angela Merkel for a bilateral "
           "summit. Also attending the summit will be Foreign Minister Paolo Gentiloni with his "
           "German counterpart Frank-Walter Steinmeier and Interior Minister Angelino Alfano."),
    ("ru", "Премьер-министр Маттео Ренци примет канцлера Ангелу Меркель на двустороннем "
           "саммите. В саммите примут участие также министр иностранных дел Паоло Джентилони "
           "и его немецкий коллега Франк-Вальтер Штайнмайер."),
]


@pytest.mark.parametrize(("lang", "text"), AHEAD)
def test_attendees_of_a_contact_ahead_have_no_contact_of_their_own(lang: str,
                                                                   text: str) -> None:
    events = analyze_texts((text, None), lang=lang).events
    assert events and set(events[0].participants) == {"matteo-renzi", "angela-merkel"}, \
        [e.to_json() for e in events]
    assert not [e for e in events if set(e.participants) & MINISTERS], \
        (lang, [e.to_json() for e in events])
