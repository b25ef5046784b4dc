"""One title for two countries' presidents: "Президенты России и США", "the US and Russian
presidents", "i presidenti di Stati Uniti e Russia", "美俄总统", "中美两国元首" name each
country's president on the day, as "президент России" and "президент США" would. The
templates are ``paired_titles`` in ``lang/<iso>/titles.yaml``, ``{country}`` standing for
any country's name, adjective or short form (``knowledge/countries.yaml``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from readouts import knowledge
from readouts import lang as langdata
from readouts.extract.people.name_forms import ActorMatch
from readouts.text.alternation import alternation


@cache
def _gate(lang: str) -> re.Pattern[str] | None:
    words = (langdata.load(lang, "titles") or {}).get("paired_titles_gate") or []
    return alternation([str(w) for w in words])


@cache
def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    templates = (langdata.load(lang, "titles") or {}).get("paired_titles") or []
    if not templates:
        return None
    words = {name.lower(): iso for name, iso in knowledge.country_names(lang)}
    country = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    parts = []
    for template in templates:
        first, rest = str(template).split("{country}", 1)
        second, tail = rest.split("{country}", 1)
        parts.append(f"{first}(?P<a{len(parts)}>{country}){second}(?P<b{len(parts)}>{country})"
                     f"{tail}")
    edge = "" if lang == "zh" else r"(?<!\w)"
    return re.compile(edge + "(?:" + "|".join(f"(?:{p})" for p in parts) + ")", re.I), words


Holder = Callable[[str, str, str | None], str | None]  # (role, country, day) -> actor
_REACH = 60  # characters on each side of a plural title that a paired title may span


def _windows(text: str, gate: re.Pattern[str]) -> list[tuple[int, int]]:
    """Stretches around each plural title, merged: the pattern, an alternation of every
    country name, is tried only there, not at every position of the text."""
    out: list[tuple[int, int]] = []
    for m in gate.finditer(text):
        start, end = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def paired_title_matches(text: str, lang: str, on: str | None,
                         holder: Holder) -> list[ActorMatch]:
    """The presidents a paired title names: the first over the phrase to its first country,
    the second over the rest, so the matches do not overlap."""
    gate = _gate(lang)
    compiled = _pattern(lang)
    if compiled is None or gate is None:
        return []
    pattern, words = compiled
    out: list[ActorMatch] = []
    found = (m for start, end in _windows(text, gate) for m in pattern.finditer(text, start, end))
    for m in found:
        pair = [(key, value) for key, value in m.groupdict().items() if value]
        if len(pair) != 2:
            continue
        (first, a), (_, b) = pair
        one = holder("president", words.get(a.lower()) or "", on)
        two = holder("president", words.get(b.lower()) or "", on)
        if one and two and one != two:
            cut = m.end(first)
            out += [ActorMatch(one, m.start(), cut, text[m.start():cut], "title"),
                    ActorMatch(two, cut, m.end(), text[cut:m.end()], "title")]
    return out
