"""The one told of a contact is no party to it: "he briefed Zelensky on his meeting with
Putin", "ha informato Zelensky dell'incontro con Putin", "проинформировал Зеленского о встрече
с Путиным", "向泽连斯基通报了与普京会晤的情况" are the teller's meeting with Putin, never a
meeting of Zelensky and Putin; where the teller goes unnamed, a principal of the reported
contact stands in for him."""

from __future__ import annotations

import pytest
from test_mentioned_parties import mentioned

TRUMP_PUTIN = ("phone_call", ["donald-trump", "vladimir-putin"])
REF = "2025-08-18"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("it", "Subito dopo, ha informato il presidente ucraino Volodymyr Zelensky "
               "dell'incontro con Putin."),
        ("en", "He later briefed President Volodymyr Zelensky on his meeting with Putin."),
        ("en", "Afterwards he informed Zelensky of the meeting with Putin."),
        ("ru", "Затем он проинформировал президента Украины Владимира Зеленского о встрече с "
               "Путиным."),
        ("zh", "他随后向乌克兰总统泽连斯基通报了与普京会晤的情况。"),
        ("zh", "特朗普还表示,他将立即向乌克兰总统泽连斯基通报与普京会晤的内容。"),
    ],
)
def test_the_one_told_of_a_meeting_is_not_its_party(lang: str, line: str) -> None:
    parties = [p for _, _, p, _ in mentioned(lang, TRUMP_PUTIN, line, ref=REF)]
    assert parties and all("volodymyr-zelenskyy" not in p for p in parties), parties
    assert parties == [frozenset({"donald-trump", "vladimir-putin"})]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("zh", "乌沙科夫说,他告知普京与乌克兰总统泽连斯基的会晤情况。"),
        ("en", "He briefed President Putin on his meeting with President Volodymyr Zelensky."),
    ],
)
def test_the_teller_s_own_meeting_keeps_its_partner(lang: str, line: str) -> None:
    parties = [p for _, _, p, _ in mentioned(lang, TRUMP_PUTIN, line, ref=REF)]
    assert parties == [frozenset({"donald-trump", "volodymyr-zelenskyy"})]
