"""What the phrase reader asks of the roster (the actor index), and the table of the
roster's transliterated names spelt another way, built once for every language's reader."""

from __future__ import annotations

from typing import Any, Protocol

from readouts import knowledge
from readouts.extract.people.spellings import spelling_key
from readouts.text.russian_forms import RussianForms
from readouts.text.scripts import HAN

_SPELLED: dict[int, dict[str, tuple[str, ...]]] = {}  # the roster's spelling table, per roster


class Roster(Protocol):
    """What the phrase reader asks of the actor index."""

    russian: RussianForms
    surfaces: dict[str, tuple[str, tuple[str, ...]]]

    def pick(self, actors: tuple[str, ...], on: str | None) -> str | None: ...
    def country_of(self, actor_id: str) -> str | None: ...
    def family_first(self, actor_id: str) -> bool: ...
    def given_name(self, actor_id: str, word: str) -> bool: ...
    def misspells(self, actor_id: str, words: str) -> bool: ...
    def misspelt_holder(self, role: str, country: str, words: str) -> str | None: ...
    def given_initial(self, actor_id: str, word: str) -> bool: ...
    def holder(self, role: str, country: str, on: str | None) -> str | None: ...
    def roles(self, actor_id: str) -> list[dict[str, Any]]: ...
    def named_holder(self, role: str, country: str, on: str | None,
                     named: set[str]) -> str | None: ...
    def previous_holder(self, role: str, country: str, on: str | None) -> str | None: ...
    def holder_named(self, role: str, word: str, on: str | None) -> str | None: ...
    def holder_given(self, role: str, word: str, on: str | None) -> str | None: ...
    def seated_given(self, country: str, word: str, on: str | None) -> str | None: ...
    def note_newcomer(self, actor: str, country: str | None, role: str | None) -> None: ...


def spelled_names(index: Roster) -> dict[str, tuple[str, ...]]:
    """Spelling keys of the one-word Latin names of people from countries whose names
    are transliterated ("Lukashenko": "lukasenko"), to the people they name: one table
    for every language's matcher, built once."""
    cached = _SPELLED.get(id(index))
    if cached is not None:
        return cached
    countries = set((knowledge.load("spellings") or {}).get("transliterated") or [])
    out: dict[str, set[str]] = {}
    for form, (kind, actors) in index.surfaces.items():
        if kind != "name" or " " in form or HAN.search(form):
            continue
        people = [a for a in actors if index.country_of(a) in countries]
        key = spelling_key(form) if people else None
        if key:
            out.setdefault(key, set()).update(people)
    table = _SPELLED[id(index)] = {key: tuple(sorted(p)) for key, p in out.items()}
    return table
