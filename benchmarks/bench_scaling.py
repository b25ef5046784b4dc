"""Scaling: documents/s of the per-document analysis for 1..N worker processes and on a
Dask LocalCluster, over a synthetic archive built from ../shared/corpus.

The archive repeats the corpus with each copy made distinct (its years moved, the leaders'
names of one pair swapped, a reference line added), so no two documents share bytes and
no cache can serve one from another. Linking and comparing run once after the analysis
whatever the number of workers, so they are left out here (see bench_analyze.py for them).
Efficiency at N workers is (documents/s at N) / (N x documents/s at 1). Results are
written as CSV (default benchmarks/results/scaling.csv).

    python benchmarks/bench_scaling.py [--documents 5000] [--workers 1 2] [--no-dask]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from pathlib import Path

from readouts.batch import analyze_on_dask, analyze_raws
from readouts.ingest import RawInput

HERE = Path(__file__).resolve().parent
_YEAR = re.compile(r"\b20(1\d|2\d)\b")
_SWAPS = (("Biden", "Trump"), ("Байден", "Трамп"), ("拜登", "特朗普"))


def synthetic_archive(corpus: Path, count: int) -> list[RawInput]:
    """``count`` distinct documents made from the corpus texts."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    archive = []
    for n in range(count):
        text = texts[n % len(texts)]
        shift = n // len(texts)
        text = _YEAR.sub(lambda m, s=shift: str(2000 + (int(m.group(1)) + s) % 27), text)
        if shift % 2:
            for a, b in _SWAPS:
                text = text.replace(a, "\0").replace(b, a).replace("\0", b)
        text += f"\n\nArchive reference {n}.\n"
        archive.append(RawInput(origin=f"archive/{n:06d}.txt", data=text.encode("utf-8")))
    return archive


def run_pool(archive: list[RawInput], workers: int) -> float:
    start = time.perf_counter()
    analyze_raws(archive, workers=workers)
    return time.perf_counter() - start


def run_dask(archive: list[RawInput], workers: int) -> float:
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        for _batch in analyze_on_dask(cluster.scheduler_address, archive[-workers:], None, None):
            pass  # warm up: every worker loads the knowledge base before the clock starts
        start = time.perf_counter()
        for _batch in analyze_on_dask(cluster.scheduler_address, archive, None, None):
            pass
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path,
                        default=HERE.parents[1] / "shared" / "corpus")
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-dask", dest="dask", action="store_false")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "scaling.csv")
    args = parser.parse_args()
    archive = synthetic_archive(args.corpus, args.documents)
    size_mb = sum(len(r.data) for r in archive) / 1e6
    print(f"archive: {len(archive)} documents, {size_mb:.1f} MB")
    analyze_raws(archive[:1])  # load the knowledge base before any clock starts
    rows = []
    base = None
    runs = [("processes", w) for w in args.workers]
    if args.dask:
        runs.append(("dask-localcluster", max(args.workers)))
    for runner, workers in runs:
        seconds = run_pool(archive, workers) if runner == "processes" else \
            run_dask(archive, workers)
        rate = len(archive) / seconds
        if base is None:
            base = rate / workers
        efficiency = rate / (workers * base)
        rows.append({"runner": runner, "workers": workers, "documents": len(archive),
                     "seconds": round(seconds, 1), "documents_per_s": round(rate, 1),
                     "efficiency": round(efficiency, 2)})
        print(f"{runner:>18} x{workers:<3} {seconds:8.1f} s {rate:8.1f} documents/s "
              f"efficiency {efficiency:.2f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
