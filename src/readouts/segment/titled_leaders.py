"""A leader named by his title and his country alone, no name ("il presidente turco", "the
Greek prime minister", "президент Турции", "土耳其总统"): the side his spoken words speak
for (`leader_words`). The titles are those of lang/<lang>/titles.yaml that ask for a role
whose holders speak for their side (sources.yaml voice_roles); the countries' names and
adjectives are knowledge/countries, so every country of the roster is covered, not a list."""

from __future__ import annotations

import re
from functools import lru_cache

from readouts import knowledge
from readouts.lang import SUPPORTED
from readouts.lang import load as load_lang
from readouts.segment.sources import fold, registry
from readouts.text.alternation import word_alternation


@lru_cache(maxsize=1)
def _titled() -> tuple[tuple[re.Pattern[str], ...], dict[str, str]]:
    """Per language, a title next to a country's word, either order ("presidente turco",
    "Turkish president", "президент Турции", "土耳其总统"), the country's word captured;
    and each country word, folded, -> its side."""
    roles = registry().voice_roles
    patterns: list[re.Pattern[str]] = []
    sides: dict[str, str] = {}
    for lang in SUPPORTED:
        titles = [title for title, role in (load_lang(lang, "titles").get("titles") or {}).items()
                  if (role[0] if isinstance(role, list) else role) in roles]
        names = knowledge.country_names(lang)
        for name, iso in names:
            sides.setdefault(fold(name), iso)
        if not titles or not names:
            continue
        t, c = word_alternation(titles), word_alternation(name for name, _ in names)
        gap, edge, end = (r"\s*", "", "") if lang == "zh" else (r"\s+", r"(?<!\w)", r"(?!\w)")
        patterns.append(re.compile(
            rf"{edge}(?:(?:{t}){gap}({c})|({c}){gap}(?:{t})){end}", re.I))
    return tuple(patterns), sides


def _matches(text: str) -> list[tuple[int, str]]:
    """(where, side) of every leader the text names by title and country, in order."""
    patterns, sides = _titled()
    found = [(m.start(), sides.get(fold(m.group(1) or m.group(2)), ""))
             for pattern in patterns for m in pattern.finditer(text)]
    return sorted((at, side) for at, side in found if side)


def titled_at(text: str, within: int) -> str | None:
    """The side of the titled leader the text opens with, `within` characters at most before
    him (an article: "il presidente turco", "the Greek prime minister")."""
    found = _matches(text)
    return found[0][1] if found and found[0][0] <= within else None


def titled_last(text: str) -> str | None:
    """The side of the titled leader the text names last."""
    found = _matches(text)
    return found[-1][1] if found else None
