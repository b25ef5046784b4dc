"""Italian talks named by the plural noun with their partner and no verb of their own ("I
colloqui con Draghi si sono concentrati sulla Libia", "Al termine dei colloqui con", "per i
colloqui fra i due presidenti", "ha colloqui con"): a meeting, as the singular "colloquio"
is. English "talks with" and Russian «переговоры с» already name one."""

from __future__ import annotations

from test_contacts import analyze_texts

ERDOGAN, DRAGHI = "recep-tayyip-erdogan", "mario-draghi"

TALKS = [
    "Il presidente turco Recep Tayyip Erdogan è a Roma. I colloqui con Mario Draghi si sono "
    "concentrati sulla Libia.",
    "Il presidente turco Recep Tayyip Erdogan è a Roma. Al termine dei colloqui con il premier "
    "Mario Draghi i due hanno firmato tre accordi.",
    "Il presidente turco Recep Tayyip Erdogan ha colloqui oggi a Roma con il premier Mario "
    "Draghi.",
]


def test_the_plural_talks_with_a_partner_are_a_meeting() -> None:
    for text in TALKS:
        events = analyze_texts((text, "2021-10-30"), lang="it").events
        assert any(e.type == "meeting" and set(e.participants) == {ERDOGAN, DRAGHI}
                   for e in events), (text, [(e.type, e.participants) for e in events])


def test_talks_of_delegations_name_no_leaders_contact() -> None:
    text = ("A Ginevra sono ripresi i colloqui tra le delegazioni di Russia e Ucraina, senza "
            "i due presidenti.")
    assert not analyze_texts((text, "2022-03-10"), lang="it").events
