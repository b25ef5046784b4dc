"""Who asked for the call, named by the side's adjective or short name ('su iniziativa
italiana', 'at the Italian initiative', 'по инициативе итальянской стороны', '应意方要求'),
or with an adjective before the name ('su richiesta esplicita di Erdogan'); never a side
named only inside a question ('是由俄方主动提议还是应美方要求进行的？'). Texts written for
these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2024-03-10"
PAIR = ["giorgia-meloni", "recep-tayyip-erdogan"]


@pytest.mark.parametrize(("lang", "text", "who"), [
    ("it", "Colloquio telefonico, su iniziativa italiana, tra la premier Giorgia Meloni e il "
           "presidente turco Recep Tayyip Erdogan.", "giorgia-meloni"),
    ("it", "La premier Giorgia Meloni ha avuto un colloquio telefonico con il presidente turco "
           "Recep Tayyip Erdogan, su iniziativa turca.", "recep-tayyip-erdogan"),
    ("it", "La premier Giorgia Meloni ha avuto un colloquio telefonico con il presidente turco "
           "Recep Tayyip Erdogan, su richiesta esplicita di Erdogan.", "recep-tayyip-erdogan"),
    ("en", "Prime Minister Giorgia Meloni held a phone call with Turkish President Recep Tayyip "
           "Erdogan at the Italian initiative.", "giorgia-meloni"),
    ("ru", "Состоялся телефонный разговор Председателя Совета министров Италии Джорджи Мелони с "
           "Президентом Турции Реджепом Тайипом Эрдоганом по инициативе турецкой стороны.",
     "recep-tayyip-erdogan"),
])
def test_the_side_named_by_its_adjective_asked(lang: str, text: str, who: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(sorted(e.participants), e.initiated_by) for e in events] == [(PAIR, who)]


@pytest.mark.parametrize(("text", "who"), [
    ("应意方要求，国家主席习近平同意大利总理梅洛尼通电话。", "giorgia-meloni"),
    ("应美方要求，国家主席习近平同美国总统拜登通电话。", "joe-biden"),
])
def test_zh_at_the_request_of_a_side(text: str, who: str) -> None:
    events = analyze_texts((text, PAGE), lang="zh").events
    assert [e.initiated_by for e in events] == [who]


def test_a_side_named_in_a_question_did_not_ask() -> None:
    text = "习近平同拜登通电话。记者问，这次通话是由中方主动提议还是应美方要求进行的？"
    events = analyze_texts((text, PAGE), lang="zh").events
    assert [e.initiated_by for e in events] == [None]
