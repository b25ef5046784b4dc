"""What a reader of a comparison sees, against the hand gold; the aligner's fitting; timing.

Reads tests/fixtures/alignment/*.json (gold sentence pairs between two corpus files,
with sha1 prefixes of each sentence to detect splitter drift, and for eleven pairs the
verdict on every claim one account puts in the other leader's mouth), reads the two
accounts from ../shared/corpus through the pipeline and, leaving each pair out of the
aligner's fit in turn, scores the pair left out:

1. the headline, what the reader sees: precision and recall of "one-sided" sentences
   (no counterpart on the other side) and the accuracy of the claim verdicts;
2. link precision and recall, with and without the within-topic constraint.

It also scores the shipped model, and how well two annotators agree on the pairs read
twice. ``--fit`` refits on all pairs and writes aligner.yaml. The time a comparison
takes is ``benchmarks/bench_compare.py``'s.

    python benchmarks/bench_align.py [--fit] [--drop FEATURE ...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np
import yaml

from readouts.compare import align as aligner
from readouts.compare import embed
from readouts.compare.claims import find_claims
from readouts.ingest import read_bytes
from readouts.model import Event, Readout
from readouts.pipeline import analyze_inputs

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "src" / "readouts" / "compare" / "aligner.yaml"
FIXTURES = ROOT / "tests" / "fixtures" / "alignment"
# A second reading of some pairs, made without seeing the first: how far two people agree.
SECOND = ROOT / "tests" / "fixtures" / "alignment_second"
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_readout(name: str) -> Readout:
    """One corpus file's account as the pipeline reads it (the file holds one account)."""
    path = CORPUS / name
    analysis = analyze_inputs([read_bytes(path.read_bytes(), str(path))])
    readouts = [r for d in analysis.documents for r in d.readouts]
    if len(readouts) != 1:
        sys.exit(f"{name}: {len(readouts)} accounts, expected one")
    return readouts[0]


def load_fixtures() -> list[tuple[dict, Readout, Readout]]:
    """Fixtures with their two accounts; exits if the splitter drifted."""
    out = []
    for path in sorted(FIXTURES.glob("*.json")):
        fx = json.loads(path.read_text(encoding="utf-8"))
        a = corpus_readout(fx["a"]["file"])
        b = corpus_readout(fx["b"]["file"])
        for side, readout in (("a", a), ("b", b)):
            got = [hashlib.sha1(s.text.encode()).hexdigest()[:8] for s in readout.sentences]
            if got != fx[side]["sha1_8"]:
                sys.exit(f"{path.name}: sentences of {fx[side]['file']} changed; re-check gold")
        out.append((fx, a, b))
    return out


Counts = tuple[int, int, int]


def counts(fx: dict, scores: np.ndarray, threshold: float, margin: float) -> Counts:
    """True positives, false positives and false negatives of one fixture's links."""
    gold = {tuple(p) for p in fx["pairs"]}
    got = {(x.a, x.b) for x in aligner.links_from_scores(scores, threshold, margin)}
    return len(gold & got), len(got - gold), len(gold - got)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(fixtures: list[tuple[dict, Readout, Readout]],
          fitted: aligner.Model | None = None) -> tuple[float, float, int, int, int]:
    """Micro precision and recall of the aligner over all fixtures."""
    fitted = fitted or aligner.model()
    tp = fp = fn = 0
    for fx, a, b in fixtures:
        t, f, n = counts(fx, aligner.score_matrix(a, b, fitted), fitted.threshold,
                         fitted.margin)
        tp, fp, fn = tp + t, fp + f, fn + n
    precision, recall, _ = prf(tp, fp, fn)
    return precision, recall, tp, fp, fn


# --- fitting -------------------------------------------------------------------------

L2 = 3.0  # ridge penalty on the standardised weights: ~20 features, ~200 gold links
GRID_THRESHOLD = tuple(round(float(t), 3) for t in np.arange(0.075, 0.60, 0.025))
GRID_MARGIN = (0.0, 0.05, 0.1)


class Sample:
    """One fixture's feature arrays, gold matrix and veto, computed once."""

    def __init__(self, fx: dict, a: Readout, b: Readout) -> None:
        self.fx = fx
        self.a, self.b = a, b
        self.features = aligner.features(a, b)
        self.veto = aligner.veto_matrix(a, b)
        self.gold = np.zeros(self.veto.shape)
        for i, j in fx["pairs"]:
            self.gold[i, j] = 1.0


def fit_logistic(samples: list[Sample], names: tuple[str, ...]) -> tuple[np.ndarray, ...]:
    """Standardisation and L2-penalised logistic weights by Newton's method."""
    x = np.concatenate([np.stack([s.features[n] for n in names], -1).reshape(-1, len(names))
                        for s in samples])
    y = np.concatenate([s.gold.ravel() for s in samples])
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    penalty = L2 * np.diag(np.r_[np.ones(len(names)), 0.0])
    w = np.zeros(len(names) + 1)
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w


def _model(names: tuple[str, ...], fitted: tuple[np.ndarray, ...], threshold: float,
           margin: float) -> aligner.Model:
    mean, scale, w = fitted
    return aligner.Model(features=names, mean=mean, scale=scale, weights=w[:-1],
                         bias=float(w[-1]), threshold=threshold, margin=margin)


def _probabilities(model: aligner.Model, sample: Sample, within_topic: bool = True
                   ) -> np.ndarray:
    p = model.probability(sample.features)
    p[sample.veto] = 0.0
    if within_topic:
        aligner.topic_constraint(p, sample.features, sample.a, sample.b)
    return p


def _pooled(per: list[tuple[Sample, np.ndarray]], threshold: float, margin: float) -> Counts:
    total = [0, 0, 0]
    for sample, p in per:
        total = [x + y for x, y in zip(total, counts(sample.fx, p, threshold, margin),
                                       strict=True)]
    return total[0], total[1], total[2]


def _pooled_one_sided(per: list[tuple[Sample, np.ndarray]], threshold: float,
                      margin: float) -> Counts:
    total = [0, 0, 0]
    for sample, p in per:
        got = {(x.a, x.b) for x in aligner.links_from_scores(p, threshold, margin)}
        total = _add(total, one_sided(sample.fx, got, *sample.veto.shape))
    return total[0], total[1], total[2]


def _best_cut(per: list[tuple[Sample, np.ndarray]]) -> tuple[float, float]:
    """Threshold and margin for the reader: the one-sided sentences' precision and
    recall as high as both can be (the lower of the two, maximised), then the links' F1."""
    def goal(cut: tuple[float, float]) -> tuple[float, float]:
        p, r, _ = prf(*_pooled_one_sided(per, *cut))
        return round(min(p, r), 3), prf(*_pooled(per, *cut))[2]

    return max(((t, m) for t in GRID_THRESHOLD for m in GRID_MARGIN), key=goal)


def fit(samples: list[Sample], names: tuple[str, ...]) -> aligner.Model:
    """Weights on all samples; threshold and margin the best F1 on them."""
    weights = fit_logistic(samples, names)
    model = _model(names, weights, 0.5, 0.0)
    per = [(s, _probabilities(model, s)) for s in samples]
    return _model(names, weights, *_best_cut(per))


def one_sided(fx: dict, got: set[tuple[int, int]], n_a: int, n_b: int) -> Counts:
    """Sentences with no counterpart: gold (in no gold pair) against predicted (in no link)."""
    gold = {tuple(p) for p in fx["pairs"]}

    def alone(pairs: set[tuple[int, int]]) -> set[tuple[str, int]]:
        return ({("a", i) for i in range(n_a)} - {("a", i) for i, _ in pairs}) | \
            ({("b", j) for j in range(n_b)} - {("b", j) for _, j in pairs})

    truth, found = alone(gold), alone(got)
    return len(truth & found), len(found - truth), len(truth - found)


def claim_verdicts(sample: Sample, p: np.ndarray) -> tuple[int, int]:
    """Claims of the gold whose verdict the comparison gets right, and how many there are
    (a claim the comparison does not find counts as wrong)."""
    gold = sample.fx.get("claims") or []
    if not gold:
        return 0, 0
    a, b = sample.a, sample.b
    participants = set(a.facts.get("participants") or []) | set(b.facts.get("participants")
                                                                 or [])
    event = Event(id=sample.fx["event"], type="other", participants=sorted(participants))
    found = find_claims(event, {a.side: [a], b.side: [b]}, {(a.id, b.id): p})
    ids = {"a": a.id, "b": b.id}
    verdict = {tuple(c["sentence"]): c["verdict"] for c in found}
    right = sum(verdict.get((ids[g["sentence"][0]], g["sentence"][1])) == g["verdict"]
                for g in gold)
    return right, len(gold)


def _add(total: list[int], more: tuple[int, ...]) -> list[int]:
    return [x + y for x, y in zip(total, more, strict=True)]


def reader_scores(samples: list[Sample], models: list[aligner.Model],
                  within_topic: bool = True) -> dict[str, tuple[int, ...]]:
    """Pooled counts of links, one-sided sentences and claim verdicts, each sample scored
    with its own model (the shipped one, or one fitted without it)."""
    links, alone, claims = [0, 0, 0], [0, 0, 0], [0, 0]
    for sample, model in zip(samples, models, strict=True):
        p = _probabilities(model, sample, within_topic)
        got = {(x.a, x.b) for x in aligner.links_from_scores(p, model.threshold,
                                                             model.margin)}
        links = _add(links, counts(sample.fx, p, model.threshold, model.margin))
        alone = _add(alone, one_sided(sample.fx, got, *sample.veto.shape))
        claims = _add(claims, claim_verdicts(sample, p))
    return {"links": tuple(links), "one_sided": tuple(alone), "claims": tuple(claims)}


def leave_one_out_models(samples: list[Sample], names: tuple[str, ...]
                         ) -> list[aligner.Model]:
    """For each sample, the model fitted (weights, threshold, margin) on all the others."""
    return [fit([s for i, s in enumerate(samples) if i != k], names)
            for k in range(len(samples))]


def write_model(model: aligner.Model, path: Path) -> None:
    """aligner.yaml: one row per feature, then the bias and the cut."""
    rows = {n: {"mean": round(float(mu), 6), "scale": round(float(sd), 6),
                "weight": round(float(w), 6)}
            for n, mu, sd, w in zip(model.features, model.mean, model.scale, model.weights,
                                    strict=True)}
    head = ("# Logistic model of the sentence aligner (readouts.compare.align), fitted by\n"
            "# benchmarks/bench_align.py --fit on the hand alignments in\n"
            "# tests/fixtures/alignment: each feature is standardised (mean, scale), then\n"
            "# weighted; threshold and margin are the linking cut (probabilities) that\n"
            "# makes one-sided sentences both precise and complete on the fixtures (then\n"
            "# the best link F1). Refit after changing a feature or a fixture.\n")
    body = yaml.safe_dump({"features": rows, "bias": round(model.bias, 6),
                           "threshold": model.threshold, "margin": model.margin},
                          sort_keys=False, allow_unicode=True)
    path.write_text(head + body, encoding="utf-8")


def agreement() -> tuple[int, float, float]:
    """Pairs read twice, and the second reading's precision and recall against the first:
    the ceiling an aligner can be expected to reach on this gold."""
    tp = fp = fn = 0
    files = sorted(SECOND.glob("*.json"))
    for path in files:
        second = {tuple(p) for p in json.loads(path.read_text(encoding="utf-8"))["pairs"]}
        first = {tuple(p) for p in
                 json.loads((FIXTURES / path.name).read_text(encoding="utf-8"))["pairs"]}
        tp, fp, fn = tp + len(first & second), fp + len(second - first), fn + len(first - second)
    precision, recall, _ = prf(tp, fp, fn)
    return len(files), precision, recall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fit", action="store_true",
                        help="refit the model on all fixtures and write aligner.yaml")
    parser.add_argument("--drop", nargs="*", default=[],
                        help="leave these features out (an ablation; with --fit, for good)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    embed.model().encode(["warm up"])
    print(f"model load: {time.perf_counter() - t0:.2f} s")
    fixtures = load_fixtures()
    gold = sum(len(fx["pairs"]) for fx, _, _ in fixtures)
    print(f"fixtures: {len(fixtures)} pairs of accounts, {gold} gold links")
    samples = [Sample(fx, a, b) for fx, a, b in fixtures]
    names = tuple(n for n in samples[0].features if n not in args.drop)
    if args.fit:
        write_model(fit(samples, names), MODEL)
        aligner.model.cache_clear()
        print(f"wrote {MODEL.relative_to(ROOT)}")
    fitted = aligner.model()
    p, r, tp, fp, fn = score(fixtures, fitted)
    print(f"shipped model (threshold {fitted.threshold}, margin {fitted.margin}): "
          f"precision {p:.3f} recall {r:.3f} (tp {tp} fp {fp} fn {fn})")
    shipped = reader_scores(samples, [fitted] * len(samples))
    p, r, _ = prf(*shipped["one_sided"])
    right, total = shipped["claims"]
    print(f"  what the reader sees: one-sided sentences precision {p:.3f} recall {r:.3f}; "
          f"claim verdicts {right}/{total} right ({right / max(total, 1):.3f})")
    for fx, a, b in fixtures:
        t, f, n = counts(fx, aligner.score_matrix(a, b, fitted), fitted.threshold,
                         fitted.margin)
        pp, rr, _ = prf(t, f, n)
        print(f"  {fx['event']:30s} {len(a.sentences):3d}x{len(b.sentences):<3d} "
              f"gold {t + n:3d}  P {pp:.2f} R {rr:.2f}")
    held = leave_one_out_models(samples, names)
    for within in (True, False):
        scores = reader_scores(samples, held, within)
        name = "with" if within else "without"
        p, r, f1 = prf(*scores["one_sided"])
        right, total = scores["claims"]
        lp, lr, lf1 = prf(*scores["links"])
        print(f"leave-one-pair-out, {name} the within-topic constraint:\n"
              f"  one-sided sentences: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}\n"
              f"  claim verdicts: {right}/{total} right, accuracy "
              f"{right / max(total, 1):.3f}\n"
              f"  links: precision {lp:.3f} recall {lr:.3f} F1 {lf1:.3f}")
    n, p, r = agreement()
    print(f"two annotators on {n} pairs (the second against the first): "
          f"precision {p:.3f} recall {r:.3f}")


if __name__ == "__main__":
    main()
