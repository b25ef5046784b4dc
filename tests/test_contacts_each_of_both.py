"""A guest who meets both of the host's leaders ("ha incontrato sia il presidente A sia la
premier B", «встретился как с A, так и с B», "分别会见了A和B") has one meeting with each; the
two hosts are never a pair of their own. Found on a real Italian news item (a state visit to
Rome: 'sia il presidente … sia la premier …' gave the president and the premier as the
meeting's pair). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-07-27"
EACH = [["giorgia-meloni", "vo-van-thuong"], ["sergio-mattarella", "vo-van-thuong"]]

TEXTS = {
    "it": ("Il presidente vietnamita Vo Van Thuong, in visita di Stato in Italia, ha incontrato "
           "ieri a Roma sia il presidente Sergio Mattarella sia la premier Giorgia Meloni. Al "
           "centro dei colloqui il commercio e la cooperazione culturale."),
    "ru": ("Президент Вьетнама Во Ван Тхыонг, находящийся в Италии с государственным визитом, "
           "встретился вчера в Риме как с президентом Серджо Маттареллой, так и с "
           "премьер-министром Джорджей Мелони. В центре переговоров были торговля и культура."),
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_guest_meets_each_of_both_hosts(lang: str) -> None:
    events = analyze_texts((TEXTS[lang], PAGE), lang=lang).events
    assert sorted(sorted(e.participants) for e in events) == EACH


def test_both_named_as_subjects_still_talk_together() -> None:
    """'Sia A sia B' before the verb are the pair who talked, as 'A e B' are."""
    text = ("Sia il presidente Sergio Mattarella sia la premier Giorgia Meloni hanno avuto "
            "ieri un colloquio al Quirinale sui temi europei, riferiscono fonti del Colle.")
    events = analyze_texts((text, PAGE), lang="it").events
    assert [sorted(e.participants) for e in events] == [["giorgia-meloni", "sergio-mattarella"]]
