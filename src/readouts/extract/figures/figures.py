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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata
from readouts.extract.figures.numbers import locale, normalize, parse_number, parse_zh, zh_chars
from readouts.model import Figure

_CLAUSE_BREAKS = re.compile(r"[;:；：，]|\s[—–]\s")
_MAX_GAP_WORDS = 2


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first (so "US$" wins over "$")."""
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in ordered)  # line breaks in text
    return "(?:" + "|".join(escaped) + ")" if ordered else "(?!)"


def _zh_alt(words: Iterable[str]) -> str:
    """Like ``_alt``, but characters may be spaced apart ("个 百 分 点")."""
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    spaced = (r"\s*".join(re.escape(c) for c in w) for w in ordered)
    return "(?:" + "|".join(spaced) + ")" if ordered else "(?!)"


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
    currency_scale: dict[str, float]  # folded currency word or prefix -> factor ("MUSD")
    minor: re.Pattern[str]  # a sub-unit after a number: "cents", "pence", "美分"
    minor_units: dict[str, tuple[str, float]]  # folded sub-unit -> (currency, factor)
    minor_tail: re.Pattern[str] | None  # "and 45 cents", "e 15", "6角三分" after money
    tail_units: dict[str, tuple[str, float]]  # sub-units only after a sum: "角", "分"
    tail_end: re.Pattern[str]  # what may follow a bare sub-unit count: "15 dollars 50."
    scale_after: re.Pattern[str] | None  # "75 USD million"
    scales: dict[str, float]
    scales_folded: dict[str, float]
    discount: re.Pattern[str] | None  # "九折": a price cut to tenths of the full price
    discount_not_after: frozenset[str]  # "一波三折" is no price cut
    counted_units: dict[str, str]
    counted_scale: dict[str, float]  # folded counted noun -> factor ("MMT": a million tons)
    non_figure: frozenset[str]
    qualifiers: dict[str, str]
    qualifier_suffixes: dict[str, str]
    percent_points: frozenset[str]
    money_or_percent: frozenset[str]
    articles: frozenset[str]
    measure_of: dict[str, str]
    sum_followers: re.Pattern[str]  # words a bare sum may stand before ("entro", "by")
    joiner: re.Pattern[str]  # "e", "and", "и": a cue beyond one is not a count's measure


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
    cur_scale: dict[str, float] = {}
    codes = {c for c in [*cur_prefix.values(), *cur_words.values()] if re.fullmatch("[A-Z]{3}", c)}
    for letter, factor in (d.get("currency_code_scales") or {}).items():
        for code in codes:  # "MUSD", "MEUR": a scale letter glued to an ISO code
            cur_prefix.setdefault(f"{letter}{code}", code)
            cur_words.setdefault(f"{letter}{code}".lower(), code)
            cur_scale[f"{letter}{code}".lower()] = float(factor)
    minor_units = {
        str(k).lower(): (str(v[0]), float(v[1]))
        for k, v in (d.get("currency_subunits") or {}).items()
    }
    tail_units = {
        str(k).lower(): (str(v[0]), float(v[1]))
        for k, v in (d.get("currency_subunits_after_money") or {}).items()
    }
    counted: dict[str, str] = {}
    counted_scale: dict[str, float] = {}
    for noun, unit in (d.get("counted") or {}).items():
        if isinstance(unit, list):  # "MMT: [ton, 1000000]": a noun that carries a scale
            unit, counted_scale[str(noun).lower()] = unit[0], float(unit[1])
        counted[str(noun).lower()] = str(unit)
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
        # a short unit may be glued to digits ("115USD", "29km"); an ordinal suffix never is
        glued = [
            w for w in [*cur_words, *counted, *minor_units]
            if w.isascii() and w.isalpha() and len(w) <= 4
        ]
        word_end = rf"(?:(?![^\W\d_])|(?=(?i:{_alt(glued)})(?![^\W\d_])))"
        number = (
            rf"(?P<num>{digit_num}(?P<scale>(?:[ \u00a0]?{scale})*)(?:\s+(?i:{half}))?{word_end}"
            rf"|{word_num}(?![^\W\d_]))(?![°ºª])"
        )
        prefix = rf"(?:(?<![\w$])(?P<cpre>(?i:{_alt(cur_prefix)}))[ \u00a0]?)?"
        pct_prefix = _alt(d.get("percent_prefix") or {})
        minus = _alt(loc.minus)
        signs = (
            rf"(?:(?<![\w-])(?P<pctpre>(?i:{pct_prefix}))\s+)?"
            rf"(?:(?<![\w-])(?P<neg>(?i:{minus}))\s+)?"
        )
        # every branch starts a word: checked once up front, the scan skips mid-word
        # positions before trying the optional prefixes (3x faster)
        finder = re.compile(r"(?<!\w)" + signs + prefix + number)
    else:
        z = re.escape(zh_chars())
        vague = re.escape("".join((loc.data.get("zh") or {}).get("vague", [])))
        # characters may be spaced apart ("百 分 之 五"); a full-width comma groups digits
        # only before exactly three of them
        unit = rf"(?:\d{{1,3}}(?:[,，]\d{{3}})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?|[{z}])"
        pct_prefix = _zh_alt(d.get("percent_prefix") or {})
        minus = _alt((d.get("zh") or {}).get("minus", []))
        letters = _alt(s for s in loc.scales if s.isascii())
        prefix = (
            rf"(?:(?P<cpre>{_alt(cur_prefix)})\s?)?(?:(?P<pctpre>{pct_prefix})\s*)?"
            rf"(?P<neg>{minus}|(?<![\w-])-(?=\d))?"
        )
        finder = re.compile(
            prefix
            + rf"(?<![第{z}\d.])(?P<num>{unit}(?:[ ]*(?:{unit}|[{vague}](?=[{z}\d])))*[{vague}]?)"
            + rf"(?P<scale>\s?{letters}(?![A-Za-z]))?"
        )

    pct = [*(d.get("percent_point_words") or []), *(d.get("percent_words") or [])]
    pct_alt = _alt(pct) if spaced else _zh_alt(pct)
    space = r"[ \u00a0]?" if spaced else r"\s*"
    percent = re.compile(rf"{space}(?P<pct>(?i:{pct_alt}))" + la)
    link = _alt(d.get("currency_link") or [])
    currency = re.compile(rf"\s*(?:(?i:{link})\s*)?(?P<cur>(?i:{_alt(cur_words)})){la}")
    minor = re.compile(rf"\s*(?P<cur>(?i:{_alt(minor_units)})){la}")
    minor_tail = None
    if tail_units or minor_units:
        conn = _alt(loc.connectors | set((d.get("zh") or {}).get("and", [])))
        tail_num = locale(lang).digits if spaced else rf"[\d{re.escape(zh_chars())}]+"
        morph = _alt(w for w, (k, _) in loc.words.items() if k == "num")
        tail = _alt({**minor_units, **tail_units})
        minor_tail = re.compile(
            rf"(?:\s*,)?\s*(?:(?i:{conn})\s*)?(?P<n>{tail_num}|(?i:{morph})(?:[\s-]*(?i:{morph}))?)"
            rf"{la}(?:\s*(?P<cur>(?i:{tail})){la})?"
        )
    scale_after = None
    if loc.scales and spaced:
        scale_after = re.compile(rf"[ \u00a0]+(?P<s>(?i:{_alt(loc.scales)})){la}")
    nouns = _alt(set(counted) | set(non_figure))
    if spaced:
        gap = rf"(?P<gap>(?:\s+[^\W\d_][\w'’-]*){{0,{_MAX_GAP_WORDS}}}?)"
        counted_re = re.compile(rf"{gap}(?:\s+|(?<=\d))(?P<noun>(?i:{nouns})){la}")  # "29km"
    else:
        counted_re = re.compile(rf"(?P<gap>)\s?(?P<noun>{nouns})")
    tenths = discount = None
    if d.get("percent_tenths"):
        stop = "".join(d.get("percent_tenths_not_before") or [])
        tenths = re.compile(
            rf"\s*(?P<t>{_alt(d['percent_tenths'])})(?![{re.escape(stop)}])"
            rf"(?:\s*(?P<extra>[{re.escape(zh_chars())}半](?![{re.escape(zh_chars())}])))?"
        )
    if d.get("percent_discount"):
        stop = "".join(d.get("percent_discount_not_before") or [])
        discount = re.compile(rf"\s*(?P<t>{_alt(d['percent_discount'])})(?![{re.escape(stop)}])")
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
        currency_scale=cur_scale,
        minor=minor,
        minor_units=minor_units,
        minor_tail=minor_tail,
        scale_after=scale_after,
        tail_units=tail_units,
        tail_end=re.compile(
            rf"\s*(?:[^\w\s]|$|(?i:{_alt(loc.connectors)}){la})" if spaced else "(?!)"
        ),
        scales=dict(loc.scales),
        scales_folded={k.lower(): v for k, v in loc.scales.items()},
        discount=discount,
        discount_not_after=frozenset(d.get("percent_discount_not_after") or []),
        counted_units=counted,
        counted_scale=counted_scale,
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
        sum_followers=re.compile(
            rf"\s*(?i:{_alt(d.get('bare_sum_followers') or [])})" + (la or "")
        ),
        joiner=re.compile(lb + rf"(?i:{_alt(d.get('clause_joiners') or [])})" + la),
    )


@cache
def money_units(lang: str) -> frozenset[str]:
    """The currency codes of a language's figures (no percent)."""
    return _rules(lang).money_or_percent - frozenset(_PERCENT_UNITS)


def _is_year(num: str, scale: str) -> bool:
    return not scale and len(num) == 4 and num.isdigit() and 1800 <= int(num) <= 2100


def _key(r: _Rules, written: str) -> str:
    """A cue as written, folded to its data key (case, and spaces inside Chinese cues)."""
    return ("".join(written.split()) if r.lang == "zh" else " ".join(written.split())).lower()


_ADDRESS = re.compile(r"(?:https?://|www\.)\S*$")  # the token so far is a web address


def _in_address(text: str, start: int) -> bool:
    """Digits inside a URL ("issn%280024%2D9114") are an address, not a figure."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    return _ADDRESS.match(text, token_start, start) is not None


_PENDING = "?"  # a bare sum whose currency depends on what it measures


def extract_figures(sentence: str, lang: str,
                    carried: Mapping[str, str] | None = None) -> list[Figure]:
    """Find the figures in one sentence of ``lang`` ('it', 'en', 'ru', 'zh').

    Each Figure carries the text as written, the fully scaled value, the unit (ISO 4217,
    ``percent``, ``percentage-point`` or an English singular counted noun), the qualifier
    and what it measures (``about``); offsets are inside ``sentence``. ``carried`` maps a
    measure to the currency earlier sentences stated it in: a bare sum of that measure
    ("la soglia dei 200 miliardi" of trade) is in that currency.
    """
    r = _rules(lang)
    text = normalize(sentence)
    figures: list[Figure] = []
    pos = 0
    money: str | None = None  # currency of the last sum in the sentence
    while (m := r.finder.search(text, pos)) is not None:
        fig = _figure(text, m, r, sentence, money or (_PENDING if carried else None))
        pos = m.end()
        if fig is not None:  # the scan goes on right after the figure ("4人民币5美元")
            fig.text = sentence[fig.start : fig.end]
            figures.append(fig)
            pos = fig.end
            if fig.unit in r.money_or_percent and fig.unit not in _PERCENT_UNITS:
                money = fig.unit
    if figures and r.measures is not None:
        _assign_measures(sentence, figures, r)
    for fig in figures:
        if fig.unit == _PENDING:
            fig.unit = (carried or {}).get(fig.about or "", _PENDING)
    return [f for f in figures if f.unit != _PENDING]


def _value(
    text: str, m: re.Match[str], r: _Rules, sentence: str
) -> tuple[float | None, int]:
    """The number's value and where it ends; a Chinese numeral that does not parse is
    shortened from the right ("百分之七十百分位" is 70 percent before "百分位")."""
    if r.lang != "zh":
        return parse_number(text[m.start("num") : m.end()], r.lang), m.end()
    start, end = m.start("num"), m.end("num")
    comma = sentence.find("，", start, end)
    if comma > 0 and sentence[comma - 1].isascii():
        # a full-width comma groups only full-width digits ("９，９９９"); after ASCII ones
        # it separates a list ("$20，300美圆")
        return parse_zh(text[start:comma]), comma
    value = parse_zh(text[start:end])
    scale = m.group("scale")
    if scale:
        if value is not None:
            return value * r.scales[scale.strip()], m.end()
    while value is None and end - 1 > start:
        end -= 1
        value = parse_zh(text[start:end])
    return value, end


_PERCENT_UNITS = ("percent", "percentage-point")
_ZH_SCALES = frozenset("万亿萬億兆")
_WORD_AFTER = re.compile(r"\s*[^\W\d_]")


def _bare_sum(text: str, end: int, num_text: str, scale: str, r: _Rules) -> bool:
    """A scaled number that ends its clause ("30 miliardi.", "1100亿，") or stands before a
    word no noun is ("200 miliardi entro il 2024"): a sum whose currency was said before;
    before any other word ("1.4 billion Chinese") it counts something."""
    scaled = bool(scale.strip()) or bool(_ZH_SCALES & set(num_text))
    return scaled and (_WORD_AFTER.match(text, end) is None
                       or r.sum_followers.match(text, end) is not None)


def _figure(
    text: str, m: re.Match[str], r: _Rules, sentence: str, money: str | None = None
) -> Figure | None:
    """The figure the finder's match starts, if it is one; ``money``, the currency of an
    earlier sum in the sentence, is the unit of a scaled number written without one."""
    num_text = m.group("num")
    start = m.start()
    groups = m.groupdict()
    scale = groups.get("scale") or ""
    if num_text.lower() in r.articles:
        return None
    if r.identifier.search(text, max(0, m.start("num") - 30), m.start("num")):
        return None
    if _in_address(text, start):
        return None
    value, end = _value(text, m, r, sentence)
    if value is None:
        return None
    unit = None
    if groups.get("neg"):
        value = -value
    cpre = groups.get("cpre")
    if cpre:
        unit = r.currency_prefix.get(cpre) or r.currency_prefix_folded[cpre.lower()]
        value *= r.currency_scale.get(cpre.lower(), 1.0)
    qualifier = None
    if r.qual_suffix is not None and any(c in num_text for c in "多余餘几幾"):
        qualifier = "more_than"
    pctpre = groups.get("pctpre")
    if pctpre and r.lang != "zh" and _unit_after(text, end, r, value)[0] is not None:
        pctpre, start = None, m.start("num")  # "what percent of 10 students": a count
    if pctpre:
        unit, value = "percent", value * r.percent_prefix[_key(r, pctpre)]
    elif unit is None:
        unit, end, value = _unit_after(text, end, r, value)
        if unit == "discount" and text[m.start("num") - 1 : m.start("num")] in r.discount_not_after:
            return None  # "一波三折" is no price cut
        if unit in ("tenths", "discount"):
            unit = "percent"
        elif unit is not None and _is_year(num_text, scale) and unit not in r.money_or_percent:
            return None  # "2021 students" is more likely a year before a noun
    else:
        cur = r.currency.match(text, end)  # "$ 10 dollars", "US$ 5 million USD"
        if cur and cur.group("cur")[0].isalpha() and _currency(r, cur) == unit:
            end = cur.end()
    if unit is None and money is not None and _bare_sum(text, end, num_text, scale, r):
        unit = money  # "..., con un disavanzo di oltre 30 miliardi."
    if unit is None:
        return None
    if unit not in _PERCENT_UNITS and unit in r.money_or_percent and not scale:
        value, end = _minor_tail(text, end, r, value)
    if qualifier is None:
        q = r.qualifier.search(text, max(0, start - 40), start)
        if q:
            qualifier = r.qualifiers[_key(r, q.group("q"))]
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


def _currency(r: _Rules, c: re.Match[str]) -> str:
    return r.currency_words[c.group("cur").lower()]


_DIGIT_NEXT = re.compile(r"\s?\d")


def _unit_after(text: str, end: int, r: _Rules, value: float) -> tuple[str | None, int, float]:
    """The unit written after a number (percent, currency or its sub-unit, tenths, price
    cut, counted noun), where it ends, and the value in that unit."""
    p = r.percent.match(text, end)
    if p:
        points = _key(r, p.group("pct")) in r.percent_points
        return ("percentage-point" if points else "percent"), p.end(), value
    c = r.currency.match(text, end)
    # a symbol before digits belongs to the next number: "1 $10 bill", "$ 20.00 $ 37.97"
    if c and (c.group("cur")[0].isalpha() or not _DIGIT_NEXT.match(text, c.end())):
        value *= r.currency_scale.get(c.group("cur").lower(), 1.0)
        s = r.scale_after.match(text, c.end()) if r.scale_after is not None else None
        if s:  # "75 USD million"
            factor = r.scales.get(s.group("s")) or r.scales_folded[s.group("s").lower()]
            return _currency(r, c), s.end(), value * factor
        return _currency(r, c), c.end(), value
    mi = r.minor.match(text, end)
    if mi:
        currency, factor = r.minor_units[mi.group("cur").lower()]
        return currency, mi.end(), value * factor
    if r.tenths is not None and value <= 10:
        t = r.tenths.match(text, end)
        if t:
            extra = t.group("extra")
            more = 0.0 if not extra else 5.0 if extra == "半" else parse_zh(extra) or 0.0
            return "tenths", t.end(), value * 10 + (more if more < 10 else 0.0)
    if r.discount is not None and 0 < value < 100:
        t = r.discount.match(text, end)
        if t:
            return "discount", t.end(), value * 10 if value <= 10 else value
    n = r.counted.match(text, end)
    if n:
        noun = n.group("noun").lower()
        gap = n.group("gap").lower().split()
        if noun in r.counted_units and not any(g in r.non_figure for g in gap):
            return r.counted_units[noun], n.end(), value * r.counted_scale.get(noun, 1.0)
    return None, end, value


def _minor_tail(text: str, end: int, r: _Rules, value: float) -> tuple[float, int]:
    """Add the sub-units written after a sum: "3 dollars 50 cents", "tredici euro e
    quarantacinque cent", "50元6角三分"; a bare count under 100 ("15 dollars and 50") only
    where nothing else follows it."""
    if r.minor_tail is None:
        return value, end
    while (t := r.minor_tail.match(text, end)) is not None:
        n = parse_zh(t.group("n")) if r.lang == "zh" else parse_number(t.group("n"), r.lang)
        if n is None or not n.is_integer() or not 0 < n < 100:
            break
        if t.group("cur"):
            key = t.group("cur").lower()
            factor = (r.minor_units.get(key) or r.tail_units[key])[1]
        elif r.tail_end.match(text, t.end()):
            factor = 0.01
        else:
            break
        value, end = value + n * factor, t.end()
        if not t.group("cur"):
            break
    return value, end


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
            if cs >= fig.end and fig.unit not in (*r.money_or_percent, _PENDING) \
                    and r.joiner.search(sentence, fig.end, cs):
                continue  # "1000 eventi e l'interscambio": a count measures itself
            dist = max(0, fig.start - ce, cs - fig.end)
            if best is None or dist < best[0]:
                best = (dist, measure)
        fig.about = best[1] if best else None
