"""Speakers the account's context names: a country's "side", "the President" in the
account's own press, a pronoun after a sentence that opened with a leader."""

from __future__ import annotations

import hashlib

from readouts.ingest import PreparedText
from readouts.model import Readout
from readouts.pipeline import analyze_document, link_results


def _account(body: str, origin: str, published: str) -> Readout:
    prepared = PreparedText(origin=origin, sha256=hashlib.sha256(body.encode()).hexdigest(),
                            body=body)
    analysis = link_results([analyze_document(prepared, published)])
    readouts = [r for d in analysis.documents for r in d.readouts]
    assert len(readouts) == 1
    return readouts[0]


def _speaker_of(readout: Readout, needle: str) -> str | None:
    found = [s for s in readout.sentences if needle in s.text]
    assert len(found) == 1, [s.text for s in readout.sentences]
    return found[0].speaker


def test_the_chinese_side_in_a_russian_readout_is_xi() -> None:
    kremlin = _account(
        "Владимир Путин провёл телефонный разговор с Председателем Китайской Народной "
        "Республики Си Цзиньпином.\n\nВладимир Путин рассказал о контактах с американской "
        "администрацией. С китайской стороны выражена поддержка диалогу и готовность "
        "содействовать мирному урегулированию. С российской стороны подтверждена "
        "готовность к диалогу. Лидеры договорились о встрече в Москве.\n",
        "http://kremlin.ru/events/president/news/1", "2025-03-10")
    assert _speaker_of(kremlin, "С китайской стороны") == "xi-jinping"
    assert _speaker_of(kremlin, "рассказал о контактах") == "vladimir-putin"
    assert _speaker_of(kremlin, "С российской стороны") == "vladimir-putin"
    assert _speaker_of(kremlin, "Лидеры договорились") is None


def test_the_russian_side_in_an_english_readout_is_putin() -> None:
    readout = _account(
        "President Xi Jinping spoke by phone with Russian President Vladimir Putin on "
        "Monday.\n\nThe Russian side expressed its readiness to expand energy supplies. "
        "Xi Jinping noted that the two countries should deepen practical cooperation.\n",
        "chinese-readout.txt", "2025-03-10")
    assert _speaker_of(readout, "The Russian side") == "vladimir-putin"
    assert _speaker_of(readout, "deepen practical") == "xi-jinping"


def test_the_president_before_anyone_spoke_is_the_home_leader() -> None:
    readout = _account(
        "Readout of President Joseph R. Biden, Jr.'s Call with President Xi Jinping of the "
        "People's Republic of China\n\nPresident Joseph R. Biden, Jr. spoke today with "
        "President Xi Jinping of the People's Republic of China. The President conveyed "
        "his condolences for the loss of life in the floods. The two leaders discussed "
        "climate and health security.\n\n###\n",
        "https://www.whitehouse.gov/briefing-room/statements-releases/2022/05/01/readout/",
        "2022-05-01")
    assert _speaker_of(readout, "conveyed his condolences") == "joe-biden"
    assert _speaker_of(readout, "The two leaders discussed") is None


def test_a_pronoun_after_a_sentence_opened_by_a_leader_is_that_leader() -> None:
    readout = _account(
        "Vladimir Putin had a telephone conversation with President of France Emmanuel "
        "Macron.\n\nVladimir Putin gave a detailed account of the situation around the "
        "nuclear power plant. He suggested that an inspection take place soon. The "
        "presidents agreed to stay in touch.\n",
        "http://en.kremlin.ru/events/president/news/2", "2022-08-19")
    assert _speaker_of(readout, "He suggested") == "vladimir-putin"
