"""A meeting told next by the meal it was ("Il pranzo di ieri, durato circa un'ora", "La cena
nella residenza è riuscita", "The dinner lasted two hours"): the meal's noun, opening the
sentence, names the contact, so its part of day is the contact's, as a visit's bare noun
gives the visit's hours. Found on real Adnkronos (Meloni's lunch with Mattarella) and AGI
(Meloni's dinner with Trump at Mar-a-Lago) items and a press round-up of the same lunch ('Il
pranzo di mercoledì al Quirinale'). A meal that followed the talks, or another's, gives
nothing. Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2024-11-28"
PAIR = ["giorgia-meloni", "sergio-mattarella"]


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("it", "La premier Giorgia Meloni è stata al Quirinale per un incontro con il presidente "
           "Sergio Mattarella. Fonti del Colle lo definiscono cordiale. Il pranzo, durato circa "
           "un'ora, era in agenda da una settimana.", "afternoon"),
    ("it", "La premier Giorgia Meloni è stata ricevuta dal presidente Sergio Mattarella. "
           "La cena nella residenza del Quirinale è riuscita, riferiscono le fonti.", "evening"),
    ("en", "Italian Prime Minister Giorgia Meloni met President Sergio Mattarella at the "
           "Quirinale. The lunch lasted about an hour, sources said.", "afternoon"),
    ("en", "Italian Prime Minister Giorgia Meloni met President Sergio Mattarella at the "
           "Quirinale. The dinner went on for more than two hours.", "evening"),
    ("ru", "Премьер-министр Италии Джорджа Мелони встретилась с президентом Серджо Маттареллой. "
           "Ужин продолжался более двух часов.", "evening"),
    ("zh", "意大利总理梅洛尼与总统马塔雷拉举行会晤。晚宴持续了两个多小时。", "evening"),
])
def test_the_meal_s_part_of_day_is_the_meeting_s(lang: str, text: str, part: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    main = [e for e in events if sorted(e.participants) == PAIR]
    assert [e.part_of_day for e in main][:1] == [part], [e.to_json() for e in events]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "La premier Giorgia Meloni ha incontrato il presidente Sergio Mattarella al "
           "Quirinale. Poi la cena con i ministri, senza il capo dello Stato."),
    ("en", "Italian Prime Minister Giorgia Meloni met President Sergio Mattarella at the "
           "Quirinale. Then a dinner followed with the ministers."),
    ("it", "La premier Giorgia Meloni ha sentito al telefono il presidente Sergio Mattarella. "
           "La cena di gala per i sindaci si è svolta al Quirinale."),
])
def test_a_meal_after_the_talks_or_of_a_call_gives_nothing(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    main = [e for e in events if sorted(e.participants) == PAIR]
    assert main and all(e.part_of_day is None for e in main), [e.to_json() for e in events]
