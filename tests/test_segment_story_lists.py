"""A line heading the site's list of other stories ("More Stories", "Leggi anche", "Читайте
также", "相关新闻") ends the page's own story: the headlines under it are no account and
tell no contact. The same word before any text (a menu) is only dropped."""

import pytest
from test_contacts import analyze_texts

PAGES = {
    "en": ("President Joe Biden welcomed Chancellor Olaf Scholz of Germany to the White House "
           "today. The leaders discussed support for Ukraine.\n\nMore Stories\n\n"
           "Remarks by President Biden and Prime Minister Trudeau Before Bilateral Meeting\n\n"
           "Readout of President Biden's Meeting with President Macron of France\n"),
    "it": ("Il presidente del Consiglio Giorgia Meloni ha ricevuto oggi a Palazzo Chigi il "
           "cancelliere tedesco Olaf Scholz. Al centro del colloquio l'Ucraina.\n\n"
           "Leggi anche\n\n"
           "Il presidente Mattarella ha incontrato oggi al Quirinale il presidente francese "
           "Macron.\n\n"
           "Tajani incontra Blinken a Washington\n"),
    "ru": ("Владимир Путин провел сегодня в Кремле переговоры с президентом Белоруссии "
           "Александром Лукашенко. Обсуждались вопросы сотрудничества.\n\nЧитайте также\n\n"
           "Владимир Путин провел телефонный разговор с председателем КНР Си Цзиньпином.\n\n"
           "Мишустин встретился с премьером Казахстана\n"),
    "zh": ("国家主席习近平今天在人民大会堂同俄罗斯总统普京举行会谈。双方就双边关系交换了意见。\n\n"
           "相关新闻\n\n习近平同法国总统马克龙通电话\n\n李强会见德国总理朔尔茨\n"),
}
PAIRS = {"en": {"joe-biden", "olaf-scholz"}, "it": {"giorgia-meloni", "olaf-scholz"},
         "ru": {"vladimir-putin", "alexander-lukashenko"}, "zh": {"xi-jinping", "vladimir-putin"}}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_sites_other_stories_tell_no_contact(lang: str) -> None:
    analysis = analyze_texts((PAGES[lang], "2023-03-03"), lang=lang)
    assert [set(e.participants) for e in analysis.events] == [PAIRS[lang]]


def test_a_menu_word_before_the_story_is_only_dropped() -> None:
    text = ("Related\n\nPresident Joe Biden welcomed Chancellor Olaf Scholz of Germany to the "
            "White House today. The leaders discussed support for Ukraine.\n")
    analysis = analyze_texts((text, "2023-03-03"), lang="en")
    assert [set(e.participants) for e in analysis.events] == [PAIRS["en"]]
