"""A role the story gives a person it names ("il premier turco Recep Tayyip Erdogan"): the
same role alone elsewhere in the story, its headline above all ("Il premier turco: «…»"), is
that person, whoever the roster says held it on the day the titles are read (a Turkish
premier read today is the last one, Yildirim; the story's is Erdogan)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from readouts.extract.people.name_forms import ActorMatch

_APPOSED: ContextVar[Mapping[str, str] | None] = ContextVar("apposed", default=None)
_REACH = 60  # characters before a name that may hold its role
_GLUE = re.compile(r"[\s,]*")  # between the role and the name


@contextmanager
def reading_appositions(roles: Mapping[str, str]) -> Iterator[None]:
    """Read the roles the story gave its people as theirs inside the block."""
    token = _APPOSED.set(roles)
    try:
        yield
    finally:
        _APPOSED.reset(token)


def apposed_roles() -> Mapping[str, str] | None:
    """The roles read as the story's people in the current block, if any."""
    return _APPOSED.get()


def apposed(matches: list[ActorMatch]) -> list[ActorMatch]:
    """The matches, a role alone read as the person the story gave it to."""
    roles = _APPOSED.get()
    if not roles:
        return matches
    return [replace(m, actor=roles[m.actor]) if m.by == "title" and m.actor in roles else m
            for m in matches]


def title_before(find: Callable[[str], list[ActorMatch]], text: str, m: ActorMatch
                 ) -> ActorMatch | None:
    """The title written right before the name ``m`` ("il premier turco Recep Tayyip
    Erdogan", "il presidente francese, Macron"), with only spaces or a comma between, if
    any; its offsets are within the window it was found in."""
    window = max(0, m.start - _REACH)
    before = [r for r in find(text[window:m.start]) if r.by == "title"]
    if before and _GLUE.fullmatch(text, window + before[-1].end, m.start):
        return before[-1]
    return None


def appositions(texts: list[str], find: Callable[[str], list[ActorMatch]],
                found: list[list[ActorMatch]] | None = None) -> dict[str, str]:
    """Whom the roster gives each role written right before another's name ("il premier turco
    Recep Tayyip Erdogan": Yildirim, read today), with the person the story gives it to: one
    person per role, and none where the story names the holder too. Keyed by the roster's
    holder, so another wording of the same role ("Turkish premier" over "Turkish Prime
    Minister Erdogan") is his too. found: each text's matches where the caller has them."""
    roles: dict[str, set[str]] = {}
    named: set[str] = set()
    for i, text in enumerate(texts):
        for m in found[i] if found is not None else find(text):
            if m.by != "name":
                continue
            named.add(m.actor)
            title = title_before(find, text, m)
            if title is not None and title.actor != m.actor:
                roles.setdefault(title.actor, set()).add(m.actor)
    # a holder the story names himself may be the one its bare role means
    return {role: next(iter(people)) for role, people in roles.items()
            if len(people) == 1 and role not in named}
