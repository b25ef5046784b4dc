"""An agency's dateline credit names the page's publisher even where the page ends with
another agency's end mark: China News Service items close "(完)" as Xinhua's do, and their
pages (copies, mirrors, forum reposts) were credited to Xinhua, a side's readout, instead
of news with no side. Of two marks, the one found first in the text wins. Texts written for
this project."""

from __future__ import annotations

from readouts.segment import split_accounts
from readouts.segment.sources import registry


def test_china_news_service_dateline_outranks_the_end_mark() -> None:
    text = ("中新社北京3月2日电 国家主席习近平2日下午同蒙古国总统通电话。双方就两国关系交换了意见。"
            "(完)\n")
    (item,) = split_accounts(text, {}, "zh")
    assert (item.source, item.side, item.kind) == ("chinanews", None, "news")


def test_a_traditional_script_repost_keeps_its_credit() -> None:
    text = ("烏總統將訪莫斯科\n中新社阿拉木圖5月3日電 據當地媒體3日消息，烏茲別克斯坦總統將於下月"
            "訪問俄羅斯。(完)\n")
    (item,) = split_accounts(text, {}, "zh")
    assert item.source == "chinanews"


def test_xinhuas_own_dateline_and_end_mark_stay_xinhuas() -> None:
    text = ("新华社北京3月2日电 国家主席习近平2日下午同蒙古国总统通电话。双方就两国关系交换了意见。"
            "(完)\n")
    (item,) = split_accounts(text, {}, "zh")
    assert (item.source, item.side) == ("xinhua", "CHN")
    found = registry().signature_in("习近平同蒙古国总统通电话。双方交换了意见。(完)")
    assert found is not None and found[0].id == "xinhua"


def test_the_host_names_it_too() -> None:
    found = registry().from_url("https://www.chinanews.com.cn/gn/2016/12-08/1.shtml")
    assert found is not None and found.id == "chinanews"


def test_a_pages_own_lead_before_the_agency_it_cites_stays() -> None:
    """A page that tells the meeting in its own words, then relays an agency's report of what
    was said, keeps its lead as its own account: the meeting is told there ("会面")."""
    text = ("正在中国访问的新加坡总理今早在人民大会堂同中国国家主席习近平会面。\n"
            "两人谈了些什么?根据中国新闻社的报道:\n"
            "习近平表示，双方要深化政治互信。\n"
            "新加坡总理表示，新方支持多边主义。\n")
    items = split_accounts(text, {}, "zh")
    assert [a.source for a in items] == ["unknown", "chinanews"]
    assert "会面" in items[0].text


def test_a_copied_headline_over_the_items_byline_is_no_account_of_its_own() -> None:
    """A regional site's copy of an agency item: its headline (a question) over the byline
    "来源:中新网 发布时间:…" is the item's own, not the site's report of the meeting: no
    second account dated by the copy's stamp (held-out 25, a 2019 copy)."""
    for source, expected in (("中新网", "chinanews"), ("新华网", "xinhua")):
        text = (f"两国领导人已开始会谈,他们谈了什么?\n来源:{source} 发布时间:2019-06-22 17:15\n"
                f"{source}4月25日电 4月25日,朝鲜最高领导人和俄罗斯总统举行会谈。双方交换了意见。\n")
        assert [a.source for a in split_accounts(text, {}, "zh")] == [expected]


def test_a_headline_over_a_cue_with_no_stamp_stays_the_pages_own() -> None:
    text = ("两国领导人举行会谈,他们谈了什么?\n据中新网报道:\n"
            "4月25日,朝鲜最高领导人和俄罗斯总统举行会谈。双方交换了意见。\n")
    assert [a.source for a in split_accounts(text, {}, "zh")] == ["unknown", "chinanews"]
