"""Shared fixtures: where ../shared/ is, and a CLI runner.

The sentence-vector cache of the whole test session is one temporary folder: tests never
write into the user's cache directory, and a sentence encoded by one test (or by a CLI run
in a subprocess) is read back by the next.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
os.environ.setdefault("READOUTS_CACHE_DIR", tempfile.mkdtemp(prefix="readouts-test-vectors-"))


@pytest.fixture
def corpus() -> Path:
    """The real corpus; skipped in a user's clone, required in CI."""
    if not CORPUS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{CORPUS} is missing in CI")
        pytest.skip("../shared/corpus is not present")
    return CORPUS
