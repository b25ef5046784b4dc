"""A persistent cache of sentence vectors, shared by every run and process of one user.

Encoding is most of what an analysis costs once the text is read (about 87% of
`analyze` on the corpus), and the same sentences come back: a report re-run, an account
compared again when the other side's arrives, the web app showing a stored contact. The
cache is one SQLite file in the user cache directory, keyed by the model and a digest of
the text; SQLite's own locking makes it safe when several processes read and write at
once (a busy cache is skipped, never waited on for long: it only saves time). The file is
kept under a size bound by dropping the least recently written vectors.

``READOUTS_CACHE_DIR`` moves the file; ``READOUTS_CACHE_DIR=off`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from readouts.cache_dir import cache_folder

MAX_VECTORS = 100_000  # 512 float32 each: about 200 MB at the bound
_PRUNE_TO = 0.9  # fraction kept when the bound is passed
_TIMEOUT_S = 2.0
_OPEN_TRIES = 5  # a new file opened by several processes at once: a few short waits
_OPEN_WAIT_S = 0.05
# A vector (2 KB) fills half a 4 KB page: 8 KB pages hold three, and the file read through
# a memory map rather than copied page by page makes a warm run's lookups a third cheaper.
_PAGE_SIZE = 8192
_MMAP_BYTES = 512 << 20  # address space only: above the bound's file size


def cache_path(model_id: str) -> Path | None:
    """The cache file for a model, or None when the user turned the cache off."""
    folder = cache_folder()
    return folder / f"vectors-{model_id}.sqlite" if folder else None


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class VectorCache:
    """Vectors of one model on disk; every failure of the file degrades to a cache miss."""

    def __init__(self, path: Path, dim: int, max_vectors: int = MAX_VECTORS) -> None:
        self.path = path
        self.dim = dim
        self.max_vectors = max_vectors
        self._conn: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection | None:
        for attempt in range(_OPEN_TRIES) if self._conn is None else ():
            try:
                self._conn = self._open()
                break
            except sqlite3.OperationalError:
                # several processes opening a new file at once: switching it to WAL needs
                # the file to themselves for a moment, and SQLite answers "locked" at once
                time.sleep(_OPEN_WAIT_S * (attempt + 1))
            except (sqlite3.Error, OSError):
                return None
        return self._conn

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=_TIMEOUT_S, isolation_level=None)
        try:
            conn.execute(f"PRAGMA page_size={_PAGE_SIZE}")  # a new file's only
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(f"PRAGMA mmap_size={_MMAP_BYTES}")
            conn.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, "
                         "vector BLOB NOT NULL, stored INTEGER NOT NULL)")
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def get(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors of those texts that have one."""
        conn = self._connect()
        if conn is None or not texts:
            return {}
        by_key = {_key(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        keys = list(by_key)
        try:
            for start in range(0, len(keys), 500):
                part = keys[start:start + 500]
                rows = conn.execute(
                    f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(part))})",
                    part).fetchall()
                for key, blob in rows:
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if vector.shape == (self.dim,):
                        found[by_key[key]] = vector
        except sqlite3.Error:
            return found
        return found

    def put(self, vectors: dict[str, np.ndarray]) -> None:
        """Store new vectors in one transaction, then keep the file under its bound."""
        conn = self._connect()
        if conn is None or not vectors:
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            (count,) = conn.execute("SELECT COALESCE(MAX(stored), 0) FROM vectors").fetchone()
            conn.executemany(
                "INSERT OR IGNORE INTO vectors (key, vector, stored) VALUES (?, ?, ?)",
                [(_key(text), np.asarray(v, dtype=np.float32).tobytes(), count + n)
                 for n, (text, v) in enumerate(vectors.items(), start=1)])
            (total,) = conn.execute("SELECT COUNT(*) FROM vectors").fetchone()
            if total > self.max_vectors:
                keep = int(self.max_vectors * _PRUNE_TO)
                conn.execute("DELETE FROM vectors WHERE stored <= (SELECT stored FROM vectors "
                             "ORDER BY stored DESC LIMIT 1 OFFSET ?)", (keep,))
            conn.execute("COMMIT")
        except sqlite3.Error:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
