"""Figures leaders cite: money, percentages and counts of measurable things.

A number is a figure only with a unit: a currency, a percent sign or word, or a counted
noun from the language's list ("dosi", "students", "доз", "名学生"). That one rule keeps
out most non-figures (dates, times, years, "two leaders"); ordinals, identifiers and
compounds ("20th", "n. 7", "COVID-19", "14-й", "第十四次") are refused where the number
is found. Each sentence is scanned by its language's one compiled finder
(``figure_rules``); the unit (``figure_units``), qualifier and measure
(``figure_qualify``) are read around each hit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from readouts.extract.figures.figure_qualify import assign_measures, qualifier
from readouts.extract.figures.figure_rules import PENDING, PERCENT_UNITS, Rules, rules
from readouts.extract.figures.figure_units import bare_sum, currency_code, minor_tail, unit_after
from readouts.extract.figures.numbers import normalize, parse_number, parse_zh
from readouts.model import Figure


def _is_year(num: str, scale: str) -> bool:
    return not scale and len(num) == 4 and num.isdigit() and 1800 <= int(num) <= 2100


_ADDRESS = re.compile(r"(?:https?://|www\.)\S*$")  # the token so far is a web address


def _in_address(text: str, start: int) -> bool:
    """Digits inside a URL ("issn%280024%2D9114") are an address, not a figure."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    return _ADDRESS.match(text, token_start, start) is not None


def extract_figures(sentence: str, lang: str, carried: Mapping[str, str] | None = None,
                    continued: str | None = None) -> list[Figure]:
    """Find the figures in one sentence of ``lang`` ('it', 'en', 'ru', 'zh').

    Each Figure carries the text as written, the fully scaled value, the unit (ISO 4217,
    ``percent``, ``percentage-point`` or an English singular counted noun), the qualifier
    and what it measures (``about``); offsets are inside ``sentence``. ``carried`` maps a
    measure to the currency earlier sentences stated it in: a bare sum of that measure
    ("la soglia dei 200 miliardi" of trade) is in that currency, unless a later sum of the
    same measure in the sentence names one ("da 26 a 32 miliardi di dollari"). ``continued``
    is the measure of the sum the sentence before ended on, where this one sets a goal: a
    bare sum in a sentence that names no measure goes on with it ("... 62 miliardi di
    dollari. Puntano a superare la soglia dei 100 miliardi").
    """
    r = rules(lang)
    text = normalize(sentence)
    figures: list[Figure] = []
    pos = 0
    money: str | None = None  # currency of the last sum in the sentence
    while (m := r.finder.search(text, pos)) is not None:
        fig = _figure(text, m, r, sentence, money or (PENDING if carried else None))
        pos = m.end()
        if fig is not None:  # the scan goes on right after the figure ("4人民币5美元")
            fig.text = sentence[fig.start : fig.end]
            figures.append(fig)
            pos = fig.end
            if fig.unit in r.money_or_percent and fig.unit not in PERCENT_UNITS:
                money = fig.unit
    if figures and r.measures is not None:
        assign_measures(sentence, figures, r)
    if continued and all(f.about is None for f in figures):
        for fig in figures:
            if fig.unit == PENDING:
                fig.about = continued
    for i, fig in enumerate(figures):
        if fig.unit == PENDING:  # "da 26 miliardi a 32 miliardi di dollari": the later sum's
            later = (o.unit for o in figures[i + 1 :] if o.about == fig.about
                     and o.unit in r.money_or_percent and o.unit not in PERCENT_UNITS)
            fig.unit = next(later, None) or (carried or {}).get(fig.about or "", PENDING)
    return [f for f in figures if f.unit != PENDING]


def _value(
    text: str, m: re.Match[str], r: Rules, sentence: str
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


def _figure(
    text: str, m: re.Match[str], r: Rules, sentence: str, money: str | None = None
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
    pctpre = groups.get("pctpre")
    if pctpre and r.lang != "zh" and unit_after(text, end, r, value)[0] is not None:
        pctpre, start = None, m.start("num")  # "what percent of 10 students": a count
    if pctpre:
        unit, value = "percent", value * r.percent_prefix[r.key(pctpre)]
    elif unit is None:
        unit, end, value = unit_after(text, end, r, value)
        if unit == "discount" and text[m.start("num") - 1 : m.start("num")] in r.discount_not_after:
            return None  # "一波三折" is no price cut
        if unit in ("tenths", "discount"):
            unit = "percent"
        elif unit is not None and _is_year(num_text, scale) and unit not in r.money_or_percent:
            return None  # "2021 students" is more likely a year before a noun
    else:
        cur = r.currency.match(text, end)  # "$ 10 dollars", "US$ 5 million USD"
        if cur and cur.group("cur")[0].isalpha() and currency_code(r, cur) == unit:
            end = cur.end()
    if unit is None and money is not None and bare_sum(text, end, num_text, scale, r):
        unit = money  # "..., con un disavanzo di oltre 30 miliardi."
    if unit is None:
        return None
    if unit not in PERCENT_UNITS and unit in r.money_or_percent and not scale:
        value, end = minor_tail(text, end, r, value)
    return Figure(
        text="",
        value=float(value),
        unit=unit,
        qualifier=qualifier(text, num_text, start, end, r),
        start=start,
        end=end,
    )
