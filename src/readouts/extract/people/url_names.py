"""The people a page's address names in full: a site's slug is its headline written for
machines ("…/giuseppe-conte-telefona-angela-merkel-…"), so a surname guarded against its
other bearers ("Conte") names that person in the story, as after a full name in its text."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlparse

from readouts.extract.people.actors import actor_index

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=512)
def url_names(url: str | None, on: str | None) -> frozenset[str]:
    """The known people the address's path names by a name of theirs (never by a title);
    asked for each account of a page, read once per address and day."""
    if not url:
        return frozenset()
    try:
        path = urlparse(url if "//" in url else f"//{url}").path
    except ValueError:  # a header that is no address ("http://[")
        return frozenset()
    words = " ".join(w.capitalize() for w in _WORD.findall(path))
    if not words:
        return frozenset()
    return frozenset(m.actor for m in actor_index().find(words, "en", on) if m.by == "name")
