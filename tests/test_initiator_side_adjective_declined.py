"""Who asked for the call, named by his side's adjective in the case Russian tells it in
(«по инициативе венгерской стороны», «кыргызской», «таджикской», «венесуэльской»): the
country data lists one or two forms of an adjective, and a side named in a form not listed,
whose country's name does not begin it (Венгрия / венгерской), asked for nothing. Seen on
Trud (Medvedev and Chávez, 2010) and Kaktus.media (the Kremlin's note on Putin and Japarov).
Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2024-03-10"


@pytest.mark.parametrize(("text", "pair", "who"), [
    ("Президент России Владимир Путин провел телефонный разговор с премьер-министром Венгрии "
     "Виктором Орбаном. Разговор состоялся по инициативе венгерской стороны.",
     ["viktor-orban", "vladimir-putin"], "viktor-orban"),
    ("По инициативе кыргызской стороны состоялся телефонный разговор Владимира Путина с "
     "Президентом Киргизии Садыром Жапаровым.",
     ["sadyr-japarov", "vladimir-putin"], "sadyr-japarov"),
    ("Эмомали Рахмон и Владимир Путин поговорили по телефону. Беседа прошла по инициативе "
     "таджикской стороны.", ["emomali-rahmon", "vladimir-putin"], "emomali-rahmon"),
    ("Владимир Путин обсудил по телефону с Николасом Мадуро двустороннее сотрудничество. "
     "Разговор состоялся по инициативе венесуэльской стороны.",
     ["nicolas-maduro", "vladimir-putin"], "nicolas-maduro"),
])
def test_a_declined_side_adjective_asked(text: str, pair: list[str], who: str) -> None:
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [(sorted(e.participants), e.initiated_by) for e in events] == [(pair, who)]


@pytest.mark.parametrize(("lang", "text", "who"), [
    ("ru", "Президент России Владимир Путин провел телефонный разговор с премьер-министром "
           "Венгрии Виктором Орбаном. Разговор состоялся по инициативе российской стороны.",
     "vladimir-putin"),
    ("it", "Il presidente russo Vladimir Putin ha avuto un colloquio telefonico con il premier "
           "ungherese Viktor Orban, su iniziativa ungherese.", "viktor-orban"),
])
def test_listed_forms_still_name_their_side(lang: str, text: str, who: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [e.initiated_by for e in events] == [who]
