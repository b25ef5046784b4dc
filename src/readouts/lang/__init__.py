"""Per-language data files, one folder per language with the same file names in each.

Engines are language-neutral and read their cue words from here, so adding a language
is adding a folder (``lang/<iso>/<name>.yaml``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

# libyaml's loader reads the data files about ten times faster than the pure-Python one
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SUPPORTED = ("it", "en", "ru", "zh")


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """Return the parsed ``lang/<lang>/<name>.yaml``, or an empty dict when absent."""
    path = resources.files(__package__).joinpath(lang, f"{name}.yaml")
    if not path.is_file():
        return {}
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or {}
