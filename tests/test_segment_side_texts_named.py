# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A side's text named by its country, with an aside in brackets before its verb ("The
official Chinese readout (in English, and a little differently in Chinese) says", "Il
resoconto cinese (in inglese …) afferma", "В китайской версии (на английском …) говорится",
"中方通报（英文版……）称"), is that side's account beside the other side's; and it is the
one government or state medium of that side the article's own sentences name ("Xinhua
placed the two stories side by side"), else a source of that side left unknown. Every text
here is written for these tests (found on a real SupChina newsletter item)."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

EN = """\
Biden and Xi talk again

Joe Biden spoke with Xi Jinping last night for about ninety minutes, their first call since the spring.

The White House readout of the call said the two leaders “had a long and strategic discussion about the areas where their interests meet and the areas where they part, and agreed to keep talking at every level of government.”

The official Chinese readout (in English, and a little differently in Chinese) says Xi stressed that “on the basis of respect for each other's core concerns, the two sides may keep up their dialogue on climate, on public health and on the recovery of the world economy, and on the great questions of the region.”

{extra}Analysts said the two texts read like two different calls.
"""

IT = """\
Biden e Xi di nuovo al telefono

Joe Biden ha parlato ieri sera con Xi Jinping per circa novanta minuti, la prima telefonata dalla primavera.

La nota della Casa Bianca afferma che i due leader «hanno avuto una lunga discussione strategica sulle aree in cui i loro interessi coincidono e su quelle in cui divergono, e hanno concordato di continuare a parlarsi a ogni livello».

Il resoconto cinese (in inglese e, con qualche differenza, in cinese) afferma che Xi ha sottolineato che «sulla base del rispetto delle preoccupazioni fondamentali di ciascuno, le due parti possono proseguire il dialogo sul clima, sulla salute pubblica e sulla ripresa dell'economia mondiale, e sulle grandi questioni della regione».

{extra}Secondo gli analisti, i due testi sembrano raccontare due telefonate diverse.
"""

RU = """\
Байден и Си снова поговорили

Джо Байден вчера вечером около полутора часов говорил по телефону с Си Цзиньпином, впервые с весны.

В сообщении Белого дома говорится, что лидеры «провели долгую стратегическую дискуссию о том, где интересы двух стран совпадают и где расходятся, и договорились продолжать контакты на всех уровнях».

В китайской версии (на английском и, с небольшими отличиями, на китайском языке) говорится, что Си подчеркнул: «на основе уважения коренных интересов друг друга стороны могут продолжать диалог по климату, здравоохранению и восстановлению мировой экономики, а также по крупным вопросам региона».

{extra}Аналитики отметили, что два текста описывают словно два разных разговора.
"""

ZH = """\
拜登与习近平再次通话

拜登昨晚与习近平通话约九十分钟，这是两人自春季以来首次通话。

白宫声明称，两国元首“就双方利益交汇和分歧的领域进行了长时间的战略性讨论，并同意在各个层级保持沟通，继续推进双边关系中的各项工作，包括气候变化、卫生安全和防扩散等共同挑战，两国团队将在未来几周内继续保持接触”。

中方通报（英文版与中文版略有不同）称，习近平强调，“在尊重彼此核心关切的基础上，双方有关部门可以继续接触对话，推进在气候变化、公共卫生和世界经济复苏以及重大国际和地区问题上的协调与合作，为两国关系回到正确轨道创造条件”。

{extra}分析人士说，两份文稿读起来像是两次不同的通话。
"""

XINHUA = {
    "en": "Xinhua placed the stories on the two calls side by side on its front page.\n\n",
    "it": "Xinhua ha messo le notizie delle due telefonate una accanto all'altra in prima pagina.\n\n",
    "ru": "Агентство Синьхуа разместило материалы о двух разговорах рядом на главной странице.\n\n",
    "zh": "新华社在网站首页将两次通话的报道并排刊出。\n\n",
}


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return list(dict.fromkeys((a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)))


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (IT, "it"), (RU, "ru"), (ZH, "zh")])
def test_a_sides_text_with_an_aside_before_its_verb_is_that_sides_account(text: str, lang: str) -> None:
    white_house = ("whitehouse", "USA", "statement" if lang == "zh" else "readout")  # 声明
    assert _accounts(text.format(extra=""), lang) == [
        ("unknown", None, "news"), white_house, ("unknown", "CHN", "readout")]


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (IT, "it"), (RU, "ru"), (ZH, "zh")])
def test_a_sides_text_is_the_one_publisher_of_that_side_the_article_names(text: str, lang: str) -> None:
    white_house = ("whitehouse", "USA", "statement" if lang == "zh" else "readout")
    assert _accounts(text.format(extra=XINHUA[lang]), lang) == [
        ("unknown", None, "news"), white_house, ("xinhua", "CHN", "readout")]


@pytest.mark.parametrize(("text", "lang", "other"), [
    (EN, "en", "The Chinese Foreign Ministry did not comment further.\n\n"),
    (ZH, "zh", "中国外交部没有进一步评论。\n\n"),
])
def test_two_publishers_of_that_side_named_leave_its_text_unknown(text: str, lang: str, other: str) -> None:
    found = _accounts(text.format(extra=XINHUA[lang] + other), lang)
    assert ("unknown", "CHN", "readout") in found
