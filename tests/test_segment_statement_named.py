# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""One source's words in an article are one account: where its text is named a statement
("In a statement, the White House said …", "In una dichiarazione, la Casa Bianca ha
affermato", «говорится в заявлении Белого дома», "白宫发表声明称"), what it "said" elsewhere
("According to the White House, …") is that statement, not a readout beside it. And the
statement named after the verb, its publisher between ("…,” said a Chinese Foreign Ministry
statement", English only: the other languages name it before) is a statement. Found on real
Daily Beast and World Bulletin items (held-out 16, h16comp-002 and h16comp-003). Every text
here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ARTICLES = {
    "en": "Biden and Xi held their first phone call on Wednesday.\n\nAccording to the White House, Biden told Xi that Washington would not accept coercive practices. In a statement, the White House said Biden raised his fundamental concerns about Hong Kong and Taiwan.\n\nThe Chinese foreign ministry said Xi told Biden that these were matters of sovereignty. The ministry added that confrontation would be a disaster for both countries.\n",
    "it": "Biden e Xi hanno avuto mercoledì la loro prima telefonata.\n\nSecondo la Casa Bianca, Biden ha detto a Xi che Washington non accetterà pratiche coercitive. In una dichiarazione, la Casa Bianca ha affermato che Biden ha espresso le sue preoccupazioni di fondo su Hong Kong e Taiwan.\n\nIl ministero degli Esteri cinese ha fatto sapere che Xi ha detto a Biden che si tratta di questioni di sovranità. Il ministero degli Esteri cinese ha aggiunto che lo scontro sarebbe un disastro per entrambi i Paesi.\n",
    "ru": "Байден и Си Цзиньпин в среду впервые поговорили по телефону.\n\nКак сообщили в Белом доме, Байден сказал Си, что Вашингтон не примет методов принуждения. Байден выразил свою глубокую обеспокоенность положением в Гонконге и вокруг Тайваня, говорится в заявлении Белого дома.\n\nМИД КНР сообщил, что Си сказал Байдену, что это вопросы суверенитета. МИД КНР добавил, что конфронтация обернулась бы катастрофой для обеих стран.\n",
    "zh": "拜登和习近平周三首次通电话。\n\n据白宫消息，拜登对习近平说，华盛顿不会接受胁迫做法。白宫发表声明称，拜登表达了对香港和台湾问题的根本关切。\n\n中国外交部表示，习近平对拜登说，这些问题事关主权。中国外交部还表示，对抗对两国都是灾难。\n",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_source_s_words_named_a_statement_are_one_statement(lang: str) -> None:
    got = [(a.source, a.kind) for a in split_accounts(ARTICLES[lang], {}, lang)]
    white = [kind for source, kind in got if source == "whitehouse"]
    assert white and set(white) == {"statement"}, got
    assert any(source == "china-mfa" for source, _ in got), got


def test_a_statement_named_after_its_verb_is_a_statement() -> None:
    text = ("Xi and Biden spoke by phone on Friday.\n\n"
            "In the call, Xi argued that US policy “has caused serious difficulties in the relations,” said a Chinese Foreign Ministry statement. “This is not in the interests of the two peoples,” said the Chinese leader.\n\n"
            "“The two leaders had a broad, strategic discussion on the areas where our interests converge and where they diverge,” said a White House statement about the call. “They agreed to engage openly.”\n")
    got = [(a.source, a.kind) for a in split_accounts(text, {}, "en")]
    assert ("china-mfa", "statement") in got and ("whitehouse", "statement") in got, got
