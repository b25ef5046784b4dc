"""Huge regexes compiled once per user, not once per process.

The phrase matcher's trie of every name, title and country word (about 200,000 characters
a language) takes Python's pure-Python regex parser half a second to compile, in every
process and every worker of a batch: most of a short run's time. What the parser and
compiler produce is a list of integers handed to the C engine (``_sre.compile``), the
same for the same pattern, flags and Python; this module keeps that list in the user
cache folder and hands it back to the engine directly, which checks it as it loads it.

The file is keyed by a digest of the pattern, its flags, the Python version and the
engine's magic number, so a changed pattern or Python never reads another's code. Any
failure (no folder, a broken file, another Python's internals) falls back to
``re.compile``: the cache only saves time. ``READOUTS_CACHE_DIR`` moves it, ``off`` turns
it off, as for sentence vectors.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from pathlib import Path

from readouts.cache_dir import cache_folder, store_in_cache

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: plain re.compile
    _sre = None  # type: ignore[assignment]

_KEEP = 256  # code files kept in the folder; the oldest go first (patterns change with data)


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its compiled code read from the cache when there."""
    folder = _folder()
    if folder is None:
        return re.compile(pattern, flags)
    tag = f"{pattern}\0{flags}\0{sys.version}\0{_sre.MAGIC}".encode("utf-8", "surrogatepass")
    path = folder / (hashlib.blake2b(tag, digest_size=16).hexdigest() + ".code")
    try:
        return _load(pattern, path)
    except Exception:  # noqa: BLE001 - no file, or a file this Python cannot use
        pass
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    spec = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))
    _store(path, spec)
    return _sre.compile(pattern, *spec)


def _folder() -> Path | None:
    if _sre is None or not hasattr(_sre, "MAGIC"):
        return None
    folder = cache_folder()
    return folder / f"regex-{sys.implementation.cache_tag}" if folder else None


def _load(pattern: str, path: Path) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = marshal.loads(path.read_bytes())
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _store(path: Path, spec: tuple) -> None:
    """Keep the code in the folder (``cache_dir.store_in_cache``)."""
    try:
        data = marshal.dumps(spec)
    except ValueError:  # code marshal cannot write
        return
    store_in_cache(path, data, _KEEP)
