"""The folder of the user's caches (sentence vectors, compiled regexes, the tokenizer's
tables), one rule for all.

``READOUTS_CACHE_DIR`` moves it; ``READOUTS_CACHE_DIR=off`` turns the caches off.
"""

from __future__ import annotations

import os
import tempfile
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


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees all of it or none (OSError when
    the folder cannot take it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def store_in_cache(path: Path, data: bytes, keep: int) -> None:
    """Write ``data`` to ``path``, then keep its folder to the newest ``keep`` files of its
    kind (its suffix): keys change with the data, so a cache of derived files would
    otherwise only grow. No room or no rights: nothing is kept, the cache only saves time."""
    try:
        write_atomically(path, data)
        files = sorted(path.parent.glob(f"*{path.suffix}"), key=lambda p: p.stat().st_mtime)
        for old in files[:-keep]:
            old.unlink(missing_ok=True)
    except OSError:  # no room, no rights, or a file another process removed meanwhile
        pass
