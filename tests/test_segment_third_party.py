"""A state medium's report of a contact between two other countries' leaders (Xinhua on a
Putin-Biden call, TASS on a Xi-Trump call) is a third party's news, in it/en/ru/zh: it speaks
for neither side of the contact, in all its stretches, while the readouts it quotes keep
theirs. The guard: its report of a contact of its own side's leader keeps its side. Every
text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

THIRD = {
    "zh": ("新华社莫斯科3月2日电 俄罗斯总统普京2日同美国总统拜登通电话，双方讨论了双边关系。\n\n"
           "据俄总统网站发布的公报，此次通话是应美方提议进行的。公报说，双方同意保持对话。\n\n"
           "另据美国白宫发表的声明，拜登强调了美方的立场。声明说，两国团队将继续接触。\n"),
    "en": ("MOSCOW, March 2 (Xinhua) -- Russian President Vladimir Putin and U.S. President Joe "
           "Biden held a phone call on Tuesday to discuss bilateral relations, the Kremlin "
           "said.\n"),
    "ru": ("ВАШИНГТОН, 2 марта. /ТАСС/. Председатель КНР Си Цзиньпин и президент США Дональд "
           "Трамп во вторник провели телефонный разговор и обсудили торговлю.\n"),
    "it": ("PECHINO, 2 marzo (Xinhua) -- Il presidente russo Vladimir Putin e il presidente "
           "americano Joe Biden hanno avuto martedì una conversazione telefonica sulle relazioni "
           "bilaterali.\n"),
}


@pytest.mark.parametrize("lang", sorted(THIRD))
def test_a_state_medium_on_two_other_countries_leaders_speaks_for_neither(lang: str) -> None:
    drafts = split_accounts(THIRD[lang], {}, lang)
    own = [d for d in drafts if d.source in ("xinhua", "tass")]
    assert own and all((d.side, d.kind) == (None, "news") for d in own)


def test_the_readouts_it_quotes_keep_their_sides() -> None:
    drafts = split_accounts(THIRD["zh"], {}, "zh")
    sides = {d.source: d.side for d in drafts if d.source != "xinhua"}
    assert sides == {"kremlin": "RUS", "whitehouse": "USA"}


@pytest.mark.parametrize(("text", "lang", "side"), [
    ("新华社北京3月2日电 国家主席习近平2日同美国总统拜登通电话。\n", "zh", "CHN"),
    ("MOSCOW, March 2 (Xinhua) -- Chinese President Xi Jinping and Russian President Vladimir "
     "Putin held a phone call on Tuesday.\n", "en", "CHN"),
    ("МОСКВА, 2 марта. /ТАСС/. Президент России Владимир Путин и президент США Дональд Трамп "
     "провели телефонный разговор.\n", "ru", "RUS"),
])
def test_its_own_leader_s_contact_keeps_its_side(text: str, lang: str, side: str) -> None:
    assert [d.side for d in split_accounts(text, {}, lang)] == [side]
