"""One key for the Latin spellings of one name.

The press of each language writes a Russian, Ukrainian or Central Asian name its own way:
English "Lukashenko", "Tokayev", "Zelensky"; Italian scholarly "Lukašenko", "Tokaev",
"Zelenskij", "Šojgu"; others "Netanjahu", "Pashinian". The roster holds a few spellings per
person; the key below folds the rest onto them (sh/š, ch/č, zh/ž, y/j/i, w/v, ou/u, doubled
letters, a glide between vowels), so an unlisted spelling of a known name is that person,
not a newcomer. Cyrillic and Chinese are written one way and need none of this.

A roster name is also matched as pages join it: its words run together ("XiJinping") and its
Arabic article joined by a space or a hyphen, capitalised or not ("Al Thani", "al-Thani"); and
as they spell its Arabic given names ("Mohamed bin Abdel-Rahman" for "Mohammed bin
Abdulrahman") and their particles of descent in either case ("Mohammad Bin Zayed").
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import product

from readouts import knowledge
from readouts.extract.people.translit import to_ascii
from readouts.text.scripts import CYRILLIC, HAN

_DIGRAPHS = (("tsch", "c"), ("sch", "s"), ("sh", "s"), ("zh", "z"), ("ch", "c"),
             ("kh", "h"), ("w", "v"), ("ou", "u"), ("j", "i"), ("y", "i"))
_DOUBLED = re.compile(r"(.)\1+")
_GLIDE = re.compile(r"(?<=[aeou])i(?=[aeou])")  # "Tokayev" and "Tokaev": a glide between vowels
_LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CLOSE = 0.85  # letters shared by a misspelt full name and the name it spells (difflib ratio)
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


_HANDLE_LETTERS = 7  # "liqiang" and up: a shorter run of letters may be another word


def run_together(name: str) -> set[str]:
    """A name of Latin words written without its spaces, as pages and tags run them
    together: capitalised ("XiJinping", "#EmmanuelMacron"), or all in lower case and
    without accents as social-media handles write it ("@narendramodi", "@vonderleyen",
    "@antonioguterres"); a run of lower-case letters is no word of any language's prose."""
    words = name.split(" ")
    if len(words) < 2 or not all(w.isalpha() and not CYRILLIC.search(w) and not HAN.search(w)
                                 for w in words):
        return set()
    forms = set()
    if all(w[:1].isupper() and w.isascii() for w in words):
        forms.add("".join(words))
    handle = "".join(to_ascii(w).strip() for w in words)
    if len(handle) >= _HANDLE_LETTERS and handle.isascii() and handle.isalpha():
        forms.add(handle)
    return forms


def _article_pattern() -> re.Pattern[str] | None:
    """The Arabic article of the spelling data, capitalised or not, before a family name,
    joined to it by a space or a hyphen ("Al Thani", "al-Thani")."""
    words = (knowledge.load("spellings") or {}).get("articles") or []
    if not words:
        return None
    alts = "|".join(re.escape(w[:1]) + re.escape(w[1:]) for w in words)
    return re.compile(rf"(?<!\w)(?i:({alts}))[ -](?=\w)")


_ARTICLE = _article_pattern()


def article_joinings(name: str) -> set[str]:
    """A name in every joining of its Arabic article ("Al Thani", "Al-Thani", "al-Thani"),
    as newsrooms write it, so that a spelling the roster lists once matches them all."""
    if _ARTICLE is None or not _ARTICLE.search(name):
        return {name}
    parts = _ARTICLE.split(name)  # text, article, text, article, ...
    options = [[p] if i % 2 == 0 else
               [f"{a}{sep}" for a in (p[:1].upper() + p[1:], p[:1].lower() + p[1:])
                for sep in (" ", "-")]
               for i, p in enumerate(parts)]
    joined = {"".join(combo) for combo in product(*options)}
    # the name's own first word keeps its capital ("Al Nahyan" opens no name in lower case)
    return {n for n in joined if n[:1] == name[:1]}


def _particles() -> frozenset[str]:
    """The particles of descent of the spelling data, in lower case ("bin", "ibn")."""
    return frozenset(str(w).lower() for w in
                     (knowledge.load("spellings") or {}).get("particles") or [])


_PARTICLES = _particles()


def _given_data() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str] | None, tuple[str, ...]]:
    """Each given name's group of spellings, and the "Abd" compound's prefixes, from the data."""
    data = knowledge.load("spellings") or {}
    groups = {name: tuple(group) for group in data.get("given_names") or [] for name in group}
    prefixes = tuple(data.get("abd_prefixes") or ())
    if not prefixes:
        return groups, None, prefixes
    alts = "|".join(re.escape(p) for p in prefixes)
    # the prefix, then the name it is joined to: four letters at least, never Allah's
    compound = re.compile(rf"^(?:{alts})[- ]?(?!(?i:lla|lah))([^\W\d_]{{4,}})$", re.I)
    return groups, compound, prefixes


_GIVEN, _ABD, _ABD_PREFIXES = _given_data()


def given_spellings(name: str) -> set[str]:
    """A Latin name in every spelling of its Arabic given names ("Mohammed bin Abdulrahman":
    "Mohamed bin Abdel-Rahman", "Muhammad bin Abdul Rahman", ...) and with its particles of
    descent in either case ("Mohamed Bin Zayed"), as newsrooms write them."""
    words = name.split(" ")
    if not any(w in _GIVEN or _ABD is not None and w[:3] == "Abd" for w in words) \
            and not any(w.lower() in _PARTICLES for w in words[1:]):
        return {name}
    options: list[list[str]] = []
    k = 0
    while k < len(words):
        word = words[k]
        pair = f"{word} {words[k + 1]}" if k + 1 < len(words) else ""
        whole = _ABD.match(pair) if _ABD is not None and word in _ABD_PREFIXES and pair \
            else None
        one = _ABD.match(word) if _ABD is not None and word[:3] == "Abd" else None
        found = whole or one
        if found:
            rest = found.group(1).lower()
            options.append([f"{p}{sep}{rest.capitalize() if sep else rest}"
                            for p in _ABD_PREFIXES for sep in ("", "-", " ")])
            k += 2 if whole else 1
            continue
        # a particle of descent in either case ("bin", "Bin"); the first word keeps its own
        cases = (word.lower(), word.capitalize()) if k and word.lower() in _PARTICLES else ()
        options.append(list(cases or _GIVEN.get(word, (word,))))
        k += 1
    return {" ".join(combo) for combo in product(*options)}


def misspelt(words: str, names: list[str]) -> bool:
    """Is ``words`` a typo of one of ``names``, a full name of two words or more ("Kyriakos
    Mitostakis", "Wen Jibao")? The same number of words, each opening with the same letter,
    and nearly all letters shared in order; a name said as the title's holder's, never read
    alone (a one-word surname may be another person's)."""
    said = to_ascii(words).lower().split()
    if len(said) < 2:
        return False
    for name in names:
        known = to_ascii(name).lower().split()
        if len(known) != len(said) or any(a[0] != b[0] for a, b in zip(known, said, strict=True)):
            continue
        if SequenceMatcher(None, " ".join(known), " ".join(said)).ratio() >= _CLOSE:
            return True
    return False
