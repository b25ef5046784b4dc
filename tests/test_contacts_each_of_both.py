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
    "en": ("Vietnam's President Vo Van Thuong, on a state visit to Italy, yesterday met both "
           "President Sergio Mattarella and Prime Minister Giorgia Meloni in Rome. Trade and "
           "cultural cooperation were at the centre of the talks."),
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


# "X met A and B", "X will meet A and B" in English: one meeting with each, as "ha
# incontrato A e B" and "встретился с A и B" (seen on real Indian and US wire items).
LISTED = {
    "met": ("Vietnam's President Vo Van Thuong, on a state visit to Italy, yesterday met "
            "President Sergio Mattarella and Prime Minister Giorgia Meloni in Rome. Trade "
            "was at the centre of the talks."),
    "will meet": ("Vietnam's President Vo Van Thuong, on a state visit to Italy, will meet "
                  "President Sergio Mattarella and Prime Minister Giorgia Meloni in Rome on "
                  "Friday. Trade will be at the centre of the talks."),
}


@pytest.mark.parametrize("verb", sorted(LISTED))
def test_a_guest_who_met_two_hosts_met_each(verb: str) -> None:
    events = analyze_texts((LISTED[verb], PAGE), lang="en").events
    assert sorted(sorted(e.participants) for e in events) == EACH


def test_the_pronoun_before_the_list_stands_for_the_subject() -> None:
    """'X did not meet Y, even as he met A and B': 'he' is X, the subject named first."""
    text = ("President Vo Van Thuong did not schedule a meeting with Prime Minister Giorgia "
            "Meloni, even as he met President Sergio Mattarella and Pope Francis in Rome. "
            "Trade was at the centre of the talks.")
    events = analyze_texts((text, PAGE), lang="en").events
    assert ["sergio-mattarella", "vo-van-thuong"] in [sorted(e.participants) for e in events]
    assert not any({"giorgia-meloni", "sergio-mattarella"} <= set(e.participants)
                   for e in events)


def test_two_subjects_who_met_one_leader_stay_one_meeting() -> None:
    """'A and B met C' is one meeting of the three, untouched by the list after 'met'."""
    text = ("President Sergio Mattarella and Prime Minister Giorgia Meloni met President Vo "
            "Van Thuong in Rome yesterday. Trade was at the centre of the talks.")
    events = analyze_texts((text, PAGE), lang="en").events
    assert len(events) == 1
