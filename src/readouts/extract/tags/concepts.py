"""Diplomatic notions each sentence expresses, in any language.

Topics say what a sentence is about (Taiwan, trade); concepts say what it does with it
in the genre's fixed vocabulary: candid talks, keeping in touch, tasking the teams,
stability, a thank-you, a warning of sanctions. Each side translates these words
differently ("坦诚" / "candid" / "откровенный"), and sentence embeddings miss many of
them across languages, so the comparison uses shared concepts as evidence that two
sentences say the same thing. Cues live in ``knowledge/concepts.yaml``, written in the
cue syntax of ``knowledge/topics.yaml``.
"""

from __future__ import annotations

from functools import cache

from readouts import knowledge
from readouts.extract.tags.topics import CueMatcher


@cache
def _matcher(lang: str) -> CueMatcher | None:
    concepts = knowledge.load("concepts")["concepts"]
    if not any(lang in (spec.get("cues") or {}) for spec in concepts.values()):
        return None
    return CueMatcher(lang, "concepts")


def tag_concepts(sentences: list[str], lang: str) -> list[frozenset[str]]:
    """Concept ids per sentence; a language without cues gets none."""
    matcher = _matcher(lang)
    if matcher is None:
        return [frozenset() for _ in sentences]
    return [frozenset(matcher.topics(sentence)) for sentence in sentences]
