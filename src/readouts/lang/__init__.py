"""Per-language data files, one folder per language with the same file names in each.

Engines are language-neutral and read their cue words from here, so adding a language
is adding a folder (``lang/<iso>/<name>.yaml``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from readouts.data_yaml import parse_yaml

SUPPORTED = ("it", "en", "ru", "zh")


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """Return the parsed ``lang/<lang>/<name>.yaml``, or an empty dict when absent."""
    path = resources.files(__package__).joinpath(lang, f"{name}.yaml")
    if not path.is_file():
        return {}
    return parse_yaml(path.read_text(encoding="utf-8")) or {}
