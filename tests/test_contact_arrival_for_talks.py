"""An arrival told as the news, for talks with the host at his invitation ("抵达旧金山，应邀同
美国总统拜登举行中美元首会晤", "arrived in San Francisco for talks with President Biden"): an
invitation to come names the host, not who asked for the contact (found on a real Xinhua
item, h15zh-006, whose arrival for the summit came out as a meeting). By the lead's
convention an arrival in a place for talks tells the talks ahead: in it, en and ru the
contact is the planned meeting, the arrival's hour not its own (an arrival reported with
the meeting still ahead). Chinese "抵达…，应邀同…举行会晤" has no tense of its own and stays
the visit begun: left."""

import pytest
from test_contacts import analyze_texts

ARRIVED = {
    "zh": "当地时间11月14日下午，国家主席习近平乘专机抵达美国旧金山，应邀同美国总统拜登举行中美元首"
          "会晤，同时出席亚太经合组织领导人非正式会议。",
    "en": "Chinese President Xi Jinping arrived in San Francisco on the afternoon of November 14 "
          "for talks with U.S. President Joe Biden.",
    "it": "Il presidente cinese Xi Jinping è arrivato nel pomeriggio del 14 novembre a San "
          "Francisco per colloqui con il presidente statunitense Joe Biden.",
    "ru": "Председатель КНР Си Цзиньпин прибыл днем 14 ноября в Сан-Франциско на переговоры с "
          "президентом США Джо Байденом.",
}


@pytest.mark.parametrize("lang", sorted(ARRIVED))
def test_an_arrival_for_talks_gives_the_talks_ahead(lang: str) -> None:
    analysis = analyze_texts((ARRIVED[lang], "2023-11-15"))
    reported = [e for e in analysis.events if e.reported_by]
    expected = ("visit", "held", "afternoon") if lang == "zh" else ("meeting", "planned", None)
    assert [(e.type, e.status, set(e.participants), e.part_of_day, e.initiated_by)
            for e in reported] == [(*expected[:2], {"xi-jinping", "joe-biden"}, expected[2],
                                    None)], lang


def test_talks_held_after_an_arrival_stay_a_meeting() -> None:
    """"抵达后，同…举行了会谈": the talks told as held are the contact, not the arrival."""
    text = "习近平抵达旧金山，同美国总统拜登举行了中美元首会晤，双方就中美关系交换了意见。"
    analysis = analyze_texts((text, "2023-11-15"))
    assert [e.type for e in analysis.events if e.reported_by] == ["meeting"]
