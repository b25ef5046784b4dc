"""One key for the Latin spellings of one name.

The press of each language writes a Russian, Ukrainian or Central Asian name its own way:
English "Lukashenko", "Tokayev", "Zelensky"; Italian scholarly "Lukašenko", "Tokaev",
"Zelenskij", "Šojgu"; others "Netanjahu", "Pashinian". The roster holds a few spellings per
person; the key below folds the rest onto them (sh/š, ch/č, zh/ž, y/j/i, w/v, ou/u, doubled
letters, a glide between vowels), so an unlisted spelling of a known name is that person,
not a newcomer. Cyrillic and Chinese are written one way and need none of this.
"""

from __future__ import annotations

import re
from functools import lru_cache

from readouts.extract.people.translit import to_ascii

_DIGRAPHS = (("tsch", "c"), ("sch", "s"), ("sh", "s"), ("zh", "z"), ("ch", "c"),
             ("kh", "h"), ("w", "v"), ("ou", "u"), ("j", "i"), ("y", "i"))
_DOUBLED = re.compile(r"(.)\1+")
_GLIDE = re.compile(r"(?<=[aeou])i(?=[aeou])")  # "Tokayev" and "Tokaev": a glide between vowels
_LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_LETTERS = 5  # shorter surnames ("Xi", "Modi", "Li") are too close to other words


# a capitalised word long enough to be a surname (the key needs MIN_LETTERS)
_CAPITALISED = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-ÞĀ-ŽŁ][^\W\d_]{3,}(?:['’][^\W\d_]+)?")


def capitalised_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every capitalised word of letters in ``text`` that may be a
    surname: the only words a spelling is looked up for."""
    return [(m.start(), m.end(), m.group()) for m in _CAPITALISED.finditer(text)]


@lru_cache(maxsize=65536)  # asked of every capitalised word of every sentence read
def spelling_key(word: str) -> str | None:
    """The key of one Latin-script word ("Lukašenko" and "Lukashenko": "lukasenko"), or
    None for a word too short to tell or not Latin."""
    if not _LATIN_WORD.fullmatch(word) or any("\u0400" <= c <= "\u04ff" for c in word):
        return None
    key = re.sub(r"['’]", "", to_ascii(word).strip())
    if len(key) < MIN_LETTERS or not key.isalpha():
        return None
    for written, spoken in _DIGRAPHS:
        key = key.replace(written, spoken)
    key = _DOUBLED.sub(r"\1", key)
    return _DOUBLED.sub(r"\1", _GLIDE.sub("", key))
