"""Shared fixtures: where ../shared/ is, and a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture
def corpus() -> Path:
    """The real corpus; skipped in a user's clone, required in CI."""
    if not CORPUS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{CORPUS} is missing in CI")
        pytest.skip("../shared/corpus is not present")
    return CORPUS
