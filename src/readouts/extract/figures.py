"""Figures leaders cite: money, percentages and counts of measurable things.

A number is a figure only with a unit: a currency, a percent sign or word, or a counted
noun from the language's list ("dosi", "students", "доз", "名学生"). That one rule keeps
out most non-figures (dates, times, years, "two leaders"); ordinals, identifiers and
compounds ("20th", "n. 7", "COVID-19", "14-й", "第十四次") are refused where the number
is found. Everything language-specific comes from ``lang/<lang>/numbers.yaml`` and
``measures.yaml``; each sentence is scanned by one compiled regex, and the few checks
around each hit are anchored matches at known offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata
from readouts.extract.numbers import locale, normalize, parse_number, parse_zh, zh_chars
from readouts.model import Figure

_CLAUSE_BREAKS = re.compile(r"[;:；：，]|\s[—–]\s")
_MAX_GAP_WORDS = 2


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first (so "US$" wins over "$")."""
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in ordered)  # line breaks in text
    return "(?:" + "|".join(escaped) + ")" if ordered else "(?!)"


@dataclass(frozen=True)
class _Rules:
    """Compiled figure rules of one language."""

    lang: str
    finder: re.Pattern[str]
    percent: re.Pattern[str]
    currency: re.Pattern[str]
    counted: re.Pattern[str]
    tenths: re.Pattern[str] | None
    qualifier: re.Pattern[str]
    qual_suffix: re.Pattern[str] | None
    identifier: re.Pattern[str]
    measures: re.Pattern[str] | None
    currency_prefix: dict[str, str]
    currency_prefix_folded: dict[str, str]
    percent_prefix: dict[str, float]
    currency_words: dict[str, str]
    counted_units: dict[str, str]
    non_figure: frozenset[str]
    qualifiers: dict[str, str]
    qualifier_suffixes: dict[str, str]
    percent_points: frozenset[str]
    money_or_percent: frozenset[str]
    articles: frozenset[str]
    measure_of: dict[str, str]


def _measure_cues(lang: str) -> dict[str, str]:
    cues: dict[str, str] = {}
    for measure, words in (langdata.load(lang, "measures") or {}).items():
        for w in words or []:
            cues.setdefault(str(w).lower(), str(measure))
    return cues


@cache
def _rules(lang: str) -> _Rules:
    loc = locale(lang)
    d = loc.data
    spaced = lang != "zh"
    lb = r"(?<![^\W\d_])" if spaced else ""  # word start for space-separated languages
    la = r"(?![^\W\d_])" if spaced else ""  # word end

    cur_prefix = {str(k): str(v) for k, v in (d.get("currency_prefix") or {}).items()}
    cur_words = {str(k).lower(): str(v) for k, v in (d.get("currency_words") or {}).items()}
    counted = {str(k).lower(): str(v) for k, v in (d.get("counted") or {}).items()}
    non_figure = frozenset(str(w).lower() for w in d.get("non_figure_nouns") or [])
    quals = {
        str(w).lower(): q for q, ws in (d.get("qualifiers") or {}).items() for w in ws or []
    }
    qual_sfx = {
        str(w): q for q, ws in (d.get("qualifier_suffixes") or {}).items() for w in ws or []
    }

    if spaced:
        scales = [str(s) for s in loc.scales]
        letters = [s for s in scales if len(s.rstrip(".")) <= 2 and s.rstrip(".").isascii()]
        words = [s for s in scales if s not in letters]
        scale = (
            rf"(?:{_alt(letters)}|(?i:{_alt(letters + words)}))(?![^\W\d_])"
            if scales
            else "(?!)"
        )
        # "over", "su", "point" join numbers only in parse_number; in prose they are words
        morph = _alt(w for w, (kind, _) in loc.words.items() if kind not in ("div", "point"))
        conn = _alt(loc.connectors)
        word_num = (
            rf"(?<![\w-])(?i:{morph}+(?:(?:\s*-\s*|\s+)(?:{conn}\s+)?{morph}+)*)(?![\w-])"
        )
        ord_sfx = [s for s in d.get("ordinal_suffixes") or [] if not s[0].isalpha()]
        digit_num = (
            rf"(?(cpre)|(?<![\w.,])(?<![^\W\d_]-))(?<!\d:){loc.digits}(?![.,]?\d)(?!:\d)"
            + (rf"(?!{_alt(ord_sfx)}[^\W\d_]?)" if ord_sfx else "")
        )
        half = _alt(d.get("half_after_scale") or [])
        number = (
            rf"(?P<num>{digit_num}(?P<scale>(?:[ \u00a0]?{scale})*)(?:\s+(?i:{half}))?"
            rf"|{word_num})(?![^\W\d_])(?![°ºª])"
        )
        prefix = rf"(?:(?<![\w$])(?P<cpre>(?i:{_alt(cur_prefix)}))[ \u00a0]?)?"
        finder = re.compile(prefix + number)
    else:
        z = re.escape(zh_chars())
        vague = re.escape("".join((loc.data.get("zh") or {}).get("vague", [])))
        unit = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{z}])"
        pct_prefix = _alt(d.get("percent_prefix") or {})
        minus = _alt((d.get("zh") or {}).get("minus", []))
        prefix = (
            rf"(?:(?P<cpre>{_alt(cur_prefix)})\s?)?(?P<pctpre>{pct_prefix})?"
            rf"(?P<neg>{minus}|-(?=\d))?"
        )
        finder = re.compile(
            prefix + rf"(?<![第{z}\d.])(?P<num>{unit}(?:{unit}|[{vague}](?=[{z}\d]))*[{vague}]?)"
        )

    pct = [*(d.get("percent_point_words") or []), *(d.get("percent_words") or [])]
    percent = re.compile(rf"[ \u00a0]?(?P<pct>(?i:{_alt(pct)}))" + (la if spaced else ""))
    link = _alt(d.get("currency_link") or [])
    currency = re.compile(
        rf"\s*(?:(?i:{link})\s*)?(?P<cur>(?i:{_alt(cur_words)}))" + (la if spaced else "")
    )
    nouns = _alt(set(counted) | set(non_figure))
    if spaced:
        gap = rf"(?P<gap>(?:\s+[^\W\d_][\w'’-]*){{0,{_MAX_GAP_WORDS}}}?)"
        counted_re = re.compile(rf"{gap}\s+(?P<noun>(?i:{nouns})){la}")
    else:
        counted_re = re.compile(rf"(?P<gap>)\s?(?P<noun>{nouns})")
    tenths = None
    if d.get("percent_tenths"):
        stop = "".join(d.get("percent_tenths_not_before") or [])
        tenths = re.compile(rf"(?P<t>{_alt(d['percent_tenths'])})(?![{re.escape(stop)}])")
    fillers = _alt(d.get("qualifier_fillers") or [])
    qualifier = re.compile(rf"{lb}(?P<q>(?i:{_alt(quals)}))\s*(?:(?i:{fillers})\s*)?$")
    qual_suffix = re.compile(rf"(?P<q>{_alt(qual_sfx)})") if qual_sfx else None
    identifier = re.compile(rf"{lb}(?i:{_alt(d.get('identifier_prefixes') or [])})\s*$")
    measure_of = _measure_cues(lang)
    measures = re.compile(lb + rf"(?i:{_alt(measure_of)})") if measure_of else None
    return _Rules(
        lang=lang,
        finder=finder,
        percent=percent,
        currency=currency,
        counted=counted_re,
        tenths=tenths,
        qualifier=qualifier,
        qual_suffix=qual_suffix,
        identifier=identifier,
        measures=measures,
        currency_prefix=cur_prefix,
        currency_prefix_folded={k.lower(): v for k, v in cur_prefix.items()},
        percent_prefix={str(k): float(v) for k, v in (d.get("percent_prefix") or {}).items()},
        currency_words=cur_words,
        counted_units=counted,
        non_figure=non_figure,
        qualifiers=quals,
        qualifier_suffixes=qual_sfx,
        percent_points=frozenset(str(w).lower() for w in d.get("percent_point_words") or []),
        money_or_percent=frozenset(
            {"percent", "percentage-point", *cur_prefix.values(), *cur_words.values()}
        ),
        articles=frozenset(
            str(w).lower() for w in ((d.get("words") or {}).get("articles") or [])
        ),
        measure_of=measure_of,
    )


def _is_year(num: str, scale: str) -> bool:
    return not scale and len(num) == 4 and num.isdigit() and 1800 <= int(num) <= 2100


def extract_figures(sentence: str, lang: str) -> list[Figure]:
    """Find the figures in one sentence of ``lang`` ('it', 'en', 'ru', 'zh').

    Each Figure carries the text as written, the fully scaled value, the unit (ISO 4217,
    ``percent``, ``percentage-point`` or an English singular counted noun), the qualifier
    and what it measures (``about``); offsets are inside ``sentence``.
    """
    r = _rules(lang)
    text = normalize(sentence)
    figures: list[Figure] = []
    for m in r.finder.finditer(text):
        fig = _figure(text, m, r)
        if fig is not None:
            fig.text = sentence[fig.start : fig.end]
            figures.append(fig)
    if figures and r.measures is not None:
        _assign_measures(sentence, figures, r)
    return figures


def _figure(text: str, m: re.Match[str], r: _Rules) -> Figure | None:
    num_text = m.group("num")
    start, end = m.start(), m.end()
    groups = m.groupdict()
    scale = groups.get("scale") or ""
    if num_text.lower() in r.articles:
        return None
    if r.identifier.search(text, max(0, m.start("num") - 30), m.start("num")):
        return None
    raw = text[m.start("num") : end]
    value = parse_zh(raw) if r.lang == "zh" else parse_number(raw, r.lang)
    if value is None:
        return None
    unit = None
    if groups.get("neg"):
        value = -value
    cpre = groups.get("cpre")
    if cpre:
        unit = r.currency_prefix.get(cpre) or r.currency_prefix_folded[cpre.lower()]
    qualifier = None
    if r.qual_suffix is not None and any(c in num_text for c in "多余餘几幾"):
        qualifier = "more_than"
    if groups.get("pctpre"):
        unit, value = "percent", value * r.percent_prefix[groups["pctpre"]]
    elif unit is None:
        unit, end = _unit_after(text, end, r, value)
        if unit == "tenths":
            unit, value = "percent", value * 10
        elif unit is not None and _is_year(num_text, scale) and unit not in r.money_or_percent:
            return None  # "2021 students" is more likely a year before a noun
    else:
        cur = r.currency.match(text, end)  # "$ 10 dollars", "US$ 5 million USD"
        if cur and r.currency_words[cur.group("cur").lower()] == unit:
            end = cur.end()
    if unit is None:
        return None
    if qualifier is None:
        q = r.qualifier.search(text, max(0, start - 40), start)
        if q:
            qualifier = r.qualifiers[q.group("q").lower()]
    if r.qual_suffix is not None:
        qs = r.qual_suffix.match(text, end)
        if qs:
            qualifier = r.qualifier_suffixes[qs.group("q")]
    return Figure(
        text="",
        value=float(value),
        unit=unit,
        qualifier=qualifier or "exact",
        start=start,
        end=end,
    )


def _unit_after(text: str, end: int, r: _Rules, value: float) -> tuple[str | None, int]:
    """The unit written after a number: percent, currency word, tenths or counted noun."""
    p = r.percent.match(text, end)
    if p:
        points = p.group("pct").lower() in r.percent_points
        return ("percentage-point" if points else "percent"), p.end()
    c = r.currency.match(text, end)
    if c:
        return r.currency_words[c.group("cur").lower()], c.end()
    if r.tenths is not None and value <= 10:
        t = r.tenths.match(text, end)
        if t:
            return "tenths", t.end()
    n = r.counted.match(text, end)
    if n:
        noun = n.group("noun").lower()
        gap = n.group("gap").lower().split()
        if noun in r.counted_units and not any(g in r.non_figure for g in gap):
            return r.counted_units[noun], n.end()
    return None, end


def _assign_measures(sentence: str, figures: list[Figure], r: _Rules) -> None:
    """Set ``about`` from the nearest measure cue in the figure's clause.

    A cue inside another figure ("200 studenti") belongs to that figure only, so a list of
    figures does not lend one figure's noun to its neighbours.
    """
    assert r.measures is not None
    found = r.measures.finditer(sentence)
    cues = [(m.start(), m.end(), r.measure_of[m.group().lower()]) for m in found]
    if not cues:
        return
    breaks = [m.start() for m in _CLAUSE_BREAKS.finditer(sentence)]
    for fig in figures:
        lo = max((b for b in breaks if b < fig.start), default=-1)
        hi = min((b for b in breaks if b >= fig.end), default=len(sentence))
        best: tuple[int, str] | None = None
        for cs, ce, measure in cues:
            if cs <= lo or ce > hi:
                continue
            if any(o is not fig and o.start <= cs < o.end for o in figures):
                continue
            dist = max(0, fig.start - ce, cs - fig.end)
            if best is None or dist < best[0]:
                best = (dist, measure)
        fig.about = best[1] if best else None
