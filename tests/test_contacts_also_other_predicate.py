"""A sentence adding a contact ("... and also spoke to US President Joe Biden") may name,
before the contact's word, someone its subject was only beside ("Mr Albanese was seated next
to Indonesian President Joko Widodo at the dinner and also spoke to Biden"): with the
account's principal named first, the person of that other predicate is no counterpart (found
on a real New Daily item, held-out 4 English h4en-004: a phantom call with Widodo). A
subject named first who is no principal still is one ("Biden also spoke with Modi").

Texts written for these tests."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Prime Minister Anthony Albanese met Chinese Premier Li Keqiang at a gala dinner in "
           "Phnom Penh on Saturday. Mr Albanese was seated next to Indonesian President Joko "
           "Widodo at the dinner and also spoke to US President Joe Biden."),
    ("it", "Il premier australiano Anthony Albanese ha incontrato sabato il premier cinese Li "
           "Keqiang a una cena di gala a Phnom Penh. Albanese era seduto accanto al presidente "
           "indonesiano Joko Widodo e ha avuto anche un breve colloquio con il presidente "
           "americano Joe Biden."),
    ("ru", "Премьер-министр Австралии Энтони Албаниз в субботу встретился с премьером Госсовета "
           "КНР Ли Кэцяном на торжественном ужине в Пномпене. Албаниз сидел рядом с президентом "
           "Индонезии Джоко Видодо и также побеседовал с президентом США Джо Байденом."),
    ("zh", "澳大利亚总理阿尔巴尼斯12日在金边晚宴上会见了国务院总理李克强。阿尔巴尼斯坐在印尼总统"
           "佐科旁边，还同美国总统拜登进行了交谈。"),
])
def test_the_person_beside_the_subject_is_no_counterpart(lang: str, text: str) -> None:
    events = analyze_texts((text, "2022-11-13"), lang=lang).events
    pairs = [sorted(e.participants) for e in events]
    assert ["anthony-albanese", "li-keqiang"] in pairs
    assert not any("joko-widodo" in p for p in pairs)


def test_a_subject_named_first_who_is_no_principal_still_is_one() -> None:
    text = ("Russian President Vladimir Putin held talks with Indian Prime Minister Narendra "
            "Modi in Moscow on Monday. US President Joe Biden also spoke with Modi by phone "
            "later that day.")
    events = analyze_texts((text, "2024-07-09"), lang="en").events
    assert ["joe-biden", "narendra-modi"] in [sorted(e.participants) for e in events]
