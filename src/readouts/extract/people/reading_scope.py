"""What the people reader holds for the length of one block of work: the day undated titles
are read on, and the answers already given for one document's texts. Context variables, so
that concurrent documents (threads, a process pool) never see each other's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from readouts.extract.people.name_forms import ActorMatch

# the day an undated account's titles are read (office_time.implied_day): "il Papa" in the
# headline of a story naming Pope Francis is Francis wherever it is read again, not today's
_TITLES_ON: ContextVar[str | None] = ContextVar("titles_on", default=None)

# the people an account names in full, anywhere in it: a title read before the name it stands
# for ("Obama speaks to Iran leader by phone" over a story naming President Rouhani) is
# the one the story names, not the roster's first answer (the Supreme Leader)
_STORY: ContextVar[frozenset[str]] = ContextVar("story_names", default=frozenset())

# the words a document writes in lower case: one of them capitalised after a title ("Crown
# Prince Discuss Israeli-Palestinian Peace Efforts" in a headline, "l'emiro del Qatar
# Confronto anche su ..." in a subhead run on) is that word, not an unknown person's name
_COMMON: ContextVar[frozenset[str]] = ContextVar("common_words", default=frozenset())
_LOWER_WORD = re.compile(r"(?<![\w'’.-])[^\W\d_A-ZА-ЯЁÀ-ÞА-Я]\w+", re.UNICODE)

# what the texts read inside a block named: the contact readers ask again of sentences,
# titles and stretches before names the people reader already read (a fifth of all asks)
_FOUND: ContextVar[dict[tuple[Any, ...], tuple[ActorMatch, ...]] | None] = ContextVar(
    "found", default=None)


_Held = TypeVar("_Held")


@contextmanager
def _holding(variable: ContextVar[_Held], value: _Held) -> Iterator[None]:
    """``variable`` is ``value`` inside the block, and what it was again after it."""
    token = variable.set(value)
    try:
        yield
    finally:
        variable.reset(token)


def reading_titles_on(day: str | None) -> AbstractContextManager[None]:
    """Read the titles found with no day of their own as of ``day`` inside the block."""
    return _holding(_TITLES_ON, day)


def titles_day() -> str | None:
    """The day set by the innermost ``reading_titles_on`` block, if any."""
    return _TITLES_ON.get()


def reading_story_names(names: frozenset[str]) -> AbstractContextManager[None]:
    """Read a title as the person the story names in full, wherever it names him."""
    return _holding(_STORY, names)


def story_names() -> frozenset[str]:
    """The people named in full by the account read in the innermost block."""
    return _STORY.get()


def reading_common_words(text: str) -> AbstractContextManager[None]:
    """Inside the block, the words ``text`` writes in lower case are no one's name."""
    return _holding(_COMMON, frozenset(m.group(0) for m in _LOWER_WORD.finditer(text)))


def common_words() -> frozenset[str]:
    """The lower-case words of the document read in the innermost block."""
    return _COMMON.get()


def remembering_names() -> AbstractContextManager[None]:
    """Read each text once inside the block (one document): asked again, the same answer."""
    return _holding(_FOUND, {})


def remembered() -> dict[tuple[Any, ...], tuple[ActorMatch, ...]] | None:
    """The answers kept by the innermost ``remembering_names`` block; None outside one."""
    return _FOUND.get()
