"""A sentence crediting the one before it to a person named after its verb ("Lo ha detto il
ministro degli Esteri Antonio Tajani", "Об этом заявил Дмитрий Песков", "That was what
Prime Minister Kishida said"): both are that person's words, where no one else is said to
speak the first. Italian and Russian agencies close a quote this way. The phrases are
``credit_before`` in ``lang/<iso>/speech.yaml``."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as langdata

Mention = tuple[str, int, int]  # actor id, start, end (offsets in the sentence)


@cache
def _credit(lang: str) -> re.Pattern[str] | None:
    phrases = (langdata.load(lang, "speech") or {}).get("credit_before") or []
    return re.compile(r"^\W*(?:" + "|".join(phrases) + ")", re.I) if phrases else None


def credit_back(sentences: list[str], mentions: list[list[Mention]], lang: str,
                speakers: list[str | None], fixed: list[str | None] | None = None
                ) -> list[str | None]:
    """``speakers`` with each crediting sentence and the unattributed one before it given to
    the first person named after the crediting verb; a transcript turn (``fixed``) stays."""
    credit = _credit(lang)
    out = list(speakers)
    for i, sentence in enumerate(sentences if credit is not None else ()):
        m = credit.match(sentence)
        named = [actor for actor, start, _ in (mentions[i] if i < len(mentions) else [])
                 if m is not None and start >= m.end()]
        if not named or (fixed and fixed[i]):
            continue
        out[i] = named[0]
        if i > 0 and out[i - 1] is None and not (fixed and fixed[i - 1]):
            out[i - 1] = named[0]
    return out
