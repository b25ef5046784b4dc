"""The case forms of Russian names and phrases, from the rules in ``lang/ru/titles.yaml``:
a person's name in a text ("Путина"), a title, a source's name ("в пресс-службе Акорды"),
shared by the actor index and the source registry."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from readouts import lang as lang_data
from readouts.text.scripts import CYRILLIC

# an adjective opening a title, which agrees with the noun after it ("генеральным секретарем")
ADJECTIVE = re.compile(r"^[А-ЯЁа-яё-]+(?:ый|ий|ой|ая|яя)$")
CASES = (0, 1, 2, 3, 4)  # the slots: genitive, dative, accusative, instrumental, prepositional


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

    def phrase(self, text: str, head_only: bool = False,
               cases: tuple[int, ...] = CASES) -> set[str]:
        """The phrase's forms in `cases` (all by default): every word agrees, or only the
        first declines."""
        words = text.split(" ")
        forms = {text}
        last = len(words) - 1
        if len(words) >= 2 and words[0] in self.last_only:  # "Ким Чен Ына": the last alone
            per_word = [self.word(w) if i == last else [[w]] * 5 for i, w in enumerate(words)]
        else:  # a title's adjectives agree with its noun ("генеральным секретарем")
            head = next((i for i, w in enumerate(words) if not ADJECTIVE.search(w)), last)
            per_word = [self.word(w) if (i <= head or not head_only) else [[w]] * 5
                        for i, w in enumerate(words)]
        for case in cases:
            for combo in product(*(slots[case] for slots in per_word)):
                forms.add(" ".join(combo))
        return forms


_ADJECTIVE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее)$")
_SPEAKING_CASES = (0, 2, 3, 4)  # genitive, accusative, instrumental, prepositional


def source_name_forms(names: list[str]) -> list[str]:
    """Russian names of a source as written, and in the cases a source speaks in: a text
    names it where it speaks ("сообщили в Акорде", "в пресс-службе Кремля отметили", "со
    ссылкой на Акорду"), not only in the nominative; never the dative, whom words are told
    to ("заявил Песков «Интерфаксу»"). An adjective first agrees with its noun ("Белом
    доме"); else the first word alone declines ("пресс-службе Акорды")."""
    forms = _forms()
    return [form for name in names
            for form in sorted(forms.phrase(name, head_only=not _ADJECTIVE.search(
                name.split(" ")[0]), cases=_SPEAKING_CASES))]


@lru_cache(maxsize=1)
def _forms() -> RussianForms:
    return RussianForms()
