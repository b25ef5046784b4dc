"""Who "his U.S. counterpart" is, when no name follows the title.

The genre calls the other party of a contact by the subject's own rank in the other country
("Trudeau wrapped up a call with his U.S. counterpart", "il presidente francese e l'omologo
russo hanno parlato", "Лавров провёл переговоры со своим американским коллегой"): a leader's
counterpart is the one who leads that country on the date, whatever his office is called
there (a Canadian prime minister's is the US president, a Japanese one's in Ukraine is its
president, not its prime minister); a minister's is the holder of his office there. A
subject holding no office the roster knows has no counterpart to name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Protocol

from readouts import knowledge

ROLE = "counterpart"  # the role titles.yaml gives the word "counterpart", "omologo", "коллега"


class Seats(Protocol):
    """What the reading of a counterpart asks of the actor index."""

    def roles(self, actor_id: str) -> list[dict[str, Any]]: ...
    def holder(self, role: str, country: str, on: str | None) -> str | None: ...
    def led_by_government(self, country: str) -> bool: ...


@lru_cache(maxsize=1)
def _leading_roles() -> frozenset[str]:
    """The offices that lead a country: those answering a title for its leader, its
    president or its prime minister (role_groups in knowledge/actors.yaml)."""
    groups = (knowledge.load("actors") or {}).get("role_groups") or {}
    return frozenset(r for key in ("leader", "president", "prime_minister")
                     for r in groups.get(key) or [])


def counterpart(index: Seats, subject: str, country: str, on: str | None) -> str | None:
    """For the office ``subject`` held on the date (his last one when the date is past his
    term or unknown), who answers it in ``country``: its leader for a leader, else the
    holder of that office."""
    day = (on or "9999")[:10]
    roles = [r for r in index.roles(subject) if r.get("country") != country]
    held = [r for r in roles if (r["from"] or "0000") <= day < (r["to"] or "9999")] \
        or sorted(roles, key=lambda r: r["from"] or "")[-1:]
    for r in held:
        leads = r["role"] in _leading_roles()
        found = _president_of(index, country, on) if r["role"] == "president" else None
        found = found or index.holder("leader" if leads else r["role"], country, on)
        if found is not None and found != subject:
            return found
    return None


def _president_of(index: Seats, country: str, on: str | None) -> str | None:
    """A president's counterpart where the country's president leads it: its president, not
    a Supreme Leader above him ("Obama called his Iranian counterpart": Rouhani, not
    Khamenei). Where the head of government leads (Germany, Italy, India), the leader."""
    return None if index.led_by_government(country) else index.holder("president", country, on)
