"""Who asked for a call, as Japanese and Chinese government English and their peers say it:
"received a congratulatory telephone call from Mr. X" (the dots of "Mr." end no name), "held
telephone talks with President X at request" (the Chinese readouts' English for 应约), and a
request of "the counterpart(s)" ("at the request of the designated counterparts", "su
richiesta della controparte", "по просьбе собеседника", "应对方请求"): the principal facing
the side that speaks. Texts written for these tests."""

from __future__ import annotations

import pytest

from readouts.extract.contacts.initiator import Voice, find_initiator
from readouts.ingest import prepare, read_bytes
from readouts.pipeline import analyze_document, link_results


@pytest.mark.parametrize(("sentence", "on", "parties", "caller"), [
    ("In the morning Prime Minister Aso received a telephone call from Mr. Barack Obama, "
     "President of the United States.", "2009-02-10", ["taro-aso", "barack-obama"],
     "barack-obama"),
    ("I am told that Prime Minister Abe received a congratulatory telephone call from "
     "President Obama.", "2014-12-20", ["shinzo-abe", "barack-obama"], "barack-obama"),
    ("On May 3, President Xi Jinping held telephone talks with President Emmanuel Macron of "
     "France at request.", "2023-05-03", ["xi-jinping", "emmanuel-macron"], "emmanuel-macron"),
    ("Xi Jinping Holds Telephone Talks with President Emmanuel Macron of France at Request",
     "2023-05-03", ["xi-jinping", "emmanuel-macron"], "emmanuel-macron"),
])
def test_a_caller_named_in_the_genre_s_words(sentence: str, on: str, parties: list[str],
                                             caller: str) -> None:
    assert find_initiator(sentence, "en", on, None, parties) == caller


@pytest.mark.parametrize(("sentence", "lang", "side", "parties", "caller"), [
    ("The telephone talk was held at the request of the designated counterpart.", "en", "JPN",
     ["fumio-kishida", "olaf-scholz"], "olaf-scholz"),
    ("Il colloquio si è svolto su richiesta della controparte.", "it", "ITA",
     ["giorgia-meloni", "olaf-scholz"], "olaf-scholz"),
    ("Разговор состоялся по просьбе собеседника.", "ru", "RUS",
     ["vladimir-putin", "olaf-scholz"], "olaf-scholz"),
    ("习近平应对方请求同肖尔茨通电话。", "zh", "CHN", ["xi-jinping", "olaf-scholz"],
     "olaf-scholz"),
])
def test_the_counterpart_who_asked_is_the_other_side_s(sentence: str, lang: str, side: str,
                                                        parties: list[str],
                                                        caller: str) -> None:
    assert find_initiator(sentence, lang, "2023-05-03", side, parties,
                          lambda: Voice(None, side)) == caller


def test_the_counterpart_is_unknown_without_a_speaking_side() -> None:
    assert find_initiator("The talk was held at the request of the counterpart.", "en",
                          "2023-05-03", None, ["fumio-kishida", "olaf-scholz"], None) is None


def test_an_account_s_call_asked_by_the_counterpart() -> None:
    text = ("Prime Minister Fumio Kishida held a telephone talk with Chancellor Olaf Scholz of "
            "Germany this morning. The talk was held at the request of the counterpart. The "
            "two leaders discussed energy.")
    raw = read_bytes(("url: https://japan.kantei.go.jp/101_kishida/diplomatic/202305/03.html"
                      f"\n\n{text}").encode(), "test.txt")
    analysis = link_results([analyze_document(p, "2023-05-03") for p in prepare(raw)])
    events = [e for e in analysis.events if e.reported_by]
    assert events and events[0].initiated_by == "olaf-scholz", [e.to_json() for e in events]
