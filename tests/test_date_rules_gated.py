"""The running-text date rules, run behind their words and first characters, find exactly
what their plain regexes find."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readouts.extract.time.date_grammar import lexicon, rule_sources, rules
from readouts.extract.time.dates import find_dates

_LANGS = ("it", "en", "ru", "zh")


def _pieces(lang: str) -> list[str]:
    """What dates are written with: the language's month, weekday, relative, unit and ordinal
    words in their cases, digits and glue."""
    lex = lexicon(lang)
    words = [*lex.months, *lex.weekdays, *lex.relative, *lex.month_mods, *lex.units,
             *lex.ordinals, *(str(w) for w in lex.data.get("ago") or [])]
    pieces = {p for w in words for p in (w, w.capitalize(), w.upper())}
    return sorted(pieces) + ["3", "17", "2024", "年", "月", "日", " ", " ", ", ", ". ", "the "]


@pytest.mark.parametrize("strict", [True, False])
@pytest.mark.parametrize("lang", _LANGS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_gated_rules_match_as_their_plain_regexes(lang: str, strict: bool,
                                                  data: st.DataObject) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces(lang)), max_size=25)))
    for rule, (kind, source) in zip(rules(lang, strict), rule_sources(lang, strict),
                                    strict=True):
        assert rule.kind == kind
        plain = re.compile(source, re.IGNORECASE)
        assert [m.groupdict() | {"": m.span()} for m in rule.pattern.finditer(text)] == \
            [m.groupdict() | {"": m.span()} for m in plain.finditer(text)]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("it", "Il colloquio si è svolto giovedì 12 settembre 2024 a Roma.", "2024-09-12"),
    ("en", "The two leaders spoke by phone on Thursday, September 12, 2024.", "2024-09-12"),
    ("ru", "Разговор состоялся 12 сентября 2024 года.", "2024-09-12"),
    ("zh", "2024年9月12日，两国元首通电话。", "2024-09-12"),
    ("en", "They will meet again the day after tomorrow.", "2024-09-14"),
])
def test_dates_still_found(lang: str, text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, lang, "2024-09-12")] == [value]
