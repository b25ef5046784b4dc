"""Many documents at once: in this process, in a pool of worker processes, or on a Dask
cluster.

Per-document analysis (decode, segment, extract) needs nothing from any other document,
so it is what runs in parallel; linking and comparing need every document and run after,
in the calling process. Results come back in input order, so the output does not depend
on the number of workers. On Dask the results are stored as they arrive, in batches, so a
run killed half-way keeps what it stored and a re-run skips those documents.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from importlib import resources

from readouts.ingest import RawInput, prepare
from readouts.pipeline import DocumentResult, analyze_document

Progress = Callable[[int], None]  # called with the number of inputs just finished
_CHUNKS_PER_WORKER = 4  # inputs are handed out in chunks: few round trips, even loads
_DASK_CHUNK = 50  # the most inputs in one Dask task


def available_cores() -> int:
    """The cores this process may run on (a container's or taskset's limit included)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def analyze_raw(raw: RawInput, published: str | None, lang: str | None) -> list[DocumentResult]:
    """One input's documents (a feed gives one per entry), analysed."""
    return [analyze_document(prepared, published, lang) for prepared in prepare(raw)]


def _analyze_args(args: tuple[RawInput, str | None, str | None]) -> list[DocumentResult]:
    return analyze_raw(*args)


def analyze_raws(raws: list[RawInput], published: str | None = None, lang: str | None = None,
                 workers: int = 1, progress: Progress | None = None) -> list[DocumentResult]:
    """Every input analysed, in input order, by ``workers`` processes.

    The first input is analysed here before the pool starts: that loads the knowledge
    base and compiles the cue patterns once, and forked workers inherit them.
    """
    done = progress or (lambda _n: None)
    results: list[DocumentResult] = []
    if not raws:
        return results
    results.extend(analyze_raw(raws[0], published, lang))
    done(1)
    rest = raws[1:]
    if workers <= 1 or len(rest) < 2:
        for raw in rest:
            results.extend(analyze_raw(raw, published, lang))
            done(1)
        return results
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    workers = min(workers, len(rest))
    chunk = max(1, len(rest) // (workers * _CHUNKS_PER_WORKER))
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        jobs = ((raw, published, lang) for raw in rest)
        for found in pool.map(_analyze_args, jobs, chunksize=chunk):
            results.extend(found)
            done(1)
    return results


def input_digest(raw: RawInput) -> str:
    """The digest a stored document of these bytes carries (feeds: one per entry)."""
    return hashlib.sha256(raw.data).hexdigest()


@cache
def warm_up() -> None:
    """Load every language's rules before the first task: analysing the bundled examples
    (one or more per language) compiles what a fresh worker would otherwise compile in the
    middle of its first tasks of each language, about a second each. Once a process: a
    worker that a later run (a resumed ingest) finds warm analyses nothing again."""
    folder = resources.files("readouts").joinpath("examples")
    for example in sorted(folder.iterdir(), key=lambda entry: entry.name):
        analyze_raw(RawInput(origin=example.name, data=example.read_bytes()), None, None)


def _analyze_chunk(raws: list[RawInput], published: str | None,
                   lang: str | None) -> list[DocumentResult]:
    return [found for raw in raws for found in analyze_raw(raw, published, lang)]


def _chunks(raws: list[RawInput], workers: int) -> list[list[RawInput]]:
    """Inputs in tasks of up to ``_DASK_CHUNK``: one task per document costs the scheduler
    about as much as the analysis itself; a few tasks per worker keep the loads even."""
    size = max(1, min(_DASK_CHUNK, len(raws) // (max(1, workers) * _CHUNKS_PER_WORKER)))
    return [raws[i : i + size] for i in range(0, len(raws), size)]


def analyze_on_dask(address: str, raws: list[RawInput], published: str | None,
                    lang: str | None, batch: int = 200) -> Iterator[list[DocumentResult]]:
    """Run the per-document analysis on the Dask cluster at ``address``; yield the results
    in batches as they complete (any order), for the caller to store batch by batch.

    Task keys come from the inputs' digests, so a chunk submitted twice is analysed once.
    """
    from dask.distributed import Client, as_completed

    with Client(address) as client:
        workers = len(client.run(warm_up))
        futures = set()
        for chunk in _chunks(raws, workers):
            digest = hashlib.sha256("".join(input_digest(raw) for raw in chunk).encode())
            futures.add(client.submit(_analyze_chunk, chunk, published, lang,
                                      key=f"readouts-analyze-{digest.hexdigest()}-"
                                          f"{published}-{lang}"))
        pending: list[DocumentResult] = []
        for future, found in as_completed(futures, with_results=True):
            futures.discard(future)  # the cluster may drop a result once it is here
            pending.extend(found)
            if len(pending) >= batch:
                yield pending
                pending = []
        if pending:
            yield pending
