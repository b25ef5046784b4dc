"""Each language's figure cues compiled once into the regexes the figure finder runs.

Everything language-specific comes from ``lang/<lang>/numbers.yaml`` (number words,
currencies, counted nouns, qualifiers) and ``measures.yaml`` (what a figure measures);
the finder is one regex per language, so each sentence is scanned once, and the other
patterns are anchored matches at known offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata
from readouts.extract.figures.number_locale import Locale, locale
from readouts.extract.figures.zh_numerals import zh_chars

_MAX_GAP_WORDS = 2
PERCENT_UNITS = ("percent", "percentage-point")
PENDING = "?"  # the unit of a bare sum whose currency depends on what it measures

def _alt(words: Iterable[str], fold: bool = False) -> str:
    """Regex alternation of literal words, longest first (so "US$" wins over "$"); a space
    in a word matches any run of spaces (line breaks in text). ``fold``: the words are
    matched case-insensitively, inside ``(?i:...)``."""
    return _trie({str(w).lower() if fold else str(w) for w in words}, "")


def _zh_alt(words: Iterable[str]) -> str:
    """Like ``_alt``, but characters may be spaced apart ("个 百 分 点")."""
    return _trie({str(w) for w in words}, r"\s*")


def _trie(words: set[str], between: str) -> str:
    """The words as one trie-shaped regex: at each position the engine tries only the
    branch of the next character, not every word (a list of a hundred number words or
    currencies is searched at every word of a sentence). Longer words are tried first, as
    all words that match at one position lie on one path of the trie."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}
    return f"(?:{_branches(root, '', between)})" if root else "(?!)"


def _branches(node: dict[str, dict], sep: str, between: str) -> str:
    """Regex of a trie node's subtree; ``sep`` goes before each next character."""
    alts = [
        sep + (r"\s+" if c == " " else re.escape(c)) + _branches(child, between, between)
        for c, child in sorted(node.items())
        if c
    ]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer words first


@dataclass(frozen=True)
class Rules:
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
    measure_after: re.Pattern[str] | None  # "200 miliardi di export": the sum's own measure
    clause_breaks: re.Pattern[str]  # a measure cue beyond one is not the figure's
    hard_breaks: re.Pattern[str]  # ";", ":": not even a clause with no cue looks beyond one
    excluder: re.Pattern[str] | None  # "al netto dell'", "excluding": the cue after is no measure
    sum_measures: frozenset[str]  # measures counted in money (trade, investment, aid)
    joiner: re.Pattern[str]  # "e", "and", "и": a cue beyond one is not a count's measure
    vague: frozenset[str]  # "多", "余": a remainder inside a numeral ("300多万") makes it more_than
    big_units: frozenset[str]  # "万", "亿": a numeral with one is a scaled number
    half: frozenset[str]  # "半": half a tenth after "成" ("三成半" = 35 percent)

    def key(self, written: str) -> str:
        """A cue as written, folded to its data key (case, and spaces inside Chinese cues)."""
        joined = "".join(written.split()) if self.lang == "zh" else " ".join(written.split())
        return joined.lower()


def _measure_cues(lang: str) -> dict[str, str]:
    cues: dict[str, str] = {}
    for measure, words in (langdata.load(lang, "measures") or {}).items():
        for w in words or []:
            cues.setdefault(str(w).lower(), str(measure))
    return cues


def _spaced_finder(
    loc: Locale, cur_prefix: dict[str, str], glued_units: Iterable[str]
) -> re.Pattern[str]:
    """The finder of a language that spaces its words: an optional percent word, minus
    word and currency prefix, then digits with scale words, or number words."""
    d = loc.data
    scales = [str(s) for s in loc.scales]
    letters = [s for s in scales if len(s.rstrip(".")) <= 2 and s.rstrip(".").isascii()]
    words = [s for s in scales if s not in letters]
    scale = (
        rf"(?:{_alt(letters)}|(?i:{_alt(letters + words, fold=True)}))(?![^\W\d_])"
        if scales
        else "(?!)"
    )
    # "over", "su", "point" join numbers only in parse_number; in prose they are words
    morph = _alt(
        (w for w, (kind, _) in loc.words.items() if kind not in ("div", "point")), fold=True
    )
    conn = _alt(loc.connectors, fold=True)
    word_num = (
        rf"(?<![\w-])(?i:{morph}+(?:(?:\s*-\s*|\s+)(?:{conn}\s+)?{morph}+)*)(?![\w-])"
    )
    ord_sfx = [s for s in d.get("ordinal_suffixes") or [] if not s[0].isalpha()]
    digit_num = (
        rf"(?(cpre)|(?<![\w.,])(?<![^\W\d_]-))(?<!\d:){loc.digits}(?![.,]?\d)(?!:\d)"
        + (rf"(?!{_alt(ord_sfx)}[^\W\d_]?)" if ord_sfx else "")
    )
    half = _alt(d.get("half_after_scale") or [], fold=True)
    # a short unit may be glued to digits ("115USD", "29km"); an ordinal suffix never is
    glued = [w for w in glued_units if w.isascii() and w.isalpha() and len(w) <= 4]
    word_end = rf"(?:(?![^\W\d_])|(?=(?i:{_alt(glued, fold=True)})(?![^\W\d_])))"
    number = (
        rf"(?P<num>{digit_num}(?P<scale>(?:[ \u00a0]?{scale})*)(?:\s+(?i:{half}))?{word_end}"
        rf"|{word_num}(?![^\W\d_]))(?![°ºª])"
    )
    prefix = rf"(?:(?<![\w$])(?P<cpre>(?i:{_alt(cur_prefix, fold=True)}))[ \u00a0]?)?"
    pct_prefix = _alt(d.get("percent_prefix") or {}, fold=True)
    minus = _alt(loc.minus, fold=True)
    signs = (
        rf"(?:(?<![\w-])(?P<pctpre>(?i:{pct_prefix}))\s+)?"
        rf"(?:(?<![\w-])(?P<neg>(?i:{minus})\s+|-(?=\d)))?"  # "minus two", "(-2,4%)"
    )
    # every branch starts a word: checked once up front, the scan skips mid-word
    # positions before trying the optional prefixes (3x faster)
    return re.compile(r"(?<!\w)" + signs + prefix + number)


def _zh_finder(loc: Locale, cur_prefix: dict[str, str]) -> re.Pattern[str]:
    """The finder of Chinese: a currency prefix, a percent prefix ("百分之") or minus,
    then a numeral of Chinese characters and digits, and a Latin scale letter."""
    d = loc.data
    z = re.escape(zh_chars())
    vague = re.escape("".join((d.get("zh") or {}).get("vague", [])))
    # characters may be spaced apart ("百 分 之 五"); a full-width comma groups digits
    # only before exactly three of them
    unit = rf"(?:\d{{1,3}}(?:[,，]\d{{3}})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?|[{z}])"
    pct_prefix = _zh_alt(d.get("percent_prefix") or {})
    minus = _alt((d.get("zh") or {}).get("minus", []))
    letters = _alt(s for s in loc.scales if s.isascii())
    prefix = (
        rf"(?:(?P<cpre>{_alt(cur_prefix)})\s?)?(?:(?P<pctpre>{pct_prefix})\s*)?"
        rf"(?P<neg>{minus}|(?<![0-9A-Za-z-])-(?=\d))?"  # "增长-2.4%"
    )
    return re.compile(
        prefix
        + rf"(?<![第{z}\d.])(?P<num>{unit}(?:[ ]*(?:{unit}|[{vague}](?=[{z}\d])))*[{vague}]?)"
        + rf"(?P<scale>\s?{letters}(?![A-Za-z]))?"
    )


_HARD_BREAKS = r"[;:；：]|\s[—–]\s"


def _clause_breaks(commas: list[str]) -> re.Pattern[str]:
    """Hard breaks, the full-width comma and the language's ``clause_break_commas`` (a
    narrow comma typed in Chinese) end a clause; a comma between digits does not ("3,800")."""
    extra = "".join(rf"|(?<!\d){re.escape(c)}|{re.escape(c)}(?!\d)" for c in commas)
    return re.compile(_HARD_BREAKS + "|，" + extra)


@cache
def rules(lang: str) -> Rules:
    """The compiled figure rules of ``lang`` (built once from its data files)."""
    loc = locale(lang)
    d = loc.data
    zh = d.get("zh") or {}
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
        str(w).lower(): q for q, ws in (d.get("qualifier_suffixes") or {}).items() for w in ws or []
    }

    if spaced:
        finder = _spaced_finder(loc, cur_prefix, [*cur_words, *counted, *minor_units])
    else:
        finder = _zh_finder(loc, cur_prefix)

    pct = [*(d.get("percent_point_words") or []), *(d.get("percent_words") or [])]
    pct_alt = _alt(pct, fold=True) if spaced else _zh_alt(pct)
    space = r"[ \u00a0]?" if spaced else r"\s*"
    percent = re.compile(rf"{space}(?P<pct>(?i:{pct_alt}))" + la)
    link = _alt(d.get("currency_link") or [], fold=True)
    currency = re.compile(rf"\s*(?:(?i:{link})\s*)?(?P<cur>(?i:{_alt(cur_words, fold=True)})){la}")
    minor = re.compile(rf"\s*(?P<cur>(?i:{_alt(minor_units, fold=True)})){la}")
    minor_tail = None
    if tail_units or minor_units:
        conn = _alt(loc.connectors | set(zh.get("and", [])), fold=True)
        tail_num = locale(lang).digits if spaced else rf"[\d{re.escape(zh_chars())}]+"
        morph = _alt((w for w, (k, _) in loc.words.items() if k == "num"), fold=True)
        tail = _alt({**minor_units, **tail_units}, fold=True)
        minor_tail = re.compile(
            rf"(?:\s*,)?\s*(?:(?i:{conn})\s*)?(?P<n>{tail_num}|(?i:{morph})(?:[\s-]*(?i:{morph}))?)"
            rf"{la}(?:\s*(?P<cur>(?i:{tail})){la})?"
        )
    scale_after = None
    if loc.scales and spaced:
        scale_after = re.compile(rf"[ \u00a0]+(?P<s>(?i:{_alt(loc.scales, fold=True)})){la}")
    nouns = _alt(set(counted) | set(non_figure), fold=True)
    if spaced:
        gap = rf"(?P<gap>(?:\s+[^\W\d_][\w'’-]*){{0,{_MAX_GAP_WORDS}}}?)"
        counted_re = re.compile(rf"{gap}(?:\s+|(?<=\d))(?P<noun>(?i:{nouns})){la}")  # "29km"
    else:
        counted_re = re.compile(rf"(?P<gap>)\s?(?P<noun>{nouns})")
    tenths = discount = None
    if d.get("percent_tenths"):
        stop = "".join(d.get("percent_tenths_not_before") or [])
        chars, half = re.escape(zh_chars()), re.escape("".join(zh.get("half", [])))
        tenths = re.compile(  # "三成", "三成五", "三成半"
            rf"\s*(?P<t>{_alt(d['percent_tenths'])})(?![{re.escape(stop)}])"
            rf"(?:\s*(?P<extra>[{chars}{half}](?![{chars}])))?"
        )
    if d.get("percent_discount"):
        stop = "".join(d.get("percent_discount_not_before") or [])
        discount = re.compile(rf"\s*(?P<t>{_alt(d['percent_discount'])})(?![{re.escape(stop)}])")
    fillers = _alt(d.get("qualifier_fillers") or [], fold=True)
    qualifier = re.compile(rf"{lb}(?P<q>(?i:{_alt(quals, fold=True)}))\s*(?:(?i:{fillers})\s*)?$")
    qual_suffix = None
    if qual_sfx:  # right after the figure ("左右"), or after a space ("il 50% circa")
        gap = "[ ]+" if spaced else ""
        qual_suffix = re.compile(rf"{gap}(?P<q>(?i:{_alt(qual_sfx, fold=True)})){la}")
    identifier = re.compile(rf"{lb}(?i:{_alt(d.get('identifier_prefixes') or [], fold=True)})\s*$")
    measure_of = _measure_cues(lang)
    measures = re.compile(lb + rf"(?i:{_alt(measure_of, fold=True)})") if measure_of else None
    sum_measures = set(d.get("sum_measures") or [])
    sum_cues = [cue for cue, measure in measure_of.items() if measure in sum_measures]
    measure_after = None
    if sum_cues:
        link = _alt(d.get("currency_link") or [], fold=True)
        measure_after = re.compile(
            rf"\s*(?:(?i:{link}){la}\s*)?(?i:{_alt(sum_cues, fold=True)})"
        )
    return Rules(
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
            rf"\s*(?:[^\w\s]|$|(?i:{_alt(loc.connectors, fold=True)}){la})" if spaced else "(?!)"
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
        measure_after=measure_after,
        clause_breaks=_clause_breaks(d.get("clause_break_commas") or []),
        hard_breaks=re.compile(_HARD_BREAKS),
        excluder=(
            re.compile(lb + rf"(?i:{_alt(d['measure_excluders'], fold=True)})\s*$")
            if d.get("measure_excluders")
            else None
        ),
        sum_measures=frozenset(sum_measures),
        sum_followers=re.compile(
            rf"\s*(?i:{_alt(d.get('bare_sum_followers') or [], fold=True)})" + (la or "")
        ),
        joiner=re.compile(lb + rf"(?i:{_alt(d.get('clause_joiners') or [], fold=True)})" + la),
        vague=frozenset(str(c) for c in zh.get("vague", [])),
        big_units=frozenset(str(c) for c in zh.get("big_units", {})),
        half=frozenset(str(c) for c in zh.get("half", [])),
    )


@cache
def money_units(lang: str) -> frozenset[str]:
    """The currency codes of a language's figures (no percent)."""
    return rules(lang).money_or_percent - frozenset(PERCENT_UNITS)


@cache
def unstated_currency(lang: str) -> dict[str, str]:
    """The currency of a bare sum of each money measure in an account that stated none
    (``bare_sum_currency``: Italian accounts write their own sums in euro without saying so)."""
    currency = locale(lang).data.get("bare_sum_currency")
    return {m: str(currency) for m in rules(lang).sum_measures} if currency else {}
