"""A contact's start and end times told in different sentences give its length, from the
first start to the last end (found on 4 real Chinese items: NTDTV and Sputnik's Chinese
service on the 2021 Xi-Biden video meeting, 8:46 to 12:24 in two halves, 218; Kanzaobao on
the 2023 Woodside meeting, 11:20 to 13:35, 135 where the page says "two hours and a bit";
a Putin-Kim meeting, 14:10 to 17:25, 195). Before, no length came out, or the first half's."""

import pytest
from test_contacts import analyze_texts

STORY = {
    "zh": "6日上午9点10分,中国国家主席习近平同法国总统马克龙举行视频会晤。"
          "双方就中法关系交换了意见。当日中午11点55分,双方会晤结束。",
    "en": "Chinese President Xi Jinping and French President Emmanuel Macron held a video "
          "meeting on Monday. The talks began at 9:10. The two leaders discussed trade. "
          "The meeting ended at 11:55.",
    "it": "Il presidente cinese Xi Jinping e il presidente francese Emmanuel Macron hanno "
          "avuto lunedì un incontro in videoconferenza. Il colloquio è iniziato alle 9.10. "
          "I due hanno parlato di commercio. L'incontro si è concluso alle 11.55.",
    "ru": "Председатель КНР Си Цзиньпин и президент Франции Эммануэль Макрон в понедельник "
          "провели переговоры в режиме видеоконференции. Переговоры начались в 9:10. "
          "Лидеры обсудили торговлю. Переговоры завершились в 11:55.",
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_start_and_end_told_apart_give_the_length(lang: str) -> None:
    analysis = analyze_texts((STORY[lang], "2023-03-06"))
    reported = [e for e in analysis.events if e.reported_by]
    assert [(set(e.participants), e.duration_minutes) for e in reported] == [
        ({"xi-jinping", "emmanuel-macron"}, 165)], (lang, reported)


def test_two_halves_run_from_the_first_start_to_the_last_end() -> None:
    """A first half measured in its own sentence is a part: the whole runs to the last end."""
    text = ("6日上午9点10分,习近平同马克龙举行视频会晤。上午10点05分,双方上半场会谈结束。"
            "下半场会谈于10点20分开始,11点55分,双方会晤结束。")
    analysis = analyze_texts((text, "2023-03-06"))
    assert [e.duration_minutes for e in analysis.events if e.reported_by] == [165]


def test_a_round_length_restated_by_the_clock_is_the_clocks() -> None:
    text = ("习近平同马克龙的会晤持续两小时许。当地时间6日下午1时35分,中法元首会晤结束。"
            "会晤在当地时间6日上午11点20分左右正式开场。")
    analysis = analyze_texts((text, "2023-03-06"))
    assert [e.duration_minutes for e in analysis.events if e.reported_by] == [135]


@pytest.mark.parametrize("text", [
    # a stated length far from the clock's: the end is of something else
    "习近平同马克龙的会谈持续一个小时。会谈于上午9点10分开始。当晚,双方会晤结束后举行的宴会于7点55分结束。",
    # a start alone, and a point in a list that is no time
    "6日上午9点10分,习近平同马克龙举行会谈。双方提出3点共识,会谈结束。",
])
def test_no_clock_length_where_it_is_not_the_whole(text: str) -> None:
    analysis = analyze_texts((text, "2023-03-06"))
    assert [e.duration_minutes for e in analysis.events if e.reported_by] in ([60], [None])


def test_a_stated_length_above_the_clocks_stays() -> None:
    """"约80分钟" with times 70 minutes apart: the page's own rounding, its stated length kept
    (a real item relaying a wire on the 2019 Osaka meeting, dev20 d20zh-016)."""
    text = ("当地时间29日13时,习近平与马克龙的会见结束,会见时间约80分钟。"
            "当地时间6月29日上午11时50分,习近平同马克龙在大阪举行会晤。")
    analysis = analyze_texts((text, "2019-06-29"))
    assert [e.duration_minutes for e in analysis.events if e.reported_by] == [80]
