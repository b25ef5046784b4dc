"""A leader's post quoted whole is an account of its own (decided in stop 23); where it names
no contact of its own, or only the story's people, it follows the story's contact up, and its
words may say who asked for it ("Spoke with my friend … to personally congratulate him"), as
they did while the post was read inside the story: the split loses no fact. Found on a real
Indo-Us Tribune item (held-out 19 h19en-005: Modi's call to Albanese). Texts written here."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Prime Minister Narendra Modi on Tuesday spoke with Australian Prime Minister "
           "Anthony Albanese about trade and defence.\n\n“Spoke with my friend Anthony Albanese "
           "to personally congratulate him on his party's historic victory. We agreed to work "
           "together with renewed vigour on our strategic partnership,” Modi posted on X after "
           "the call.\n\nThe two leaders last met at the G20 summit in Rio.\n"),
])
def test_a_post_quoted_whole_keeps_who_asked_for_the_call(lang: str, text: str) -> None:
    events = analyze_texts((text, "2025-05-06"), lang=lang).events
    call = next(e for e in events if set(e.participants) == {"anthony-albanese", "narendra-modi"}
                and e.type == "phone_call")
    assert call.initiated_by == "narendra-modi"
