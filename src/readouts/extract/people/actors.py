"""Who is mentioned: names in any script and titles, resolved to actor ids.

Every surface form (names from ``knowledge/actors.yaml`` with generated Russian case forms,
titles and country words from ``lang/<lang>/titles.yaml`` and ``knowledge/countries.yaml``)
goes into one trie-shaped regex per language, so a text is scanned once in C; the few hits
are then read left to right as phrases: country + title ("美国总统", "the Russian
President"), title + link + country ("Il presidente degli Stati Uniti", "Президент России"),
stacked titles, and a name after them. A title with a name is the name; a title alone is
whoever held that role on the date; a title before an unknown capitalised name (or a
Chinese title before a foreign-sounding or surname-led name) is a new person with a slug id.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from readouts import knowledge
from readouts.extract.people.appositions import apposed, apposed_roles
from readouts.extract.people.name_forms import LANGS, ActorMatch
from readouts.extract.people.name_phrases import PhraseMatcher
from readouts.extract.people.newcomers import Newcomers
from readouts.extract.people.paired_titles import listed_title_matches, paired_title_matches
from readouts.extract.people.reading_scope import remembered, story_names, titles_day
from readouts.extract.people.roles import ELECT, comparable_day, in_office, role_entry
from readouts.extract.people.seat_times import SeatTimes
from readouts.extract.people.spellings import (
    article_joinings,
    given_spellings,
    misspelt,
    run_together,
)
from readouts.extract.people.translit import slugify_name, to_ascii
from readouts.text.russian_forms import RussianForms
from readouts.text.scripts import CYRILLIC, HAN

__all__ = ["ActorIndex", "ActorMatch", "actor_index", "slugify_name"]

class ActorIndex(SeatTimes):
    """Actors, their roles and every way the four languages write them."""

    def __init__(self) -> None:
        data = knowledge.load("actors") or {}
        self._given_cache: dict[str, frozenset[str]] = {}
        self._groups: dict[str, list[str]] = {
            k: list(v) for k, v in (data.get("role_groups") or {}).items()}
        led = data.get("government_led") or {}
        self._led_groups: dict[str, list[str]] = {
            k: list(v) for k, v in (led.get("groups") or {}).items()}
        self._led_countries = frozenset(led.get("countries") or ())
        self._family_first = frozenset(
            iso for iso, entry in (knowledge.load("countries") or {}).items()
            if isinstance(entry, dict) and entry.get("family_name_first"))
        self._actors: dict[str, dict[str, Any]] = {}
        self._roles: dict[str, list[dict[str, Any]]] = {}
        for entry in data.get("actors") or []:
            self._actors[entry["id"]] = entry
            self._roles[entry["id"]] = [role_entry(r, entry.get("country"))
                                        for r in entry.get("roles") or []]
        # (role, country) -> [(actor, role)]: who held a seat, without scanning every actor
        self._seats: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
        for actor, roles in self._roles.items():
            for r in roles:
                self._seats.setdefault((r["role"], r["country"]), []).append((actor, r))
        self.russian = RussianForms()
        self.surfaces = self._name_surfaces()
        self._matchers: dict[str, PhraseMatcher] = {}
        self._own_forms: dict[str, re.Pattern[str] | None] = {}
        self.newcomers = Newcomers()

    # -- knowledge -------------------------------------------------------------------
    def _name_surfaces(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Surface form -> (kind, actor ids); full names win over short forms."""
        found: dict[str, dict[str, set[str]]] = {"name": {}, "guarded": {}}
        for actor, entry in self._actors.items():
            full = [n for lg in (*LANGS, "other") for n in entry.get(lg) or []]
            for kind, names in (("name", full + list(entry.get("short") or [])),
                                ("guarded", list(entry.get("guarded") or []))):
                for name in names:
                    for form in self._name_forms(str(name), entry):
                        found[kind].setdefault(form, set()).add(actor)
        surfaces: dict[str, tuple[str, tuple[str, ...]]] = {}
        for kind in ("guarded", "name"):
            for form, actors in found[kind].items():
                surfaces[form] = (kind, tuple(sorted(actors)))
        return surfaces

    def _name_forms(self, name: str, entry: dict[str, Any]) -> set[str]:
        return {form for spelled in given_spellings(name)
                for joined in article_joinings(spelled)
                for form in self._joined_forms(joined, entry)}

    def _joined_forms(self, name: str, entry: dict[str, Any]) -> set[str]:
        if not CYRILLIC.search(name):
            return {name} | run_together(name)
        if "ё" in name:  # "Мирзиёев" is written "Мирзиеев" as often
            return self._one_spelling(name, entry) | \
                self._one_spelling(name.replace("ё", "е"), entry)
        return self._one_spelling(name, entry)

    def _one_spelling(self, name: str, entry: dict[str, Any]) -> set[str]:
        forms = self.russian.phrase(name)
        words = name.split(" ")
        if len(words) >= 2 and entry.get("country") not in self._family_first:
            surname = self.russian.phrase(words[-1])
            for initials in (words[0][0] + ".", "".join(w[0] + "." for w in words[:-1])):
                for form in surname:
                    forms.update({f"{initials}{form}", f"{initials} {form}"})
        return forms

    def family_first(self, actor_id: str) -> bool:
        """Is the actor of a country that writes the family name first ("Yoon Suk Yeol")?"""
        return (self._actors.get(actor_id) or {}).get("country") in self._family_first

    def country_of(self, actor_id: str) -> str | None:
        """The actor's country (ISO3); for a person not in the knowledge base, the one a
        title gave when a text introduced them, else None."""
        entry = self._actors.get(actor_id)
        return entry.get("country") if entry else self.newcomers.country(actor_id)

    def name(self, actor_id: str, lang: str = "en") -> str:
        """The actor's usual name in ``lang``; an unknown id as words."""
        entry = self._actors.get(actor_id)
        if entry:
            for key in (lang, "en"):
                if entry.get(key):
                    return str(entry[key][0])
        return actor_id.replace("-", " ").title()

    def given_name(self, actor_id: str, word: str) -> bool:
        """Is a single word a spelling of the actor's given name ("Vladimir", a garbled
        "Donalde")? Its first five letters are those of a given name the actor is known by.
        Several words are his given names when they open one of his names, which goes on
        past them ("Recep Tayyip" of "Recep Tayyip Erdogan")."""
        entry = self._actors.get(actor_id) or {}
        word = to_ascii(word).lower()
        if " " in word.strip():
            return self._given_names(entry, word.split())
        return len(word) >= 4 and word[:5] in self._given_keys(actor_id, entry)

    def misspells(self, actor_id: str, words: str) -> bool:
        """Are the words after a title a typo of the actor's full name ("il premier greco
        Kyriakos Mitostakis")?"""
        entry = self._actors.get(actor_id) or {}
        return misspelt(words, [n for key in ("en", "it") for n in entry.get(key) or []])

    def misspelt_holder(self, role: str, country: str, words: str) -> str | None:
        """The one holder, at any time, of a role answering the title for the country whose
        full name the words misspell (an undated page: "il primo ministro cinese Wen Jibao")."""
        found = {a for seat in self._group(role, country)
                 for a, _ in self._seats.get((seat, country), []) if self.misspells(a, words)}
        return found.pop() if len(found) == 1 else None

    def _given_keys(self, actor_id: str, entry: dict[str, Any]) -> frozenset[str]:
        """The first five letters of each given name (four letters at least) the actor is
        known by, in Latin letters: read once per actor, asked of every title's name."""
        keys = self._given_cache.get(actor_id)
        if keys is None:
            firsts = (to_ascii(str(name).split(" ")[0]).lower()
                      for lg in (*LANGS, "other") for name in entry.get(lg) or [])
            keys = self._given_cache[actor_id] = frozenset(
                first[:5] for first in firsts if len(first) >= 4)
        return keys

    def given_initial(self, actor_id: str, word: str) -> bool:
        """Could a word be a spelling of the actor's given name at all? Its first letter, in
        Latin letters, opens one of the given names he is known by ("Serghiei" for Sergey;
        not "Джаред" for Bernard Kouchner, "Бернар Кушнер")."""
        entry = self._actors.get(actor_id) or {}
        initial = to_ascii(word).lower()[:1]
        return any(to_ascii(str(name)).lower()[:1] == initial
                   for lg in (*LANGS, "other") for name in entry.get(lg) or [])

    @staticmethod
    def _given_names(entry: dict, words: list[str]) -> bool:
        """Words opening one of the actor's names, or his name with its middle dropped
        ("Salman Al Saud" of "Salman bin Abdulaziz Al Saud", after "the King of Saudi
        Arabia")."""
        for lg in (*LANGS, "other"):
            for name in entry.get(lg) or []:
                parts = to_ascii(str(name)).lower().split()
                if len(parts) > len(words) and (parts[:len(words)] == words or (
                        parts[0] == words[0] and parts[1 - len(words):] == words[1:])):
                    return True
        return False

    def names_actor(self, text: str, actor_id: str) -> bool:
        """Does ``text`` name the actor by any form, a guarded surname included ("chiesto da
        Conte")? For a person already known to be in the story, a bare surname is safe."""
        if actor_id not in self._own_forms:
            forms = sorted((form for form, (_, actors) in self.surfaces.items()
                            if actor_id in actors), key=len, reverse=True)
            self._own_forms[actor_id] = re.compile(
                "|".join(re.escape(f) if HAN.search(f) else rf"(?<!\w){re.escape(f)}(?!\w)"
                         for f in forms)) if forms else None
        pattern = self._own_forms[actor_id]
        return pattern is not None and pattern.search(text) is not None

    def titled(self, text: str, lang: str, actor_id: str, on: str | None) -> bool:
        """Does ``text`` call the actor by a title he held on the date ("called the Prime
        Minister" of May in 2017)? For a person already known to be in the story, a bare
        title is safe, as a bare surname is."""
        day = comparable_day(on)
        held = [r for r in self._roles.get(actor_id, [])
                if in_office(r, day)]
        return any(r["role"] in self._groups.get(role, [role])
                   and country in (None, r["country"])
                   for role, country in self._matcher(lang).bare_titles(text) for r in held)

    def roles(self, actor_id: str) -> list[dict[str, Any]]:
        """The actor's roles: {role, country, from, to} (dates as ``YYYY-MM-DD`` or None);
        for a newcomer, the undated role a title gave."""
        if actor_id not in self._roles:
            return self.newcomers.roles(actor_id)
        return [dict(r) for r in self._roles[actor_id]]

    def note_newcomer(self, actor: str, country: str | None, role: str | None) -> None:
        """Remember the country and role a title gave a person the roster lacks."""
        if actor not in self._actors:
            self.newcomers.note(actor, country, role)

    def holder(self, role: str, country: str, on: str | None) -> str | None:
        """Who held ``role`` (or a role of its group) for ``country`` on the date, if one did."""
        day = comparable_day(on)
        group = self._group(role, country)
        for candidate in group:
            holders = [a for a, r in self._seats.get((candidate, country), [])
                       if in_office(r, day)]
            if len(set(holders)) == 1:
                return holders[0]
            if holders:
                return None
        if role.endswith(ELECT):  # "the President-elect" of 2016, whose weeks as one the
            return self.next_holder(role[:-len(ELECT)], country, on)  # roster leaves out
        if on is None:  # nobody now: the most recent holder
            latest = sorted((r["from"] or "", a) for c in self._groups.get(role, [role])
                            for a, r in self._seats.get((c, country), []))
            return latest[-1][1] if latest else None
        return None

    def named_holder(self, role: str, country: str, on: str | None,
                     named: set[str]) -> str | None:
        """Of the people the text has named, the one who held a role answering ``role`` for
        ``country`` on the date: "the Iranian leader" after "President Hassan Rouhani" is
        Rouhani, not the Supreme Leader the title alone would pick. Undated, one named who
        ever held it, where none holds it now: "Российский президент" after "Дмитрий Медведев"
        on an undated page is Medvedev, not today's president."""
        if not named:
            return None
        day = comparable_day(on)
        for dated in (True, False) if on is None else (True,):
            for candidate in self._group(role, country):
                held = {a for a, r in self._seats.get((candidate, country), [])
                        if a in named and (not dated or in_office(r, day))}
                if len(held) == 1:
                    return held.pop()
        return None

    def led_by_government(self, country: str) -> bool:
        """Is the country led by its head of government, its president's office ceremonial
        (actors.yaml government_led)?"""
        return country in self._led_countries

    def _group(self, role: str, country: str) -> list[str]:
        """The roles that answer a title for the country, in order: a leader of a country its
        head of government leads is its prime minister or chancellor first."""
        if country in self._led_countries and role in self._led_groups:
            return self._led_groups[role]
        return self._groups.get(role, [role])

    def holder_named(self, role: str, word: str, on: str | None) -> str | None:
        """The one holder of ``role`` on the date, of any country, whose family name (or his name's
        last words: "l'emiro Al Thani") is the word after the title ("Premier Li" in 2016)."""
        day, key = comparable_day(on), to_ascii(word).lower()
        group, words = set(self._groups.get(role, [role])), key.replace("-", " ")  # "Al-Thani"
        found = {a for (seat, _), held in self._seats.items() if seat in group
                 for a, r in held if in_office(r, day) and (self._family_name(a) == key or (
                     " " in words and self._full_name(a).endswith(f" {words}")))}
        return found.pop() if len(found) == 1 else None

    def holder_given(self, role: str, word: str, on: str | None) -> str | None:
        """The one holder of ``role`` on the date, of any country, whose given name is the
        one word after a title naming no country ("la premier Giorgia", "il presidente
        Emmanuel": a page that lost the linked surnames), not a newcomer "giorgia"."""
        if " " in word.strip():
            return None
        day = comparable_day(on)
        group = set(self._groups.get(role, [role]))
        found = {a for (seat, _), held in self._seats.items() if seat in group
                 for a, r in held if in_office(r, day) and self.given_name(a, word)}
        return found.pop() if len(found) == 1 else None

    def seated_given(self, country: str, word: str, on: str | None) -> str | None:
        """The one person in any of the country's seats on the date whose given name the
        word spells ("la presidente dell'Unione Europea Ursula", the surname misspelt after
        it): a title that answers another of its seats (the Union has three presidents)
        still names her, not a newcomer "ursula"."""
        day = comparable_day(on)
        found = {a for (_, seat_country), held in self._seats.items() if seat_country == country
                 for a, r in held if in_office(r, day) and self.given_name(a, word)}
        return found.pop() if len(found) == 1 else None

    def _full_name(self, actor_id: str) -> str:
        return to_ascii(str(((self._actors.get(actor_id) or {}).get("en") or [""])[0])).lower()

    def _family_name(self, actor_id: str) -> str:
        entry = self._actors.get(actor_id) or {}
        words = str((entry.get("en") or [""])[0]).split()
        if len(words) < 2:
            return ""
        family = words[0] if entry.get("country") in self._family_first else words[-1]
        return to_ascii(family).lower()

    def _active(self, actor: str, on: str | None) -> bool:
        day = comparable_day(on)
        return any(in_office(r, day)
                   for r in self._roles.get(actor, []))

    def pick(self, actors: tuple[str, ...], on: str | None) -> str | None:
        """One actor for a surface several share: the one in office on the date."""
        if len(actors) == 1:
            return actors[0]
        active = [a for a in actors if self._active(a, on)]
        return active[0] if len(active) == 1 else None

    # -- matching --------------------------------------------------------------------
    def _matcher(self, lang: str) -> PhraseMatcher:
        key = lang if lang in LANGS else "en"
        if key not in self._matchers:
            self._matchers[key] = PhraseMatcher(self, key)
        return self._matchers[key]

    def find(self, text: str, lang: str, on: str | None,
             side: str | None = None, known: frozenset[str] = frozenset()) -> list[ActorMatch]:
        """Every person mentioned in ``text``, non-overlapping, in text order; ``known``, the
        people the text before named in full (their guarded surnames name them here too)."""
        day = on or titles_day()
        kept = remembered()
        if kept is None:
            return self._find(text, lang, day, side, known)
        roles = apposed_roles()  # what a text names depends on these alone
        key = (text, lang, day, side, known, tuple(roles.items()) if roles else None,
               story_names())
        found = kept.get(key)
        if found is None:  # (a newcomer it introduces is noted the first time)
            found = kept[key] = tuple(self._find(text, lang, day, side, known))
        return list(found)

    def _find(self, text: str, lang: str, day: str | None, side: str | None,
              known: frozenset[str]) -> list[ActorMatch]:
        found = apposed(self._matcher(lang).find(text, day, side, known))
        listed = listed_title_matches(text, lang, day, self.holder)
        if listed:  # "leaders of the United States, Italy, France": the list over its parts
            found = sorted([f for f in found if not any(
                m.start < f.end and f.start < m.end for m in listed)] + listed,
                key=lambda m: m.start)
        titled = paired_title_matches(text, lang, day, self.holder)
        # a title with a name right after it is that one's ("俄罗斯与乌克兰总统泽连斯基")
        titled = [m for a, b in zip(titled[::2], titled[1::2], strict=True)
                  if not any(0 <= f.start - b.end <= 1 for f in found) for m in (a, b)]
        paired = [m for m in titled if not any(m.start < f.end and f.start < m.end for f in found)]
        return sorted(found + paired, key=lambda m: m.start) if paired else found

    def resolve_name(self, name: str, lang: str, on: str | None,
                     side: str | None = None) -> str | None:
        """The actor a speaker label or name refers to; a slug for an unknown person's
        name; None for labels that name no person ("Question", "Вопрос", "记者")."""
        label = re.sub(r"\s*[(（\[].*?[)）\]]\s*", " ", name).strip(" \t:：.,-—")
        if not label:
            return None
        matcher = self._matcher(lang if HAN.search(label) is None else "zh")
        found = matcher.find(label, on, side)
        if not found and label.isupper():  # a transcript's "ANTHONY ALBANESE, PRIME MINISTER"
            found = matcher.find(label.title(), on, side)
        named = [m for m in found if m.by != "title"] or found
        if named:
            return named[0].actor
        if matcher.not_person(label):
            return None
        return slugify_name(label) if matcher.looks_like_name(label) else None


@lru_cache(maxsize=1)
def actor_index() -> ActorIndex:
    """The one index of the knowledge base, built on first use."""
    return ActorIndex()
