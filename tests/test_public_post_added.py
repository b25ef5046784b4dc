"""Congratulations a second leader posted after the lead's contact ("Congratulazioni a Mitsotakis
sono giunte via Twitter anche dal presidente francese", "Congratulations also came via Twitter
from…", «Поздравления через Twitter направил также…») are a public post, no message of their own
added to the story: the sentence adding a contact ("anche", "also", "также") is read for the
platform as the lead already is. Found on a real ANSAmed item (Erdogan's call to Mitsotakis; the
Turkish foreign minister's post came out a message); the platform wordings ("via Twitter",
"tramite il suo profilo Twitter", "al proprio profilo Facebook") seen on Corriere and Il Fatto
Quotidiano items on the President's birthday greetings."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results

TEXTS = {
    "it": ("Erdogan chiama Mitsotakis",
           "Il presidente turco Recep Tayyip Erdogan ha telefonato ieri al nuovo premier greco "
           "Kyriakos Mitsotakis per congratularsi della vittoria. Congratulazioni a Mitsotakis "
           "sono giunte via Twitter anche dal presidente francese Emmanuel Macron."),
    "en": ("Erdogan calls Mitsotakis",
           "Turkish President Recep Tayyip Erdogan phoned new Greek Prime Minister Kyriakos "
           "Mitsotakis yesterday to congratulate him on his victory. French President Emmanuel "
           "Macron also congratulated Mitsotakis via Twitter."),
    "ru": ("Эрдоган позвонил Мицотакису",
           "Президент Турции Реджеп Тайип Эрдоган вчера позвонил новому премьер-министру Греции "
           "Кириакосу Мицотакису и поздравил его с победой. Президент Франции Эммануэль Макрон "
           "также поздравил Мицотакиса через Twitter."),
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_post_added_after_the_lead_is_no_message(lang: str) -> None:
    title, body = TEXTS[lang]
    text = f"{title}\n\n{body}\n"
    analysis = link_results([analyze_document(p, "2019-07-08", lang=lang)
                             for p in prepare(RawInput("page.txt", text.encode()))])
    pairs = [(e.type, sorted(e.participants)) for e in analysis.events]
    assert ("phone_call", ["kyriakos-mitsotakis", "recep-tayyip-erdogan"]) in pairs, pairs
    assert not any("emmanuel-macron" in people for _, people in pairs), pairs


def test_a_message_sent_and_added_stays_one() -> None:
    """Guard: "Macron ha inviato anche un messaggio a Mitsotakis" (no platform) is a message."""
    text = ("Erdogan chiama Mitsotakis\n\nIl presidente turco Recep Tayyip Erdogan ha telefonato "
            "ieri al nuovo premier greco Kyriakos Mitsotakis. Il presidente francese Emmanuel "
            "Macron ha inviato anche un messaggio di congratulazioni a Mitsotakis.\n")
    analysis = link_results([analyze_document(p, "2019-07-08", lang="it")
                             for p in prepare(RawInput("page.txt", text.encode()))])
    assert any(e.type == "message" and set(e.participants) == {
        "emmanuel-macron", "kyriakos-mitsotakis"} for e in analysis.events), \
        [e.to_json() for e in analysis.events]
