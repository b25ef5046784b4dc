"""What a user types, read the way the store filters on it: people and places by any of
their names in any script, contact types and dates checked, and a search term expanded to
the same thing's names in every language.

A filter that matches nothing because of a typo looks like "no contacts": an unknown
name, type or date is an error that lists what is accepted (or the nearest names), never
an empty table. Names, topic cues and country names come from the knowledge base, so a
search for "Taiwan", "Тайвань" or "台湾" finds all three.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from readouts import knowledge
from readouts.errors import InputError

EVENT_TYPES = ("phone_call", "video_call", "meeting", "visit", "message", "consultation",
               "ceremony", "other")
_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_LANGS = ("en", "it", "ru", "zh")


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("·", " ").replace("-", " ").split())


@dataclass(frozen=True)
class Entity:
    """A person, topic or country, with every name it goes by."""

    kind: str  # actor | topic | country
    id: str
    names: tuple[str, ...]


@cache
def _entities() -> tuple[Entity, ...]:
    found = []
    for actor in knowledge.load("actors")["actors"]:
        names = [n for lang in (*_LANGS, "short", "guarded") for n in actor.get(lang) or []]
        found.append(Entity("actor", actor["id"], tuple(dict.fromkeys(names))))
    for topic, spec in knowledge.load("topics")["topics"].items():
        cues = [c.rstrip("*") for lang in _LANGS for c in (spec.get("cues") or {}).get(lang, [])
                if not c.startswith("re:") and "*" not in c.rstrip("*")]
        found.append(Entity("topic", topic, tuple(dict.fromkeys(cues))))
    for code, spec in knowledge.load("countries").items():
        if not isinstance(spec, dict):
            continue
        names = [n for lang in _LANGS for n in spec.get(lang) or []]
        names += [n for forms in (spec.get("abbr") or {}).values() for n in forms]
        found.append(Entity("country", code, tuple(dict.fromkeys(names))))
    return tuple(found)


@cache
def _by_name() -> dict[str, list[Entity]]:
    index: dict[str, list[Entity]] = {}
    for entity in _entities():
        for name in (entity.id, *entity.names):
            index.setdefault(_fold(name), []).append(entity)
    return index


def _actors() -> list[Entity]:
    return [e for e in _entities() if e.kind == "actor"]


def resolve_actor(typed: str) -> str:
    """The actor id a typed name means: an id, a full name in any script, a surname or a
    given name ("xi", "Си Цзиньпин", "习近平"). Ambiguous or unknown names are errors that
    list the candidates or the nearest names."""
    key = _fold(typed)
    if not key:
        raise InputError("--actor: give a name or an id, e.g. xi-jinping")
    exact = {e.id for e in _by_name().get(key, []) if e.kind == "actor"}
    if len(exact) == 1:
        return exact.pop()
    partial = exact or {e.id for e in _actors()
                        if any(key in _fold(n).split() for n in e.names)}
    if len(partial) == 1:
        return partial.pop()
    if partial:
        raise InputError(f"--actor {typed!r} names several people: {', '.join(sorted(partial))}")
    names = {_fold(n): e.id for e in _actors() for n in (e.id, *e.names)}
    near = dict.fromkeys(names[n] for n in difflib.get_close_matches(key, names, n=8, cutoff=0.6))
    hint = f"; did you mean {', '.join(near)}?" if near else "; list people with 'readouts actors'"
    raise InputError(f"--actor {typed!r}: no such person in the knowledge base{hint}")


def suggest_actors(prefix: str, limit: int = 10) -> list[tuple[str, str]]:
    """(id, usual name) of the people one of whose names starts with ``prefix``."""
    key = _fold(prefix)
    found = []
    for entity in _actors():
        if any(_fold(n).startswith(key) or any(w.startswith(key) for w in _fold(n).split())
               for n in (entity.id, *entity.names)):
            found.append((entity.id, entity.names[0] if entity.names else entity.id))
    return found[:limit]


def check_type(typed: str) -> str:
    """A contact type, or an error listing the accepted ones."""
    value = typed.strip().lower().replace("-", "_").replace(" ", "_")
    if value not in EVENT_TYPES:
        raise InputError(f"--type {typed!r}: use one of {', '.join(EVENT_TYPES)}")
    return value


def check_date(typed: str, option: str) -> str:
    """A date as YYYY, YYYY-MM or YYYY-MM-DD that exists, or an error saying so."""
    m = _DATE.fullmatch(typed.strip())
    try:
        if not m:
            raise ValueError
        year, month, day = m.groups()
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise InputError(f"{option} {typed!r}: use YYYY-MM-DD, YYYY-MM or YYYY") from None
    return typed.strip()


def expand_query(query: str) -> list[str]:
    """The query and, when it names a person, topic or country, that thing's names in
    every language (longest first); otherwise, or when quoted ("..."), the query alone."""
    stripped = query.strip()
    if len(stripped) > 1 and stripped[0] == stripped[-1] == '"':
        return [stripped]
    key = _fold(stripped)
    entities = _by_name().get(key, [])
    terms = [query.strip()]
    for entity in entities:
        terms.extend(n for n in entity.names if len(n) >= 2)
    unique = list(dict.fromkeys(t for t in terms if t))
    return [unique[0], *sorted(unique[1:], key=len, reverse=True)]
