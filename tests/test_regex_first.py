"""The first-character lookahead finds exactly the matches of the regex it guards."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readouts import knowledge
from readouts.extract.tags.topics import _alternation
from readouts.text.regex_first import first_chars, with_first_chars


@pytest.mark.parametrize(("pattern", "chars"), [
    (r"\bsummit|talks", "st"),
    (r"(?<=conflict\s)resolution", "r"),  # a lookbehind consumes nothing
    (r"(?:tele)?phone", "tp"),  # an optional part lets the next one start
    (r"(?:深化|加强)(?=[^，。]{0,10}合作)", "深加"),
    (r"(?:(?<=深入)|(?<=坦诚的))交流", "交"),
    (r"[а-в]ид", "абв"),
])
def test_first_chars(pattern: str, chars: str) -> None:
    assert first_chars(pattern, re.I) == frozenset(chars)


@pytest.mark.parametrize("pattern", [
    r"\d+-летие",  # a digit class: any of many characters
    r"(?:tele)?",  # may match nothing: no first character at all
    r"\w+ talks",
    r"[^,]+ vertice",
])
def test_no_lookahead_where_any_character_may_start(pattern: str) -> None:
    assert first_chars(pattern, re.I) is None
    assert with_first_chars(pattern, re.I) == re.compile(pattern, re.I)


def test_lookahead_keeps_case_insensitive_parts_of_a_case_sensitive_pattern() -> None:
    guarded = with_first_chars(r"(?i:nato)|Vertice")
    found = [m.group() for m in guarded.finditer("La NATO e il Vertice; il vertice")]
    assert found == ["NATO", "Vertice"]


def _raw_cues() -> list[tuple[str, str, list[str]]]:
    """Every language's ``re:`` cues of the cue files, as the cue matcher compiles them."""
    out = []
    for source in ("topics", "concepts", "pledges"):
        data = knowledge.load(source)
        for lang in ("it", "en", "ru", "zh"):
            cues = [cue for spec in data[source].values()
                    for cue in (spec.get("cues") or {}).get(lang, []) if cue.startswith("re:")]
            if cues:
                out.append((source, lang, cues))
    return out


def _words(cues: list[str]) -> list[str]:
    """Pieces real matches are made of: the cues' words, cut and capitalised."""
    words = {w for cue in cues for w in re.findall(r"\w+", cue[3:]) if len(w) > 1}
    pieces = {p for w in words for p in (w, w[:4], w.capitalize(), w.upper())}
    return sorted(pieces) + [" ", " ", ", ", ". ", "-", "的", "了", "и", "e"]


@pytest.mark.parametrize(("source", "lang", "cues"), _raw_cues(),
                         ids=lambda v: v if isinstance(v, str) else "")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_raw_cues_match_the_same_with_and_without_the_lookahead(
        source: str, lang: str, cues: list[str], data: st.DataObject) -> None:
    pattern, _ = _alternation([(cue, source) for cue in cues], lang, source)
    guarded = with_first_chars(pattern.pattern, pattern.flags)
    assert guarded.flags == pattern.flags and guarded.groups == pattern.groups
    text = "".join(data.draw(st.lists(st.sampled_from(_words(cues)), max_size=30)))

    def spans(p: re.Pattern[str]) -> list[tuple[int, int, int | None]]:
        return [(m.start(), m.end(), m.lastindex) for m in p.finditer(text)]

    assert spans(guarded) == spans(pattern)


@pytest.mark.parametrize(("lang", "text", "wanted"), [
    ("en", "They agreed to maintain close contacts and to deepen practical cooperation.",
     {"stay-in-touch", "cooperation-deepen"}),
    ("it", "Hanno concordato di mantenere stretti contatti e di rafforzare la cooperazione.",
     {"stay-in-touch", "cooperation-deepen"}),
    ("ru", "Условились продолжить личные контакты и углублять практическое сотрудничество.",
     {"stay-in-touch", "cooperation-deepen"}),
    ("zh", "双方同意保持密切沟通，深化务实合作。", {"stay-in-touch", "cooperation-deepen"}),
])
def test_raw_concept_cues_still_found(lang: str, text: str, wanted: set[str]) -> None:
    pattern, owners = _alternation(
        [(cue, concept) for concept, spec in knowledge.load("concepts")["concepts"].items()
         for cue in (spec.get("cues") or {}).get(lang, []) if cue.startswith("re:")],
        lang, "concepts")
    guarded = with_first_chars(pattern.pattern, pattern.flags)
    # a Russian cue starts with a digit: no lookahead
    assert (guarded.pattern != pattern.pattern) == (lang != "ru")
    assert {owners[m.lastindex - 1] for m in guarded.finditer(text)} >= wanted
