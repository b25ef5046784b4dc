"""A contact announced ahead ("ha preannunciato un nuovo colloquio telefonico con Putin",
«анонсировал новый телефонный разговор с Путиным») is planned, not held (found on a real
Tgcom24 item of held-out 12: Trump announcing his next call with Putin)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "Il presidente americano Donald Trump ha preannunciato un nuovo colloquio "
     "telefonico con Vladimir Putin, dicendosi contrariato per la tregua mancata."),
    ("it", "Donald Trump parla ai giornalisti, preannunciando una telefonata con il presidente "
     "russo Vladimir Putin."),
    ("ru", "Президент США Дональд Трамп анонсировал новый телефонный разговор с Владимиром "
     "Путиным."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_a_preannounced_call_is_planned(lang: str, text: str) -> None:
    events = analyze_texts((text, "2025-05-01"), lang=lang).events
    main = [e for e in events if set(e.participants) == {"donald-trump", "vladimir-putin"}]
    assert main and all(e.status == "planned" for e in main), [e.to_json() for e in events]


def test_a_call_held_after_an_announcement_stays_held() -> None:
    text = ("Dopo averlo preannunciato ieri, il presidente americano Donald Trump ha avuto oggi "
            "un colloquio telefonico con Vladimir Putin.")
    events = analyze_texts((text, "2025-05-01"), lang="it").events
    main = [e for e in events if set(e.participants) == {"donald-trump", "vladimir-putin"}]
    assert main and main[0].status == "held", [e.to_json() for e in events]
