"""A held contact whose sentence goes on to a plan ("接到马克龙来电后，…，并将于下周访问法国",
"spoke with Macron on Monday and will visit Paris next week"): the plan's future is that
later clause's, not the contact's, so the contact's own day is read in the past."""

from __future__ import annotations

from functools import lru_cache

from readouts.extract.contacts.kinds import first_cue
from readouts.extract.contacts.status import future_at, other_time_at_cue
from readouts.extract.time.tense import contact_tense


@lru_cache(maxsize=1024)
def later_plan_only(text: str, lang: str) -> bool:
    """Is the sentence future only by a later clause? Its first contact cue is neither
    planned nor earlier, and no future verb stands in that cue's own clause."""
    first = first_cue(text, lang)
    return first is not None and contact_tense(text, lang) == "future" \
        and not other_time_at_cue(text, lang) and not future_at(text, *first, lang)
