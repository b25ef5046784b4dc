"""Roster: Mongolia's prime minister Luvsannamsrain Oyun-Erdene (2021-2025), and Manmohan
Singh named by surname after his title ("印度總理辛格"), whom real Xinhua reposts name:
'奧云額爾登' gave no contact at all, '辛格' a pinyin newcomer with a phantom call."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

LI = "li-keqiang"

OYUN_ERDENE = [
    ("zh", "国务院总理李克强4月7日下午应约同蒙古国总理奥云额尔登通电话。"),
    ("ru", "Премьер Госсовета КНР Ли Кэцян 7 апреля провел телефонный разговор с "
           "премьер-министром Монголии Оюун-Эрдэнэ."),
    ("en", "Chinese Premier Li Keqiang held a phone call with Mongolian Prime Minister "
           "Luvsannamsrain Oyun-Erdene on April 7."),
    ("it", "Il premier cinese Li Keqiang ha avuto il 7 aprile un colloquio telefonico con il "
           "primo ministro mongolo Oyun-Erdene."),
]


@pytest.mark.parametrize(("lang", "text"), OYUN_ERDENE)
def test_mongolias_prime_minister(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2021-04-08"), lang=lang))
    assert set(event.participants) == {LI, "luvsannamsrain-oyun-erdene"}, (lang,
                                                                           event.participants)


SINGH = [
    ("zh", "3月15日晚,国务院总理李克强同印度总理辛格通电话。"),
    ("ru", "Вечером 15 марта премьер Госсовета КНР Ли Кэцян провел телефонный разговор с "
           "премьер-министром Индии Сингхом."),
    ("en", "On the evening of March 15, Chinese Premier Li Keqiang spoke by phone with Indian "
           "Prime Minister Singh."),
    ("it", "La sera del 15 marzo il premier cinese Li Keqiang ha avuto un colloquio telefonico "
           "con il primo ministro indiano Singh."),
]


@pytest.mark.parametrize(("lang", "text"), SINGH)
def test_singh_after_his_title(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2013-03-16"), lang=lang))
    assert set(event.participants) == {LI, "manmohan-singh"}, (lang, event.participants)
