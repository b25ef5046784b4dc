"""A visit paid to a person, its hours told next by its bare noun ("La visita è iniziata
alle 9.20 ed è terminata alle 10.05", "The visit began at 9.20am"): that noun names the
contact, so its clock times are the contact's part of day. Found on a real Il Fatto
Quotidiano item (h17it-006: a farewell visit to the Pope, its morning missed). A visit of
someone else keeps its hours. Texts written for these tests (it/en; ru "Визит начался в 9:20"
and zh "会见于上午9时20分开始" were already right and are guards)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2021-12-16"
PAIR = ["pope-francis", "sergio-mattarella"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Papa Francesco ha ricevuto il presidente della Repubblica Sergio Mattarella per la "
           "visita di congedo. La visita è iniziata alle 9.20 ed è terminata alle 10.05."),
    ("it", "Papa Francesco ha ricevuto il presidente della Repubblica Sergio Mattarella per la "
           "visita di congedo. La visita privata è cominciata alle 16.10 nella Biblioteca."),
    ("en", "Pope Francis received Italian President Sergio Mattarella for a farewell visit. The "
           "visit began at 9.20am and ended at 10.05am."),
    ("ru", "Папа Римский Франциск принял президента Италии Серджо Маттареллу с прощальным "
           "визитом. Визит начался в 9:20 и завершился в 10:05."),
    ("zh", "教皇方济各会见了意大利总统马塔雷拉。会见于上午9时20分开始。"),
])
def test_the_visit_s_own_hours_are_its_part_of_day(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    main = [e for e in events if sorted(e.participants) == PAIR]
    assert [e.part_of_day for e in main] == [
        "afternoon" if "16.10" in text else "morning"], [e.to_json() for e in events]


def test_another_s_visit_keeps_its_hours() -> None:
    text = ("Papa Francesco ha ricevuto il presidente della Repubblica Sergio Mattarella. "
            "La visita del re di Spagna in Vaticano, invece, è iniziata alle 17.")
    events = analyze_texts((text, PAGE), lang="it").events
    main = [e for e in events if sorted(e.participants) == PAIR]
    assert all(e.part_of_day != "afternoon" for e in main), [e.to_json() for e in events]
