# ruff: noqa: E501 - a paragraph is one line, as pages paste
"""A short last paragraph that ends a sentence and then signs it with a bracketed credit
("… will hold talks. (Reuters)", "…举行讨论和谈判。(新华社)") is the story's text, not a
headline over an account with no text: its words are kept. Found on a real Chinese item
reprinting a Xinhua report, whose closing paragraph (the White House statement) was lost."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results

PAGES = {
    "zh": ("特朗普谈与习近平通话",
           "美国总统特朗普10日表示，他前一天与中国国家主席习近平的通话十分良好，双方讨论了贸易和地区局势等问题。",
           "白宫当天说，特朗普与习近平进行了长时间的电话交谈。两国工作团队将继续磋商。(新华社)",
           "两国工作团队将继续磋商"),
    "en": ("Trump says call with Xi went well",
           "U.S. President Donald Trump said on Friday that his telephone conversation with "
           "Chinese President Xi Jinping the day before had been very good and long.",
           "Trump and Xi had a long phone call, the White House said. Their teams will meet soon. (Reuters)",
           "Their teams will meet soon"),
    "it": ("Trump: buona la telefonata con Xi",
           "Il presidente americano Donald Trump ha detto venerdì che la telefonata con il "
           "presidente cinese Xi Jinping del giorno prima è stata molto buona.",
           "Trump e Xi hanno avuto una lunga telefonata. Le delegazioni si vedranno presto. (ANSA)",
           "Le delegazioni si vedranno presto"),
    "ru": ("Трамп назвал хорошим разговор с Си Цзиньпином",
           "Президент США Дональд Трамп заявил в пятницу, что его телефонный разговор с "
           "председателем КНР Си Цзиньпином накануне был очень хорошим.",
           "Трамп и Си провели долгий телефонный разговор. Делегации скоро встретятся. (ТАСС)",
           "Делегации скоро встретятся"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_credited_last_paragraph_is_text(lang: str) -> None:
    title, lead, last, words = PAGES[lang]
    text = "\n\n".join((title, lead, last)) + "\n"
    analysis = link_results([analyze_document(p, "2025-03-21", lang=lang)
                             for p in prepare(RawInput("page.txt", text.encode()))])
    held = "".join(r.text for d in analysis.documents for r in d.readouts)
    assert words in held, [r.text for d in analysis.documents for r in d.readouts]


@pytest.mark.parametrize("headline", ["Xi e Trump al telefono (VIDEO)", "习近平同特朗普通电话（图）",
                                      "Trump and Xi talk by phone (video)"])
def test_a_headline_with_a_bracketed_tag_stays_a_headline(headline: str) -> None:
    from readouts.segment.layout import title_like
    assert title_like(headline)
