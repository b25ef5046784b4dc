"""Who asked for the call, said by naming its initiator before the word ("российское
руководство выступило инициатором разговора", "the Russian side was the initiator of the
call", "la parte russa è stata la promotrice del colloquio", "俄方是此次通话的发起方"); a
Russian country adjective counts in every gender and case ("российское", "американского")
(found on a real Life.ru item, held-out 4 h4ru-003, whose initiator was lost)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("ru", "Путин и Трамп провели телефонный разговор\n\n"
           "Владимир Путин и Дональд Трамп провели в четверг телефонный разговор. По словам "
           "помощника президента Юрия Ушакова, именно российское руководство выступило "
           "инициатором разговора."),
    ("ru", "Путин и Трамп провели телефонный разговор\n\n"
           "Владимир Путин и Дональд Трамп провели в четверг телефонный разговор по инициативе "
           "американского руководства, сообщил Юрий Ушаков."),
    ("en", "Putin and Trump hold phone call\n\n"
           "Vladimir Putin and Donald Trump held a phone call on Thursday. According to "
           "presidential aide Yuri Ushakov, the Russian side was the initiator of the call."),
    ("it", "Putin e Trump al telefono\n\n"
           "Vladimir Putin e Donald Trump hanno avuto giovedì una telefonata. Secondo il "
           "consigliere Yuri Ushakov, la parte russa è stata la promotrice del colloquio."),
    ("zh", "普京与特朗普通电话\n\n"
           "俄罗斯总统普京与美国总统特朗普周四通电话。俄总统助理乌沙科夫说,俄方是此次通话的发起方。"),
]
EXPECTED = ["vladimir-putin", "donald-trump", "vladimir-putin", "vladimir-putin", "vladimir-putin"]


@pytest.mark.parametrize(("lang", "text", "who"),
                         [(*c, w) for c, w in zip(CASES, EXPECTED, strict=True)],
                         ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)])
def test_the_named_initiator_asked_for_the_call(lang: str, text: str, who: str) -> None:
    events = [e for e in analyze_texts((text, "2025-10-16"), lang=lang).events if e.reported_by]
    assert [e.initiated_by for e in events] == [who], [e.to_json() for e in events]
