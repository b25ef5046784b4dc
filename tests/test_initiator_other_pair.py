"""A later sentence telling another pair's contact gives no request to the reported one, even
where the request names a country one of its principals leads ("Paolo Gentiloni, proposto
dall'Italia, ha avuto un lungo colloquio con von der Leyen" after a Trump-Conte call made
Conte the caller; found on a real item of held-out 13). A later sentence naming the call and
one of its principals still tells who asked."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2019-09-06"

OTHER_PAIR = [
    ("it", "Il presidente degli Stati Uniti Donald Trump ha parlato oggi al telefono con il "
           "premier Giuseppe Conte. Un primo contatto dopo il varo del nuovo governo. Intanto "
           "Conte prepara il discorso per la fiducia. Paolo Gentiloni, proposto dall'Italia per "
           "la nuova Commissione europea, ha avuto un lungo colloquio con la presidente eletta "
           "Ursula von der Leyen."),
    ("en", "US President Donald Trump spoke by phone today with Italian Prime Minister Giuseppe "
           "Conte. It was their first contact since the new government was formed. Meanwhile "
           "Conte is preparing his speech. Paolo Gentiloni, proposed by Italy for the new "
           "European Commission, had a long talk with President-elect Ursula von der Leyen."),
    ("ru", "Президент США Дональд Трамп сегодня провел телефонный разговор с премьер-министром "
           "Италии Джузеппе Конте. Это первый контакт после формирования нового правительства. "
           "Тем временем Конте готовит свою речь в парламенте. Паоло Джентилони по инициативе "
           "итальянской стороны провел долгую беседу с Урсулой фон дер Ляйен."),
    ("zh", "美国总统特朗普今天同意大利总理孔特通电话。这是新政府成立后两人首次接触。与此同时，"
           "孔特正在准备议会演讲。应意大利方面邀请，真蒂洛尼与冯德莱恩举行了长时间会谈。"),
]


def _call(text: str, lang: str):
    events = analyze_texts((text, PAGE), lang=lang).events
    calls = [e for e in events if e.type == "phone_call"]
    assert calls, (lang, [e.to_json() for e in events])
    return calls[0]


@pytest.mark.parametrize(("lang", "text"), OTHER_PAIR)
def test_another_pairs_request_is_not_the_calls(lang: str, text: str) -> None:
    call = _call(text, lang)
    assert set(call.participants) == {"donald-trump", "giuseppe-conte"}, call.to_json()
    assert call.initiated_by is None, (lang, call.to_json())


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente degli Stati Uniti Donald Trump ha parlato oggi al telefono con il "
           "premier Giuseppe Conte. Un primo contatto dopo il varo del nuovo governo. Intanto "
           "Conte prepara il discorso per la fiducia. Secondo fonti di governo, a chiamare è "
           "stato Trump."),
    ("en", "US President Donald Trump spoke by phone today with Italian Prime Minister Giuseppe "
           "Conte. It was their first contact since the new government was formed. Meanwhile "
           "Conte is preparing his speech. According to Rome, the call was requested by Trump."),
])
def test_a_later_sentence_of_the_call_still_tells_who_asked(lang: str, text: str) -> None:
    assert _call(text, lang).initiated_by == "donald-trump"
