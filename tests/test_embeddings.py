"""Embeddings once: the topic prototypes ship with the package, and sentence vectors are
kept on disk across runs and processes, bounded in size and safe to share."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import numpy as np
import pytest

from readouts.compare import embed as embed_module
from readouts.compare.vector_cache import VectorCache, cache_path
from readouts.extract.tags import topics


def test_shipped_topic_prototypes_are_current() -> None:
    shipped = topics.shipped_prototypes()
    assert shipped is not None, "run scripts/build_topic_prototypes.py after editing topics.yaml"
    ids, vectors = shipped
    assert ids == tuple(topics.prototype_texts())
    sample = ids[::12]  # a few topics recomputed: the encoder still gives the shipped vectors
    computed_ids, computed = topics.compute_prototypes(embed_module.embed, only=sample)
    assert computed_ids == sample
    assert np.allclose(vectors[::12], computed, atol=1e-5)


def test_stale_prototypes_are_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(topics, "prototypes_fingerprint", lambda: "changed cue data")
    assert topics.shipped_prototypes() is None


def test_vectors_come_back_exactly_from_disk(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path / "v.sqlite", dim=4)
    stored = {"Xi Jinping spoke with Putin.": np.array([0.1, 0.2, 0.3, 0.4], np.float32),
              "习近平同普京通电话。": np.array([0.5, 0.5, 0.5, 0.5], np.float32)}
    cache.put(stored)
    again = VectorCache(tmp_path / "v.sqlite", dim=4).get([*stored, "never stored"])
    assert set(again) == set(stored)
    for text, vector in stored.items():
        assert again[text].tobytes() == vector.tobytes()


def test_the_file_stays_under_its_bound_keeping_the_newest(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path / "v.sqlite", dim=2, max_vectors=10)
    for n in range(30):
        cache.put({f"sentence {n}": np.array([n, n], np.float32)})
    kept = cache.get([f"sentence {n}" for n in range(30)])
    assert len(kept) <= 10
    assert "sentence 29" in kept and "sentence 0" not in kept


def test_an_unwritable_cache_is_a_miss_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = VectorCache(blocker / "v.sqlite", dim=2)
    cache.put({"a": np.zeros(2, np.float32)})
    assert cache.get(["a"]) == {}


def test_the_cache_can_be_moved_or_turned_off(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", "off")
    assert cache_path("m") is None
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path))
    assert cache_path("m") == tmp_path / "vectors-m.sqlite"


_FORK = multiprocessing.get_context("fork")


def _write_vectors(path: Path, writer: int) -> None:
    cache = VectorCache(path, dim=8)
    for n in range(40):
        cache.put({f"writer {writer} sentence {n}": np.full(8, n, np.float32),
                   f"shared sentence {n}": np.full(8, n, np.float32)})


def test_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    """Four processes (forked: their own connections, nothing to import again) write one
    cache file at once."""
    path = tmp_path / "v.sqlite"
    procs = [_FORK.Process(target=_write_vectors, args=(path, k)) for k in range(4)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
    assert [proc.exitcode for proc in procs] == [0] * 4
    cache = VectorCache(path, dim=8)
    wanted = [f"writer {k} sentence {n}" for k in range(4) for n in range(40)]
    wanted += [f"shared sentence {n}" for n in range(40)]
    assert len(cache.get(wanted)) == len(wanted)


def test_a_later_run_reads_vectors_instead_of_encoding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_CACHE_DIR", str(tmp_path))
    embed_module.reset_persistent_cache()
    try:
        first = embed_module.embed(["Le due parti hanno discusso di commercio e di energia."])
        embed_module._cache.clear()
        monkeypatch.setattr(embed_module, "model", lambda: pytest.fail("encoded again"))
        second = embed_module.embed(["Le due parti hanno discusso di commercio e di energia."])
        assert second.tobytes() == first.tobytes()
    finally:
        monkeypatch.undo()
        embed_module.reset_persistent_cache()
