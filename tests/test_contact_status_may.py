"""A contact a leader may hold ("接下来数月内或与习近平举行会谈", "may meet Xi in the coming
months") is a possible one: planned, never held. Found on a real Malaysian Chinese item (a
Biden-Xi meeting 'or' to come, told as held on the page's day). Texts written for these tests
(en/it/ru/zh)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2021-06-18"


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "白宫官员17日表示，美国总统拜登接下来数月内或与中国国家主席习近平举行会谈。"),
    ("zh", "消息人士说，普京或同马克龙通电话，讨论乌克兰局势。"),
    ("en", "A White House official said on Thursday that US President Joe Biden may meet Chinese "
           "President Xi Jinping in the coming months."),
    ("it", "Un funzionario della Casa Bianca ha detto giovedì che il presidente americano Joe "
           "Biden potrebbe incontrare il presidente cinese Xi Jinping nei prossimi mesi."),
    ("ru", "Представитель Белого дома заявил в четверг, что президент США Джо Байден может "
           "встретиться с председателем КНР Си Цзиньпином в ближайшие месяцы."),
])
def test_a_contact_that_may_come_is_not_held(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert all(e.status == "planned" for e in events), [e.to_json() for e in events]
