"""A held contact whose sentence goes on to a plan ("接到马克龙来电后，…，并将于下周访问法国",
"spoke with Macron on Monday and will visit Paris next week"): the plan's future is that
later clause's, not the contact's, so the contact's own day is read in the past."""

from __future__ import annotations

from functools import lru_cache

from readouts.extract.contacts.kinds import first_cue
from readouts.extract.contacts.status import future_at, other_time_at_cue
from readouts.extract.time.tense import contact_tense, tense_marks


@lru_cache(maxsize=1024)
def later_plan_only(text: str, lang: str) -> bool:
    """Is the sentence future only by a later clause? Its first contact cue is neither
    planned nor earlier, no future verb stands in that cue's own clause, and every future
    verb comes after the cue ("将于…赴美国，同拜登举行会晤" is a plan ahead of its cue)."""
    first = first_cue(text, lang)
    if first is None or contact_tense(text, lang) != "future" \
            or other_time_at_cue(text, lang) or future_at(text, *first, lang):
        return False
    return all(start >= first[1] for start, _, _, name in tense_marks(text, lang).marks
               if name == "future")
