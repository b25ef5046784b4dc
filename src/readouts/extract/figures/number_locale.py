"""How each locale writes digits: decimal mark, group separators, number words as data.

Strict per locale because the same string means different things: "1.000" is one thousand
in Italian and one in English, and "12.5" is no Italian number at all (a lenient parser
would read 125). ``locale`` compiles ``lang/<lang>/numbers.yaml`` once; ``parse_digits``
reads one digit numeral in that convention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from readouts import lang as langdata

# Full-width digits and signs (common in Chinese text) mapped one to one, so offsets hold.
# The full-width comma stays: in Chinese prose it separates clauses, not digit groups.
_FULLWIDTH = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {"．": ".", "％": "%", "－": "-", "＄": "$", "／": "/", "−": "-", "＋": "+"}
)
# Ingest has already folded these in analyzed text, so the common case is a quick search
# that finds none (str.translate looks every character up in a dict).
_FOLDABLE = re.compile("[" + re.escape("".join(chr(c) for c in _FULLWIDTH)) + "]")
_SPACES = "\u00a0\u202f\u2009"


def normalize(text: str) -> str:
    """Fold full-width digits and signs to ASCII without changing the string's length."""
    return text.translate(_FULLWIDTH) if _FOLDABLE.search(text) else text


@dataclass(frozen=True)
class Locale:
    """Compiled number conventions of one language."""

    lang: str
    decimal: str
    digits: str  # regex source of one digit numeral (no anchors, no groups)
    digits_re: re.Pattern[str]
    words: dict[str, tuple[str, float]]  # lowercase morpheme -> (kind, value)
    weak: frozenset[str]
    connectors: frozenset[str]
    scales: dict[str, float]  # scale words written after digits, case as written
    morphemes: tuple[str, ...]  # word morphemes, longest first
    minus: frozenset[str]
    den_suffixes: tuple[str, ...]  # ordinal endings that make a denominator ("-esimi")
    den_stems: tuple[str, ...]  # endings a cardinal lost before the ordinal suffix
    data: dict


def _digit_pattern(decimal: str, groups: list[str], loose: list[str]) -> str:
    dec = re.escape(decimal)
    alts = [rf"\d{{1,3}}(?:{re.escape(g)}\d{{3}})+(?:{dec}\d+)?" for g in groups]
    # a loose separator (a plain space in English) groups only where two numbers cannot be
    # meant: two or more groups ("1 234 567") or one starting with 0 ("40 000", not "2 100")
    for g in map(re.escape, loose):
        alts.append(rf"\d{{1,3}}(?:(?:{g}\d{{3}}){{2,}}|{g}0\d\d)(?:{dec}\d+)?(?!{g}?\d)")
    alts.append(rf"\d+(?:{dec}\d+)?")
    if decimal == ".":
        alts.append(r"\.\d+")
    return "(?:" + "|".join(alts) + ")"


@cache
def locale(lang: str) -> Locale:
    """Return the compiled conventions for ``lang`` (read once from its numbers.yaml)."""
    data = langdata.load(lang, "numbers")
    decimal = str(data.get("decimal", "."))
    groups = [str(g) for g in data.get("group", [","])]
    loose = [str(g) for g in data.get("loose_group", [])]
    digits = _digit_pattern(decimal, groups, loose)
    words: dict[str, tuple[str, float]] = {}
    wdata = data.get("words", {}) or {}
    for kind in ("num", "mul", "scale", "frac", "den", "dozen", "div", "point"):
        for word, value in (wdata.get(kind) or {}).items():
            words[str(word).lower()] = (kind, float(value))
    scales = {str(k): float(v) for k, v in (data.get("scales") or {}).items()}
    return Locale(
        lang=lang,
        decimal=decimal,
        digits=digits,
        digits_re=re.compile(digits),
        words=words,
        weak=frozenset(str(w).lower() for w in wdata.get("weak", []) or []),
        connectors=frozenset(str(w).lower() for w in wdata.get("connectors", []) or []),
        scales=scales,
        morphemes=tuple(sorted((w for w in words if " " not in w), key=len, reverse=True)),
        minus=frozenset(str(w).lower() for w in wdata.get("minus", []) or []),
        den_suffixes=tuple(str(w) for w in (data.get("ordinal_den") or {}).get("suffixes", [])),
        den_stems=tuple(str(w) for w in (data.get("ordinal_den") or {}).get("stem_endings", [])),
        data=data,
    )


def parse_digits(text: str, loc: Locale) -> float | None:
    """Read one digit numeral written in ``loc``'s convention; None if it is not one."""
    if not loc.digits_re.fullmatch(text):
        return None
    body = text
    for sep in [",", ".", " ", *_SPACES]:
        if sep != loc.decimal:
            body = body.replace(sep, "")
    return float(body.replace(loc.decimal, "."))
