"""The unit written after a number: a percent word, a currency or its sub-unit, tenths
("三成"), a price cut ("九折") or a counted noun; the sub-units that follow a sum ("3
dollars 50 cents"); and whether a scaled number with no unit is a sum of money.

Anchored matches at the number's end, with the patterns of ``figure_rules``.
"""

from __future__ import annotations

import re

from readouts.extract.figures.figure_rules import Rules
from readouts.extract.figures.numbers import parse_number, parse_zh

_WORD_AFTER = re.compile(r"\s*[^\W\d_]")


def bare_sum(text: str, end: int, num_text: str, scale: str, r: Rules) -> bool:
    """A scaled number that ends its clause ("30 miliardi.", "1100亿，"), stands before a
    word no noun is ("200 miliardi entro il 2024") or before what it measures ("67 miliardi
    di esportazioni", "200 миллиардов товарооборота"): a sum whose currency was said before;
    before any other word ("1.4 billion Chinese") it counts something."""
    scaled = bool(scale.strip()) or any(c in r.big_units for c in num_text)
    return scaled and (
        _WORD_AFTER.match(text, end) is None
        or r.sum_followers.match(text, end) is not None
        or (r.measure_after is not None and r.measure_after.match(text, end) is not None)
    )


def currency_code(r: Rules, c: re.Match[str]) -> str:
    """The ISO code of the currency word a ``Rules.currency`` match found."""
    return r.currency_words[c.group("cur").lower()]


_DIGIT_NEXT = re.compile(r"\s?\d")


def unit_after(text: str, end: int, r: Rules, value: float) -> tuple[str | None, int, float]:
    """The unit written after a number (percent, currency or its sub-unit, tenths, price
    cut, counted noun), where it ends, and the value in that unit."""
    p = r.percent.match(text, end)
    if p:
        points = r.key(p.group("pct")) in r.percent_points
        return ("percentage-point" if points else "percent"), p.end(), value
    c = r.currency.match(text, end)
    # a symbol before digits belongs to the next number: "1 $10 bill", "$ 20.00 $ 37.97"
    if c and (c.group("cur")[0].isalpha() or not _DIGIT_NEXT.match(text, c.end())):
        value *= r.currency_scale.get(c.group("cur").lower(), 1.0)
        s = r.scale_after.match(text, c.end()) if r.scale_after is not None else None
        if s:  # "75 USD million"
            factor = r.scales.get(s.group("s")) or r.scales_folded[s.group("s").lower()]
            return currency_code(r, c), s.end(), value * factor
        return currency_code(r, c), c.end(), value
    mi = r.minor.match(text, end)
    if mi:
        currency, factor = r.minor_units[mi.group("cur").lower()]
        return currency, mi.end(), value * factor
    if r.tenths is not None and value <= 10:
        t = r.tenths.match(text, end)
        if t:
            extra = t.group("extra")
            more = 0.0 if not extra else 5.0 if extra in r.half else parse_zh(extra) or 0.0
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


def minor_tail(text: str, end: int, r: Rules, value: float) -> tuple[float, int]:
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
