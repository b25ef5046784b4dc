"""Chinese numerals: place units (十 百 千) inside sections joined by big units (万 亿).

They work differently from Western scale words, and may mix with ASCII digits ("1230亿",
"4.78万亿"); the characters come from the ``zh:`` block of ``lang/zh/numbers.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from readouts import lang as langdata
from readouts.extract.figures.number_locale import normalize


@dataclass(frozen=True)
class _Zh:
    digits: dict[str, int]
    units: dict[str, int]
    big: dict[str, int]
    point: frozenset[str]
    minus: frozenset[str]
    vague: frozenset[str]
    fraction: str
    half: frozenset[str]  # "半百" = 50 (only parse_zh reads these, never the figure finder)
    dozen: frozenset[str]  # "五十打" = 600


@lru_cache(maxsize=1)
def _zh() -> _Zh:
    z = langdata.load("zh", "numbers").get("zh", {})
    return _Zh(
        digits={str(k): int(v) for k, v in z.get("digits", {}).items()},
        units={str(k): int(v) for k, v in z.get("units", {}).items()},
        big={str(k): int(v) for k, v in z.get("big_units", {}).items()},
        point=frozenset(z.get("point", [])),
        minus=frozenset(z.get("minus", [])),
        vague=frozenset(z.get("vague", [])),
        fraction=str(z.get("fraction", "分之")),
        half=frozenset(z.get("half", [])),
        dozen=frozenset(z.get("dozen", [])),
    )


def zh_chars() -> str:
    """All characters that may appear inside a Chinese numeral (for building regexes)."""
    z = _zh()
    return "".join(sorted({*z.digits, *z.units, *z.big, *z.point}))


ZH_CHARS_RE = re.compile(f"[{re.escape(zh_chars())}]")
# a full-width comma groups digits too, but only before exactly three ("3，500")
_ASCII_NUM_RE = re.compile(r"\d{1,3}(?:[,，]\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")


def parse_zh(text: str) -> float | None:
    """Read a Chinese numeral ("一千二百三十", "两", "1230亿", "三分之二"), or None."""
    z = _zh()
    s = re.sub(r"\s+", "", normalize(text))
    sign = 1.0
    if s[:1] in z.minus or s[:1] == "-":
        sign, s = -1.0, s[1:]
    if "又" in s:
        whole, _, part = s.partition("又")
        a, b = parse_zh(whole), parse_zh(part)
        return None if a is None or b is None else sign * (a + b)
    if z.fraction in s:
        den_s, _, num_s = s.partition(z.fraction)
        den, num = parse_zh(den_s), parse_zh(num_s)
        if den is None or num is None or den == 0:
            return None
        return sign * num / den
    dozens = 1.0
    if len(s) > 1 and s[-1] in z.dozen:
        s, dozens = s[:-1], 12.0
    value = _zh_integer(s, z)
    return None if value is None else sign * value * dozens


def _zh_integer(s: str, z: _Zh) -> float | None:
    total = section = 0.0
    digit: float | None = None
    digit_chars = 0  # how many Chinese digit characters made ``digit`` (abbreviation rule)
    last_unit = 0
    max_big = 1
    after_zero = False
    seen = False
    i = 0
    while i < len(s):
        c = s[i]
        m = _ASCII_NUM_RE.match(s, i)
        if m:
            if digit is not None:
                return None
            digit, digit_chars, seen = float(re.sub("[,，]", "", m.group())), 0, True
            i = m.end()
            continue
        if c in z.half and i == 0 and len(s) > 1:
            digit, digit_chars, seen = 0.5, 0, True
        elif c in z.digits:
            d = z.digits[c]
            seen = True
            if digit is not None and digit_chars:
                digit, digit_chars = digit * 10 + d, digit_chars + 1
            elif d == 0:
                after_zero = True
            else:
                digit, digit_chars = float(d), 1
        elif c in z.units:
            u = z.units[c]
            if section and ((digit is None and not after_zero) or u >= last_unit):
                return None  # places fall within a section: "七十百" is no number
            section += (digit if digit is not None else 1.0) * u
            digit, digit_chars, last_unit, after_zero, seen = None, 0, u, False, True
        elif c in z.big:
            u = z.big[c]
            if digit is not None:
                section += digit
            digit, digit_chars = None, 0
            if section == 0:
                if total == 0:
                    return None
                total *= u
            elif u > max_big:
                total = (total + section) * u
            else:
                total += section * u
            max_big = max(max_big, u)
            section, last_unit, after_zero = 0.0, u, False
        elif c in z.vague:
            pass
        elif c in z.point:
            frac = ""
            j = i + 1
            while j < len(s) and (s[j] in z.digits or s[j].isdigit()):
                frac += str(z.digits[s[j]]) if s[j] in z.digits else s[j]
                j += 1
            if not frac:
                return None
            if digit is not None and last_unit >= 10 and digit_chars == 1 and not after_zero:
                digit *= last_unit / 10  # "两千三点一" is 2300.1
            digit = section + (digit or 0.0) + float("0." + frac)
            section, digit_chars, last_unit = 0.0, 0, 0
            i = j
            continue
        else:
            return None
        i += 1
    if not seen:
        return None
    if digit is not None:
        if last_unit >= 10 and digit_chars == 1 and not after_zero:
            section += digit * last_unit / 10
        else:
            section += digit
    return total + section
