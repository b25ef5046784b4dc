"""A contact compared again when a new account arrives encodes only the new account.

The vectors of stored sentences come back from the persistent vector cache
(compare/vector_cache.py: keyed by model and text, shared by every process of the user),
so `readouts ingest` of a third account, `compare --event` or the web app showing a stored
contact never encode the stored accounts' sentences again.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from readouts.compare import embed
from readouts.compare.clauses import split_clauses
from readouts.ingest import collect, prepare
from readouts.pipeline import DocumentResult, analyze_document, link_results
from readouts.store import Store

FILES = ("2021-12-07_biden-putin__kremlin-en.txt", "2021-12-07_biden-putin__whitehouse.txt",
         "2021-12-07_biden-putin__president-ua-en.txt")


class Counting:
    """The encoder, noting every text it is asked to encode."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.texts: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.texts += list(texts)
        return self.inner.encode(texts)



def _texts(results: list[DocumentResult]) -> set[str]:
    """Every sentence of these documents and every clause of them."""
    out: set[str] = set()
    for result in results:
        for r in result.document.readouts:
            for s in r.sentences:
                out.add(s.text)
                out.update(split_clauses(s.text, r.language))
    return out


def test_a_new_account_reencodes_none_of_the_stored_ones(
        corpus: Path, tmp_path: Path, own_cache: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    analysed = {name: [analyze_document(p) for raw in collect([str(corpus / name)])
                       for p in prepare(raw)] for name in FILES}
    store = Store(f"sqlite:///{tmp_path / 'readouts.db'}")
    try:
        kremlin, whitehouse, kyiv = (analysed[name] for name in FILES)
        store.save(link_results(copy.deepcopy(kremlin + whitehouse), None))
        assert own_cache.is_dir()  # the first comparison left its vectors there
        embed.reset_persistent_cache()  # as a new process: nothing in memory
        counting = Counting(embed.model())
        monkeypatch.setattr(embed, "_model", counting)
        store.save(link_results(copy.deepcopy(kyiv), None))
    finally:
        store.close()
    stored = {s.text for r in kremlin + whitehouse for a in r.document.readouts
              for s in a.sentences}
    assert counting.texts, "the contact was not compared again"
    assert not stored & set(counting.texts)
    assert set(counting.texts) <= _texts(kyiv)
