"""Governments, not leaders, talking: a contact cue whose stretch names two countries and
no principals ("Russia and the US are holding talks", "Россия и США ведут переговоры") has
no two leaders for parties. Country words from ``knowledge/countries.yaml``, every language."""

from __future__ import annotations

import re
from functools import cache

from readouts import knowledge
from readouts.text.regex_cache import compile_cached
from readouts.text.regex_trie import trie_regex


@cache
def _country_names() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One trie-shaped pattern for every country's names and adjectives in every language
    (short forms such as "US", "США" as written, Chinese ones without word boundaries),
    and the country each names (keys lower-cased, short forms as written)."""
    names: dict[str, str] = {}
    folded: set[str] = set()
    exact: set[str] = set()
    for iso, entry in (knowledge.load("countries") or {}).items():
        for key, value in (entry or {}).items():
            if key == "abbr" and isinstance(value, dict):
                forms = [str(f) for fs in value.values() for f in fs or []]
                exact.update(f for f in forms if len(f) >= 2 and not _HAN.search(f))
                names.update((f, iso) for f in forms if len(f) >= 2)
            elif key not in ("iso", "type"):
                forms = [f.lower() for f in (value if isinstance(value, list) else [value])
                         if isinstance(f, str) and len(f) >= 2]
                folded.update(f for f in forms if not _HAN.search(f))
                names.update((f, iso) for f in forms)
    han = {f for f in names if _HAN.search(f)}
    if not names:
        return None, names
    parts = [rf"(?i:(?<!\w)(?:{trie_regex(folded)})(?!\w))" if folded else "",
             rf"(?<!\w)(?:{trie_regex(exact)})(?!\w)" if exact else "",
             f"(?:{trie_regex(han)})" if han else ""]
    return compile_cached("|".join(p for p in parts if p)), names


_HAN = re.compile(r"[\u4e00-\u9fff]")


def countries_talk(text: str, lo: int, hi: int, principals: re.Pattern[str] | None) -> bool:
    """Does the cue's stretch name two countries and no principals ("Russia and the US are
    holding talks", "Россия и США ведут переговоры")? Its parties are governments."""
    if principals is not None and principals.search(text, lo, hi):
        return False
    pattern, names = _country_names()
    if pattern is None:
        return False
    found = {names.get(m.group()) or names.get(m.group().lower())
             for m in pattern.finditer(text, lo, hi)}
    return len(found - {None}) >= 2
