"""The call of X to Y with the adjective Italian puts after the noun ("la telefonata notturna
di Macron a Conte", "la chiamata cordiale del presidente al premier"): X placed it, as the
bare "la telefonata di X a Y" already said.

Found on a real HuffPost Italia item (h19it-007, 'La telefonata notturna di …'; who called was
missed) and a real Gente d'Italia item ('la telefonata distensiva del premier francese').
Texts written for this project.
"""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

MACRON, CONTE = "emmanuel-macron", "giuseppe-conte"

WITH_ADJECTIVE = [
    "Il presidente Emmanuel Macron e il premier Giuseppe Conte si sono sentiti. La telefonata "
    "notturna di Macron a Conte ha chiuso la lite sui migranti.",
    "La telefonata distensiva di Emmanuel Macron a Giuseppe Conte ha riaperto il dialogo.",
    "Il premier Giuseppe Conte ha parlato con il presidente Emmanuel Macron: la chiamata "
    "improvvisa dell'inquilino dell'Eliseo a Conte è arrivata dopo mezzanotte.",
]


@pytest.mark.parametrize("text", WITH_ADJECTIVE)
def test_the_caller_of_a_call_with_its_adjective(text: str) -> None:
    event = only_event(analyze_texts((text, "2018-06-14"), lang="it"))
    assert set(event.participants) == {MACRON, CONTE}
    assert event.initiated_by == MACRON


# Guards: the call between the two names no caller; the bare form keeps its caller.
GUARDS = [
    ("Giuseppe Conte ha avuto una telefonata notturna con Emmanuel Macron. La telefonata "
     "notturna tra i due leader è stata cordiale.", None),
    ("Il presidente Emmanuel Macron e il premier Giuseppe Conte si sono sentiti. La telefonata "
     "di Macron a Conte ha chiuso la lite.", MACRON),
]


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_call_between_them_or_bare(text: str, expected: str | None) -> None:
    event = only_event(analyze_texts((text, "2018-06-14"), lang="it"))
    assert event.initiated_by == expected
