# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A sentence announcing the text the sentence before it named, with no colon ("Офис
президента Украины опубликовал свой релиз. Он имеет такое содержание.", found on a real
Strana.ua comparison; "It reads as follows.", "Questo il testo.", "其内容如下。") opens that
source's text in the next paragraphs, in it/en/ru/zh. Every text here is written for these
tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

RU = """\
Владимир Зеленский и Владимир Путин сегодня снова поговорили по телефону, и версии сторон заметно расходятся.

Офис президента Украины опубликовал свой релиз в 15:10. Он имеет такое содержание.

"Президент Украины провел телефонный разговор с Президентом Российской Федерации. Стороны обсудили обмен пленными и подготовку новой встречи на высшем уровне. Президент Украины подчеркнул важность прекращения огня."
"""

EN = """\
Volodymyr Zelensky and Vladimir Putin spoke by phone again today, and the two sides tell it differently.

The Office of the President of Ukraine published its release at 3.10pm. It reads as follows.

"The President of Ukraine held a telephone conversation with the President of the Russian Federation. The sides discussed the exchange of prisoners and the preparation of a new summit. The President of Ukraine stressed the importance of a ceasefire."
"""

IT = """\
Volodymyr Zelensky e Vladimir Putin si sono sentiti di nuovo al telefono oggi, e le versioni delle due parti divergono.

L'Ufficio del presidente ucraino ha pubblicato il suo comunicato alle 15.10. Questo il testo.

"Il presidente dell'Ucraina ha avuto una conversazione telefonica con il presidente della Federazione Russa. Le parti hanno discusso dello scambio di prigionieri e della preparazione di un nuovo vertice. Il presidente dell'Ucraina ha sottolineato l'importanza di un cessate il fuoco."
"""

ZH = """\
泽连斯基与普京今天再次通电话，双方说法明显不同。

乌克兰总统办公室15时10分发布了新闻稿。其内容如下。

「乌克兰总统同俄罗斯联邦总统通电话。双方讨论了交换战俘和筹备新一轮峰会问题。乌克兰总统强调了停火的重要性。」
"""


@pytest.mark.parametrize(("text", "lang"), [(RU, "ru"), (EN, "en"), (IT, "it"), (ZH, "zh")])
def test_a_text_announced_after_the_sentence_naming_it_is_its_source_s(text: str, lang: str) -> None:
    found = split_accounts(text, {}, lang)
    assert [(a.source, a.side) for a in found] == [("unknown", None), ("president-ua", "UKR")]
    assert found[1].text.lstrip().startswith(("\"", "「"))


def test_the_sentence_alone_announces_nothing() -> None:
    text = EN.replace("The Office of the President of Ukraine published its release at 3.10pm. ", "")
    assert [a.source for a in split_accounts(text, {}, "en")] == ["unknown"]
