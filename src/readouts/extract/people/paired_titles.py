"""One title for two countries' presidents: "Президенты России и США", "the US and Russian
presidents", "i presidenti di Stati Uniti e Russia", "美俄总统", "中美两国元首" name each
country's president on the day, as "президент России" and "президент США" would. The
templates are ``paired_titles`` in ``lang/<iso>/titles.yaml``, ``{country}`` standing for
any country's name, adjective or short form (``knowledge/countries.yaml``).

One plural title over a list of countries ("leaders of the United States, Italy, France and
Germany", "i leader di Francia, Germania e Italia") names each country's leader the same way:
``listed_titles`` (a role, its templates, ``{countries}`` standing for the list)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from readouts import knowledge
from readouts import lang as langdata
from readouts.extract.people.name_forms import ActorMatch
from readouts.text.alternation import alternation
from readouts.text.regex_cache import compile_cached


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
    country = _country_alternation(lang)
    parts = []
    for template in templates:
        first, rest = str(template).split("{country}", 1)
        second, tail = rest.split("{country}", 1)
        parts.append(f"{first}(?P<a{len(parts)}>{country}){second}(?P<b{len(parts)}>{country})"
                     f"{tail}")
    edge = "" if lang == "zh" else r"(?<!\w)"
    # every country twice in every template: compiled once per user (text.regex_cache)
    return compile_cached(edge + "(?:" + "|".join(f"(?:{p})" for p in parts) + ")", re.I), words


@cache
def _listed_gate(lang: str) -> re.Pattern[str] | None:
    words = (langdata.load(lang, "titles") or {}).get("listed_titles_gate") or []
    return alternation([str(w) for w in words])


@cache
def _listed(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each listed title's pattern (the list in its group ``list``) and the role it asks."""
    titles = langdata.load(lang, "titles") or {}
    data = titles.get("listed_titles") or {}
    if not data or _pattern(lang) is None:
        return ()
    articles = "|".join(str(a) for a in titles.get("listed_article") or [])
    article = rf"(?:(?:{articles})\s+)?" if articles else ""
    item = rf"{article}(?:{_country_alternation(lang)})"
    joiner = "(?:" + "|".join(str(j) for j in titles.get("listed_joiner") or []) + ")"
    listed = rf"(?P<list>{item}(?:{joiner}{item})+)"
    edge = "" if lang == "zh" else r"(?<!\w)"
    out = []
    for role, templates in data.items():
        for template in templates:
            out.append((compile_cached(edge + str(template).replace("{countries}", listed),
                                       re.I),
                        str(role)))
    return tuple(out)


@cache
def _country_alternation(lang: str) -> str:
    words = {name.lower() for name, _ in knowledge.country_names(lang)}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _country_word(lang: str) -> re.Pattern[str]:
    edge = "" if lang == "zh" else r"(?<!\w)"
    tail = "" if lang == "zh" else r"(?!\w)"
    return re.compile(rf"{edge}(?:{_country_alternation(lang)}){tail}", re.I)


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


def listed_title_matches(text: str, lang: str, on: str | None,
                         holder: Holder) -> list[ActorMatch]:
    """The leaders one plural title over a list of two or more countries names ("leaders
    of the United States, Italy, France and Germany", "i leader di Italia e Francia"): each
    country's holder of the title's role on the day, over that country's word (the first
    over the title too)."""
    gate = _listed_gate(lang)
    listed = _listed(lang)
    compiled = _pattern(lang)
    if gate is None or not listed or compiled is None or gate.search(text) is None:
        return []
    words = compiled[1]
    out: list[ActorMatch] = []
    for pattern, role in listed:
        for start, end in _windows(text, gate):
            for m in pattern.finditer(text, max(0, start - 2 * _REACH), end + 2 * _REACH):
                found = []
                for c in _country_word(lang).finditer(text, m.start("list"), m.end("list")):
                    actor = holder(role, words.get(c.group(0).lower()) or "", on)
                    if actor is None:
                        found = []
                        break  # a country whose leader is unknown: the list names no one
                    found.append((actor, c.start(), c.end()))
                if len({a for a, _, _ in found}) < 2 or any(
                        m.start() < o.end and o.start < m.end() for o in out):
                    continue
                found[0] = (found[0][0], m.start(), found[0][2])
                out += [ActorMatch(a, s, e, text[s:e], "title") for a, s, e in found]
    return out
