"""A part of day restated in brackets as another part in another place's day ("美国时间周一晚
（北京时间周二早）", "on Monday evening (Tuesday morning in Beijing)", "lunedì sera (martedì
mattina a Pechino)", "в понедельник вечером (во вторник утром по пекинскому времени)"): a call
between the two places has no one part of day, as with clock times restated so (found on a
real Oriental Daily item, h12zh-005, once "周一晚" was read as the evening)."""

import pytest
from test_contacts import analyze_texts

TORN = {
    "zh": "美国总统拜登与中国国家主席习近平的视频会晤在美国时间周一晚（北京时间周二早）举行。",
    "en": "U.S. President Joe Biden and Chinese President Xi Jinping held a video call on Monday "
          "evening (Tuesday morning in Beijing).",
    "it": "Il presidente americano Joe Biden e il presidente cinese Xi Jinping hanno tenuto una "
          "videochiamata lunedì sera (martedì mattina a Pechino).",
    "ru": "Президент США Джо Байден и председатель КНР Си Цзиньпин провели видеоконференцию в "
          "понедельник вечером (во вторник утром по пекинскому времени).",
}


@pytest.mark.parametrize("lang", sorted(TORN))
def test_a_part_restated_as_another_in_another_place_is_none(lang: str) -> None:
    analysis = analyze_texts((TORN[lang], "2021-11-16"))
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.type, set(e.participants), e.part_of_day) for e in reported] == [
        ("video_call", {"joe-biden", "xi-jinping"}, None)], lang


def test_the_same_part_restated_stays() -> None:
    """"周一晚（北京时间周一晚）": both clocks agree, the evening stands."""
    text = "美国总统拜登与中国国家主席习近平的视频会晤在周一晚（当地时间周一晚）举行。"
    analysis = analyze_texts((text, "2021-11-16"))
    assert [e.part_of_day for e in analysis.events if e.reported_by] == ["evening"]
