"""Aligner precision/recall on the hand alignments, threshold sweep, and timing.

Reads tests/fixtures/alignment/*.json (gold sentence pairs between two corpus files,
with sha1 prefixes of each sentence to detect splitter drift), rebuilds the two
accounts from ../shared/corpus, aligns them and scores the links against the gold
pairs. Then times one comparison of two 50-sentence accounts after the model is loaded.

    python benchmarks/bench_align.py [--sweep]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

from readouts.compare import align as aligner
from readouts.compare import compare_event, embed
from readouts.extract.figures import extract_figures
from readouts.extract.speakers import attribute_speakers
from readouts.extract.topics import tag_topics
from readouts.model import Event, Mention, Readout, Sentence
from readouts.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "alignment"
CORPUS = ROOT.parent / "shared" / "corpus"


# Stand-in for readouts.extract.actors while it is not installed: the principals of the
# fixtures' contacts only, so the veto on actors and speakers can be measured.
_STAND_IN = {
    "xi-jinping": r"Xi Jinping|President Xi|习近平|Си Цзиньпин\w*|Председател\w+ КНР"
    r"|President of China",
    "joe-biden": r"Joseph R\. Biden, Jr\.|President Biden|Biden|拜登|Байден\w*",
    "vladimir-putin": r"Vladimir Putin|President of Russia|Putin|普京|Путин\w*",
}
_STAND_IN_RE = [(actor, re.compile(p)) for actor, p in _STAND_IN.items()]


def _mentions(text: str, lang: str, i: int) -> list[Mention]:
    """Actor mentions through the project's recognizer, or the stand-in table."""
    try:
        from readouts.extract.actors import actor_index
    except ImportError:
        return [Mention(actor=a, text=m.group(), sentence=i, start=m.start(), end=m.end())
                for a, rx in _STAND_IN_RE for m in rx.finditer(text)]
    return [Mention(actor=m.actor, text=m.text, sentence=i, start=m.start, end=m.end)
            for m in actor_index().find(text, lang, None, None)]


def corpus_readout(name: str, side: str) -> Readout:
    """One corpus file as a readout: header dropped, sentences split, figures found."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    head, _, body = raw.partition("\n\n")
    meta = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
    lang = meta["language"].strip()
    texts = [" ".join(body[s:e].split()) for s, e in split_sentences(body, lang)]
    sentences = [Sentence(i=i, text=t, topics=topics)
                 for i, (t, topics) in enumerate(zip(texts, tag_topics(texts, lang),
                                                     strict=True))]
    readout = Readout(id=name, source=meta["source"].strip(), side=side, kind="readout",
                      language=lang, title=None, text=body, sentences=sentences)
    per_sentence = [_mentions(s.text, lang, s.i) for s in sentences]
    speakers = attribute_speakers(texts, lang, [[(m.actor, m.start, m.end) for m in ms]
                                               for ms in per_sentence])
    for s, ms, speaker in zip(sentences, per_sentence, speakers, strict=True):
        s.speaker = speaker
        readout.mentions.extend(ms)
        for f in extract_figures(s.text, lang):
            f.sentence = s.i
            readout.figures.append(f)
    return readout


def load_fixtures() -> list[tuple[dict, Readout, Readout]]:
    """Fixtures with their two accounts; exits if the splitter drifted."""
    out = []
    for path in sorted(FIXTURES.glob("*.json")):
        fx = json.loads(path.read_text(encoding="utf-8"))
        a = corpus_readout(fx["a"]["file"], "A")
        b = corpus_readout(fx["b"]["file"], "B")
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


def score(fixtures: list[tuple[dict, Readout, Readout]], threshold: float,
          margin: float, anchor: float = aligner.ANCHOR) -> tuple[float, float, int, int, int]:
    """Micro precision and recall over all fixtures."""
    tp = fp = fn = 0
    for fx, a, b in fixtures:
        t, f, n = counts(fx, aligner.score_matrix(a, b, anchor), threshold, margin)
        tp, fp, fn = tp + t, fp + f, fn + n
    precision, recall, _ = prf(tp, fp, fn)
    return precision, recall, tp, fp, fn


GRID_ANCHOR = (0.0, 0.1, 0.15, 0.2, 0.25)
GRID_THRESHOLD = tuple(round(float(t), 2) for t in np.arange(0.16, 0.50, 0.02))


def grid_counts(fixtures: list[tuple[dict, Readout, Readout]]) -> dict[tuple, list[Counts]]:
    """{(anchor, threshold): per-fixture counts} over the calibration grid."""
    out: dict[tuple, list[Counts]] = {}
    for anchor in GRID_ANCHOR:
        matrices = [aligner.score_matrix(a, b, anchor) for _, a, b in fixtures]
        for threshold in GRID_THRESHOLD:
            out[(anchor, threshold)] = [counts(fx, m, threshold, aligner.MARGIN)
                                        for (fx, _, _), m in zip(fixtures, matrices,
                                                                 strict=True)]
    return out


def _f1(per_fixture: list[Counts]) -> float:
    return prf(*(sum(c[k] for c in per_fixture) for k in range(3)))[2]


def leave_one_out(grid: dict[tuple, list[Counts]], n: int) -> tuple[float, float, float]:
    """Calibrate on all fixtures but one, score the one left out; pooled P, R, F1."""
    total = [0, 0, 0]
    for k in range(n):
        best = max(grid, key=lambda g: _f1([c for i, c in enumerate(grid[g]) if i != k]))
        total = [x + y for x, y in zip(total, grid[best][k], strict=True)]
    return prf(*total)


def synthetic(n: int, lang: str, side: str, seed: int) -> Readout:
    """An n-sentence account with distinct sentences (no cache hits across runs)."""
    words = ["trade", "security", "climate", "Taiwan", "energy", "students", "tariffs"]
    rng = np.random.default_rng(seed)
    texts = [f"The leaders discussed {rng.choice(words)} and {rng.choice(words)} "
             f"on day {seed}-{i} with {int(rng.integers(100, 999))} officials." for i in range(n)]
    sentences = [Sentence(i=i, text=t, topics=[]) for i, t in enumerate(texts)]
    return Readout(id=f"{side}{seed}", source="x", side=side, kind="readout", language=lang,
                   title=None, text=" ".join(texts), sentences=sentences)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sweep", action="store_true",
                        help="anchor/threshold grid and leave-one-pair-out calibration")
    args = parser.parse_args()
    t0 = time.perf_counter()
    embed.model().encode(["warm up"])
    print(f"model load: {time.perf_counter() - t0:.2f} s")
    fixtures = load_fixtures()
    gold = sum(len(fx["pairs"]) for fx, _, _ in fixtures)
    print(f"fixtures: {len(fixtures)} pairs of accounts, {gold} gold links")
    p, r, tp, fp, fn = score(fixtures, aligner.THRESHOLD, aligner.MARGIN)
    print(f"threshold {aligner.THRESHOLD} anchor {aligner.ANCHOR} margin {aligner.MARGIN}: "
          f"precision {p:.3f} recall {r:.3f} (tp {tp} fp {fp} fn {fn})")
    if args.sweep:
        grid = grid_counts(fixtures)
        for (anchor, threshold), per_fixture in grid.items():
            p, r, f1 = prf(*(sum(c[k] for c in per_fixture) for k in range(3)))
            print(f"  anchor={anchor:.2f} t={threshold:.2f} P={p:.3f} R={r:.3f} F1={f1:.3f}")
        p, r, f1 = leave_one_out(grid, len(fixtures))
        print(f"leave-one-pair-out (anchor and threshold calibrated on the others): "
              f"precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    runs, cpu = [], []
    for seed in range(5):
        a, b = synthetic(50, "en", "USA", seed), synthetic(50, "en", "CHN", seed + 100)
        event = Event(id=f"e{seed}", type="phone_call", reported_by=[a.id, b.id])
        t0, c0 = time.perf_counter(), time.process_time()
        compare_event(event, [a, b])
        runs.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    # CPU time too: on a shared 2-core machine the wall clock mostly measures neighbours.
    print(f"compare two 50-sentence accounts (cold cache): median {np.median(runs):.3f} s, "
          f"max {max(runs):.3f} s, CPU median {np.median(cpu):.3f} s (target < 0.5 s)")

if __name__ == "__main__":
    main()
