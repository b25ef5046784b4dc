"""A source that names the talks with its own words ("Cctv ha definito il colloquio «…»", "the
Kremlin described the talks as “…”", "Кремль назвал переговоры «…»", "央视称…") speaks: set
beside the other side's text, its paragraph is its account, in it/en/ru/zh. The Italian
press writes the broadcaster "Cctv", as "Tass". Every text here is written for these
tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

SIDE_BY_SIDE = {
    "it": ("Xi e Biden si sono parlati al telefono per la terza volta quest'anno.\n\n"
           "La Casa Bianca ha dichiarato che i due leader hanno «discusso a lungo di commercio, "
           "di clima e della sicurezza nella regione, impegnandosi a mantenere aperti i canali "
           "di comunicazione tra i due governi».\n\n"
           "La tv di Stato Cctv ha definito il colloquio «sincero e costruttivo», aggiungendo che "
           "i due presidenti hanno avuto «uno scambio approfondito sulle relazioni bilaterali e "
           "sulle questioni internazionali di comune interesse».\n"),
    "en": ("Xi and Biden spoke by phone for the third time this year.\n\n"
           "The White House said the two leaders “discussed trade, climate and security in the "
           "region at length, and committed to keeping the channels of communication between "
           "the two governments open”.\n\n"
           "CCTV described the talks as “sincere and constructive”, adding that the two "
           "presidents had “an in-depth exchange on bilateral relations and on international "
           "issues of common interest, and agreed that their teams should meet again before "
           "the end of the year”.\n"),
    "ru": ("Си Цзиньпин и Байден в третий раз за год поговорили по телефону.\n\n"
           "Белый дом заявил, что лидеры «подробно обсудили торговлю, климат и безопасность в "
           "регионе и обязались сохранять открытыми каналы связи между двумя "
           "правительствами».\n\n"
           "Синьхуа назвало беседу «искренней и конструктивной», добавив, что президенты "
           "провели «углублённый обмен мнениями о двусторонних отношениях и международных "
           "вопросах, представляющих взаимный интерес».\n"),
    "zh": ("习近平与拜登今年第三次通电话。\n\n"
           "白宫表示，两国领导人“详细讨论了贸易、气候和地区安全问题，并承诺保持两国政府之间"
           "的沟通渠道畅通，双方团队将在年底前再次举行会谈，继续就分歧问题进行沟通”。\n\n"
           "央视称这次通话“坦诚而富有建设性”，并说两国元首“就双边关系和共同关心的国际问题"
           "深入交换了意见，同意双方工作团队保持沟通，推动两国关系重回健康稳定发展轨道，并就乌克兰危机和朝鲜半岛局势交换了看法”。\n"),
}
CHINESE_SOURCE = {"it": "cctv", "en": "cctv", "ru": "xinhua", "zh": "cctv"}


@pytest.mark.parametrize("lang", sorted(SIDE_BY_SIDE))
def test_a_source_naming_the_talks_in_its_words_is_its_account(lang: str) -> None:
    drafts = split_accounts(SIDE_BY_SIDE[lang], {}, lang)
    assert [(d.source, d.side) for d in drafts] == [
        ("unknown", None), ("whitehouse", "USA"), (CHINESE_SOURCE[lang], "CHN")]

