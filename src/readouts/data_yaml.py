"""The package's YAML data files, parsed once per user rather than in every process.

libyaml parses fast, but the objects are still built in Python: the forty-odd files a run
reads (0.6 MB) take about half a second of every process, as much as an analysis of a
short document. The parsed data is kept in the user cache folder (``cache_dir``) as a
pickle keyed by a digest of the file's text, the loader, PyYAML's version and Python's, so
an edited file or another library never reads another's data; any trouble (no folder, a
broken file) parses the text as before. ``READOUTS_CACHE_DIR=off`` turns it off.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path
from typing import Any

import yaml

from readouts.cache_dir import cache_folder, store_in_cache

# libyaml's loader reads the data files about ten times faster than the pure-Python one
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_KEEP = 256  # parsed files kept in the folder; the oldest go first (the data changes)


def parse_yaml(text: str) -> Any:
    """``yaml.load(text)`` with the safe loader, read back from the cache when there."""
    folder = _folder()
    if folder is None:
        return yaml.load(text, Loader=SafeLoader)
    tag = f"{text}\0{SafeLoader.__name__}\0{yaml.__version__}\0{sys.version}"
    path = folder / (hashlib.blake2b(tag.encode("utf-8", "surrogatepass"),
                                     digest_size=16).hexdigest() + ".pickle")
    try:
        return pickle.loads(path.read_bytes())  # noqa: S301 - the user's own cache folder
    except Exception:  # noqa: BLE001 - no file, or one this Python cannot read back
        pass
    data = yaml.load(text, Loader=SafeLoader)
    _store(path, data)
    return data


def _folder() -> Path | None:
    folder = cache_folder()
    return folder / f"yaml-{sys.implementation.cache_tag}" if folder else None


def _store(path: Path, data: Any) -> None:
    """Keep the parsed data in the folder (``cache_dir.store_in_cache``)."""
    try:
        blob = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    except pickle.PicklingError:
        return
    store_in_cache(path, blob, _KEEP)
