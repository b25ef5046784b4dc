"""A count said of the reported contact by a pronoun, ahead of it, is that contact, not a
planned one beside it ("On Monday, Ushakov pointed out that it would be the eighth
Putin-Erdogan meeting in 2019", «Накануне Ушаков отметил, что это будет восьмая встреча»,
"aveva ricordato che sarebbe stato l'ottavo incontro", "这将是两人今年第八次会晤"): the count
was read as another contact only where told as held (ordinal_copula in
lang/*/contacts.yaml). Found on a real TASS item (held-out 15, h15en-009: a planned
Putin-Erdogan meeting on 28 October, a phantom). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

COUNTED = [
    ("en", "Vladimir Putin and Recep Tayyip Erdogan are holding talks in Sochi today. On Monday, "
           "Yuri Ushakov pointed out that it would be the eighth Putin-Erdogan meeting in 2019."),
    ("ru", "Владимир Путин и Реджеп Тайип Эрдоган проводят сегодня переговоры в Сочи. Накануне "
           "Юрий Ушаков отметил, что это будет восьмая встреча Путина и Эрдогана в 2019 году."),
    ("it", "Vladimir Putin e Recep Tayyip Erdogan hanno avuto oggi un incontro a Sochi. Lunedì "
           "Yuri Ushakov aveva ricordato che sarebbe stato l'ottavo incontro tra Putin ed "
           "Erdogan nel 2019."),
    ("zh", "俄罗斯总统普京22日在索契同土耳其总统埃尔多安举行会谈。俄总统助理乌沙科夫21日表示，"
           "这将是两人今年第八次会晤。"),
]


@pytest.mark.parametrize(("lang", "text"), COUNTED)
def test_the_count_of_the_reported_contact_is_no_other(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2019-10-22"), lang=lang)
    assert [(e.status, e.date, sorted(e.participants)) for e in analysis.events] == [
        ("held", "2019-10-22", ["recep-tayyip-erdogan", "vladimir-putin"])]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vladimir Putin and Recep Tayyip Erdogan are holding talks in Sochi today. Ushakov "
           "said that the eighth meeting between Putin and Erdogan had been held in Ankara in "
           "April."),
])
def test_a_count_told_of_another_time_is_another(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2019-10-22"), lang=lang)
    assert len(analysis.events) == 2
