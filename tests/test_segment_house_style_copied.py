# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A page that opens in a government's house style ("President Joseph R. Biden, Jr. spoke
with …", "Il Presidente del Consiglio Mario Draghi ha avuto …", "Министр иностранных дел
Российской Федерации С.В.Лавров провёл …") yet credits that government as a speaker ("…,
according to the White House press statement", "secondo la nota di Palazzo Chigi", "как
сообщили в МИД России") is an article copying its lead, not the government's own text: a
government's text never cites itself. It is news, and the texts it quotes are cut from it.
Found on a real Apostrophe item (h16comp-001: the White House press statement, then the
Kremlin's account). In en/it/ru (no Chinese government signature is a lead style); the
guard: the government's own text, citing nobody, keeps its source. Every text here is
written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

EN = """\
President Joseph R. Biden, Jr. spoke with President Emmanuel Macron of France. They discussed trade and the war in Ukraine, according to the White House press statement.
“President Biden reaffirmed the strength of the alliance between the United States and France and the two leaders agreed to coordinate closely on support for Ukraine in the coming weeks,” the statement read.
In turn, the Elysee said that the two presidents had agreed on the need for a ceasefire. The Elysee also noted that the two leaders would meet in June.
"""

IT = """\
Il Presidente del Consiglio Mario Draghi ha avuto oggi un colloquio telefonico con il Presidente francese Emmanuel Macron, secondo la nota di Palazzo Chigi.
“Il Presidente Draghi ha ribadito la forza del legame tra Italia e Francia e i due leader hanno concordato di coordinarsi strettamente sul sostegno all'Ucraina nelle prossime settimane”, si legge nella nota.
Da parte sua, l'Eliseo ha fatto sapere che i due presidenti hanno concordato sulla necessità di un cessate il fuoco. L'Eliseo ha anche aggiunto che i due leader si vedranno a giugno.
"""

RU = """\
Министр иностранных дел Российской Федерации С.В.Лавров провёл телефонный разговор с Министром иностранных дел Франции, как сообщили в МИД России.
«Сергей Лавров подтвердил готовность к диалогу по всем вопросам двусторонних отношений, и министры договорились поддерживать тесную координацию по украинскому урегулированию в ближайшие недели», – говорится в сообщении.
В свою очередь, в Елисейском дворце заявили, что стороны договорились о необходимости прекращения огня. В Елисейском дворце также отметили, что министры встретятся в июне.
"""


@pytest.mark.parametrize(("text", "lang", "government"), [
    (EN, "en", "whitehouse"), (IT, "it", "palazzo-chigi"), (RU, "ru", "russia-mfa")])
def test_a_page_copying_a_government_s_lead_is_news(text: str, lang: str, government: str) -> None:
    accounts = split_accounts(text, {}, lang)
    assert accounts[0].source == "unknown" and accounts[0].kind == "news"
    assert government in [a.source for a in accounts[1:]]
    assert "elysee" in [a.source for a in accounts]


def test_the_government_s_own_text_keeps_its_source() -> None:
    text = ("President Joseph R. Biden, Jr. spoke with President Emmanuel Macron of France. "
            "They discussed trade and the war in Ukraine. President Biden reaffirmed the "
            "strength of the alliance between the United States and France.\n")
    assert [a.source for a in split_accounts(text, {}, "en")] == ["whitehouse"]
