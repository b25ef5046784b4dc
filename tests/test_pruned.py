"""An alternation run with only the branches a text holds the words of finds exactly the
matches of the whole alternation."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readouts import lang as langdata
from readouts.text.alternation import alternation
from readouts.text.pruned import PrunedAlternation

_FLAGS = re.I | re.M


def _cue_lists() -> list[tuple[str, str, list[str]]]:
    """Every language's contact type cues, a list per type, as ``contact_cues`` reads them."""
    out = []
    for lang in ("it", "en", "ru", "zh"):
        data = langdata.load(lang, "contacts")
        for key in ("types", "weak_types"):
            out.extend((lang, name, list(pats)) for name, pats in (data.get(key) or {}).items())
    return out


def _pieces(cues: list[str]) -> list[str]:
    """What real matches are made of: the cues' words, cut and capitalised, and glue."""
    words = {w for cue in cues for w in re.findall(r"\w+", cue) if len(w) > 1}
    pieces = {p for w in words for p in (w, w[:4], w.capitalize(), w.upper())}
    return sorted(pieces) + [" ", " ", ", ", ". ", "-", "的", "了", "и", "e", "Putin"]


@cache
def _matchers(cues: tuple[str, ...]) -> tuple[re.Pattern[str], PrunedAlternation, list[str]]:
    """The whole alternation, the pruned one and the pieces of texts, built once a cue list
    (not once an example: building them was most of the test's time)."""
    full = alternation(list(cues), _FLAGS)
    assert full is not None
    return full, PrunedAlternation(list(cues), _FLAGS), _pieces(list(cues))


def _spans(matches: object) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("lang", "name", "cues"), _cue_lists(),
                         ids=lambda v: v if isinstance(v, str) else "")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_type_cues_match_the_same_pruned(lang: str, name: str, cues: list[str],
                                         data: st.DataObject) -> None:
    full, pruned, pieces = _matchers(tuple(cues))
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=30)))
    assert _spans(pruned.finditer(text)) == _spans(full.finditer(text))
    first = pruned.search(text)
    assert (first and first.span()) == ((m := full.search(text)) and m.span())


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("it", "Il presidente ha avuto una conversazione telefonica con Putin ieri sera.",
     "phone_call"),
    ("en", "The two leaders held a phone call on Tuesday and agreed to meet in Rome.",
     "phone_call"),
    ("ru", "Президенты провели телефонный разговор и договорились о встрече.", "phone_call"),
    ("zh", "两国元首通电话，同意年内举行会晤。", "phone_call"),
])
def test_a_sentence_runs_only_the_cues_whose_words_it_holds(lang: str, text: str,
                                                            kind: str) -> None:
    cues = list(langdata.load(lang, "contacts")["types"][kind])
    pruned = PrunedAlternation(cues, _FLAGS)
    full = alternation(cues, _FLAGS)
    assert full is not None
    found = _spans(pruned.finditer(text))
    assert found and found == _spans(full.finditer(text))
    ran = list(pruned._compiled)
    assert len(ran) == 1 and 0 < len(ran[0]) < len(cues)


@pytest.mark.parametrize(("text", "found"), [
    ("Leaders met on 12 May", [(15, 21)]),  # no cue word: only the open pattern runs
    ("The phone call on 12 May", [(4, 14), (18, 24)]),
    ("Nothing to see", []),
])
def test_a_pattern_with_no_selective_word_always_runs(text: str,
                                                      found: list[tuple[int, int]]) -> None:
    cues = [r"phone call", r"\d+ [A-Z]\w+"]
    pruned = PrunedAlternation(cues, re.I)
    assert pruned.gates[1].words is None
    assert _spans(pruned.finditer(text)) == found


def test_captured_branches_tell_which_pattern_matched() -> None:
    pruned = PrunedAlternation([r"video ?call", r"tele(?:phone|fono)", r"звонок"], re.I,
                               capture=True)
    text = "Al telefono? No: a VIDEOCALL, then a telephone chat; позже звонок."
    assert [(m.group(), i) for m, i in pruned.branches(text)] == [
        ("telefono", 1), ("VIDEOCALL", 0), ("telephone", 1), ("звонок", 2)]
    assert list(pruned.branches("nothing here")) == []
