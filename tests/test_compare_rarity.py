"""The rarest label two sentences share, one rarity at a time, is the label by label
maximum it always was."""

from __future__ import annotations

import math
import random

import numpy as np

from readouts.compare.features import _incidence, rarity_anchor


def _label_by_label(ta: list[frozenset[int]], tb: list[frozenset[int]]) -> np.ndarray:
    n = len(ta) + len(tb)
    if n <= 2:
        return np.zeros((len(ta), len(tb)))
    a, b, _ = _incidence(ta, tb)
    df = a.sum(axis=0) + b.sum(axis=0)
    weight = np.minimum(1.0, np.log(n / np.maximum(df, 1)) / math.log(n / 2))
    out = np.zeros((len(ta), len(tb)))
    for k in np.nonzero((a.sum(axis=0) > 0) & (b.sum(axis=0) > 0))[0]:
        np.maximum(out, np.outer(a[:, k], b[:, k]) * weight[k], out=out)
    return out


def test_rarity_anchor_is_the_label_by_label_maximum() -> None:
    rng = random.Random(5)
    for _ in range(500):
        labels = rng.randint(1, 30)

        def sets(n: int, labels: int = labels) -> list[frozenset[int]]:
            return [frozenset(rng.sample(range(labels), rng.randint(0, min(labels, 4))))
                    for _ in range(n)]

        ta, tb = sets(rng.randint(0, 40)), sets(rng.randint(0, 40))
        assert np.array_equal(rarity_anchor(ta, tb), _label_by_label(ta, tb))


def test_a_label_one_sentence_of_each_side_raises_scores_one() -> None:
    ta = [frozenset({"taiwan"}), frozenset({"trade"}), frozenset({"trade"})]
    tb = [frozenset({"trade"}), frozenset({"taiwan"}), frozenset()]
    found = rarity_anchor(ta, tb)
    assert found[0, 1] == 1.0 and found[0, 0] == 0.0 and 0 < found[1, 0] < 1
