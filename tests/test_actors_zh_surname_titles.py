"""A Chinese-named leader called by family name and title once known ("文总统", "温总理",
"黄总理", "赖总统"): Seoul's, Singapore's, Hong Kong's, Taipei's and Beijing's press write so,
often with no full name in the excerpt. Before, the form named nobody and the call came out
with no party. The forms are built from the roster (people/surname_titles.py); several
people sharing one ("李总理") are told apart by the story's names and the date, and left
unknown where neither tells. Texts written for this project."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.people.actors import actor_index


def _reported(text: str, page: str | None, lang: str = "zh") -> list[tuple[str, list[str]]]:
    events = analyze_texts((text, page), lang=lang).events
    return [(e.type, sorted(e.participants)) for e in events if e.reported_by]


@pytest.mark.parametrize(("text", "page", "pair"), [
    # an undated page: the only president of that family name there ever was
    ("文总统当天下午与习主席通电话，双方谈了三十分钟。", None, ["moon-jae-in", "xi-jinping"]),
    ("老挝总理宋赛·西潘敦7月访问新加坡，并与黄总理举行会谈。", "2024-10-12",
     ["lawrence-wong", "sonexay-siphandone"]),
    ("温总理18日下午在人民大会堂会见了来访的俄罗斯总统普京。", "2006-03-21",
     ["vladimir-putin", "wen-jiabao"]),
])
def test_family_name_and_title_name_the_leader(text: str, page: str | None,
                                                pair: list[str]) -> None:
    found = _reported(text, page)
    assert found and found[0][1] == pair, found


@pytest.mark.parametrize(("text", "page", "who"), [
    # several of the name held the title: the one the story named, else the one in office
    ("新加坡总理李显龙抵达北京。李总理随后出席欢迎晚宴。", "2016-09-19", "lee-hsien-loong"),
    ("国务院总理李克强会见外宾。李总理表示欢迎。", "2016-09-19", "li-keqiang"),
    ("李总统今天出席活动。", "2019-05-01", None),  # no President Lee in office, nor named
])
def test_a_shared_family_name_is_told_by_the_story(text: str, page: str,
                                                   who: str | None) -> None:
    found = [m.actor for m in actor_index().find(text, "zh", page) if m.text.startswith("李总")]
    assert found == ([who] if who else []), found


@pytest.mark.parametrize("text", [
    "马总理安瓦尔今天与印尼总统佐科会面。",  # a country's short word, then the title
    "哈总统托卡耶夫今天与普京会面。",  # Kazakhstan's short word, not a spelt-out name
])
def test_a_country_word_before_the_title_is_no_family_name(text: str) -> None:
    found = {m.actor for m in actor_index().find(text, "zh", "2024-05-01")}
    assert not found & {"ma-ying-jeou", "halimah-yacob"}, found


def test_english_president_and_family_name_unchanged() -> None:
    found = _reported("President Moon spoke with President Xi by phone on Tuesday afternoon.",
                      "2018-01-12", "en")
    assert found and found[0] == ("phone_call", ["moon-jae-in", "xi-jinping"]), found
