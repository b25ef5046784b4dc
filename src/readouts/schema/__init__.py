"""The JSON Schema of readouts/1, shipped with the package so users and tests validate output."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The readouts/1 JSON schema shipped with the package."""
    path = resources.files(__package__).joinpath("readouts-1.schema.json")
    return json.loads(path.read_text(encoding="utf-8"))


def validate(document: dict[str, Any]) -> list[str]:
    """Return the schema errors of a readouts/1 object, as readable lines (empty when valid)."""
    validator = Draft202012Validator(schema())
    return [f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message}"
            for e in validator.iter_errors(document)]
