"""The folder of the user's caches (sentence vectors, compiled regexes), one rule for all.

``READOUTS_CACHE_DIR`` moves it; ``READOUTS_CACHE_DIR=off`` turns the caches off.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path | None:
    """The cache folder, or None when the user turned the caches off."""
    configured = os.environ.get("READOUTS_CACHE_DIR")
    if configured and configured.lower() in {"off", "0", "none", "false"}:
        return None
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("readouts"))
