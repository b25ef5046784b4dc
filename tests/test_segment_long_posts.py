# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A leader's post an article quotes at length (four sentences, or 400 wide) after a colon ("Zelensky scrive su X: “…”",
"Trump wrote on Truth Social: “…”", "Зеленский написал в Telegram: «…»", "特朗普在社交媒体上
发文写道：“…”") is his post, an account of its own, in it/en/ru/zh, even where the article
has no other source; a quotation left open at its paragraph's end runs on to its closing
mark in a later paragraph. The guard: a post of a sentence or two quoted in passing leaves
the news item whole. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

LONG_POSTS = {
    "it": (
        "Il presidente francese e la premier si sono sentiti ieri pomeriggio.\n\n"
        "Al termine del colloquio Macron ha scritto su X: «Ho parlato a lungo con la presidente "
        "del Consiglio Meloni. Abbiamo fatto il punto sul sostegno all'Ucraina e sulla difesa "
        "europea. Abbiamo concordato di coordinare le nostre posizioni in vista del Consiglio "
        "europeo. La Francia e l'Italia lavoreranno insieme sulla competitività e sull'energia.»\n\n"
        "Fonti di governo confermano il clima cordiale.\n", "FRA"),
    "en": (
        "The French president and the Italian prime minister spoke on Monday afternoon.\n\n"
        "After the call Macron wrote on X: “I had a long talk with Prime Minister Meloni. We "
        "reviewed our support for Ukraine and European defence. We agreed to coordinate our "
        "positions ahead of the European Council. France and Italy will work together on "
        "competitiveness and energy.”\n\n"
        "Government sources described the tone as warm.\n", "FRA"),
    "ru": (
        "Президенты Франции и Украины провели телефонный разговор в понедельник.\n\n"
        "После разговора Зеленский написал в Telegram: «Провел долгий разговор с президентом "
        "Макроном. Обсудили поддержку Украины и защиту нашего неба. Договорились о следующих "
        "шагах по энергетике и восстановлению. Благодарен Франции за помощь нашему народу. Продолжим тесную координацию с европейскими партнерами.»\n\n"
        "Источники в правительстве назвали беседу теплой.\n", "UKR"),
    "zh": (
        "法国总统和乌克兰总统周一通电话。\n\n"
        "通话后，泽连斯基在社交媒体上发文写道：“我同马克龙总统进行了长时间的通话。我们讨论了"
        "对乌克兰的支持以及防空问题，并商定了能源和重建方面的下一步措施。感谢法国对我们人民的帮助。"
        "我们将继续同欧洲伙伴密切协调，共同推动公正持久的和平。”\n\n"
        "政府消息人士称通话气氛热烈。\n", "UKR"),
}


@pytest.mark.parametrize("lang", sorted(LONG_POSTS))
def test_a_post_quoted_at_length_is_its_author_s_post(lang: str) -> None:
    text, side = LONG_POSTS[lang]
    drafts = split_accounts(text, {}, lang)
    got = [(d.kind, d.side) for d in drafts]
    assert got[:2] == [("news", None), ("post", side)]
    assert drafts[1].text.lstrip().startswith(("Al termine", "After", "После", "通话后"))


OPEN_QUOTES = {
    "it": (
        "Zelensky scrive su X: «Ho incontrato a Roma la presidente del Consiglio. Abbiamo "
        "avuto un colloquio lungo e franco su tutti gli aspetti del processo di pace.\n\n"
        "Ringrazio l'Italia per il pacchetto di aiuti energetici. Contiamo sul suo sostegno.»\n\n"
        "La visita proseguirà domani in Vaticano.\n"),
    "en": (
        "Zelensky wrote on X: “I met the Italian prime minister in Rome. We had a long and "
        "frank talk on every aspect of the peace process.\n\n"
        "I thank Italy for the energy aid package. We count on its support.”\n\n"
        "The visit goes on tomorrow at the Vatican.\n"),
    "ru": (
        "Зеленский написал в Telegram: «Встретился в Риме с премьер-министром Италии. У нас "
        "был долгий и откровенный разговор обо всех аспектах мирного процесса.\n\n"
        "Благодарю Италию за пакет энергетической помощи. Рассчитываем на ее поддержку.»\n\n"
        "Визит продолжится завтра в Ватикане.\n"),
    "zh": (
        "泽连斯基在社交媒体上写道：“我在罗马会见了意大利总理。我们就和平进程的各个方面进行了长时间的坦诚交谈。\n\n"
        "感谢意大利提供的能源援助。我们期待意方继续支持。”\n\n"
        "访问明天将在梵蒂冈继续。\n"),
}


@pytest.mark.parametrize("lang", sorted(OPEN_QUOTES))
def test_a_quoted_post_runs_on_to_its_closing_mark(lang: str) -> None:
    drafts = split_accounts(OPEN_QUOTES[lang], {}, lang)
    assert [(d.kind, d.side) for d in drafts] == [("post", "UKR"), ("news", None)]
    assert any(w in drafts[0].text for w in ("pacchetto", "energy aid", "энергетической", "能源援助"))
    assert not any(w in drafts[0].text for w in ("Vaticano", "Vatican", "Ватикане", "梵蒂冈"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Meloni e Macron si sono sentiti ieri.\n\nMacron ha scritto su X: «Ottima telefonata con "
     "Giorgia Meloni, lavoriamo insieme per l'Europa.»\n\nI due si vedranno a Bruxelles.\n", "it"),
    ("Meloni and Macron spoke on Monday.\n\nMacron wrote on X: “A very good call with Giorgia "
     "Meloni, we work together for Europe.”\n\nThey will meet in Brussels.\n", "en"),
    ("Мелони и Макрон поговорили в понедельник.\n\nМакрон написал в X: «Отличный разговор с "
     "Джорджей Мелони, работаем вместе ради Европы.»\n\nОни встретятся в Брюсселе.\n", "ru"),
    ("梅洛尼和马克龙周一通电话。\n\n马克龙在社交媒体上写道：“同梅洛尼通话很好。”\n\n两人将在布鲁塞尔会面。\n", "zh"),
])
def test_a_short_post_quoted_in_passing_leaves_the_item_whole(text: str, lang: str) -> None:
    assert len(split_accounts(text, {}, lang)) == 1
