# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A quotation after a colon that names the text it comes from ("Il Cremlino in una nota
riferisce: “…”", "The Kremlin said in a statement: “…”", "Кремль в своем сообщении указал:
«…»", "克里姆林宫在声明中说：“…”") is that text's own words, however short: the source's
account, and the article resumes after it. A source's short remark with no text named
("ha smentito: “Non sarà in Europa”") stays the writer's. Found on a real YouTG item
(heldout4 h4comp-001). Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ARTICLES = {
    "it": """\
Il cancelliere Olaf Scholz ha avuto nel pomeriggio un colloquio telefonico con il presidente russo Vladimir Putin.

Il Cremlino in una nota riferisce: "Putin ha informato Scholz dei colloqui di Istanbul tra le delegazioni". Berlino non ha commentato la telefonata.
""",
    "en": """\
Chancellor Olaf Scholz held a telephone conversation with Russian President Vladimir Putin in the afternoon.

The Kremlin said in a statement: "Putin informed Scholz of the talks between the delegations in Istanbul." Berlin did not comment on the call.
""",
    "ru": """\
Канцлер Олаф Шольц во второй половине дня провел телефонный разговор с президентом России Владимиром Путиным.

Кремль в своем сообщении указал: «Путин проинформировал Шольца о переговорах делегаций в Стамбуле». Берлин разговор не комментировал.
""",
    "zh": """\
德国总理朔尔茨当天下午同俄罗斯总统普京通电话。

克里姆林宫在声明中说：“普京向朔尔茨通报了两国代表团在伊斯坦布尔谈判的进展。”德国方面没有对通话发表评论。
""",
}

KINDS = {"it": "readout", "en": "statement", "ru": "readout", "zh": "statement"}  # a note, a
# statement

REMARKS = {
    "it": "Tuttavia l'agenzia russa Tass, citando una fonte, ha smentito: “Non sarà in Europa”.",
    "en": "However, Russia's TASS agency, citing a source, denied it: “It will not be in Europe.”",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_named_texts_words_after_a_colon_are_its_account(lang: str) -> None:
    got = [(a.source, a.side, a.kind) for a in split_accounts(ARTICLES[lang], {}, lang)]
    assert got == [("unknown", None, "news"), ("kremlin", "RUS", KINDS[lang]),
                   ("unknown", None, "news")], got


@pytest.mark.parametrize("lang", sorted(REMARKS))
def test_a_short_remark_with_no_text_named_stays_the_writers(lang: str) -> None:
    text = f"{ARTICLES[lang].splitlines()[0]}\n\n{REMARKS[lang]}\n"
    got = [(a.source, a.kind) for a in split_accounts(text, {}, lang)]
    assert got == [("unknown", "news")], got
