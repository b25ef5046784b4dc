"""Traditional Chinese (Hong Kong, Taiwan, overseas papers) is read like Simplified: the
contact, its parties and its time are found, and offsets stay where they were."""

from __future__ import annotations

from readouts.ingest import RawInput, prepare
from readouts.ingest.chinese_script import is_traditional, to_simplified
from readouts.pipeline import analyze_document, link_results

# Written for this test, in the style of a Hong Kong paper's report of a call.
TRADITIONAL = (
    "【本報訊】國家主席習近平3月5日晚應約同法國總統馬克龍通電話。"
    "習近平指出，中法兩國應當加強溝通與協調，推動雙邊關係穩定發展。"
    "馬克龍表示，法方願同中方一道，深化經貿、航空和農業領域合作。\n"
)
SIMPLIFIED = "国家主席习近平3月5日晚同法国总统马克龙通电话。习近平指出，中法两国应当加强沟通。"


def test_a_traditional_text_gives_its_contact() -> None:
    prepared = prepare(RawInput("hk.txt", TRADITIONAL.encode("utf-8")))[0]
    analysis = link_results([analyze_document(prepared, published="2026-03-06")])
    event = analysis.events[0]
    assert event.type == "phone_call"
    assert set(event.participants) == {"xi-jinping", "emmanuel-macron"}
    assert event.date == "2026-03-05" and event.part_of_day == "evening"
    assert event.initiated_by == "emmanuel-macron"
    assert analysis.documents[0].language == "zh"


def test_conversion_keeps_every_offset() -> None:
    body, meta = to_simplified(TRADITIONAL, {"title": "習近平同馬克龍通電話"})
    assert len(body) == len(TRADITIONAL)
    assert body.index("习近平") == TRADITIONAL.index("習近平")
    assert meta["title"] == "习近平同马克龙通电话"


def test_simplified_and_other_scripts_are_left_alone() -> None:
    assert not is_traditional(SIMPLIFIED)
    assert to_simplified(SIMPLIFIED, {}) == (SIMPLIFIED, {})
    english = "President Xi Jinping (習近平) spoke with President Macron."
    assert to_simplified(english, {})[0] == english
