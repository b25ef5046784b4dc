"""An aide's briefing cut from a news item ("Peskov said on Wednesday evening that the call
lasted nearly an hour and a half", «Песков сообщил …», "佩斯科夫12日晚说，双方的通话持续近一个半
小时") follows up the contact the item reported: the aide giving it is no party, so he is not
the account's own leader that would keep it off the story, and the call gets its length.
Found on a real China Daily item (held-out 3, h3zh-011) once Peskov's words became his
briefing. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-02-13"

ITEMS = [
    ("en", "Russian President Vladimir Putin and U.S. President Donald Trump spoke by phone on "
           "Wednesday about Ukraine.\n\n"
           "Peskov said on Wednesday evening that the conversation lasted nearly an hour and a "
           "half. Peskov also said that the two sides agreed to keep in touch.\n\n"
           "Trump later wrote on social media that the call had gone very well and that "
           "talks would start at once.\n"),
    ("it", "Il presidente russo Vladimir Putin e il presidente americano Donald Trump hanno "
           "avuto mercoledì una telefonata sull'Ucraina.\n\n"
           "La conversazione è durata quasi un'ora e mezza, ha detto Peskov mercoledì sera. Le "
           "due parti hanno concordato di restare in contatto, ha aggiunto Peskov.\n\n"
           "Trump ha poi scritto su Truth: \"La telefonata è andata molto bene, i negoziati "
           "inizieranno subito, le nostre squadre si vedranno presto e sono certo che "
           "avranno successo per il bene di tutti i nostri popoli\".\n"),
    ("ru", "Президент России Владимир Путин и президент США Дональд Трамп в среду провели "
           "телефонный разговор об Украине.\n\n"
           "Беседа продолжалась почти полтора часа, сообщил Песков в среду вечером. Стороны "
           "договорились поддерживать контакт, добавил Песков.\n\n"
           "Трамп позже написал в соцсетях, что разговор прошел очень хорошо и что "
           "переговоры начнутся немедленно.\n"),
    ("zh", "俄罗斯总统普京和美国总统特朗普12日通电话，讨论乌克兰局势。\n\n"
           "佩斯科夫12日晚说，双方的通话持续近一个半小时。佩斯科夫还说，双方同意保持联系。\n\n"
           "特朗普当天在社交媒体上发文说，通话进行得很顺利，双方将立即开始谈判。\n"),
]


@pytest.mark.parametrize(("lang", "text"), ITEMS)
def test_the_aide_s_briefing_gives_the_calls_length(lang: str, text: str) -> None:
    analysis = analyze_texts((text, PAGE), lang=lang)
    kinds = [(r.source, r.kind) for d in analysis.documents for r in d.readouts]
    assert ("kremlin", "briefing") in kinds, kinds
    events = [e for e in analysis.events if e.reported_by]
    assert [e.duration_minutes for e in events] == [90], (lang, [e.to_json() for e in events])
