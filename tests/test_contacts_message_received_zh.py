"""A message told from the side that received it ("普京收到习近平的贺电", "马克龙收到了习近平的
来信"): a message, sent by the one whose letter or cable it is (who asked for the contact).
Before, "收到…的来信" named no contact and "收到…的贺电" no sender. English reads "received a
letter from" already (guard); Italian and Russian give no sender yet (left to their helpers).
Texts written for this project.
"""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, held

RECEIVED = [
    ("zh", "俄罗斯总统普京25日收到国家主席习近平的贺电。", "vladimir-putin"),
    ("zh", "马克龙收到了习近平的来信，信中表示愿意加强合作。", "emmanuel-macron"),
    ("zh", "卢拉表示，他25日收到了习近平主席的复信。", "luiz-inacio-lula-da-silva"),
    ("en", "Macron received a letter from Xi Jinping on Saturday.", "emmanuel-macron"),
]


@pytest.mark.parametrize(("lang", "text", "receiver"), RECEIVED)
def test_a_message_received_is_the_senders(lang: str, text: str, receiver: str) -> None:
    events = held(analyze_texts((text, "2024-05-26"), lang=lang))
    assert [(e.type, sorted(e.participants), e.initiated_by) for e in events[:1]] == [
        ("message", sorted([receiver, "xi-jinping"]), "xi-jinping")], (lang, events)


def test_a_call_received_still_is_a_call() -> None:
    events = held(analyze_texts(("普京25日接到习近平的电话。", "2024-05-26"), lang="zh"))
    assert [(e.type, e.initiated_by) for e in events[:1]] == [("phone_call", "xi-jinping")]
