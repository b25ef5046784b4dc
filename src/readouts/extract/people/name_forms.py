"""The forms names take: the match record and case variants (the case forms of Russian
names and titles are `text.russian_forms`). Shared by the actor index and the phrase
reader."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

LANGS = ("en", "it", "ru", "zh")
TAIL = r"(?!\w)(?!['\u2019](?!s\b)\w)"  # a word ends here; "Xi's" ends "Xi", "Xi'an" does not


@dataclass(frozen=True)
class ActorMatch:
    """One person found in a text."""

    actor: str  # actor id
    start: int  # char offsets in the given text
    end: int
    text: str
    by: str  # "name" | "title" | "pattern" (unknown person found by title + name)


class Atom(NamedTuple):
    """One surface form found: a name, a title, a country word ..."""

    start: int
    end: int
    kind: str  # name, guarded, surname, title, country, own, honorific
    value: Any


def case_variants(form: str) -> set[str]:
    """The form as written, with a capital first letter and with a small one: names and
    titles open sentences too."""
    return {form, form[:1].upper() + form[1:], form[:1].lower() + form[1:]}
