"""The period grammar: regex templates of ``periods`` in ``lang/<iso>/dates.yaml``, compiled
once per language, and the reading of a match's parts (counts, months, years, spans).

The templates' placeholders are listed in ``periods``; this module fills them with the
language's words and knows nothing of calendars.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from readouts import lang as langdata
from readouts.extract.figures.numbers import parse_number, parse_zh
from readouts.text.alternation import word_alternation as _alt
from readouts.text.regex_first import with_first_chars


def _words(items: dict | None, cast: Callable = int) -> dict:
    return {re.sub(r"\s+", " ", str(k).lower()): cast(v) for k, v in (items or {}).items()}


@dataclass(frozen=True)
class Rules:
    lang: str
    months: dict[str, int]
    year_words: dict[str, int]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    shifts: dict[str, int]
    parts: dict[str, str]
    decades: dict[str, int]
    centuries: dict[str, int]
    eras: dict[str, int]  # reign or republic eras: the year before their first ("民国": 1911)
    rules: tuple[tuple[str, re.Pattern[str]], ...]
    rule_gates: tuple[tuple[str, ...] | None, ...]  # per rule: words it needs one of
    span_rules: tuple[tuple[str, re.Pattern[str]], ...]  # the loose ones, then all rules
    mid: re.Pattern[str] | None  # the connector between a range's two ends
    open: re.Pattern[str] | None  # a word opening a range ("from", "dal", "从"), at its start
    close: re.Pattern[str] | None  # a word closing one ("之间"), at its end
    bare_day: re.Pattern[str]  # a range end that names only a day ("from 4 to 22 May")
    gate: tuple[str, ...]  # words without which no rule can match: skips most sentences


def _zh_or(zh: bool, a: str, b: str) -> str:
    return a if zh else b


@cache
def rules(lang: str) -> Rules:
    """The period rules of a language, compiled once: its words, and each template of
    ``periods`` in ``lang/<iso>/dates.yaml`` filled with them."""
    data = langdata.load(lang, "dates")
    pdata = data.get("periods") or {}
    months = {str(n).lower(): i + 1 for i, names in enumerate(data.get("months") or [])
              for n in names}
    year_words = _words(pdata.get("year_words"))
    ordinals = _words(data.get("ordinals")) | _words(pdata.get("ordinals"))
    numbers = _words(pdata.get("numbers"))
    one = {re.sub(r"\s+", " ", str(w).lower()): u
           for u, ws in (pdata.get("units") or {}).items() for w in ws}
    units = one | {re.sub(r"\s+", " ", str(w).lower()): u
                   for u, ws in (pdata.get("units_plural") or {}).items() for w in ws}
    before, after = _words(pdata.get("shifts")), _words(pdata.get("shifts_after"))
    shifts, parts = before | after, _words(pdata.get("parts"), str)
    decades, centuries = _words(pdata.get("decades")), _words(pdata.get("centuries"))
    eras = _words(pdata.get("eras"))
    zh = lang == "zh"
    zh_num = "[〇零一二两三四五六七八九十]"
    mon = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九十]" if zh else _alt(list(months))
    names = [str(n) for group in data.get("months") or [] for n in group]
    strict_mon = (f"(?-i:{_alt(names)}|{_alt([n.upper() for n in names])})"
                  if data.get("months_case_sensitive") else mon)
    ysfx = str(pdata.get("year_suffix") or "")
    year = (rf"(?:(?P<y>(?:19|20)\d\d)(?!\d)(?:{ysfx})?"
            rf"|(?P<yw>{_alt(list(year_words)) or '(?!)'}))")
    num = _zh_or(zh, rf"\d{{1,3}}|{zh_num}+", r"\d{1,3}|[^\W\d_]+(?:[\s-][^\W\d_]+)?")
    if numbers:
        num = f"{_alt(list(numbers))}|{num}"
    ordn = rf"\d{{1,2}}|{_alt(list(ordinals))}" + ("|[一二三四五六七八九十]+" if zh else "")
    dec = str(pdata.get("decade_digits") or r"(?:1\d|20)\d0")
    if decades:
        dec = f"{_alt(list(decades))}|{dec}"
    subs = {"{M2}": f"(?P<m2>{mon})", "{Y}": year,
            "{YW}": f"(?P<yw>{_alt(list(year_words)) or '(?!)'})", "{N}": f"(?P<n>{num})",
            "{ORD}": f"(?P<ord>{ordn})", "{US}": f"(?P<u>{_alt(list(one)) or '(?!)'})",
            "{UP}": f"(?P<u>{_alt(list(units)) or '(?!)'})",
            "{SH}": f"(?P<sh>{_alt(list(before)) or '(?!)'})",
            "{SHA}": f"(?P<sh>{_alt(list(after)) or '(?!)'})",
            "{PART}": f"(?P<part>{_alt(list(parts)) or '(?!)'})", "{REST}": "(?P<rest>.+)",
            "{DEC}": f"(?P<dec>{dec})", "{ERA}": f"(?P<era>{_alt(list(eras)) or '(?!)'})"}

    def compile_all(templates: list, loose: bool = False
                    ) -> tuple[tuple[str, re.Pattern[str]], ...]:
        out = []
        months_sub = {"{M1}": f"(?P<m1>{mon if loose else strict_mon})",
                      "{M2}": f"(?P<m2>{mon if loose else strict_mon})"}
        for kind, template in templates or []:
            src = str(template)
            for key, val in (months_sub | subs).items():
                src = src.replace(key, val)
            if not zh:
                src = rf"(?<!\w)(?:{src})(?!\w)"
            out.append((str(kind), with_first_chars(src, re.IGNORECASE)))
        return tuple(out)

    digits = tuple("0123456789")
    needs = [("{M1}", ("月",) if zh else _literals(months)), ("{U", _literals(units)),
             ("{ERA}", _literals(eras)), ("{DEC}", digits + ("年代",) + _literals(decades)),
             ("{PART}", _literals(parts)), ("{YW}", _literals(year_words))]

    def gates_of(templates: list) -> tuple[tuple[str, ...] | None, ...]:
        """Per rule, the words one of which it cannot match without."""
        return tuple(_mandatory(str(t), zh)
                     or next((words for key, words in needs if key in str(t) and words), None)
                     for _, t in templates or [])

    rng = pdata.get("range") or {}
    gate = (tuple(str(t).lower() for t in pdata.get("triggers") or []) + digits
            + _literals(months) + _literals(year_words) + _literals(units))
    sfx = _alt([str(x) for x in data.get("ordinal_suffix") or []]) or "(?!)"
    art = _alt([str(x) for x in data.get("articles") or []]) or "(?!)"
    zh_day = r"3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
    bare = (rf"^(?P<d>{zh_day})[日号]?$" if zh
            else rf"^(?:(?:{art})\s*)?(?P<d>3[01]|[12]\d|0?[1-9])(?:{sfx})?$")
    ranged = _range_rule(rng, strict_mon, art, sfx, zh)
    gates = gates_of(pdata.get("rules")) + ((tuple("月日号年") if zh else digits,)
                                             if ranged else ())
    return Rules(lang, months, year_words, ordinals, numbers, units, shifts, parts, decades,
                  centuries, eras, compile_all(pdata.get("rules")) + ranged, gates,
                  compile_all((pdata.get("span_rules") or []) + (pdata.get("rules") or []), True),
                  _connector(rng.get("mid"), "", ""), _connector(rng.get("open"), "", r"\s*"),
                  _connector(rng.get("close"), r"\s*", "$"),
                  re.compile(bare, re.IGNORECASE), gate)


def _range_rule(rng: dict, mon: str, art: str, sfx: str, zh: bool
                ) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Two dates, months or years joined as a range in running text: "dal 3 al 7 marzo"."""
    if not rng.get("mid"):
        return ()
    year = r"(?:1[6-9]|20)\d\d(?!\d)"
    if zh:
        n = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
        end = rf"(?:{year}\s*年\s*)?(?:{n}月(?:{n}[日号])?|{n}[日号])|{year}\s*年?"
    else:
        day = rf"(?:{art})?\s*(?:3[01]|[12]\d|0?[1-9])(?:{sfx})?(?!\d)"
        end = (rf"(?:{day}(?:\s+(?:(?:di|of)\s+)?(?:{mon})\.?)?|(?:{mon})\.?(?:\s+{day})?)"
               rf"(?:,?\s+{year})?|{year}")
    opens = _alt([str(w) for w in rng.get("open") or []])
    mids = "|".join(rf"\s+{re.escape(str(w))}\s+" if str(w)[:1].isalpha() and not zh
                    else rf"\s*{re.escape(str(w))}\s*" for w in rng["mid"])
    closes = _alt([str(w) for w in rng.get("close") or []])
    src = (rf"(?:(?:{opens})\s*)?(?:{end})(?:{mids})(?:{end})" if opens
           else rf"(?:{end})(?:{mids})(?:{end})") + (rf"(?:{closes})?" if closes else "")
    if not zh:
        src = rf"(?<![\w.,/-])(?:{src})(?![\w/-]|[.,]\d)"
    return (("range", with_first_chars(src, re.IGNORECASE)),)


def _mandatory(template: str, zh: bool) -> tuple[str, ...] | None:
    """The longest word a rule template spells out outside every group, e.g. "quarter"."""
    src = re.sub(r"\{\w+\}|\\.|\[[^\]]*\]", " ", template)
    while True:
        shorter = re.sub(r"\([^()]*\)[?*+]?", " ", src)
        if shorter == src:
            break
        src = shorter
    words = re.findall(r"[^\W\d_]{2,}" if zh else r"[^\W\d_]{3,}", src)
    return (max(words, key=len).lower(),) if words and "|" not in src else None


def _literals(words: dict) -> tuple[str, ...]:
    """Lowercase first words of ``words``: a substring test cheaper than any regex."""
    return tuple(sorted({str(w).split(" ")[0].lower() for w in words if w}))


def _connector(words: list | None, before: str, after: str) -> re.Pattern[str] | None:
    """Connector words, bounded as words unless they are signs ("-", "到")."""
    if not words:
        return None
    alts = [rf"(?<!\w){re.escape(w)}(?!\w)" if re.match(r"^[^\W\d_]", w) and ord(w[0]) < 0x3000
            else re.escape(w) for w in sorted(map(str, words), key=len, reverse=True)]
    return re.compile(before + "(?:" + "|".join(alts).replace(r"\ ", r"\s+") + ")" + after,
                      re.IGNORECASE)


def count(text: str, r: Rules) -> int | None:
    """A count written in digits or words ("3", "three", "третий", "三"); a number read
    from words counts only if whole and above zero."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in r.numbers:
        return r.numbers[t]
    if t in r.ordinals:
        return r.ordinals[t]
    if t.isdigit():
        return int(t)
    val = parse_zh(t) if r.lang == "zh" else parse_number(t, r.lang)
    return int(val) if val is not None and val == int(val) and val > 0 else None


def month_of(text: str, r: Rules) -> int | None:
    """The number of a month written as a name ("marzo", "Sept."), or in Chinese as a
    number ("三")."""
    if r.lang == "zh":
        return count(text, r)
    return r.months.get(text.lower().rstrip("."))


def year_of(m: re.Match[str], r: Rules, ref: date | None) -> tuple[int | None, bool]:
    """The year named, and whether it was named (explicitly or by a year word)."""
    gd = m.groupdict()
    if gd.get("y"):
        return int(gd["y"]), True
    if gd.get("yw") and ref:
        return ref.year + r.year_words[re.sub(r"\s+", " ", gd["yw"].lower())], True
    return (ref.year if ref else None), False


def span_of(kind: str, m: re.Match[str], r: Rules, ref: date | None) -> tuple[str, str] | None:
    """The first and last ISO values of a period a rule of ``kind`` matched ("the first
    half of 2025", "the past three years"); a span of months with no year written is the
    last one ended by the page's date."""
    gd = m.groupdict()
    y, named = year_of(m, r, ref)
    if kind in ("consecutive", "past_years"):
        n = count(gd.get("n") or "", r)
        if ref is None or n is None or not 1 <= n <= 100:
            return None
        end = ref.year if kind == "past_years" or ref.month > 6 else ref.year - 1
        return str(end - n + 1), str(end)
    if y is None:
        return None
    if kind == "year":
        return str(y), str(y)
    if kind == "year_span":  # "in each of 2026, 2027 and 2028"
        y2 = int(gd.get("y2") or 0)
        return (str(y), str(y2)) if y < y2 <= y + 50 else None
    first, last = _months_of(kind, gd, r)
    if first is None or last is None or not 1 <= first <= last <= 12:
        return None
    if not named and ref and last > ref.month:
        y -= 1  # a span written without a year has ended by the document's date
    return f"{y:04d}-{first:02d}", f"{y:04d}-{last:02d}"


def _months_of(kind: str, gd: dict, r: Rules) -> tuple[int | None, int | None]:
    if kind == "months":
        return month_of(gd.get("m1") or "", r), month_of(gd.get("m2") or "", r)
    if kind in ("first_half", "second_half"):
        return (1, 6) if kind == "first_half" else (7, 12)
    n = count(gd.get("n") or gd.get("ord") or "", r)
    if n is None:
        return None, None
    if kind == "first_months":
        return 1, n
    if kind == "last_months":  # "the last two months of 2025"
        return (13 - n, 12) if 1 <= n <= 12 else (None, None)
    if kind == "first_quarters":
        return 1, 3 * n
    if kind == "quarter":
        n = 4 if n == 99 else n  # "the last quarter"
        return 3 * n - 2, 3 * n
    if kind == "half":
        return (1, 6) if n == 1 else (7, 12) if n in (2, 99) else (None, None)
    return None, None
