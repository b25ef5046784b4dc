"""A length told past the lead of "the latter" contact ("Quest'ultimo incontro è durato circa
mezz'ora", "The latter meeting lasted half an hour", "последняя из встреч длилась полчаса",
"后者持续了半小时") measures the contact named last before it, another one, not the reported
contact, whose own length is told further on (found on a real Il Giornale item, heldout15
h15it-005: Milei's half hour with Mattarella came out as his hour with Meloni)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2024-02-12"

LATTER = [
    ("it", "Il presidente argentino Javier Milei ha incontrato questo pomeriggio a Palazzo Chigi "
           "il presidente del Consiglio Giorgia Meloni. In mattinata era stato al Quirinale dal "
           "presidente della Repubblica Sergio Mattarella. Quest'ultimo incontro è durato circa "
           "mezz'ora. Il faccia a faccia tra la premier e il presidente argentino è durato circa "
           "un'ora."),
    ("en", "Argentine President Javier Milei met Italian Prime Minister Giorgia Meloni in Rome "
           "this afternoon. In the morning he had called on President Sergio Mattarella. The "
           "latter meeting lasted about half an hour. The talks between Meloni and Milei lasted "
           "about an hour."),
    ("ru", "Президент Аргентины Хавьер Милей сегодня днем встретился в Риме с премьер-министром "
           "Италии Джорджей Мелони. Утром он побывал у президента Италии Серджо Маттареллы. "
           "Последняя из встреч длилась около получаса. Переговоры Мелони и Милея продолжались "
           "около часа."),
    ("zh", "阿根廷总统米莱今天下午在罗马会见了意大利总理梅洛尼。上午他拜会了意大利总统马塔雷拉，"
           "后者的会见持续了约半小时。梅洛尼与米莱的会谈持续了约一个小时。"),
]


@pytest.mark.parametrize(("lang", "text"), LATTER)
def test_the_latter_contact_length_is_not_the_reported_one(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported, lang
    event = reported[0]
    assert set(event.participants) == {"javier-milei", "giorgia-meloni"}, (lang, event.to_json())
    assert event.duration_minutes == 60, (lang, event.to_json())


def test_the_reported_contact_told_the_latter_keeps_its_length() -> None:
    text = ("Il presidente argentino Javier Milei ha incontrato questo pomeriggio a Palazzo Chigi "
            "il presidente del Consiglio Giorgia Meloni, dopo aver visitato il Colosseo. "
            "L'incontro è durato circa mezz'ora.")
    reported = [e for e in analyze_texts((text, PAGE), lang="it").events if e.reported_by]
    assert reported and reported[0].duration_minutes == 30


def test_a_length_told_further_on_past_the_latter_is_the_contact_own() -> None:
    text = ("Il presidente del Consiglio Giorgia Meloni ha ricevuto a Palazzo Chigi il presidente "
            "argentino Javier Milei. In mattinata Milei era stato al Quirinale. Quest'ultimo "
            "incontro è durato circa mezz'ora e, tra le altre cose, si è parlato del Mercosur "
            "(il mercato comune sudamericano).L'incontro fra la premier e il presidente "
            "argentino è durato circa un'ora.")
    reported = [e for e in analyze_texts((text, PAGE), lang="it").events if e.reported_by]
    assert reported and reported[0].duration_minutes == 60, [e.to_json() for e in reported]
