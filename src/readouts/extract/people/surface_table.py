"""The surface forms one language's phrase matcher scans for, each with what it is: the
roster's names, the titles (declined in Russian), the country words and their short forms,
the words that block a reading, honorifics, and a speaker's own leader ("наш Президент")."""

from __future__ import annotations

import re
from typing import Any

from readouts import knowledge
from readouts.extract.people.name_forms import case_variants
from readouts.extract.people.roster_forms import Roster
from readouts.extract.people.surname_titles import surname_title_forms


def surface_table(index: Roster, lang: str, data: dict[str, Any]
                  ) -> tuple[dict[str, tuple[str, Any]], set[str]]:
    """Every surface form with its kind and value, and the titles that name someone only
    with a country after them ("с главой Узбекистана")."""
    russian = index.russian
    table: dict[str, tuple[str, Any]] = {}
    for form, (kind, actors) in index.surfaces.items():
        table[form] = (kind, actors)
    for raw, value in (data.get("titles") or {}).items():
        role, country = (value, None) if isinstance(value, str) else (value[0], value[1])
        forms = russian.phrase(raw, head_only=True) if lang == "ru" else {raw, _headed(raw)}
        for form in forms:
            for variant in case_variants(form):
                table.setdefault(variant, ("title", (role, country)))
    # "с главой Узбекистана": a title that names someone only with a country after it
    country_only: set[str] = set()
    for raw, role in (data.get("country_only") or {}).items():
        forms = russian.phrase(raw, head_only=True) if lang == "ru" else {raw}
        for form in forms:
            for variant in case_variants(form):
                table.setdefault(variant, ("title", (role, None)))
                country_only.add(variant)
    for raw, role in (data.get("own") or {}).items():
        table[str(raw)] = ("own", role)
    for raw in data.get("not_titles") or []:
        table[str(raw)] = ("block", None)
    for raw in data.get("honorifics") or []:
        table.setdefault(str(raw), ("honorific", None))
    possessive = str(data.get("possessive") or "")  # "Japan's prime minister"
    for iso, entry in (knowledge.load("countries") or {}).items():
        for word in entry.get(lang) or []:
            forms = {str(word), *((str(word) + possessive,) if possessive else ())}
            if lang == "ru" and " " not in word and re.search(r"(?:ий|ый|ой)$", word):
                forms = russian.phrase(word)
            for form in forms:
                for variant in case_variants(form):
                    table.setdefault(variant, ("country", iso))
        for word in (entry.get("abbr") or {}).get(lang) or []:
            table.setdefault(str(word), ("country", iso))
    table.update(surname_title_forms(index, data, table))  # "文总统", "温总理"
    return table, country_only


def _headed(title: str) -> str:
    """The title as an official note writes it, each full word capitalised ("il Principe
    Ereditario e Primo Ministro", "the Crown Prince"): Palazzo Chigi and the Quirinale write
    offices so, while the tables list them as the press does. Short words ("del", "of") and
    elided ones ("dell'Interno") stay as they are."""
    return " ".join(w[:1].upper() + w[1:] if len(w) > 3 and w[:1].islower()
                    and "'" not in w and "’" not in w else w for w in title.split(" "))

