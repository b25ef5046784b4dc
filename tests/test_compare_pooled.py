"""Clause vectors pooled from their sentence's pass of the encoder, and where the aligner
still encodes clauses alone.

Encoding every clause of every sentence on its own costs as much again as the sentences;
pooling a clause's tokens from its sentence's pass costs nearly nothing and lands close
to it. The aligner weighs every open pair on pooled clauses first and encodes alone only
the clauses of the sentences whose pairs might link.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from readouts.compare import embed
from readouts.compare.clauses import split_clauses
from readouts.compare.features import Account
from readouts.compare.pairs import pair_evidence, pair_features, settle
from readouts.compare.pooled import clause_spans, encode_pooled
from readouts.model import Readout, Sentence

SENTENCES = {
    "en": "The two presidents reviewed the state of trade between their countries, and agreed "
          "that their ministers would meet in the spring, while differences over tariffs "
          "remained.",
    "it": "I due capi di Stato hanno passato in rassegna i rapporti commerciali, e hanno "
          "convenuto che i ministri si incontreranno in primavera, mentre restano divergenze "
          "sui dazi.",
    "ru": "Президенты обсудили состояние торговли между странами, и договорились, что "
          "министры встретятся весной, хотя разногласия по пошлинам сохраняются.",
    "zh": "两国元首回顾了双边贸易情况，同意两国部长于春季会晤，双方在关税问题上仍有分歧。",
}



def test_sentence_vectors_are_the_encoders_own() -> None:
    texts = list(SENTENCES.values()) + ["Короткий ответ.", "短句。"]
    vectors, _ = encode_pooled(embed.model(), texts,
                               [split_clauses(t, "en") for t in texts])
    assert np.array_equal(vectors, embed.model().encode(texts))


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_pooled_clauses_land_close_to_each_clause_encoded_alone(lang: str) -> None:
    sentence = SENTENCES[lang]
    clauses = split_clauses(sentence, lang)
    assert len(clauses) >= 3
    _, (pooled,) = encode_pooled(embed.model(), [sentence], [clauses])
    alone = embed.model().encode(clauses)
    cosines = (pooled * alone).sum(axis=1)
    assert pooled.shape == (len(clauses), 512)
    assert cosines.min() > 0.9
    # each pooled clause is nearest to its own clause, not to a neighbour
    assert list((pooled @ alone.T).argmax(axis=1)) == list(range(len(clauses)))


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_clause_spans_cover_the_sentence_in_order_between_its_marks(lang: str) -> None:
    sentence = SENTENCES[lang]
    tokenizer = embed.model()._tokenizer
    ids = tokenizer.encode(sentence, out_type=int, add_bos=True, add_eos=True)
    spans = clause_spans(tokenizer, sentence, ids, split_clauses(sentence, lang))
    assert spans[0][0] >= 1 and spans[-1][1] <= len(ids) - 1
    assert all(start < end for start, end in spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))
    # the breaks between clauses ("，", ",") are all the tokens left out
    assert sum(end - start for start, end in spans) >= len(ids) - 2 - 2 * len(spans)


def test_pooled_vectors_come_back_from_the_cache_in_a_new_process(
        own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = SENTENCES["it"]
    clauses = split_clauses(sentence, "it")
    embed.embed_sentences([sentence], [clauses])
    first = embed.pooled(sentence, clauses)
    embed.reset_persistent_cache()  # a new process: nothing in memory

    def no_encoding(*_args: object) -> None:
        raise AssertionError("encoded again")

    monkeypatch.setattr("readouts.compare.pooled.encode_pooled", no_encoding)
    assert np.array_equal(embed.pooled(sentence, clauses), first)
    assert np.allclose(embed.embed([sentence])[0], embed.model().encode([sentence])[0], atol=1e-6)


def _readout(rid: str, lang: str, texts: list[str]) -> Readout:
    return Readout(id=rid, source=rid, side=None, kind="readout", language=lang, title=None,
                   text=" ".join(texts),
                   sentences=[Sentence(i=i, text=t, end=len(t)) for i, t in enumerate(texts)])


EN = ["President Biden spoke today with President Xi Jinping of China.",
      "The two leaders reviewed trade between their countries, and agreed that their "
      "ministers would meet in the spring, while differences over tariffs remained.",
      "They discussed climate change and public health.",
      "The leaders agreed to stay in touch."]
ZH = ["国家主席习近平同美国总统拜登通电话。",
      "两国元首回顾了双边贸易情况，同意两国部长于春季会晤，双方在关税问题上仍有分歧。",
      "双方还就气候变化和公共卫生交换了意见。",
      "两国元首同意保持联系。"]


def test_only_the_pairs_the_gate_passes_have_their_clauses_encoded_alone() -> None:
    a, b = Account(_readout("en", "en", EN)), Account(_readout("zh", "zh", ZH))
    closed = pair_evidence(a, b)
    settle(a, b, closed, lambda found, vetoed: np.zeros_like(vetoed, dtype=bool))
    assert not closed.exact_a.any() and not closed.exact_b.any()
    assert closed.clause_texts(a, b) == []

    every = pair_evidence(a, b)
    settle(a, b, every, lambda found, vetoed: np.ones_like(vetoed, dtype=bool))
    assert list(every.exact_a) == list(every.open.any(axis=1))
    assert "同意两国部长于春季会晤" in every.clause_texts(a, b)
    # encoded alone where the gate passes all: the features are those of no gate at all
    gated = pair_features(a, b, evidence=every)
    fresh = pair_features(Account(a.readout), Account(b.readout))
    for name, values in fresh.items():
        assert np.allclose(gated[name], values), name
