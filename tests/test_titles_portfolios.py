"""A minister named by his portfolio ('il ministro dell'Interno Luca Ferraresi', 'Interior
Minister', 'министр внутренних дел', '内政部长') or a deputy premier written in two words ('il
vice premier') is a titled person, a party to the meeting, not a word nobody is: found on a
real Italian item whose meeting of the Interior Minister with the head of state gave no
contact at all (it/en/ru/zh). Texts written for these tests."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text", "minister"), [
    ("it", "L'incontro tra il ministro dell'Interno Luca Ferraresi e il presidente della "
           "Repubblica Sergio Mattarella, che lo ha ricevuto stamattina al Quirinale, è stato "
           "cordiale.", "luca-ferraresi"),
    ("it", "Il presidente della Repubblica Sergio Mattarella ha incontrato stamattina al "
           "Quirinale il vice premier Luca Ferraresi.", "luca-ferraresi"),
    ("en", "President Sergio Mattarella met Interior Minister Luca Ferraresi at the Quirinale "
           "this morning.", "luca-ferraresi"),
    ("ru", "Президент Италии Серджо Маттарелла утром встретился в Квиринале с министром "
           "внутренних дел Марко Феррарези.", "marko-ferrarezi"),
])
def test_a_minister_named_by_portfolio_is_a_party(lang: str, text: str, minister: str) -> None:
    events = analyze_texts((text, "2023-05-10"), lang=lang).events
    assert [sorted(e.participants) for e in events] == [sorted([minister, "sergio-mattarella"])]
    assert events[0].type == "meeting" and events[0].part_of_day == "morning"


def test_a_chinese_interior_minister_is_a_party() -> None:
    events = analyze_texts(("意大利总统马塔雷拉上午在奎里纳尔宫会见了内政部长费拉雷西。",
                            "2023-05-10"), lang="zh").events
    assert len(events) == 1 and "sergio-mattarella" in events[0].participants
    assert len(events[0].participants) == 2
