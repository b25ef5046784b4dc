# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A source said to have spoken in a statement, the words right after its name ("…, the White
House said in a statement.", "…, ha detto la Casa Bianca in una dichiarazione", «…, сообщил
Белый дом в заявлении», or with the verb after it: "la Casa Bianca ha detto in una
dichiarazione"),
has its text named a statement: its words relayed after it ("“…,” the statement said") are
that statement, not a readout. Before, only "the White House's statement" and "a press
statement" named it. Found on a real Al Arabiya item (a Trump call relayed from the White
House and WAM); the wording is the wires' (Reuters, AFP) for a government's text. zh reads
"在声明中" already. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ARTICLES = {
    "en": "President Joe Biden spoke by phone on Tuesday with Chancellor Olaf Scholz, the White House said in a statement.\n\n\"The two leaders discussed their continued support for Ukraine and the coordination of sanctions,\" the statement said. \"They also reviewed preparations for the summit,\" it added.\n\nThe German government said Scholz thanked Biden for the close cooperation. The German government added that the two leaders agreed to meet soon.\n",
    "it": "Il presidente Joe Biden ha avuto martedì un colloquio telefonico con il cancelliere Olaf Scholz, ha detto la Casa Bianca in una dichiarazione.\n\n\"I due leader hanno discusso del sostegno all'Ucraina e del coordinamento delle sanzioni\", ha affermato la Casa Bianca. \"Hanno anche esaminato i preparativi del vertice\", ha aggiunto la Casa Bianca.\n\nIl governo tedesco ha fatto sapere che Scholz ha ringraziato Biden per la stretta collaborazione. Il governo tedesco ha aggiunto che i due leader hanno concordato di incontrarsi presto.\n",
    "ru": "Президент США Джо Байден во вторник провел телефонный разговор с канцлером Олафом Шольцем, сообщил Белый дом в заявлении.\n\n«Лидеры обсудили поддержку Украины и координацию санкций», — заявили в Белом доме. «Они также рассмотрели подготовку к саммиту», — добавили в Белом доме.\n\nПравительство Германии сообщило, что Шольц поблагодарил Байдена за тесное сотрудничество. Правительство Германии добавило, что лидеры договорились вскоре встретиться.\n",
    "zh": "美国总统拜登周二与德国总理朔尔茨通电话。白宫在声明中说，两国领导人讨论了乌克兰局势。\n\n白宫声明称：“两国领导人讨论了对乌克兰的支持和制裁协调。”白宫还表示，双方审议了峰会的筹备工作。\n\n德国政府表示，朔尔茨感谢拜登的密切合作。德国政府还表示，两国领导人同意尽快会面。\n",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_said_in_a_statement_names_a_statement(lang: str) -> None:
    got = [(a.source, a.kind) for a in split_accounts(ARTICLES[lang], {}, lang)]
    white = [kind for source, kind in got if source == "whitehouse"]
    assert white and set(white) == {"statement"}, got


def test_said_alone_stays_a_readout() -> None:
    text = ARTICLES["en"].replace(" in a statement", "").replace("the statement said", "the White House said")
    got = [(a.source, a.kind) for a in split_accounts(text, {}, "en")]
    assert ("whitehouse", "readout") in got, got
