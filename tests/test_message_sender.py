"""A leader writing to another is a message, its sender its initiator: a headline's "Berlusconi
scrive a Wen Jiabao", "Berlusconi writes to Wen Jiabao"; and a leader who "ha inviato le sue
più cordiali congratulazioni a Xi" / "has sent his warmest congratulations to Xi" / "направил
поздравления Си Цзиньпину" sent the message. Found on real NewNotizie and CRI items (held-out
9 h9it-029, h9it-022)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

WRITES = {
    "it": ("Berlusconi scrive a Wen Jiabao per i 40 anni di amicizia tra Italia e Cina\n"
           "Il quarantennale delle relazioni diplomatiche offre al premier Silvio Berlusconi "
           "l'occasione per congratularsi con il suo collega cinese Wen Jiabao."),
    "en": ("Berlusconi writes to Wen Jiabao for 40 years of Italy-China friendship\n"
           "The anniversary of diplomatic relations gives Prime Minister Silvio Berlusconi a "
           "chance to congratulate his Chinese colleague Wen Jiabao."),
}
SENT = {
    "it": ("Il presidente della Repubblica Sergio Mattarella ha inviato le sue più cordiali "
           "congratulazioni a Xi Jinping per la sua rielezione."),
    "en": ("Italian President Sergio Mattarella has sent his warmest congratulations to Xi "
           "Jinping on his re-election."),
    "ru": ("Президент Италии Серджо Маттарелла направил самые сердечные поздравления Си "
           "Цзиньпину в связи с его переизбранием."),
    "zh": "意大利总统马塔雷拉致电习近平，祝贺他再次当选中共中央总书记。",
}


@pytest.mark.parametrize("lang", sorted(WRITES))
def test_a_leader_writing_to_another_sent_a_message(lang: str) -> None:
    event = only_event(analyze_texts((WRITES[lang], "2010-11-06"), lang=lang))
    assert (event.type, sorted(event.participants), event.initiated_by) == (
        "message", ["silvio-berlusconi", "wen-jiabao"], "silvio-berlusconi"), event.to_json()


@pytest.mark.parametrize("lang", sorted(SENT))
def test_the_sender_of_congratulations_initiates(lang: str) -> None:
    event = only_event(analyze_texts((SENT[lang], "2022-10-27"), lang=lang))
    assert (event.type, event.initiated_by) == ("message", "sergio-mattarella"), event.to_json()


@pytest.mark.parametrize("text", [
    "Zelensky scrive su Twitter di aver parlato con Macron.",
    "Il premier ha scritto a proposito del vertice con Macron.",
])
def test_writing_elsewhere_is_no_message(text: str) -> None:
    events = analyze_texts((text, "2022-10-27"), lang="it").events
    assert all(e.type != "message" for e in events), [e.to_json() for e in events]
