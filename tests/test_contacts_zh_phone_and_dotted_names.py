"""Two readings of Chinese news on a leaders' call (held-out 27, h27zh-006: the call went to
two US officials named further on). Whatever a leader does "在电话中" (on the phone:
greeting, congratulating, discussing) tells a call; and a transliterated name whose given
name the roster does not list ("国务卿迈克·蓬佩奥") is the known surname's holder, not a
second person whose given name happens to match another's ("迈克·彭斯")."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts


@pytest.mark.parametrize("text", [
    "1月6日，印度总理莫迪在电话中向美国总统特朗普致以新年问候，祝愿他身体健康。",
    "印度总理莫迪6日在电话里向美国总统特朗普表示祝贺。",
], ids=["greetings", "congratulations"])
def test_greetings_on_the_phone_are_a_call(text: str) -> None:
    facts = reported_facts(text + "印度外长苏杰生此前与多国外长通了电话。", "zh", "2020-01-07")
    assert (facts["type"], set(facts["participants"])) == (
        "phone_call", {"narendra-modi", "donald-trump"})


def test_the_given_name_before_the_middle_dot_is_the_surname_s_holder() -> None:
    facts = reported_facts("俄罗斯外长拉夫罗夫同美国国务卿迈克·蓬佩奥通电话。", "zh", "2020-01-07")
    assert set(facts["participants"]) == {"sergei-lavrov", "mike-pompeo"}
