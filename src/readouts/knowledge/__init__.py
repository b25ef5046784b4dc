"""Knowledge the project writes itself: actors, sources, topics, countries, as data files."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """Return the parsed ``knowledge/<name>.yaml``."""
    path = resources.files(__package__).joinpath(f"{name}.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))
