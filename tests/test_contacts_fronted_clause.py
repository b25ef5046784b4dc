"""A contact told in an opening clause of the same time, its subjects named after the comma:
"In una telefonata con Putin, Macron e Scholz hanno chiesto…", "In a phone call with Putin,
Macron and Scholz urged…", "在与普京通电话时，马克龙和朔尔茨呼吁…" is one call of the three,
its subjects included (found on a real Tag43 item, where the Macron-Scholz-Putin call came
out as a meeting of Macron and Scholz alone, and its 75 minutes were lost)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

THREE = {"emmanuel-macron", "olaf-scholz", "vladimir-putin"}
TEXTS = {
    "it": "In una nuova telefonata che hanno avuto oggi con Vladimir Putin, il presidente "
          "francese Emmanuel Macron e il cancelliere tedesco Olaf Scholz hanno chiesto un cessate "
          "il fuoco immediato. Secondo Berlino, il colloquio è durato 75 minuti.",
    "en": "In a new phone call with Vladimir Putin on Saturday, French President Emmanuel Macron "
          "and German Chancellor Olaf Scholz called for an immediate ceasefire. According to "
          "Berlin, the call lasted 75 minutes.",
    "zh": "在与普京通电话时，法国总统马克龙和德国总理朔尔茨呼吁立即停火。据柏林方面介绍，"
          "通话持续了75分钟。",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_subjects_after_the_clause_are_on_the_call(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2022-03-12"), lang=lang)
    found = [(e.type, e.status, e.duration_minutes) for e in analysis.events
             if set(e.participants) == THREE]
    assert found == [("phone_call", "held", 75)], [e.to_json() for e in analysis.events]
    assert not [e for e in analysis.events if set(e.participants) < THREE], \
        [e.to_json() for e in analysis.events]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "In una telefonata con Vladimir Putin, il presidente francese Emmanuel Macron ha "
           "chiesto il cessate il fuoco."),
    ("en", "During a phone call with Vladimir Putin, French President Emmanuel Macron asked for "
           "a ceasefire."),
])
def test_one_subject_after_the_clause(lang: str, text: str) -> None:
    found = [(e.type, sorted(e.participants))
             for e in analyze_texts((text, "2022-03-12"), lang=lang).events]
    assert found == [("phone_call", ["emmanuel-macron", "vladimir-putin"])], found
