"""People the roster does not know, as texts introduce them.

A leader the knowledge base lacks is still named the way the press names every leader: a
role noun and a country, then the name ("il presidente finlandese Alexander Stubb",
"President of Ghana John Mahama", "президент Ганы Джон Махама", "加纳总统马哈马"). The
phrase reader gives such a person the slug of the name and notes here what the title said:
the country and the role. The actor index then answers ``country_of`` and ``roles`` for the
slug as it does for a known person, so the newcomer counts as the leader of a side (a party
of the contact, the side of the account) instead of a nameless extra.

What one text said holds for the process (the first country and role noted for a slug
stay), as the roster's own entries do; the table is bounded so a long-running server does
not grow without end.
"""

from __future__ import annotations

from typing import Any

_LIMIT = 50_000  # slugs kept; past it new ones are not noted (a text's own still match)


class Newcomers:
    """Country and role of each unknown person met after a title, by slug."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, str | None]] = {}

    def note(self, actor: str, country: str | None, role: str | None) -> None:
        """Remember what a title told of an unknown person; a title without a country
        ("the Minister X") tells too little to place the person."""
        if not country or actor in self._seen or len(self._seen) >= _LIMIT:
            return
        self._seen[actor] = (country, role)

    def country(self, actor: str) -> str | None:
        found = self._seen.get(actor)
        return found[0] if found else None

    def roles(self, actor: str) -> list[dict[str, Any]]:
        """The role the title gave, undated (the text tells no term), in the roster's shape."""
        found = self._seen.get(actor)
        if not found or not found[1]:
            return []
        return [{"role": found[1], "country": found[0], "from": None, "to": None}]
