"""CPU time of one comparison of two 50-sentence accounts, after the model is loaded.

The accounts are real ones as the pipeline reads them (topics, speakers, actors and
figures included): the first 50 sentences of the Chinese and of the Russian account of
the 2021-12-15 Putin–Xi call in ../shared/corpus, so the aligner, the clause features,
the claims and the figures all have their usual work. Each run starts uncached: the
persistent vector cache is off and the in-memory one is emptied, so every sentence and
clause is encoded again. Two warm cases are reported apart: the vectors in the persistent
cache (a new process comparing stored accounts: `compare --event`, the web app, a contact
compared again when a new account arrives) and in memory (the same process).

CPU time (``time.process_time``, every thread of the process) is the headline: on a shared
machine the wall clock mostly measures the neighbours.

    python benchmarks/bench_compare.py [--runs 7] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

os.environ["READOUTS_CACHE_DIR"] = "off"  # before the encoder looks for its cache file

import numpy as np  # noqa: E402

from readouts.compare import compare_event, embed  # noqa: E402
from readouts.ingest import read_bytes  # noqa: E402
from readouts.model import Event, Readout  # noqa: E402
from readouts.pipeline import analyze_inputs  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PAIR = ("2021-12-15_putin-xi__cctv-xwlb.txt", "2021-12-15_putin-xi__kremlin-en.txt")
SENTENCES = 50
TARGET_S = 0.5


def first_sentences(name: str, n: int = SENTENCES) -> Readout:
    """The file's account cut to its first ``n`` sentences, with what they carry."""
    path = CORPUS / name
    analysis = analyze_inputs([read_bytes(path.read_bytes(), str(path))], compare=False)
    readout = analysis.documents[0].readouts[0]
    if len(readout.sentences) < n:
        sys.exit(f"{name}: {len(readout.sentences)} sentences, fewer than {n}")
    return dataclasses.replace(
        readout, sentences=readout.sentences[:n],
        mentions=[m for m in readout.mentions if m.sentence < n],
        figures=[f for f in readout.figures if f.sentence < n])


def timed(event: Event, accounts: list[Readout], forget: bool) -> tuple[float, float]:
    """CPU and wall seconds of one comparison; ``forget`` empties the memory cache first."""
    if forget:
        embed.reset_persistent_cache()
    t0, c0 = time.perf_counter(), time.process_time()
    compare_event(event, accounts)
    return time.process_time() - c0, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="cProfile one cold run")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    accounts = [first_sentences(name) for name in PAIR]
    event = Event(id="bench", type="video_call", participants=["xi-jinping", "vladimir-putin"],
                  reported_by=[r.id for r in accounts])
    t0 = time.perf_counter()
    embed.model().encode(["warm up"])
    print(f"model load: {time.perf_counter() - t0:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        for name, cache_dir, forget in (("uncached", "off", True),
                                        ("vectors in the persistent cache", folder, True),
                                        ("vectors in memory", folder, False)):
            os.environ["READOUTS_CACHE_DIR"] = cache_dir
            embed.reset_persistent_cache()
            compare_event(event, accounts)  # fills the cache where there is one
            runs = [timed(event, accounts, forget) for _ in range(args.runs)]
            cpu, wall = np.median([r[0] for r in runs]), np.median([r[1] for r in runs])
            verdict = f" (target < {TARGET_S} s)" if name == "uncached" else ""
            print(f"compare {SENTENCES}x{SENTENCES} sentences, {name}: CPU median {cpu:.3f} s, "
                  f"min {min(r[0] for r in runs):.3f} s; wall median {wall:.3f} s{verdict}")
        embed.reset_persistent_cache()  # the cache file goes with the folder
        os.environ["READOUTS_CACHE_DIR"] = "off"
    if args.profile:
        embed.reset_persistent_cache()
        profile = cProfile.Profile()
        profile.runcall(compare_event, event, accounts)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
