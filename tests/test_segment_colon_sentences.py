# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""An aide's words after a colon, two sentences in one quotation ("乌沙科夫说：“…。…。”",
'Ushakov said: "…. …."', "Ушаков сказал: «…. …»"), are his briefing however short; one
quoted sentence stays the writer's. A news item cut by that briefing tells its contact's
length in both stretches: a bound before ("more than two hours", "两个多小时") and the
exact length after ("2 hours and 5 minutes", "2小时05分钟"); the contact takes the exact
one. Every text here is written for these tests (found on a real Caixin item on the
Xi-Putin video call, and a Chinese agency item on a Putin-Trump call)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.segment import split_accounts

ARTICLE = {
    "en": "Xi and Putin hold video call\n\nBEIJING, Feb 4 - Chinese President Xi Jinping held a video call with Russian President Vladimir Putin on Wednesday.\n\nXi said the two sides should keep deepening cooperation in all fields.\n\n{quote}\n\nThe two leaders also exchanged views on regional issues.\n",
    "it": "Xi e Putin in videochiamata\n\nPECHINO, 4 febbraio - Il presidente cinese Xi Jinping ha avuto mercoledì una videochiamata con il presidente russo Vladimir Putin.\n\nXi ha detto che le due parti devono approfondire la cooperazione.\n\n{quote}\n\nI due leader hanno anche parlato delle questioni regionali.\n",
    "ru": "Си Цзиньпин и Путин провели видеоконференцию\n\nПЕКИН, 4 февраля. Председатель КНР Си Цзиньпин провел в среду видеоконференцию с президентом России Владимиром Путиным.\n\nСи Цзиньпин заявил, что стороны должны углублять сотрудничество.\n\n{quote}\n\nЛидеры также обсудили региональные вопросы.\n",
    "zh": "习近平与普京举行视频会晤\n\n【本报讯】2月4日，中国国家主席习近平同俄罗斯总统普京举行视频会晤。\n\n习近平指出，双方要继续加强各领域合作。\n\n{quote}\n\n双方还就地区问题交换了意见。\n",
}
TWO = {
    "en": 'Ushakov said: "On the key questions of national interest, Russia and China back each other. Facing outside pressure, our countries stand back to back."',
    "it": 'Ushakov ha detto: "Sulle questioni chiave di interesse nazionale, Russia e Cina si sostengono. Davanti alle pressioni esterne, i nostri Paesi stanno schiena contro schiena".',
    "ru": "Ушаков сказал: «В ключевых вопросах национальных интересов Россия и Китай поддерживают друг друга. Перед внешним давлением наши страны стоят спина к спине».",
    "zh": "乌沙科夫说：“在涉及国家利益的关键问题上，俄中两国彼此支持。面对外部压力，我们两国背靠背站在一起。”",
}
ONE = {
    "en": 'Ushakov said: "We back each other."',
    "it": 'Ushakov ha detto: "Ci sosteniamo a vicenda".',
    "ru": "Ушаков сказал: «Мы поддерживаем друг друга».",
    "zh": "乌沙科夫说：“双方彼此支持。”",
}


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return list(dict.fromkeys((a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)))


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
def test_an_aides_two_quoted_sentences_after_a_colon_are_his_briefing(lang: str) -> None:
    text = ARTICLE[lang].format(quote=TWO[lang])
    assert _accounts(text, lang) == [("unknown", None, "news"), ("kremlin", "RUS", "briefing")]


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
def test_one_short_quoted_sentence_stays_the_writers(lang: str) -> None:
    text = ARTICLE[lang].format(quote=ONE[lang])
    assert _accounts(text, lang) == [("unknown", None, "news")]


CALL = {
    "en": "Putin and Trump speak by phone\n\nMOSCOW, May 20 - Russian President Vladimir Putin and US President Donald Trump spoke by phone on Monday; the call lasted more than two hours.\n\n{quote}\n\nUshakov added that the phone call between Putin and Trump lasted 2 hours and 5 minutes.\n",
    "it": "Putin e Trump al telefono\n\nMOSCA, 20 maggio - Il presidente russo Vladimir Putin e il presidente americano Donald Trump hanno avuto lunedì una telefonata durata più di due ore.\n\n{quote}\n\nUshakov ha aggiunto che la telefonata tra Putin e Trump è durata 2 ore e 5 minuti.\n",
    "ru": "Путин и Трамп поговорили по телефону\n\nМОСКВА, 20 мая. Президент России Владимир Путин и президент США Дональд Трамп в понедельник провели телефонный разговор, который продолжался более двух часов.\n\n{quote}\n\nУшаков уточнил, что телефонный разговор Путина и Трампа продолжался 2 часа 5 минут.\n",
    "zh": "普京与特朗普通电话\n\n（莫斯科20日讯）俄罗斯总统普京与美国总统特朗普周一通电话，会谈持续了两个多小时。\n\n{quote}\n\n乌沙科夫进一步表示，普京与特朗普此次通话持续了2小时05分钟。\n",
}


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
def test_a_bound_told_exactly_after_the_aides_briefing_gives_the_exact_length(lang: str) -> None:
    text = CALL[lang].format(quote=TWO[lang])
    assert ("kremlin", "RUS", "briefing") in _accounts(text, lang)
    events = analyze_texts((text, "2025-05-20"), lang=lang).events
    assert [e.duration_minutes for e in events] == [125]
