"""The literal gate never turns away a text its patterns match (it may let through more)."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readouts import lang as langdata
from readouts.text.regex_gate import required_literals
from readouts.text.word_gate import WordGate


@pytest.mark.parametrize(("pattern", "matching", "not_matching"), [
    (r"\bmet (?:with|in|on)\b", "Putin met with Xi", "the meeting ended"),
    (r"(?:tele)?phone (?:call|conversation|talks)s?", "a Telephone conversation", "phoned"),
    (r"video ?(?:conferenza|collegamento|chiamata)", "in videoconferenza", "un video"),
    (r"телефонн\w+ разговор", "телефонный разговор", "телефонная линия"),
    (r"通(?:了)?电话", "两国元首通了电话", "双方举行会谈"),
    (r"(?-i:Readout) of", "Readout of the call", "the report of"),
])
def test_required_literals(pattern: str, matching: str, not_matching: str) -> None:
    words = required_literals(pattern)
    assert words and re.search(pattern, matching, re.I)
    assert any(word in matching.lower() for word in words)
    assert not any(word in not_matching.lower() for word in words)


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\b(?:placed|sent) by (?P<who>[^,.;]{2,60})", {"placed", "sent"}),
    (r"(?P<whom>[^,.;]{2,40}?) (?:is|was) (?:the \w+|one of the) (?:who|that) "
     r"(?P<who>[^,.;]{2,40}?) (?:rang|called)\b", {"rang", "called"}),
    (r"(?:fatta|data) dal (?P<who>[^,.;]{2,60})", {"fatta", "data"}),
    (r"(?:звал|просил) на (?P<who>[^,.;]{2,60})", {"звал", "просил"}),
])
def test_a_word_wins_over_a_spaced_function_word(pattern: str, words: set[str]) -> None:
    """" by ", " the ", " dal ", " на " stand in nearly every sentence: the words they join
    make the gate."""
    assert required_literals(pattern) == words


@pytest.mark.parametrize("pattern", [
    r"\b\w+ \w+\b",  # no literal at all: the pattern runs as it is
    r"(?:a|in) ",  # nothing long enough to be worth a gate
])
def test_no_gate_without_a_selective_literal(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_gate_lets_through_what_matches_and_stops_what_cannot() -> None:
    gate = WordGate(*(re.compile(p, re.I) for p in [
        r"\bmet (?:with|in|on)\b", r"(?:tele)?phone (?:call|talks)", r"\b\d+ \w+ ago\b"]))
    assert gate.may_match("President Macron MET WITH the Chancellor.")
    assert gate.may_match("They held a telephone call on Monday.")
    assert gate.may_match("It happened 3 days ago.")  # the open pattern runs as a regex
    assert not gate.may_match("The two leaders discussed trade and energy.")


def _type_cues() -> list[tuple[str, str]]:
    cues = []
    for lang in ("it", "en", "ru", "zh"):
        data = langdata.load(lang, "contacts")
        patterns = [*(data.get("visit_to_person") or []),
                    *(p for pats in (data.get("types") or {}).values() for p in pats)]
        cues.extend((lang, p) for p in patterns)
    return cues


def _generable(pattern: str) -> bool:
    """Hypothesis builds strings for most regex syntax, not for lookbehinds or \\b."""
    return not re.search(r"\(\?<[!=]|\\b|\(\?-i|\^|\$", pattern)


@cache
def _gate(lang: str) -> WordGate:
    """The language's gate over all its type cues, built once (not once an example)."""
    return WordGate(*(re.compile(p, re.I | re.M) for l_, p in _type_cues() if l_ == lang))


@pytest.mark.parametrize(("lang", "pattern"),
                         [c for c in _type_cues() if _generable(c[1])])
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_string_a_real_cue_matches_passes_its_languages_gate(
        lang: str, pattern: str, data: st.DataObject) -> None:
    text = data.draw(st.from_regex(re.compile(pattern, re.I), fullmatch=True))
    assert _gate(lang).may_match(f"Prima {text} dopo")
