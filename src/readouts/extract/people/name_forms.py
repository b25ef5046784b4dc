"""The forms names take: the match record, case variants, and the case forms of Russian
names and titles (from the rules in ``lang/ru/titles.yaml``). Shared by the actor index
and the phrase reader."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product
from typing import Any, NamedTuple

from readouts import lang as lang_data
from readouts.text.scripts import CYRILLIC

LANGS = ("en", "it", "ru", "zh")
# an adjective opening a title, which agrees with the noun after it ("генеральным секретарем")
ADJECTIVE = re.compile(r"^[А-ЯЁа-яё-]+(?:ый|ий|ой|ая|яя)$")
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


class RussianForms:
    """Case forms of Russian names and titles from the rules in ``lang/ru/titles.yaml``."""

    def __init__(self) -> None:
        data = lang_data.load("ru", "titles")
        self.rules = sorted(((r[0], r[1:]) for r in data.get("inflection", [])),
                            key=lambda r: -len(r[0]))
        self.invariable = frozenset(data.get("invariable") or [])
        self.last_only = frozenset(data.get("last_only") or [])

    def word(self, word: str) -> list[list[str]]:
        """The word's forms per case slot (genitive ... prepositional)."""
        if len(word) < 2 or word.endswith(".") or word.isupper() or not CYRILLIC.search(word) \
                or word in self.invariable:
            return [[word]] * 5
        for ending, slots in self.rules:
            if word.endswith(ending):
                stem = word[: len(word) - len(ending)] if ending else word
                return [[stem + e for e in slot] for slot in slots]
        return [[word]] * 5

    def phrase(self, text: str, head_only: bool = False) -> set[str]:
        """All case forms of a phrase: every word agrees, or only the first declines."""
        words = text.split(" ")
        forms = {text}
        last = len(words) - 1
        if len(words) >= 2 and words[0] in self.last_only:  # "Ким Чен Ына": the last alone
            per_word = [self.word(w) if i == last else [[w]] * 5 for i, w in enumerate(words)]
        else:  # a title's adjectives agree with its noun ("генеральным секретарем")
            head = next((i for i, w in enumerate(words) if not ADJECTIVE.search(w)), last)
            per_word = [self.word(w) if (i <= head or not head_only) else [[w]] * 5
                        for i, w in enumerate(words)]
        for case in range(5):
            for combo in product(*(slots[case] for slots in per_word)):
                forms.add(" ".join(combo))
        return forms
