# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""News items that relay two governments' accounts in running prose, a sentence each, at
least one credited to the text it comes from: set into the sentence ("Nel corso del
colloquio, riporta il comunicato di Palazzo Chigi, …"), or to a capital that publishes it
("Secondo il comunicato di Ankara, …", "According to a statement from Ankara, …"), or to a
government portal named ("越南政府网电子报指出"). Each side's text is its account (the
conventions at the top of benchmarks/trial/heldout9/compilations.yaml; held-out 26's
Italian and Chinese pages split none). Guards: two sides told in the writer's words, no text
named, stay the news item; a capital after a verb of speech ("said in Ankara") is a place.
Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry

IT_INSET = """\
Meloni sente il presidente turco

La presidente del Consiglio ha avuto oggi un colloquio telefonico con il presidente turco.

Durante la telefonata, riferisce la nota di Palazzo Chigi, i due leader hanno parlato della situazione in Libia e dei flussi migratori. Il presidente turco, scrive l'agenzia Anadolu, ha invitato la premier a visitare la Turchia il prossimo anno.
"""

IT_SEAT = """\
Telefonata tra Mitsotakis e il presidente turco

Il premier greco e il presidente turco si sono sentiti al telefono ieri sera.

Secondo il comunicato di Ankara, i due leader hanno discusso delle tensioni nell'Egeo e della cooperazione contro gli incendi. Secondo una nota del governo di Atene, il premier greco ha chiesto di abbassare i toni.
"""

EN_SEAT = """\
Greek and Turkish leaders talk by phone

The Greek prime minister and the Turkish president spoke by phone on Sunday.

According to a statement from Ankara, the two leaders discussed the wildfires and tensions in the Aegean. According to a statement from the Greek Prime Minister's Office, Mitsotakis called for calm.
"""

ZH_PORTAL = """\
越南领导人与习近平通话

越南国家主席昨天与中国国家主席习近平通电话。

越南政府网电子报报道，双方就两国关系交换了意见，越方希望加强抗疫合作。越南政府网电子报还指出，双方同意妥善处理海上问题。

另据新华社报道，习近平表示，中方愿同越方加强交流。
"""


@pytest.mark.parametrize(("text", "lang", "sides"), [
    (IT_INSET, "it", [("palazzo-chigi", "ITA"), ("anadolu", "TUR")]),
    (IT_SEAT, "it", [("turkey-presidency", "TUR"), ("greece-pm", "GRC")]),
    (EN_SEAT, "en", [("turkey-presidency", "TUR"), ("greece-pm", "GRC")]),
    (ZH_PORTAL, "zh", [("vietnam-government", "VNM"), ("xinhua", "CHN")]),
])
def test_two_sides_texts_a_sentence_each_one_credited_are_their_accounts(
        text: str, lang: str, sides: list[tuple[str, str]]) -> None:
    found = split_accounts(text, {}, lang)
    got = [(a.source, a.side) for a in found]
    assert got[0] == ("unknown", None)  # the writer's lead
    assert got[1:] == sides


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Secondo il comunicato di Ankara, i due leader hanno discusso dell'Egeo.", "it"),
    ("According to a statement from Ankara, the two leaders discussed the Aegean.", "en"),
])
def test_a_text_credited_to_a_capital_is_its_governments(sentence: str, lang: str) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is not None and said.source is not None
    assert (said.how, said.source.id, said.side) == ("credited", "turkey-presidency", "TUR")


@pytest.mark.parametrize("sentence", [
    "Erdogan said in Ankara that the two leaders discussed the Aegean.",
    "Il premier ha detto ad Ankara che i due leader hanno discusso dell'Egeo.",
    "Mitsotakis è arrivato ad Atene dopo il colloquio.",
])
def test_a_capital_named_as_a_place_gives_no_text(sentence: str) -> None:
    assert speaker_of(sentence, registry().named_all(sentence)) is None


IT_WRITER = """\
Meloni sente il presidente turco

La presidente del Consiglio ha avuto oggi un colloquio telefonico con il presidente turco.

Palazzo Chigi ha detto che si è parlato di Libia. La presidenza turca ha detto che si è parlato anche di migranti.
"""


def test_two_sides_told_in_the_writers_words_no_text_named_stay_the_news_item() -> None:
    found = split_accounts(IT_WRITER, {"url": "https://www.agenzianova.com/a/x"}, "it")
    assert [(a.source, a.kind) for a in found] == [("agenzia-nova", "news")]
