"""The party body a leader's title belongs to, between the title and the name.

A ruling party's leader is named by his office in the party, then the party, then his name:
"генеральным секретарем ЦК Компартии Вьетнама Нонг Дык Манем", "General Secretary of the
Communist Party of Vietnam Nong Duc Manh", "il segretario generale del Partito comunista del
Vietnam Nong Duc Manh". The party's words are no one's name (read as one, they made the actor
"ЦК Компартии Вьетнама Нонг"), and the country they end on is the title's: the name after
them is the holder's, and with no name the title names the holder on the day. The words are
``party_words`` in ``lang/<iso>/titles.yaml``; the links between them are the title links.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from readouts import lang as lang_data
from readouts.extract.people.name_forms import Atom

_TOKEN = re.compile(r"\s+([^\W\d_][\w'’-]*)")


class Body(NamedTuple):
    """Where the party's words end, the atom after them and the country they named."""

    end: int
    next_atom: int
    country: str | None


@cache
def _words(lang: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    data = lang_data.load(lang, "titles")
    words = data.get("party_words") or []
    links = frozenset(w for link in data.get("links") or [] for w in str(link).split())
    return (re.compile(rf"(?:{'|'.join(words)})") if words else None), links


def party_body(lang: str, text: str, atoms: list[Atom], end: int, j: int) -> Body | None:
    """The party named right after a title ending at ``end`` (``atoms[j]`` the next atom):
    its words, the links between them and the countries among them, once a party's word
    opened it. None when no party's word follows the title."""
    words, links = _words(lang)
    if words is None:
        return None
    pos, done, country, seen = end, None, None, False
    while True:
        if seen and j < len(atoms) and atoms[j].kind == "country" \
                and text[pos:atoms[j].start].isspace():
            country = country or atoms[j].value  # "... Компартии Вьетнама"
            pos, j = atoms[j].end, j + 1
            done = Body(pos, j, country)
            continue
        m = _TOKEN.match(text, pos)
        if m is None or j < len(atoms) and m.start(1) >= atoms[j].start:
            break  # a name, a title or a country opens here
        if words.fullmatch(m.group(1)):
            pos, seen = m.end(), True
            done = Body(pos, j, country)
        elif m.group(1) in links:
            pos = m.end()  # "of the", "del": kept only when the party goes on after it
        else:
            break
    return done
