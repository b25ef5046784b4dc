# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A page carrying an agency's or a network's story credits it in a line of its own: the
agency's name closing the text ("…\\nIANS", "…\\nAdnkronos", "…\\nИнтерфакс", "…\\n路透社"),
"Fonte: Dire" over it, a dateline "Washington (CNN) —" or a byline "By Jane Roe, CNN". That
line opens no account of its own: the story is that publisher's news, and the official texts
it quotes are still cut from it. Found on real items carried by Newsroom Odisha (IANS, held-out
12 h12comp-004), Il Giornale d'Italia (Dire, h12comp-002) and Local News 8 (CNN, held-out 16
h16comp-004). Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

CLOSING = {
    "en": ("Biden and Putin held a phone call on Saturday over the situation in Ukraine.\n"
           "The White House said in a statement that Biden warned of severe costs. The statement added that Washington remained ready for diplomacy.\n"
           "Russia will soon send its answer on security guarantees, Ushakov said. The two leaders agreed to stay in contact, Ushakov added.\n"
           "IANS\n", "ians"),
    "it": ("Biden e Putin hanno avuto sabato una telefonata sulla situazione in Ucraina.\n"
           "La Casa Bianca ha fatto sapere in una nota che Biden ha avvertito di costi pesanti. La nota aggiunge che Washington resta pronta alla diplomazia.\n"
           "La Russia invierà presto la sua risposta sulle garanzie di sicurezza, ha detto Ushakov. I due leader hanno concordato di restare in contatto, ha aggiunto Ushakov.\n"
           "Adnkronos\n", "adnkronos"),
    "ru": ("Байден и Путин в субботу провели телефонный разговор о ситуации на Украине.\n"
           "Белый дом заявил в своем заявлении, что Байден предупредил о серьезных издержках. В заявлении также говорится, что Вашингтон готов к дипломатии.\n"
           "Россия скоро направит ответ по гарантиям безопасности, заявил Ушаков. Лидеры договорились оставаться на связи, добавил Ушаков.\n"
           "Интерфакс\n", "interfax"),
    "zh": ("拜登和普京周六就乌克兰局势通电话。\n"
           "白宫在声明中说，拜登警告将付出沉重代价。声明还说，华盛顿仍愿意开展外交。\n"
           "乌沙科夫说，俄方将很快就安全保障问题作出答复。乌沙科夫还说，两国元首同意保持联系。\n"
           "路透社\n", "reuters"),
}


@pytest.mark.parametrize("lang", sorted(CLOSING))
def test_a_closing_credit_line_is_the_story_s_publisher(lang: str) -> None:
    text, agency = CLOSING[lang]
    got = [(a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)]
    assert got[0] == (agency, None, "news"), got
    assert [g[0] for g in got[1:3]] == ["whitehouse", "kremlin"], got


def test_a_network_s_dateline_and_byline_credit_its_story() -> None:
    text = ("Biden and Xi speak for the first time since November\n\n"
            "By Jane Roe and John Doe, CNN\n\n"
            "Washington (CNN) — President Joe Biden spoke on the phone with Chinese President Xi Jinping on Tuesday.\n")
    assert [a.source for a in split_accounts(text, {}, "en")] == ["cnn"]


def test_a_credit_line_over_an_italian_item_names_its_agency() -> None:
    text = ("28 ottobre 2022\nFonte: Dire\n"
            "Il presidente ucraino Zelensky è stato chiamato oggi dalla presidente del Consiglio Meloni.\n")
    assert [a.source for a in split_accounts(text, {}, "it")] == ["dire"]
