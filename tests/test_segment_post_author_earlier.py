# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A post announced with no author named ("Per poi aggiungere, sempre su X: «…»", "Then,
again on X, he added: “…”", «Затем он добавил, снова в X: «…»», "随后他又在X平台上写道：“…”") is by
the leader the paragraph's sentences before it name first, outside any quotation: his side's
post, not a post of no side. Found on a real Open item (held-out 16, h16comp-005: Zelensky's
X post on his call with Meloni). The guard: a leader named only inside the quotation gives no
side. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ARTICLES = {
    "it": "Telefonata tra Meloni e Zelensky.\n\nÈ il presidente ucraino Volodymyr Zelensky a dare la notizia della telefonata con Giorgia Meloni, avvenuta in giornata. Per poi aggiungere, sempre su X: «Abbiamo discusso delle possibili piattaforme per i colloqui. Serve un cessate il fuoco per salvare vite umane. Serve una diplomazia onesta. L'Ucraina è pronta a fare la sua parte».\n\nPalazzo Chigi non ha diffuso alcuna nota.\n",
    "en": "Meloni and Zelensky speak by phone.\n\nIt was Ukrainian President Volodymyr Zelensky who broke the news of his call with Giorgia Meloni earlier in the day. Then, again on X, he added: “We discussed possible platforms for talks. A ceasefire is needed to save lives. Honest diplomacy is needed. Ukraine is ready to do its part.”\n\nThe Italian government released no statement.\n",
    "ru": "Мелони и Зеленский поговорили по телефону.\n\nПрезидент Украины Владимир Зеленский в течение дня сообщил о разговоре с Джорджей Мелони. Затем он добавил, снова в X: «Мы обсудили возможные площадки для переговоров. Нужно прекращение огня, чтобы спасти жизни. Нужна честная дипломатия. Украина готова сделать свою часть работы».\n\nИтальянское правительство никаких заявлений не делало.\n",
    "zh": "梅洛尼与泽连斯基通电话。\n\n乌克兰总统泽连斯基当天透露了他与梅洛尼通电话的消息。随后他又在X平台上写道：“我们讨论了可能的谈判平台。需要停火来拯救生命。需要诚实的外交。乌克兰已准备好尽自己的一份力。”\n\n意大利政府没有发表声明。\n",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_post_with_no_author_named_is_the_earlier_leader_s(lang: str) -> None:
    got = [(a.source, a.side, a.kind) for a in split_accounts(ARTICLES[lang], {}, lang)]
    assert ("x", "UKR", "post") in got, got
