"""The platform of a leader's post the text does not name ("特朗普在网上帖文，…他称",
"Trump wrote on social media that …"): the one he posted on at the document's date (Trump
on X until January 2021, on Truth Social from February 2022; leader_platforms in
sources.yaml). With no date, or no platform listed for the leader on that date, the post's
source stays unknown."""

from __future__ import annotations

from functools import lru_cache

from readouts import knowledge

_AUTHOR = 200  # the post's author is named in its first characters


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[tuple[str, ...], str, str, str], ...]:
    """(leader names, platform, since, until) per row; dates as ISO strings."""
    return tuple((tuple(row["leaders"]), row["platform"], str(row.get("since", "")),
                  str(row.get("until", "9999")))
                 for row in knowledge.load("sources").get("leader_platforms", []))


def platform_of(text: str, on: str | None) -> str | None:
    """The platform a leader named in the text's opening posted on at date `on`."""
    if not on:
        return None
    head = text[:_AUTHOR]
    for names, platform, since, until in _table():
        if since[:len(on)] <= on <= until and any(name in head for name in names):
            return platform
    return None
