"""Every word of a tone list counts: a Chinese list whose words keep their 的 ("坦诚的、建设性的
会谈", "会谈是坦诚的、建设性的") and a Russian second clause of the same talk ("Беседа носила
деловой характер, была конструктивной и откровенной") gave only their first word (seen on
real Kremlin and Xinhua wording; lang/zh|ru/tone.yaml joiners)."""

from __future__ import annotations

import pytest

from readouts.extract.tags.tone import characterize


@pytest.mark.parametrize(("text", "lang", "words"), [
    ("双方进行了坦诚的、建设性的会谈。", "zh", ["candid", "constructive"]),
    ("两国元首表示，这次会谈是坦诚的、建设性的。", "zh", ["candid", "constructive"]),
    ("Беседа носила деловой характер, была конструктивной и откровенной.", "ru",
     ["business-like", "constructive", "frank"]),
    ("Встреча носила деловой характер и была откровенной.", "ru", ["business-like", "frank"]),
])
def test_each_word_of_the_list(text: str, lang: str, words: list[str]) -> None:
    assert characterize(text, lang) == words


@pytest.mark.parametrize(("text", "lang", "words"), [
    ("Беседа носила деловой характер, была короткой.", "ru", ["business-like"]),
    ("双方进行了坦诚的交流，会议是在北京举行的。", "zh", ["candid"]),
])
def test_no_word_beyond_the_list(text: str, lang: str, words: list[str]) -> None:
    assert characterize(text, lang) == words
