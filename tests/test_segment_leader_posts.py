# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""Articles that set a leader's own written words beside the other side's account, in
it/en/ru/zh: the words a leader "wrote" ("“…,” Trump wrote", "«…», – написал глава Белого
дома", "ha scritto l'inquilino della Casa Bianca", "特朗普写道"), quoted whole, are his post
on whatever platform, for his side, and the seat of his office named in a description of
him is no source speaking. The guards: a leader's short remark, or one side's post alone,
leaves the article one news account. A page's publisher is told by its URL's domain. Every
text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.sources import registry

EN = """\
Trump and Xi tell their call differently

President Donald Trump and Chinese President Xi Jinping spoke by phone on Tuesday evening, their first call in three months.

“Just had a long and very good call with President Xi of China. We agreed on many things, most of all on trade, and our teams will meet next week,” Trump wrote late on Tuesday.

Xinhua reported that the call was held at the request of the American side. According to Xinhua, Xi told Trump that the two countries should respect each other's core interests and handle the Taiwan question with prudence.

Analysts said the two accounts showed how far apart the capitals remain.
"""

IT = """\
Meloni e Trump, due racconti della stessa telefonata

La presidente del Consiglio e il presidente americano si sono sentiti ieri sera.

«Ho appena avuto una lunga e ottima telefonata con la premier italiana. Abbiamo parlato di commercio, di difesa e dell'Ucraina, e ci vedremo presto a Washington», ha scritto l'inquilino della Casa Bianca.

Palazzo Chigi ha fatto sapere che il colloquio è stato cordiale. Secondo Palazzo Chigi, i due leader hanno concordato di restare in stretto contatto in vista del vertice di giugno.
"""

RU = """\
«Только что провёл отличный и очень продуктивный разговор с президентом России Путиным. Мы обсудили многое, и прежде всего торговлю и безопасность», – написал глава Белого дома.

Подробностей беседы американский президент не привёл.

Как сообщили в Кремле, разговор прошёл по инициативе американской стороны. В Кремле также отметили, что президенты договорились продолжить контакты на разных уровнях.
"""

ZH = """\
特朗普与习近平通话 双方表述不一

美国总统特朗普与中国国家主席习近平周二晚间通电话。

“刚刚与中国的习主席进行了一次很长、非常好的通话。我们在很多问题上达成一致，尤其是贸易问题，双方团队下周将在一个待定的地点会面，我也期待不久后访问中国，”特朗普写道。

新华社报道称，这次通话是应美方请求进行的。新华社还说，习近平指出，双方应当尊重彼此核心利益，慎重处理台湾问题。
"""


def _accounts(text: str, lang: str, url: str | None = None) -> list[tuple[str, str | None, str]]:
    meta = {"url": url} if url else {}
    return [(a.source, a.side, a.kind) for a in split_accounts(text, meta, lang)]


@pytest.mark.parametrize(("text", "lang", "other"), [
    (EN, "en", ("xinhua", "CHN", "readout")),
    (IT, "it", ("palazzo-chigi", "ITA", "readout")),
    (RU, "ru", ("kremlin", "RUS", "readout")),
    (ZH, "zh", ("xinhua", "CHN", "readout")),
])
def test_a_leaders_post_quoted_whole_beside_the_other_sides_account_is_his_post(
        text: str, lang: str, other: tuple[str, str, str]) -> None:
    found = _accounts(text, lang)
    assert ("unknown", "USA", "post") in found
    assert other in found
    assert ("whitehouse", "USA", "readout") not in found  # "глава Белого дома" is a person
    assert found.index(("unknown", "USA", "post")) < found.index(other)
    post = next(a for a in split_accounts(text, {}, lang) if a.kind == "post")
    assert post.text.lstrip().startswith(("“", "«"))  # the quotation whole, from its opening


@pytest.mark.parametrize(("text", "lang"), [
    ("Xi e Trump al telefono\n\nIl presidente americano ha detto di aver avuto «un'ottima conversazione» con il leader cinese, che secondo Xinhua ha invece insistito su Taiwan.\n\n«Abbiamo parlato di commercio e di soia», ha scritto Trump. Xi ha risposto che «la questione di Taiwan è la linea rossa».\n", "it"),
    ("Trump hails his call\n\nThe US president said on Friday he had talked with the Chinese leader.\n\n“A great call with President Xi,” Trump wrote. Xinhua said the two leaders discussed trade.\n", "en"),
    ("Трамп оценил разговор\n\nПрезидент США провёл разговор с Путиным.\n\n«Отличный разговор», – написал глава Белого дома. В Кремле сообщили, что беседа была деловой.\n", "ru"),
    ("特朗普称通话很好\n\n美国总统特朗普周五同习近平通电话。\n\n“很好的通话，”特朗普写道。新华社报道称，双方讨论了贸易问题。\n", "zh"),
])
def test_a_leaders_short_remark_leaves_the_article_whole(text: str, lang: str) -> None:
    assert _accounts(text, lang) == [("unknown", None, "news")]


def test_one_sides_post_quoted_whole_alone_is_its_authors_account() -> None:
    """A leader's post given entire is an account of its own, alone too (decided in stop
    23; the article's sentences before and after it stay the writer's)."""
    text = ("Meloni dopo il vertice\n\nLa presidente del Consiglio ha commentato l'incontro di ieri.\n\n"
            "«Un incontro lungo e franco, nel quale abbiamo parlato di energia, di migranti e di difesa comune, e nel quale abbiamo "
            "concordato di rivederci presto a Roma», ha scritto Meloni.\n\nL'incontro era atteso da settimane.\n")
    assert _accounts(text, "it") == [("unknown", None, "news"), ("unknown", "ITA", "post"),
                                     ("unknown", None, "news")]


@pytest.mark.parametrize(("description", "side"), [
    ("the head of the White House", "USA"),
    ("l'inquilino della Casa Bianca", "USA"),
    ("глава Белого дома", "USA"),
    ("白宫主人", "USA"),
    ("the Kremlin leader", "RUS"),
    ("il capo del Cremlino", "RUS"),
    ("хозяин Кремля", "RUS"),
    ("克里姆林宫主人", "RUS"),
])
def test_a_leader_named_by_his_office_is_no_source_named(description: str, side: str) -> None:
    reg = registry()
    assert reg.name_in(f"«…», – wrote {description}.") is None
    assert reg.named_all(f"{description} said") == []
    assert reg.voice_in(description) == side


@pytest.mark.parametrize(("seat", "source"), [
    ("The White House said", "whitehouse"), ("Белый дом заявил", "whitehouse"),
    ("в Кремле сообщили", "kremlin"), ("la Casa Bianca ha detto", "whitehouse"),
])
def test_the_seat_alone_still_names_its_source(seat: str, source: str) -> None:
    found = registry().name_in(seat)
    assert found is not None and found[0].id == source


@pytest.mark.parametrize(("url", "source"), [
    ("https://time.com/4737001/trump-xi-call/", "time"),
    ("https://gordonua.com/news/worldnews/tramp-putin-1768508.html", "gordonua"),
    ("https://www.theepochtimes.com/us-china-statements_2984275.html", "epoch-times"),
    ("https://www.kommersant.ru/doc/123", "kommersant"),
])
def test_a_news_pages_publisher_is_told_by_its_domain(url: str, source: str) -> None:
    text = "Two leaders spoke by phone on Monday, the two governments said in their statements.\n"
    (only,) = split_accounts(text, {"url": url}, "en")
    assert (only.source, only.side, only.kind) == (source, None, "news")


RU_CONFIRMED = """\
«Только что провёл отличный и очень продуктивный разговор с президентом России Путиным перед встречей с президентом Украины, которая пройдёт сегодня у меня во Флориде», – написал глава Белого дома.

Подробностей беседы американский президент не привёл.

Пресс-секретарь Путина Дмитрий Песков подтвердил ТАСС, что разговор состоялся. Других подробностей пока нет.
"""


def test_a_spokesmans_confirmation_to_an_agency_beside_the_post_is_the_agencys_briefing() -> None:
    found = split_accounts(RU_CONFIRMED, {"url": "https://gordonua.com/news/worldnews/x.html"}, "ru")
    got = list(dict.fromkeys((a.source, a.side, a.kind) for a in found))
    assert got == [("unknown", "USA", "post"), ("gordonua", None, "news"), ("tass", "RUS", "briefing")]


def test_a_confirmation_told_beside_a_post_told_stays_the_news_item() -> None:
    text = ("Пресс-секретарь президента России Дмитрий Песков подтвердил, что в воскресенье состоялся "
            "телефонный разговор Путина и Трампа. Об этом он сообщил ТАСС.\n\n"
            "Ранее Трамп сообщил в соцсети, что провёл хороший и продуктивный разговор с российским лидером.\n\n"
            "Встреча Трампа с Зеленским перенесена на вечер.\n")
    assert _accounts(text, "ru") == [("unknown", None, "news")]
