"""The duration finder's number words, units and halves, written as tries, match what the
alternation of the same words, longest first, matched."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readouts.extract.figures.numbers import locale
from readouts.extract.time.dates import find_duration
from readouts.extract.time.durations import _rules
from readouts.text.regex_trie import trie_regex


def _word_lists() -> list[tuple[str, str, list[str]]]:
    """Each language's number words (with the duration's own), units and halves."""
    out = []
    for lang in ("it", "en", "ru", "zh"):
        r = _rules(lang)
        morphemes = [w for w, (k, _) in locale(lang).words.items()
                     if k in ("num", "frac") and " " not in w]
        out += [(lang, "numbers", morphemes + list(r.numbers)), (lang, "units", list(r.units)),
                (lang, "halves", list(r.fractions))]
    return [(lang, kind, words) for lang, kind, words in out if words]


def _longest_first(words: list[str]) -> str:
    uniq = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)


@pytest.mark.parametrize(("lang", "kind", "words"), _word_lists(),
                         ids=lambda v: v if isinstance(v, str) else "")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_trie_of_the_words_matches_as_the_longest_first_alternation(
        lang: str, kind: str, words: list[str], data: st.DataObject) -> None:
    assert all(w == w.lower() for w in words)  # one case: no branch of another case first
    pieces = sorted({p for w in words for p in (w, w[:3], w.capitalize(), w.upper())})
    text = "".join(data.draw(st.lists(st.sampled_from([*pieces, " ", "  ", "-", ", "]),
                                      max_size=20)))
    for wrap in ("(?:{})", "(?<!\\w)(?:{})+(?:\\s+(?:{}))?"):
        flat = re.compile(wrap.format(*[_longest_first(words)] * wrap.count("{}")), re.I)
        trie = re.compile(wrap.format(*[trie_regex(w for w in words if w)]
                                      * wrap.count("{}")), re.I)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


@pytest.mark.parametrize(("sentence", "lang", "minutes"), [
    ("The call lasted forty-five minutes.", "en", 45),
    ("The leaders spoke for a couple of hours.", "en", 120),
    ("Il colloquio è durato quarantacinque minuti.", "it", 45),
    ("La telefonata è durata diciassette minuti.", "it", 17),
    ("Разговор продолжался сорок пять минут.", "ru", 45),
    ("Беседа длилась два с половиной часа.", "ru", 150),
    ("两国元首通话持续了四十五分钟。", "zh", 45),
])
def test_long_number_words_before_a_unit(sentence: str, lang: str, minutes: int) -> None:
    found = find_duration(sentence, lang)
    assert found is not None and found.minutes == minutes
