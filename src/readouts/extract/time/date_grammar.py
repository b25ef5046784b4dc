"""The date grammar: one language-neutral set of regexes built from ``lang/<iso>/dates.yaml``.

Month and weekday names, relative words, ordinals and cue words come from the data; the
rules are compiled once per language and mode. ``strict`` is running text (no bare day
numbers, English months only capitalised); loose mode reads a span known to be a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata
from readouts.extract.figures.numbers import locale
from readouts.text.alternation import word_alternation as alt
from readouts.text.regex_first import with_first_chars
from readouts.text.word_gate import GatedPattern

# --------------------------------------------------------------------------- lexicon

def _guarded(rel: str, guards: dict | None) -> str:
    """A relative word that is also a preposition ("накануне переговоров", on the eve of the
    talks) is a day only where its guard does not follow (``relative_guard`` in dates.yaml):
    each guarded word of the alternation gets its own lookahead."""
    if not rel or not guards:
        return rel
    marked = {alt([str(w).lower()]): g for w, g in guards.items()}
    return "|".join(f"{w}(?!{marked[w]})" if w in marked else w for w in rel.split("|"))


def _mapping(items: dict | None) -> dict[str, int]:
    return {str(k).lower(): int(v) for k, v in (items or {}).items()}


@dataclass(frozen=True)
class Lex:
    lang: str
    data: dict
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[int, str | None]]
    week: dict[str, int]  # "next week" -> 1, before or after a weekday
    month_mods: dict[str, int]
    units: dict[str, str]
    ordinals: dict[str, int]
    tens: dict[str, int]
    few: frozenset[str]


@cache
def lexicon(lang: str) -> Lex:
    """A language's date words (``lang/<iso>/dates.yaml``), read once: months, weekdays,
    relative days, units, ordinals."""
    data = langdata.load(lang, "dates")
    months = {str(n).lower(): i + 1 for i, names in enumerate(data.get("months") or [])
              for n in names}
    weekdays = {str(n).lower(): i for i, names in enumerate(data.get("weekdays") or [])
                for n in names}
    relative: dict[str, tuple[int, str | None]] = {}
    for key in ("relative", "relative_span"):
        for word, spec in (data.get(key) or {}).items():
            relative[str(word).lower()] = (int(spec[0]), spec[1] if len(spec) > 1 else None)
    units = {str(w).lower(): unit for unit, words in (data.get("units") or {}).items()
             for w in words}
    week = _mapping(data.get("week_before")) | _mapping(data.get("week_after"))
    return Lex(lang, data, months, weekdays, relative, week, _mapping(data.get("month_mods")),
                units, _mapping(data.get("ordinals")), _mapping(data.get("tens")),
                frozenset(str(w).lower() for w in data.get("few") or []))


# --------------------------------------------------------------------------- grammar

ZH_NUM = "〇零一二两三四五六七八九十廿卅"
# A day of the month in Chinese: digits, characters ("十四", "二十四"), the old tens 廿 (20)
# and 卅 (30) the press still writes ("廿四日", "卅日", read by date_context.zh_int), a lunar "初五"
ZH_DAY = (r"3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?"
          r"|[一二三四五六七八九十]")
_DIGIT = re.compile(r"\d")
_YEAR = r"(?P<y>(?:1[0-9]|20|21)\d\d)(?!\d)"


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: GatedPattern  # behind the words every match holds: most sentences hold none
    gate: re.Pattern[str] | GatedPattern | None  # a cheap search the rule needs to succeed


def _month_alt(lex: Lex, full_only: bool, strict: bool) -> str:
    """Month names; in strict mode English ones only as capitalised in the data."""
    names = lex.data.get("months") or []
    words = [str(n) for group in names for n in (group[:1] if full_only else group)]
    if full_only:  # other full forms (Russian cases: "мае", "июне"), not abbreviations
        words += [str(n) for group in names for n in group[1:]
                  if not str(group[0]).lower().startswith(str(n).lower().rstrip("."))]
    if strict and lex.data.get("months_case_sensitive"):
        verbs = {str(w) for w in lex.data.get("months_ambiguous") or []}
        plain = [w for w in words if w not in verbs]  # "april 22" in any case; "May" capital
        cased = [w for w in words if w in verbs]
        return (f"(?:{alt(plain) or '(?!)'}|(?-i:{alt(cased) or '(?!)'}|"
                f"{alt([w.upper() for w in cased]) or '(?!)'}))")
    return f"(?:{alt(words)})"


def _day_alt(lex: Lex, strict: bool, cardinals: bool = True) -> str:
    sfx = alt([str(s) for s in lex.data.get("ordinal_suffix") or []])
    digits = rf"(?P<d>3[01]|[12]\d|0?[1-9])(?:{sfx})?(?!\d)" if sfx else \
        r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"
    words = [str(w) for w in lex.data.get("strict_day_words") or []]
    forms = {"ordinal", "cardinal"} if not strict else set(lex.data.get("strict_day_forms") or [])
    if not cardinals:  # after a weekday: "venerdì un colloquio" is no Friday the 1st
        forms.discard("cardinal")
    if forms:  # running text: "the fourth of July" (en), "il quattro maggio" (it)
        tens = alt(list(lex.tens))
        units = (list(lex.ordinals) if "ordinal" in forms else []) + [
            w for w, (k, v) in locale(lex.lang).words.items()
            if "cardinal" in forms and k == "num" and 1 <= v <= 19 and " " not in w]
        unit_alt = f"(?:{alt(units)})"
        if tens:
            alone = "?" if "cardinal" in forms else ""  # "twenty May" is no date in English
            words.append(f"(?:{tens})(?:[\\s-]?(?:{unit_alt})){alone}")
        words.append(unit_alt)
    if not words:
        return f"(?:{digits})"
    word_alt = "|".join(w if "(" in w else re.escape(w) for w in words)
    return rf"(?:{digits}|(?P<dw>(?<!\w)(?:{word_alt})(?!\w)))"


def rule_sources(lang: str, strict: bool) -> list[tuple[str, str]]:
    """(kind, regex source) of every running-text date rule of the language, in order."""
    lex = lexicon(lang)
    d = lex.data
    rules: list[tuple[str, str]] = []
    mon = _month_alt(lex, full_only=strict, strict=strict)
    mon_any = _month_alt(lex, full_only=False, strict=strict)
    day = _day_alt(lex, strict)
    wd_words = [w for w in lex.weekdays if not strict or len(w) > 3 or lang == "zh"]
    wd = f"(?P<wd>{alt(wd_words)})"
    year_sfx = alt([str(s) for s in d.get("year_suffix") or []])
    year = _YEAR + (rf"(?:\s*(?:{year_sfx}))?" if year_sfx else "")
    of = alt([str(s) for s in d.get("day_of") or []])
    of_opt = rf"(?:\s+(?:{of}))*" if of else ""
    art = alt([str(s) for s in d.get("articles") or []])
    art_opt = rf"(?:(?:{art})\s*)?" if art else ""

    rules.append(("ymd", r"(?<![\d.,/-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)"
                         r"(?P<d>\d{1,2})(?![\d/]|[.,]\d)"))
    year_tail = r"\d{4}" if strict else r"\d{4}|\d{1,2}"
    rules.append(("num3", rf"(?<![\d.,/:-])(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})"
                          rf"(?:(?P=sep)|,)(?P<c>{year_tail})(?![\d]|[.,/:]\d)"))
    if not strict:
        rules.append(("ymd", rf"(?P<y>\d{{4}})[-/](?P<mon>{mon_any})[-/](?P<d>\d{{1,2}})"))
        rules.append(("ymd", r"(?P<y>\d{4}) (?P<m>\d{2}) (?P<d>\d{2})"))
        rules.append(("num2", r"(?<![\d.,/:-])(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})(?![\d/:]|[.,]\d)"))
        if lang != "zh":
            rules.append(("day", rf"(?<!\w)(?:(?:{art or 'the'})\s*)?{day}"))
    lead = alt([str(w) for w in d.get("strict_day_before") or []])
    if strict and lead:  # "on the 27th." with nothing after it: "the 20th anniversary" is no date
        sfx = alt([str(x) for x in d.get("ordinal_suffix") or []]) or "(?!)"
        rules.append(("day", rf"(?<!\w)(?:{lead})\s*(?P<d>3[01]|[12]\d|0?[1-9])(?:{sfx})?"
                             r"(?=\s*(?:[,;:!?)]|\.(?!\d)|$))"))
    if lang == "zh":
        rules.extend(_zh_rules(lex, strict))
    else:
        glue = alt([str(g) for g in d.get("month_year_glue") or []])
        glue_opt = rf"(?:(?:{glue})\s*)?" if glue else ""  # "settembre del 2022"
        wd_lead = rf"(?:(?:{wd})\.?,?\s+)?"
        # a range of days is dated by its first ("12-14 октября", "dal 12 al 14 ottobre")
        to = alt([str(w) for w in d.get("day_range") or []])
        first = rf"(?:(?<![\d.,:/-])(?P<d0>3[01]|[12]\d|0?[1-9])\s*(?:[-–—]|(?:{to})\s)\s*)?" \
            if to else ""
        # a day is no part of a word: "G20 di novembre" is a summit, not 20 November
        rules.append(("dmy", rf"{wd_lead}(?<![^\W_]){art_opt}{first}{day}\.?{of_opt}[\s./-]*"
                             rf"(?P<mon>{mon_any})"
                             rf"(?!\w)\.?(?:,?\s*{glue_opt}{year})?"))
        if d.get("month_day"):
            sep = r"(?:\.?[\s/-]*(?:the\s+)?|\.?,?\s+(?:the\s+)?)"
            rules.append(("mdy", rf"{wd_lead}(?P<mon>{mon_any})(?![^\W\d_]){sep}{day}"
                                 rf"(?:,?\s*{glue_opt}{year})?"))
        rules.append(("my", rf"(?<!\w)(?P<mon>{mon})\.?,?\s+{glue_opt}{year}"))
        cue = alt([str(s) for s in d.get("month_before") or []])
        if cue:
            # "during the December 7 videoconference": a day after the month is a date
            no_day = r"(?!\w)(?!\.?\s*\d)"
            rules.append(("m", rf"(?<!\w)(?:{cue})\s+(?:(?:{art})\s+)?(?P<mon>{mon}){no_day}"
                          if art else rf"(?<!\w)(?:{cue})\s+(?P<mon>{mon}){no_day}"))
        ybefore = alt([str(s) for s in d.get("year_before") or []])
        if ybefore:
            rules.append(("y", rf"(?<!\w)(?:{ybefore})\s+(?:(?:{art})\s*)?{year}"
                               r"(?![.,]\d|\s*%|-\w|'?s\b)" if art else
                          rf"(?<!\w)(?:{ybefore})\s+{year}(?![.,]\d|\s*%|-\w|'?s\b)"))
        if year_sfx:
            rules.append(("y", rf"(?<![\d.,]){_YEAR}\s*(?:{year_sfx})(?!\w)"))
        rel = _guarded(alt([w for w in lex.relative if strict is False
                            or w in {str(k).lower() for k in d.get("relative") or {}}]),
                       d.get("relative_guard"))
        if rel:
            rules.append(("rel", rf"(?<!\w)(?P<rel>{rel})(?!\w)"))
        week = alt(list(lex.week))
        if week:
            rules.append(("wd", rf"(?<!\w)(?:(?P<pre>{week})[\s,]+(?:(?:on|di)\s+)?)?"
                                rf"(?:(?:on|il|la|в|во)\s+)?{wd}(?!\w)\.?"
                                rf"(?:[\s,]+(?P<post>{week})(?!\w))?"
                                rf"(?:,?\s+(?:the\s+)?{_day_alt(lex, strict, False)}(?![.,:]\d))?"))
        mm = alt(list(lex.month_mods))
        if mm:
            rules.append(("dmm", rf"{art_opt}{day}{of_opt}\s+(?P<mm>{mm})(?!\w)"))
        rules.append(_ago_rule(lex))
        if not strict:
            nth = alt([w for w, v in lex.ordinals.items() if v <= 5])
            rules.append(("nth", rf"(?<!\w)(?P<nth>{nth})\s+{wd}(?:\s+(?:{of}|in|di|del)\s+"
                                 rf"(?:(?P<mon>{mon_any})|(?P<mm>{mm})))?"))
    return [(k, p) for k, p in rules if p]


def _gate(kind: str, lex: Lex, strict: bool) -> re.Pattern[str] | None:
    """Most sentences hold no date: skip a rule when the words it needs are absent."""
    d = lex.data
    if kind in ("ymd", "num3", "num2", "my", "y") or (strict and kind == "day"):
        return _DIGIT
    if not strict or lex.lang == "zh":
        return None
    words = {"wd": list(lex.weekdays), "dmy": list(lex.months), "mdy": list(lex.months),
             "m": list(lex.months), "dmm": list(lex.month_mods),
             "ago": [str(w) for w in (d.get("ago") or []) + (d.get("later") or [])]}.get(kind)
    if not words:
        return None
    if kind in ("dmy", "mdy", "m", "dmm"):  # unbounded: "22april", "april22"
        return _word_gate(alt(words))
    digit = r"\d|" if kind == "ago" else ""  # "in 3 days"
    return _word_gate(rf"{digit}(?<!\w)(?:{alt(words)})(?!\w)")


@cache
def _word_gate(pattern: str) -> GatedPattern:
    """A gate of words, its words looked for first (``word_gate``); one per pattern, as the
    scan tests each gate once per sentence."""
    return GatedPattern(re.compile(pattern, re.IGNORECASE))


def _ago_rule(lex: Lex) -> tuple[str, str]:
    d = lex.data
    words = [w for w, (k, v) in locale(lex.lang).words.items()
             if k == "num" and 1 <= v <= 99 and " " not in w]
    words += [str(w) for w in d.get("one") or []] + list(lex.few)
    num = rf"(?:\d+|(?:{alt(words)})(?:[\s-]+(?:{alt(words)}))?)"
    unit = alt(list(lex.units))
    item = rf"{num}\s*(?:{unit})(?!\w)"
    joiners = alt([str(j) for j in d.get("joiners") or ["and"]])
    seq = rf"(?P<seq>{item}(?:,?\s*(?:(?:{joiners})\s+)?{item})*)"
    ago = alt([str(w) for w in d.get("ago") or []])
    later = alt([str(w) for w in d.get("later") or []])
    before = alt([str(w) for w in d.get("later_before") or []])
    parts = [rf"(?<!\w){seq}\s+(?:(?P<ago>{ago})|(?P<later>{later}))(?!\w)"]
    if before:
        parts.append(rf"(?<!\w)(?P<in>{before})\s+{seq.replace('?P<seq>', '?P<seq2>')}(?!\w)")
    return ("ago", "|".join(f"(?:{p})" for p in parts))


def _zh_rules(lex: Lex, strict: bool) -> list[tuple[str, str]]:
    n = f"[{ZH_NUM}]"
    year = (r"(?P<y>\d{4}|[〇零一二三四五六七八九]{3,4}|[一两二]千[〇零一二三四五六七八九十]*)年")
    # "二〇二一年", "两千零四年"; "二十年" is twenty years
    month = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九十])月"
    day = rf"(?P<d>{ZH_DAY}|初[一二三四五六七八九十])"
    sfx = r"(?P<dsfx>[日号號])"
    dp = alt([str(w) for w in lex.data.get("zh_daypart_suffix") or []])
    dp_opt = f"(?P<dp>{dp})?" if dp else ""
    lunar = r"(?:农历|農曆)?"
    # a year named from the page's ("今年11月", "去年3月5日"): that year, whatever the tense
    shifts = alt([str(w) for w in (lex.data.get("periods") or {}).get("year_words") or {}])
    named = rf"(?:{year}|(?P<yw>{shifts}))" if shifts else year
    rules = [
        ("zh", rf"(?:{lunar}{named}{lunar})?{month}(?:{day}{sfx}{dp_opt})?(?!个|個)"),
        ("zh", rf"(?<![\d月{ZH_NUM}]){day}{sfx}{dp_opt}"),
        ("zhy", rf"(?<!\d){year}(?!代|\d|{n}|前|以来|来)"),
    ]
    if not strict:
        rules.append(("zh", rf"(?:{lunar}{named}{lunar})?{month}{day}(?!\d)"))
    heads = alt([str(h) for h in lex.data.get("relative_day_heads") or {}])
    if heads:  # "今（29）日下午", "明（30）上午", "后（31）天", "今天(30日)"
        rules.append(("zhrel", rf"(?P<reh>{heads})\s*[（(]\s*{day}\s*[日号]?\s*[)）]"
                               rf"\s*(?:[日号天])?{dp_opt}"))
    bare = alt([str(h) for h in lex.data.get("bare_day_heads") or {}])
    verbs = alt([str(v) for v in lex.data.get("bare_day_verbs") or []])
    if bare and verbs:  # "普京今晤习主席", "昨抵港": not "如今与", "今次"
        after = "".join(str(c) for c in lex.data.get("bare_day_not_after") or [])
        rules.append(("zhbare", (f"(?<![{after}])" if after else "")
                      + rf"(?P<bh>{bare})(?=(?:{verbs}))"))
    rel = alt([w for w in lex.relative if not strict
                or w in {str(k).lower() for k in lex.data.get("relative") or {}}])
    rules.append(("rel", f"(?P<rel>{rel})"))
    mods = alt(list(lex.week))
    rules.append(("wd", rf"(?P<pre>{mods})?(?P<wd>{alt(list(lex.weekdays))})"))
    if lex.month_mods:  # "本月10日"
        rules.append(("dmm", rf"(?P<mm>{alt(list(lex.month_mods))}){day}[日号]"))
    units = alt(list(lex.units))
    rules.append(("ago", rf"(?<!\d)(?P<seq>(?:\d{{1,3}}|{n}+)(?:个|個)?(?:{units}))"
                         rf"(?:(?P<ago>以前|之前|前)|(?P<later>以后|之后|后|後))(?!\d|{n})"))
    return rules


@cache
def rules(lang: str, strict: bool) -> tuple[Rule, ...]:
    """The rules compiled, each behind its words and first characters: most sentences hold
    no date, and most positions of one that does start none."""
    lex = lexicon(lang)
    return tuple(Rule(k, GatedPattern(with_first_chars(p, re.IGNORECASE)),
                      _gate(k, lex, strict)) for k, p in rule_sources(lang, strict))
