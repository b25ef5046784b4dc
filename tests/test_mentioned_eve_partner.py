"""A contact of the day before the reported one (or of its own day) with a leader the
reported contact does not hold is another contact, not the reported one told again:
"yesterday he had a telephonic conversation with el-Sisi" beside a call with Modi today is
Trump's call with el-Sisi, dated yesterday, not a call of el-Sisi with the leader named in
the clause before."""

from __future__ import annotations

import pytest
from test_mentioned_parties import mentioned

TRUMP_MODI = ("phone_call", ["donald-trump", "narendra-modi"])
REF = "2017-01-24"
SISI = frozenset({"donald-trump", "abdel-fattah-el-sisi"})


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Yesterday he had a phone call with Egyptian President Abdel Fattah el-Sisi."),
        ("it", "Ieri ha avuto una conversazione telefonica con il presidente egiziano Abdel "
               "Fattah al Sisi."),
        ("ru", "Вчера он провел телефонный разговор с президентом Египта Абдель Фаттахом "
               "ас-Сиси."),
        ("zh", "昨天他还同埃及总统塞西通了电话。"),
    ],
)
def test_yesterday_s_call_with_another_leader_is_another_contact(lang: str, line: str) -> None:
    assert mentioned(lang, TRUMP_MODI, line, ref=REF) == [
        ("phone_call", "held", SISI, "2017-01-23")]


def test_two_calls_of_two_days_keep_their_own_partners() -> None:
    line = ("On Sunday he spoke with Israeli Prime Minister Benjamin Netanyahu and yesterday "
            "he had a telephonic conversation with Egyptian President Abdel Fattah el-Sisi.")
    assert mentioned("en", TRUMP_MODI, line, ref=REF) == [
        ("phone_call", "held", frozenset({"donald-trump", "benjamin-netanyahu"}), "2017-01-22"),
        ("phone_call", "held", SISI, "2017-01-23")]


def test_yesterday_s_call_of_the_reported_pair_is_still_the_reported_one() -> None:
    line = "Yesterday the two leaders had a phone call, their first since the election."
    assert mentioned("en", ("phone_call", ["donald-trump", "narendra-modi"]), line,
                     ref="2017-01-24") == []
