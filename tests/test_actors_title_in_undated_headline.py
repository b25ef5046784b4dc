"""A bare title in the headline of an undated story ('Il Papa chiama Zelensky' over a body
naming Pope Francis) is read on the day the story's named people set, as its body's titles
are, not today: the Pope of the story, not today's, one contact and no phantom (found on a
real OggiTreviso item: the headline's Pope came out as Leo XIV beside Francis) (it/en/ru/zh).
Texts written for these tests."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il Papa chiama Zelensky\n\nPapa Francesco ha avuto oggi un colloquio telefonico con "
           "il presidente ucraino Volodymyr Zelensky."),
    ("en", "The Pope calls Zelensky\n\nPope Francis spoke by phone today with Ukrainian "
           "President Volodymyr Zelensky."),
    ("ru", "Папа Римский позвонил Зеленскому\n\nПапа Римский Франциск сегодня провел "
           "телефонный разговор с президентом Украины Владимиром Зеленским."),
    ("zh", "教皇致电泽连斯基\n\n教皇方济各今天同乌克兰总统泽连斯基通电话。"),
])
def test_the_headlines_pope_is_the_storys(lang: str, text: str) -> None:
    events = analyze_texts((text, None), lang=lang).events
    assert [sorted(e.participants) for e in events] == [["pope-francis", "volodymyr-zelenskyy"]]
    assert events[0].date is None  # the day titles are read on dates no contact


def test_a_dated_story_reads_its_titles_on_its_own_day() -> None:
    events = analyze_texts(("Il Papa chiama Zelensky\n\nIl Papa ha avuto oggi un colloquio "
                            "telefonico con il presidente ucraino Volodymyr Zelensky.",
                            "2025-06-04"), lang="it").events
    assert [sorted(e.participants) for e in events] == [["leo-xiv", "volodymyr-zelenskyy"]]
