"""A contact said to be expected ("预计会在…与…进行通话", "有望与…会晤") is planned however far
its clause runs to the contact's word, a name's Latin form in brackets included; a sentence
telling when it was said ("今(4)日透露") does not make it held. Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2025-07-04"


@pytest.mark.parametrize("text", [
    "一名乌克兰官员今(4)日透露，总统泽连斯基(Volodymyr Zelenskyy)预计会在乌克兰时间下午与美国总统"
    "特朗普(Donald Trump)进行通话。",
    "据报道，泽连斯基有望于本周晚些时候在罗马与美国总统特朗普会晤。",
])
def test_an_expected_contact_is_planned(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="zh").events
    assert [(sorted(e.participants), e.status) for e in events] == [
        (["donald-trump", "volodymyr-zelenskyy"], "planned")]


def test_a_call_held_stays_held() -> None:
    text = "乌克兰总统办公室4日说，泽连斯基当天与美国总统特朗普进行了通话。"
    events = analyze_texts((text, PAGE), lang="zh").events
    assert [(sorted(e.participants), e.status) for e in events] == [
        (["donald-trump", "volodymyr-zelenskyy"], "held")]
