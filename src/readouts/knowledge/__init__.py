"""Knowledge the project writes itself: actors, sources, topics, countries, as data files."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

# libyaml's loader reads the data files about ten times faster than the pure-Python one
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name: str) -> Any:
    """Return the parsed ``knowledge/<name>.yaml``."""
    path = resources.files(__package__).joinpath(f"{name}.yaml")
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
