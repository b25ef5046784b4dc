"""A Chinese-named leader called by his family name and his title ("文总统", "温总理",
"黄总理", "习主席"): the press of Seoul, Singapore, Hong Kong, Taipei and Beijing writes so
once the person is known, often with no full name in the excerpt. The forms are built from
the roster (the first character of a two- or three-character Chinese name, not one
spelt in the transliteration alphabet, for the people of the countries lang/zh/titles.yaml
lists) and read like a name; several people sharing one
("李总理": Li Keqiang, Li Qiang, Lee Hsien Loong) are told apart by the story and the date.
"""

from __future__ import annotations

import re
from typing import Any

from readouts.extract.people.roles import comparable_day, in_office
from readouts.extract.people.roster_forms import Roster

_GIVEN = re.compile(r"[\u4e00-\u9fff]{2,3}")  # a whole Chinese name, no foreign dot

SurnameValue = tuple[tuple[str, ...], tuple[str, ...]]  # (roles the title answers, people)


def surname_title_forms(index: Roster, data: dict[str, Any],
                        taken: dict[str, Any]) -> dict[str, tuple[str, SurnameValue]]:
    """Family name + title -> ("surname", (roles, people who ever held one of them)); a
    family name that is also a country's short word ("韩总理", "马总理": Korea's, Malaysia's
    premier) and a form the table already holds are left out."""
    conf = data.get("surname_titles") or {}
    foreign = frozenset(str(data.get("name_chars") or ""))
    countries = frozenset(conf.get("countries") or ())
    titles = {str(t): tuple(r) for t, r in (conf.get("titles") or {}).items()}
    people: dict[str, set[str]] = {}
    for form, (kind, actors) in index.surfaces.items():
        if kind != "name" or not _GIVEN.fullmatch(form) or set(form) <= foreign:
            continue  # "哈莉玛" (Halimah) is spelt out, no family name first
        family = form[0]
        if taken.get(family, ("",))[0] == "country":
            continue
        for actor in actors:
            if index.country_of(actor) not in countries:
                continue
            held = {r["role"] for r in index.roles(actor)}
            for title, roles in titles.items():
                if held & set(roles):
                    people.setdefault(family + title, set()).add(actor)
    return {form: ("surname", (titles[form[1:]], tuple(sorted(actors))))
            for form, actors in people.items() if form not in taken}


def surnamed(index: Roster, value: SurnameValue, on: str | None,
             named: set[str]) -> str | None:
    """Who a family name and title name: the one of its people the story named, else the
    one holding the title on the date, else the only one who ever held it."""
    roles, actors = value
    told = [a for a in actors if a in named]
    if len(told) == 1:
        return told[0]
    day = comparable_day(on)
    seated = [a for a in actors if any(r["role"] in roles and in_office(r, day)
                                       for r in index.roles(a))]
    if len(seated) == 1:
        return seated[0]
    return actors[0] if len(actors) == 1 else None
