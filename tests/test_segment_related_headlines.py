# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""Two or more headline lines in a row between an article's paragraphs, with no item's lead
after them, are the site's related stories (found on a real Hong Kong page quoting Xinhua
between "习近平应约通话拜登 …" lines): the article goes on after them, one account, and a
source it quotes on both sides of them is counted as one text relayed. A single headline
over an agency item's lead still opens that item. it/en/ru/zh; every text here is written
for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

IT = """\
La presidente del Consiglio Giorgia Meloni ha avuto oggi un colloquio telefonico con il presidente turco Recep Tayyip Erdogan. Al centro della telefonata la Libia e i flussi migratori nel Mediterraneo centrale.

Meloni sente Biden, telefonata sull'Ucraina

Tajani incontra Blinken a Washington: focus sul Medio Oriente

I due leader hanno concordato di rivedersi a margine del prossimo vertice della Nato. Il clima, riferiscono fonti di governo, è stato cordiale.
"""

EN = """\
Prime Minister Giorgia Meloni spoke by phone today with Turkish President Recep Tayyip Erdogan. The call focused on Libya and migration across the central Mediterranean.

Meloni holds phone call with Biden on Ukraine

Tajani meets Blinken in Washington, talks on the Middle East

The two leaders agreed to meet again on the sidelines of the next NATO summit. Government sources described the atmosphere as cordial.
"""

RU = """\
Премьер-министр Италии Джорджа Мелони провела сегодня телефонный разговор с президентом Турции Реджепом Тайипом Эрдоганом. В центре беседы были Ливия и миграция в Средиземноморье.

Мелони провела телефонный разговор с Байденом

Таяни встретился с Блинкеном в Вашингтоне

Лидеры договорились встретиться на полях следующего саммита НАТО. По словам источников в правительстве, беседа прошла в дружеской атмосфере.
"""

ZH = """\
意大利总理梅洛尼今天与土耳其总统埃尔多安通电话。双方重点讨论了利比亚局势和地中海中部的移民问题。

梅洛尼与拜登通电话 聚焦乌克兰

塔亚尼在华盛顿会见布林肯 讨论中东局势

两国领导人同意在下一次北约峰会期间再次会面。政府消息人士称，通话气氛友好。
"""


@pytest.mark.parametrize(("text", "lang"), [(IT, "it"), (EN, "en"), (RU, "ru"), (ZH, "zh")])
def test_related_story_headlines_inside_an_article_open_no_account(text: str, lang: str) -> None:
    found = split_accounts(text, {}, lang)
    assert len(found) == 1
    assert found[0].text.rstrip().endswith(("cordiale.", "cordial.", "атмосфере.", "友好。"))


ITEMS = """\
Xi Jinping speaks with Putin by phone

BEIJING, March 12 (Xinhua) -- Chinese President Xi Jinping spoke with Russian President Vladimir Putin on Wednesday afternoon. The two heads of state exchanged views on bilateral ties.

Xi Jinping holds talks with Lula

BEIJING, March 13 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing on Thursday. The two sides signed agreements on trade.
"""


def test_a_headline_over_an_agency_item_still_opens_it() -> None:
    found = split_accounts(ITEMS, {}, "en")
    assert len(found) == 2
    assert found[1].text.lstrip().startswith("BEIJING, March 13")
