"""Titles of a local body that share a leader's title ("il presidente del Consiglio comunale di
Roma", "del Consiglio Municipale di Maputo"): another office, held by no leader, and the word
after the title ("Municipale") no person's name. The words are ``local_body_after`` in
``lang/<iso>/titles.yaml``."""

from __future__ import annotations

import re
from functools import cache

from readouts import lang as lang_data


@cache
def local_after(lang: str) -> re.Pattern[str] | None:
    """The words that, right after a title, make its body a local one."""
    words = lang_data.load(lang, "titles").get("local_body_after") or []
    return re.compile(rf"\s+(?:{'|'.join(words)})(?!\w)", re.I) if words else None


@cache
def _local_office(lang: str) -> re.Pattern[str] | None:
    after = local_after(lang)
    titles = sorted((str(t) for t in lang_data.load(lang, "titles").get("titles") or {}),
                    key=len, reverse=True)
    if after is None or not titles:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(t) for t in titles)}){after.pattern}",
                      re.I)


def names_local_office(text: str, lang: str) -> bool:
    """Does the text name someone by a local body's title ("l'incontro con il Presidente del
    Consiglio Municipale di Maputo")? That one is nobody the roster holds, yet someone."""
    pattern = _local_office(lang)
    return pattern is not None and pattern.search(text) is not None
