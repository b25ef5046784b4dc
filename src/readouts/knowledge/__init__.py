"""Knowledge the project writes itself: actors, sources, topics, countries, as data files."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from readouts.data_yaml import parse_yaml


def _merge(into: dict[str, Any], part: dict[str, Any]) -> None:
    """Add a region file to the whole: lists grow, mappings gain keys."""
    for key, value in part.items():
        if isinstance(value, list) and isinstance(into.get(key), list):
            into[key] = [*into[key], *value]
        elif isinstance(value, dict) and isinstance(into.get(key), dict):
            into[key] = {**into[key], **value}
        else:
            into[key] = value


@cache
def load(name: str) -> Any:
    """Return the parsed ``knowledge/<name>.yaml``, with the files of a ``knowledge/<name>/``
    folder beside it merged in (a large table split by region keeps one API)."""
    root = resources.files(__package__)
    path = root.joinpath(f"{name}.yaml")
    data = parse_yaml(path.read_text(encoding="utf-8")) \
        if path.is_file() else None
    folder = root.joinpath(name)
    if folder.is_dir():
        data = dict(data or {})
        for part in sorted(folder.iterdir(), key=lambda p: p.name):
            if part.name.endswith(".yaml"):
                _merge(data, parse_yaml(part.read_text(encoding="utf-8")) or {})
    return data


@cache
def country_names(lang: str) -> tuple[tuple[str, str], ...]:
    """(name, ISO code) of every country in ``lang``, its short forms included ("США",
    "Usa"), longest first: the one table the contact rules read country names from."""
    out: list[tuple[str, str]] = []
    for iso, entry in (load("countries") or {}).items():
        if not isinstance(entry, dict) or entry.get("type") != "country":
            continue
        abbr = (entry.get("abbr") or {}).get(lang) or []
        out += [(str(name), str(iso)) for name in [*(entry.get(lang) or []), *abbr]]
    return tuple(sorted(out, key=lambda x: -len(x[0])))
