"""Numbers as each locale writes them: digits, words, fractions and powers, as one value.

Parsing is strict per locale (see ``number_locale``): "12.5" is no Italian number. Number
words come from ``lang/<lang>/numbers.yaml``; the engine here is language-neutral, and
Chinese numerals go to their own reader (``zh_numerals``). ``locale``, ``normalize`` and
``parse_zh`` are used here and by the other stages that read numbers.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from readouts.extract.figures.number_locale import Locale, locale, normalize, parse_digits
from readouts.extract.figures.zh_numerals import ZH_CHARS_RE, parse_zh


def _segment(word: str, loc: Locale) -> list[str] | None:
    """Split a glued number word ("duecentoquarantatre") into known morphemes."""
    if word in loc.words:
        return [word]
    for m in loc.morphemes:
        if word.startswith(m):
            rest = _segment(word[len(m) :], loc)
            if rest is not None:
                return [m, *rest]
    return None


_WORD_TOKEN = r"([^\W\d_]+\.?|[$%€£¥₽])|([\s'’\-–]+)|(.)"


@cache
def _token_re(lang: str) -> re.Pattern[str]:
    return re.compile(f"({locale(lang).digits})|" + _WORD_TOKEN)


def _tokens(text: str, loc: Locale) -> list[tuple[str, float, str]] | None:
    """Turn a number phrase into (kind, value, word) items; None if anything is foreign."""
    raw: list[tuple[str, str]] = []
    for m in _token_re(loc.lang).finditer(text):
        if m.group(1):
            raw.append(("d", m.group(1)))
        elif m.group(2):
            raw.append(("w", m.group(2)))
        elif m.group(4):
            raw.append(("o", m.group(4)))
    items: list[tuple[str, float, str]] = []
    i = 0
    while i < len(raw):
        kind, tok = raw[i]
        if kind == "d":
            value = parse_digits(tok, loc)
            fraction = i + 2 < len(raw) and raw[i + 1] == ("o", "/") and raw[i + 2][0] == "d"
            if fraction:
                den = parse_digits(raw[i + 2][1], loc)
                if value is None or not den:
                    return None
                value, i = value / den, i + 2
            if value is None:
                return None
            if items and items[-1][2][:1].isdigit():
                # two numerals side by side are no one number, but for a mixed fraction "2 1/4"
                if not fraction or not items[-1][1].is_integer():
                    return None
                value += items.pop()[1]
            items.append(("num", value, tok))
        elif kind == "w":
            low = tok.lower()
            two = f"{low} {raw[i + 1][1].lower()}" if i + 1 < len(raw) else ""
            if two in loc.words:
                items.append((*loc.words[two], two))
                i += 2
                continue
            bare = low.rstrip(".")
            if bare in loc.words or low in loc.words:
                items.append((*loc.words[bare if bare in loc.words else low], bare))
            elif low in loc.connectors:
                items.append(("and", 0.0, low))
            elif tok in loc.scales or low in loc.scales or bare in loc.scales:
                key = tok if tok in loc.scales else low if low in loc.scales else bare
                items.append(("scale", loc.scales[key], low))
            elif len(tok) == 1 and tok.isnumeric():  # vulgar fractions: "½", "¾"
                items.append(("num", unicodedata.numeric(tok), tok))
            else:
                parts = _segment(bare, loc)
                if parts is not None:
                    items.extend((*loc.words[p], p) for p in parts)
                else:
                    den = _ordinal_den(bare, loc)
                    if den is None:
                        return None
                    items.append(("den", den, bare))
        else:
            return None
        i += 1
    return items


def _ordinal_den(word: str, loc: Locale) -> float | None:
    """A denominator made from a cardinal by an ordinal suffix ("ventunesimi" = 21sts)."""
    for suffix in loc.den_suffixes:
        if not word.endswith(suffix) or len(word) == len(suffix):
            continue
        stem = word[: -len(suffix)]
        for ending in loc.den_stems:
            parts = _segment(stem + ending, loc)
            if parts is not None:
                value = _simple([(*loc.words[p], p) for p in parts], loc)
                if value is not None and value > 10:
                    return value
    return None


def _fits(current: float, value: float) -> bool:
    """Whether ``value`` can be added to ``current`` as a lower place ("twenty" + "one")."""
    if current == 0:
        return True
    if not float(current).is_integer() or value >= current:
        return False
    place = 1
    n = int(current)
    while n % (place * 10) == 0:
        place *= 10
    return value < place


_Items = list[tuple[str, float, str]]


def _evaluate(items: _Items, loc: Locale) -> float | None:
    """Value of a number phrase, splitting it at "over", "point" and a fraction's "and"."""
    kinds = [k for k, _, _ in items]
    if "div" in kinds:
        i = kinds.index("div")
        num, den = _evaluate(items[:i], loc), _evaluate(items[i + 1 :], loc)
        return None if num is None or not den else num / den
    if "point" in kinds:
        i = kinds.index("point")
        whole, frac = _evaluate(items[:i], loc), _evaluate(items[i + 1 :], loc)
        zeros = 0
        while i + 1 + zeros < len(items) and items[i + 1 + zeros][1] == 0:
            zeros += 1
        if whole is None or frac is None or not float(frac).is_integer():
            return None
        return whole + float(f"0.{'0' * zeros}{int(frac)}")
    for i in range(len(kinds) - 1, 0, -1):  # the last "and": "one hundred and three and two thirds"
        if kinds[i] == "and" and any(k in ("den", "frac", "dozen") for k in kinds[i + 1 :]):
            left, right = _simple(items[:i], loc), _evaluate(items[i + 1 :], loc)
            if left is None or right is None:
                break
            if "dozen" in kinds[i + 1 :]:  # "trecento e due dozzine"
                return left + right
            if right < 1:  # "two and three quarters", "two million and a half"
                return left + right * (items[i - 1][1] if kinds[i - 1] == "scale" else 1)
            last_kind, scale = items[-1][:2]
            if last_kind == "scale" and right < scale * 1000:
                if left < scale:  # "five and a half million"
                    return left * scale + right
                if _fits(left, right):  # "one billion and three quarters million"
                    return left + right
            break  # "one hundred and thirty fifths": "and" joins the numerator
    return _simple(items if loc.den_suffixes else _compound_dens(items), loc)


def _compound_dens(items: _Items) -> _Items:
    """Join a tens word to the ordinal after it: "one twenty-fifth" is 1/25, not 21/5.

    For languages that write compound ordinals as separate words (English); only where a
    numerator is left before the tens, and not after "and" ("one hundred and thirty
    fifths" is 130/5).
    """
    out: _Items = []
    for kind, value, word in items:
        if (
            kind == "den"
            and value < 10
            and len(out) >= 2
            and out[-1][0] == "num"
            and out[-1][1] in _TENS
            and out[-2][0] != "and"
        ):
            tens = out.pop()
            out.append(("den", tens[1] + value, f"{tens[2]} {word}"))
        else:
            out.append((kind, value, word))
    return out


_TENS = frozenset(float(t) for t in range(20, 100, 10))


def _simple(items: _Items, loc: Locale) -> float | None:
    total = current = 0.0
    max_scale = 1.0
    last = ""
    last_scale = 0.0
    strong = False
    pending_and = False
    for kind, value, word in items:
        if kind == "and":
            if last in ("", "and"):
                return None
            pending_and = True
            last = kind
            continue
        if kind == "num":
            if current and not _fits(current, value) and not (pending_and and value < 1):
                return None
            current += value
            strong = strong or word not in loc.weak
        elif kind in ("mul", "dozen"):
            current = (current or 1.0) * value
            strong = True
        elif kind == "scale":
            strong = True
            if current == 0 and total == 0:
                current = 1.0
            if current == 0:
                if last != "scale":
                    return None
                total *= value
            elif value > max_scale:
                total = (total + current) * value
            else:
                total += current * value
            max_scale = max(max_scale, value)
            current = 0.0
            last_scale = value
        elif kind == "frac":
            strong = True
            if last == "scale" or (last == "and" and last_scale and current == 0):
                total += value * last_scale
            elif last == "num":  # "one half"
                current *= value
            else:
                current += value
        elif kind == "den":
            # the whole numerator is divided: "duemiladuecento quinti", "a hundred thousand
            # trillionths"; "first" (value 1) is a denominator only inside "twenty-first"
            if last not in ("num", "mul", "scale") or value == 1 or total + current == 0:
                return None
            total, current = 0.0, (total + current) / value
            strong = True
        pending_and = False
        last = kind
    if not strong or last == "and":
        return None
    return total + current


def parse_number(text: str, lang: str) -> float | None:
    """Read a whole string as one number in ``lang``'s convention, or None.

    Accepts digits ("1.000" it, "1,000.5" en, "1 000,5" ru, "1230" zh), number words
    ("cinque", "twenty-one", "двести", "一千二百三十"), digits with scale words
    ("115,6 miliardi", "4.78万亿", "10k") and simple fractions ("3/4", "two thirds").
    Ambiguous or invalid grouping for the locale gives None ("12.5" in Italian).
    """
    text = normalize(text).strip()
    if not text:
        return None
    if ZH_CHARS_RE.search(text) or (lang == "zh" and not text.isascii()):
        return parse_zh(text)
    loc = locale(lang)
    sign = 1.0
    if text[0] in "-+":
        sign = -1.0 if text[0] == "-" else 1.0
        text = text[1:].strip()
    else:
        head, _, rest = text.partition(" ")
        if head.lower() in loc.minus and rest:
            sign, text = -1.0, rest.strip()
    power = _power(text, loc)
    if power is not None:
        return sign * power
    items = _tokens(text, loc)
    if not items:
        return None
    value = _evaluate(items, loc)
    return None if value is None else sign * float(f"{value:.12g}")


_SCIENTIFIC_RE = re.compile(r"(\S+?)(?:[eE]|\s*[x×*]\s*10\s*\^)\s*([+-]?\d{1,3})")
_POWER_RE = re.compile(r"(\S+?)\s*\^\s*([+-]?\d{1,3})")


def _power(text: str, loc: Locale) -> float | None:
    """Scientific and power notation: "2.5e-3", "1.3x10^6", "1,1^23" (Italian)."""
    for pattern, by_ten in ((_SCIENTIFIC_RE, True), (_POWER_RE, False)):
        m = pattern.fullmatch(text)
        if m:
            base = parse_digits(m.group(1), loc)
            if base is None or (base == 0 and int(m.group(2)) < 0):
                return None
            exponent = int(m.group(2))
            return base * 10**exponent if by_ten else base**exponent
    return None
