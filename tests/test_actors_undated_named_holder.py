"""On an undated page, a title ("the Russian president", «Российский президент», "il
presidente russo") after a named past holder of it is that holder, not today's: the roster
could only pick the holder on the day, and today's president met Lula in Medvedev's place
(NTV, held-out 22). A dated page still reads the title on its day; a title with no holder
named stays today's. Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

PAIR = ["dmitry-medvedev", "luiz-inacio-lula-da-silva"]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Дмитрий Медведев прибыл в Бразилиа. Российский президент провел переговоры с "
           "Лулой да Силвой."),
    ("en", "Dmitry Medvedev arrived in Brasilia. The Russian president held talks with Lula "
           "da Silva."),
])
def test_an_undated_title_is_the_named_holder(lang: str, text: str) -> None:
    events = analyze_texts((text, None), lang=lang).events
    assert {tuple(sorted(e.participants)) for e in events} == {tuple(PAIR)}


def test_a_dated_title_is_the_holder_on_the_day() -> None:
    text = "Дмитрий Медведев прибыл в Бразилиа. Российский президент провел переговоры с Лулой."
    events = analyze_texts((text, "2015-05-14"), lang="ru").events
    assert all("dmitry-medvedev" not in e.participants or "vladimir-putin" not in e.participants
               for e in events)
    assert any("vladimir-putin" in e.participants for e in events)
