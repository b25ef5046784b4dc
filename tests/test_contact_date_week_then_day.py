"""An announced contact whose lead dates it only by its week ("中美元首将在本周的会晤中…",
"the presidents will meet this week") takes the day the next sentence gives it ("将于当地时间
六日下午会面", "on Thursday afternoon"); and the day words were said, fronted before the
speaker past its zone or a wire dateline ("【香港中通社五日电】当地时间四日，一名白宫官员…表示"),
is no day of the contact (a day ahead read from it was a month off). Found on a real Macau
item (held-out 16, h16zh-008: a Trump-Xi summit announced for 'this week' dated 4 May).
Texts written for these tests (en/it/ru/zh)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2017-04-05"


def _reported(text: str, lang: str):
    analysis = analyze_texts((text, PAGE), lang=lang)
    return next(e for e in analysis.events if e.reported_by)


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "【香港中通社五日电】当地时间四日，一名白宫官员在吹风会上表示，中美元首将在本周的会晤中"
           "就各自关切交换意见。该官员表示，美国总统特朗普与中国国家主席习近平将于当地时间六日下午"
           "在海湖庄园会面。"),
    ("zh", "当地时间4日，一名白宫官员在吹风会上表示，中美元首将在本周的会晤中就各自关切交换意见。"
           "该官员说，美国总统特朗普将于6日下午在海湖庄园同中国国家主席习近平会面。"),
    ("en", "A White House official told reporters on Tuesday that the US and Chinese presidents "
           "will meet this week. President Donald Trump will host Chinese President Xi Jinping "
           "at Mar-a-Lago on Thursday afternoon."),
    ("it", "Un funzionario della Casa Bianca ha detto martedì che i presidenti di Stati Uniti e "
           "Cina si incontreranno questa settimana. Il presidente Donald Trump riceverà il "
           "presidente cinese Xi Jinping a Mar-a-Lago giovedì pomeriggio."),
    ("ru", "Представитель Белого дома заявил во вторник, что президенты США и Китая встретятся "
           "на этой неделе. Президент Дональд Трамп встретится с председателем КНР Си "
           "Цзиньпином в Мар-а-Лаго в четверг во второй половине дня."),
])
def test_a_contact_announced_for_the_week_takes_the_day_told_next(lang: str, text: str) -> None:
    event = _reported(text, lang)
    assert set(event.participants) == {"donald-trump", "xi-jinping"}
    assert event.status == "planned"
    assert event.date == "2017-04-06"



@pytest.mark.parametrize("dateline", [
    "(吉隆坡5日讯)", "（北京5日讯）", "(中央社记者吉隆坡5日专电)"])
def test_a_malaysian_or_singaporean_dateline_day_is_no_day_of_the_contact(dateline: str) -> None:
    """The Malaysian and Singaporean Chinese press's dateline ("(中国.北京22日讯)", "(吉隆坡
    17日讯)") is a wire's dateline as "五日电" is: its day is the story's, never the announced
    contact's. Found on a real Sin Chew item (h19zh-004: the Xi–Modi summit announced for
    'this week' dated a month ahead, 22 May); the dateline seen on three other real items
    (China Press, Oriental Daily, a China Press copy on Viralcham)."""
    text = (f"{dateline}美国总统特朗普本周将在海湖庄园同中国国家主席习近平会晤。两国元首将于6日"
            "下午会面。")
    event = _reported(text, "zh")
    assert event.status == "planned"
    assert event.date == "2017-04-06"
