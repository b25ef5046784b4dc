"""Meetings spoken of in general or as not attended ("I don't think he's very important to
be at meetings", "he wasn't invited to a meeting", "essere presente agli incontri", "его не
пригласили на встречу", "未受邀参加会议") are no contact of the one speaking with the one
spoken of (found on a real Kyiv Independent relay: Trump's radio remarks about Zelensky
became a Trump-Zelensky meeting); tests en/it/ru/zh."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

LEAD = {
    "en": "President Volodymyr Zelensky and German Chancellor Olaf Scholz discussed peace "
          "during a phone call on Feb. 21. ",
    "it": "Il presidente Volodymyr Zelensky e il cancelliere tedesco Olaf Scholz hanno discusso "
          "di pace in una conversazione telefonica il 21 febbraio. ",
    "ru": "Президент Владимир Зеленский и канцлер Германии Олаф Шольц 21 февраля обсудили мир в "
          "ходе телефонного разговора. ",
    "zh": "乌克兰总统泽连斯基和德国总理朔尔茨2月21日通电话讨论和平问题。",
}
REMARKS = {
    "en": ["“I don’t think he’s very important to be at meetings, to be honest with you,” Trump "
           "told the radio on Feb. 21.",
           "Trump said Zelensky wasn’t invited to a meeting because he did a bad job."],
    "it": ["«Non credo che sia molto importante che lui sia presente agli incontri», ha detto "
           "Trump alla radio il 21 febbraio.",
           "Trump ha detto che Zelensky non è stato invitato all'incontro."],
    "ru": ["«Не думаю, что ему очень важно присутствовать на встречах», — сказал Трамп в эфире "
           "радио 21 февраля.",
           "Трамп заявил, что Зеленского не пригласили на встречу."],
    "zh": ["特朗普2月21日在电台节目中说：“我认为他出席会议并不重要。”",
           "特朗普说，泽连斯基未受邀参加会议。"],
}


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
@pytest.mark.parametrize("k", [0, 1])
def test_meetings_in_general_or_not_attended_are_no_contact(lang: str, k: int) -> None:
    events = analyze_texts((LEAD[lang] + REMARKS[lang][k], "2025-02-22")).events
    pairs = {frozenset(e.participants) for e in events}
    assert frozenset({"donald-trump", "volodymyr-zelenskyy"}) not in pairs, \
        [e.to_json() for e in events]
