"""Chinese "视频会谈" (video talks) is a video call, as "视频会晤" and "视频通话" are: its "会谈"
is no meeting beside it, so a time next to it ("10时42分上半场视频会谈结束", "上午9时开始视频
会谈") is the video call's. Found on a real Sputnik Chinese item (h20zh-008: the Xi-Biden video
meeting's halves, '上半场视频会谈', '下半场视频会谈', lost their morning) and a real NTDTV item
relaying the same CCTV timeline ('双方上半场视频会谈结束').
The Li Keqiang texts are written here."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

LI_MERKEL = {"li-keqiang", "angela-merkel"}


@pytest.mark.parametrize("text", [
    "国务院总理李克强6月3日上午在北京同德国总理默克尔举行视频会谈。",
    "李克强3日同默克尔举行视频会谈，双方就中德关系交换意见。",
])
def test_video_talks_are_a_video_call(text: str) -> None:
    events = analyze_texts((text, "2021-06-04"), lang="zh").events
    found = [e.type for e in events if set(e.participants) == LI_MERKEL]
    assert found == ["video_call"], [e.to_json() for e in events]


def test_the_halves_keep_the_morning() -> None:
    text = ("习近平主席同美国总统拜登举行视频会晤。上午8时46分开始，10时42分上半场视频会谈结束。"
            "下半场视频会谈于11时06分开始，12时24分，中美元首视频会晤结束。")
    events = analyze_texts((text, "2021-11-16"), lang="zh").events
    found = [(e.type, e.part_of_day) for e in events
             if set(e.participants) == {"xi-jinping", "joe-biden"}]
    assert found == [("video_call", "morning")], [e.to_json() for e in events]


def test_talks_in_person_stay_a_meeting() -> None:
    text = "国务院总理李克强6月3日上午在北京同德国总理默克尔举行会谈。"
    events = analyze_texts((text, "2021-06-04"), lang="zh").events
    assert [e.type for e in events if set(e.participants) == LI_MERKEL] == ["meeting"]
