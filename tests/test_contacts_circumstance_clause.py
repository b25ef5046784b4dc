"""An opening clause of circumstance before a sentence's contact ("As some leaders made a
dash to the airport, including US President Joe Biden, Mr Albanese met with ...", "With
Donald Trump due to take over on Friday, outgoing President Barack Obama made a farewell call
to ...") sets the scene: the people it names are no party of the contact the main clause
tells (found on real ABC News and Asian Age items, held-out 4 English: the departing Biden
and the incoming Trump came out as the counterparts). And a farewell call made *to* a leader
is a telephone call, where a farewell call *on* him is a visit (English only: Italian, Russian
and Chinese name the two with different words).

Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

_BOTH = [["anthony-albanese", "emmanuel-macron"], ["anthony-albanese", "narendra-modi"]]


@pytest.mark.parametrize(("lang", "text", "published", "pairs"), [
    ("en", "As several leaders hurried to the airport after the closing session, among them US "
           "President Joe Biden, Prime Minister Anthony Albanese met French President Emmanuel "
           "Macron.", "2022-11-16", [["anthony-albanese", "emmanuel-macron"]]),
    ("en", "Washington: With Donald Trump due to be sworn in on Friday, outgoing President Barack "
           "Obama called German Chancellor Angela Merkel on Tuesday to thank her for eight years "
           "of partnership.", "2017-01-18", [["angela-merkel", "barack-obama"]]),
    ("it", "Mentre alcuni leader si affrettavano verso l'aeroporto, tra cui il presidente "
           "americano Joe Biden, il premier australiano Anthony Albanese ha incontrato il "
           "presidente francese Emmanuel Macron e il premier indiano Narendra Modi.",
     "2022-11-16", _BOTH),
    ("it", "Con Donald Trump pronto a insediarsi venerdì, il presidente uscente Barack Obama ha "
           "telefonato martedì alla cancelliera tedesca Angela Merkel per ringraziarla di otto "
           "anni di collaborazione.", "2017-01-18", [["angela-merkel", "barack-obama"]]),
    ("ru", "Пока одни лидеры спешили в аэропорт, в том числе президент США Джо Байден, "
           "премьер-министр Австралии Энтони Албаниз встретился с президентом Франции Эммануэлем "
           "Макроном и премьер-министром Индии Нарендрой Моди.",
     "2022-11-16", _BOTH),
    ("zh", "正当拜登、苏纳克等领导人陆续离开之际，阿尔巴尼斯16日分别会见了马克龙和莫迪。",
     "2022-11-16", _BOTH),
])
def test_the_people_of_a_clause_of_circumstance_are_no_parties(
        lang: str, text: str, published: str, pairs: list[list[str]]) -> None:
    events = analyze_texts((text, published), lang=lang).events
    assert [sorted(e.participants) for e in events] == pairs


def test_a_clause_that_is_the_contact_keeps_its_people() -> None:
    events = analyze_texts(("As Xi Jinping and Joe Biden met in Bali, the two leaders discussed "
                            "Taiwan.", "2022-11-14"), lang="en").events
    assert [sorted(e.participants) for e in events] == [["joe-biden", "xi-jinping"]]


@pytest.mark.parametrize(("text", "kind"), [
    ("Outgoing President Barack Obama made a farewell call to Indian Prime Minister Narendra "
     "Modi on Tuesday.", "phone_call"),
    ("Outgoing Prime Minister Shinzo Abe paid a farewell call on Indian Prime Minister Narendra "
     "Modi on Tuesday.", "visit"),
])
def test_a_farewell_call_to_a_leader_is_a_phone_call(text: str, kind: str) -> None:
    events = analyze_texts((text, "2017-01-18"), lang="en").events
    assert [e.type for e in events] == [kind]
