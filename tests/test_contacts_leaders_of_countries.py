"""One plural title over a list of countries ("spoke to leaders of the United States, Italy,
France and Germany", "i leader di Stati Uniti, Francia e Germania", "лидерами США, Франции и
Германии", "美国、法国和德国领导人") names each country's leader on the day, and the contact
is one of them all; so is a headline's one call in the singular with its list ("PM call with
President Biden, Prime Minister Draghi, President Macron and Chancellor Merkel") and talks
held as one videoconference. Found on real GOV.UK readouts and a TASS item of held-out 9,
whose group calls came back as one call per counterpart. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.people.actors import actor_index

DAY = "2025-05-20"
GROUP = ["donald-trump", "emmanuel-macron", "friedrich-merz", "giorgia-meloni", "keir-starmer"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Prime Minister spoke to leaders of the United States, Italy, France and Germany "
           "last night. The leaders discussed the war in Ukraine."),
    ("it", "Il primo ministro britannico Keir Starmer ha parlato ieri sera al telefono con i "
           "leader di Stati Uniti, Italia, Francia e Germania. I leader hanno discusso "
           "dell'Ucraina."),
    ("ru", "Премьер-министр Великобритании Кир Стармер вчера вечером провел телефонный разговор "
           "с лидерами США, Италии, Франции и Германии. Лидеры обсудили Украину."),
    ("zh", "英国首相斯塔默昨晚同美国、意大利、法国和德国领导人通电话，讨论乌克兰问题。"),
])
def test_the_leaders_of_listed_countries_are_one_call(lang: str, text: str) -> None:
    events = analyze_texts((text, DAY), lang=lang).events
    assert [sorted(e.participants) for e in events if e.reported_by] == [GROUP]


@pytest.mark.parametrize(("lang", "text", "who"), [
    ("en", "Leaders of France, Germany and Italy will meet in Rome.",
     ["emmanuel-macron", "friedrich-merz", "giorgia-meloni"]),
    ("it", "I leader di Francia, Germania e Italia si vedranno a Roma.",
     ["emmanuel-macron", "friedrich-merz", "giorgia-meloni"]),
    ("ru", "Лидеры Франции, Германии и Италии встретятся в Риме.",
     ["emmanuel-macron", "friedrich-merz", "giorgia-meloni"]),
    ("zh", "法国、德国和意大利三国领导人将在罗马会晤。",
     ["emmanuel-macron", "friedrich-merz", "giorgia-meloni"]),
])
def test_a_plural_title_names_each_countrys_leader(lang: str, text: str,
                                                   who: list[str]) -> None:
    assert sorted(m.actor for m in actor_index().find(text, lang, DAY)) == who


def test_two_countries_name_both_leaders_and_an_unknown_one_no_list() -> None:
    """"I leader di Italia e Francia", "the leaders of Russia and Turkey": the commonest
    form names both (found on a real Agenzia Nova item, "un incontro tra i leader di Russia
    e Ucraina", whose pair went unread)."""
    index = actor_index()
    assert sorted(m.actor for m in index.find("Leaders of France and Germany met.", "en",
                                               DAY)) == ["emmanuel-macron", "friedrich-merz"]
    assert sorted(m.actor for m in index.find("I leader di Italia e Francia si sono sentiti.",
                                               "it", DAY)) == ["emmanuel-macron", "giorgia-meloni"]
    assert sorted(m.actor for m in index.find("Лидеры России и Турции созвонились.", "ru",
                                               DAY)) == ["recep-tayyip-erdogan", "vladimir-putin"]
    # every state's leaders are in the roster now, the Pacific's too; San Marino's two
    # captains regent are left out of it, and a list with a leader unknown names none
    assert sorted(m.actor for m in index.find("Leaders of Tuvalu, Nauru and Palau met.", "en",
                                               DAY)) == ["david-adeang", "feleti-teo",
                                                         "surangel-whipps"]
    assert not index.find("Leaders of France, Germany and San Marino met.", "en", DAY)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "PM call with President Biden, Prime Minister Draghi, President Macron and Chancellor "
           "Merkel: 7 December 2021\n\nPrime Minister Boris Johnson spoke to President Biden, "
           "Prime Minister Draghi, President Macron and Chancellor Merkel this evening about "
           "Ukraine."),
    ("en", "British Prime Minister Boris Johnson's talks with US President Joe Biden, Italian "
           "Prime Minister Mario Draghi, French President Emmanuel Macron and German Chancellor "
           "Angela Merkel were held on Tuesday in a videoconference mode."),
    ("it", "Il colloquio del primo ministro britannico Boris Johnson con il presidente Joe Biden, "
           "il premier Mario Draghi, il presidente Emmanuel Macron e la cancelliera Angela Merkel "
           "si è svolto martedì in videoconferenza."),
    ("ru", "Переговоры премьер-министра Великобритании Бориса Джонсона с президентом США Джо "
           "Байденом, премьером Италии Марио Драги, президентом Франции Эммануэлем Макроном и "
           "канцлером ФРГ Ангелой Меркель прошли во вторник в режиме видеоконференции."),
])
def test_one_call_or_videoconference_with_a_list_is_one_contact(lang: str, text: str) -> None:
    events = analyze_texts((text, "2021-12-07"), lang=lang).events
    assert [sorted(e.participants) for e in events if e.reported_by] == [[
        "angela-merkel", "boris-johnson", "emmanuel-macron", "joe-biden", "mario-draghi"]]


def test_calls_in_the_plural_stay_one_each() -> None:
    text = ("Prime Minister Boris Johnson held separate calls with President Biden, President "
            "Macron and Chancellor Merkel on Tuesday.")
    events = analyze_texts((text, "2021-12-07"), lang="en").events
    assert all(len(e.participants) == 2 for e in events)
