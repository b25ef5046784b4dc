"""Build the topic prototypes shipped with the package (knowledge/topic_prototypes.npz).

Embedding every topic's description and cue words took a quarter of a corpus run, on
every run. They are computed here once instead, stamped with a digest of the texts they
come from; the package uses them while that digest matches the cue data, and computes them
at run time otherwise. Run this after editing knowledge/topics.yaml or changing the
encoder (tests/test_topics.py fails while the shipped file is stale).

    python scripts/build_topic_prototypes.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from readouts import knowledge
from readouts.compare.embed import embed
from readouts.extract.tags.topics import compute_prototypes, prototypes_fingerprint

TARGET = Path(knowledge.__file__).resolve().parent / "topic_prototypes.npz"


def main() -> int:
    ids, vectors = compute_prototypes(embed)
    with TARGET.open("wb") as fh:
        np.savez_compressed(fh, ids=np.array(ids), vectors=vectors,
                            fingerprint=np.array(prototypes_fingerprint()))
    print(f"wrote {len(ids)} topic prototypes to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
