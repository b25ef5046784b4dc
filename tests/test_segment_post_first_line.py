# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A post quoted with its first line set apart as a paragraph of its own, the quotation
closed only in a later paragraph that credits it ("“Just completed my call with Putin." /
"It went very well …,” Trump wrote on Truth Social."), is one quotation: the post's account,
first line included, in it/en/ru/zh. And a text announced with a colon ends where another
source speaks ("The Kremlin said in a statement …"). Every text here is written for these
tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

EN = """\
Trump and Putin spoke by phone on Monday, their third call this year.

"Just completed my two hour call with President Vladimir Putin of Russia.

I believe it went very well. The tone and spirit of the conversation were excellent. Russia and Ukraine will immediately start negotiations toward a Ceasefire," Trump wrote on Truth Social.

The Kremlin said in a statement that the conversation was "frank and very useful", and that Putin had thanked Trump for his support of direct talks between Moscow and Kyiv.
"""

IT = """\
Trump e Putin si sono sentiti al telefono lunedì, la terza telefonata quest'anno.

"Ho appena concluso la mia telefonata di due ore con il presidente russo Vladimir Putin.

Credo che sia andata molto bene. Il tono e lo spirito della conversazione sono stati eccellenti. Russia e Ucraina avvieranno subito negoziati per un cessate il fuoco", ha scritto Trump su Truth Social.

Il Cremlino ha fatto sapere in una nota che la conversazione è stata "franca e molto utile" e che Putin ha ringraziato Trump per il sostegno ai colloqui diretti tra Mosca e Kiev.
"""

RU = """\
Трамп и Путин в понедельник поговорили по телефону, это их третий разговор в этом году.

«Только что завершил двухчасовой разговор с президентом России Владимиром Путиным.

Думаю, он прошёл очень хорошо. Тон и дух беседы были превосходными. Россия и Украина немедленно начнут переговоры о прекращении огня», — написал Трамп в Truth Social.

Кремль заявил в своём сообщении, что разговор был «откровенным и очень полезным», а Путин поблагодарил Трампа за поддержку прямых переговоров Москвы и Киева.
"""

ZH = """\
特朗普与普京周一通电话，这是两人今年第三次通话。

“我刚刚结束了与俄罗斯总统普京长达两小时的通话。

我相信通话进行得非常顺利。谈话的语气和精神都非常好。俄罗斯和乌克兰将立即开始停火谈判。”特朗普在真实社交上写道。

克里姆林宫发表声明称，此次通话“坦诚且非常有益”，普京感谢特朗普支持莫斯科与基辅直接谈判。
"""


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (IT, "it"), (RU, "ru"), (ZH, "zh")])
def test_a_post_whose_first_line_stands_apart_is_one_quotation(text: str, lang: str) -> None:
    found = split_accounts(text, {}, lang)
    assert [(a.source, a.side, a.kind) for a in found][:2] == [
        ("unknown", None, "news"), ("truth-social", "USA", "post")]
    assert found[1].text.lstrip()[:1] in "\"«“"


ANNOUNCED = """\
Trump and Putin spoke by phone on Monday, their third call this year.

After the call, Trump wrote on Truth Social:

"Just completed my two hour call with President Vladimir Putin of Russia. I believe it went very well, and the tone and spirit of the conversation were excellent."

The Kremlin said in a statement that the conversation was "frank and very useful". The Kremlin added that Putin had thanked Trump for his support of direct talks between Moscow and Kyiv, and that the two agreed to speak again soon.
"""


def test_an_announced_post_ends_where_another_source_speaks() -> None:
    found = split_accounts(ANNOUNCED, {}, "en")
    assert [a.source for a in found][:2] == ["unknown", "truth-social"]
    assert "Kremlin" not in found[1].text
