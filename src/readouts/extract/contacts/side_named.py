"""The country a side's phrase names ("the American side", "российской стороны", "美方"),
or its seat of government ("по инициативе Белого дома"): who asked for a contact is often
told of a side, not of its leader. Words from knowledge/countries.yaml, any language."""

from __future__ import annotations

import re
from functools import cache

from readouts import knowledge
from readouts.text.scripts import HAN

# A Russian country adjective in every gender and case ("российское руководство",
# "американского лидера", "по инициативе венесуэльской стороны", "турецкую сторону"): the
# country data lists a form or two of each (-ский, -ская; -цкий), and the side is most often
# told in the feminine genitive, which a country's name does not always begin ("Венгрия",
# "венгерской").
_RU_ADJECTIVE = re.compile(r"[сц]к(?:ий|ая)$")
_RU_ENDINGS = ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ою", "ое", "ие", "их",
               "ими")


@cache
def _country_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each country's words in every language (names, adjectives, "美方"), built once: a side
    is named by its country more often than by its seat."""
    out = []
    for iso, entry in (knowledge.load("countries") or {}).items():
        words: list[str] = []
        for key, value in (entry or {}).items():
            if key in ("iso", "type"):
                continue
            if isinstance(value, list):
                words.extend(str(v) for v in value)
            elif isinstance(value, str):
                words.append(value)
            elif key == "abbr" and isinstance(value, dict):  # "美" names the side "美方"
                words.extend(f"{v}方" for vs in value.values() for v in vs or []
                             if len(str(v)) == 1)
                # "the U.S. side": a dotted abbreviation is no word ("US" is "us")
                words.extend(str(v) for vs in value.values() for v in vs or [] if "." in str(v))
        words = [w for w in words if len(w) >= 2]
        words += [w[:-2] + end for w in words if _RU_ADJECTIVE.search(w) for end in _RU_ENDINGS]
        if words:
            alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            out.append((iso, re.compile(alternation, re.I)))
    return tuple(out)


@cache
def _seat_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each country's seat of government ("Белого дома", "Cremlino", "白宫"), any language."""
    out = []
    for iso, entry in (knowledge.load("countries") or {}).items():
        seat = (entry or {}).get("seat") or {}
        words = sorted({str(w) for ws in seat.values() for w in ws or []}, key=len, reverse=True)
        if words:
            out.append((iso, re.compile("|".join(re.escape(w) for w in words), re.I)))
    return tuple(out)


def side_named(text: str) -> str | None:
    """The country a phrase like "the American side" / "российской стороны" names; else the
    one whose seat of government it names ("по инициативе Белого дома"): "the Kremlin says
    France asked" names France. Any language: the patterns hold every language's words."""
    for patterns in (_country_patterns(), _seat_patterns()):
        for iso, pattern in patterns:
            if pattern.search(text):
                return iso
    return None


@cache
def _capital_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each country's capital standing for its government ("Ankara", "Анкары", "安卡拉"), any
    language, as whole words."""
    out = []
    for iso, entry in (knowledge.load("countries") or {}).items():
        capital = (entry or {}).get("capital") or {}
        words = sorted({str(w) for ws in capital.values() for w in ws or []}, key=len, reverse=True)
        if words:  # a word of letters stands alone; Chinese has no spaces to stand by
            out.append((iso, re.compile("|".join(
                re.escape(w) if HAN.search(w) else rf"(?<!\w){re.escape(w)}(?!\w)"
                for w in words))))
    return tuple(out)


def capital_named(text: str) -> str | None:
    """The country whose capital a phrase names for its government ("per iniziativa di
    Ankara", "по инициативе Анкары"): read only after the words of an initiative or a request,
    where no person, country or seat is named (initiator.py)."""
    for iso, pattern in _capital_patterns():
        if pattern.search(text):
            return iso
    return None
