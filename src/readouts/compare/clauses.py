"""Clauses of a sentence, for comparing a long sentence part by part.

A Chinese readout often packs into one sentence what the other side says in two or
three, so the whole-sentence embedding of the long one is far from each short one.
Comparing clause with clause finds the part they share. Break marks per language live
in ``lang/<iso>/sentences.yaml`` (``clauses``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from readouts import lang as langdata


@cache
def _rules(lang: str) -> tuple[re.Pattern[str], int]:
    spec = langdata.load(lang, "sentences").get("clauses") or \
        langdata.load("en", "sentences")["clauses"]
    breaks = [b[3:] if b.startswith("re:") else re.escape(b) for b in spec["breaks"]]
    return re.compile("(" + "|".join(breaks) + ")"), int(spec["min_chars"])


def split_clauses(sentence: str, lang: str) -> list[str]:
    """The sentence's clauses, each at least ``min_chars`` long: a shorter one keeps its
    break ("и", "，") and runs on into the next."""
    return list(_split(sentence, lang))


@lru_cache(maxsize=16_384)
def _split(sentence: str, lang: str) -> tuple[str, ...]:
    """``split_clauses``, kept for the run: the encoder's pass and the aligner both ask."""
    pattern, min_chars = _rules(lang)
    parts = pattern.split(sentence)  # clause, break, clause, break, ..., clause
    out: list[str] = []
    pending = dropped = ""
    for k in range(0, len(parts), 2):
        pending += parts[k]
        brk = parts[k + 1] if k + 1 < len(parts) else ""
        if len(pending.strip()) >= min_chars:
            out.append(pending.strip())
            pending, dropped = "", brk
        else:
            pending += brk
    if pending.strip():
        if out:
            out[-1] = f"{out[-1]}{dropped}{pending}".strip()
        else:
            out.append(pending.strip())
    return tuple(out) or (sentence,)
