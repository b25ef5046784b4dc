"""Two leaders who "had previously met each other" at a summit last month tell an earlier
meeting of theirs, as "had met" and "had seen each other" do; the reciprocal pronoun is
no third party and hides no contact. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize("earlier", [
    "The two prime ministers had previously met each other on the sidelines of the UN General "
    "Assembly in New York last month.",
    "The two leaders had met one another in Ankara last month, their aides recalled.",
])
def test_an_earlier_meeting_with_each_other(earlier: str) -> None:
    text = ("Islamabad: Prime Minister Shehbaz Sharif on Thursday met Turkish President Recep "
            "Tayyip Erdogan, who is on a two-day visit. " + earlier)
    analysis = analyze_texts((text, "2024-10-10"), lang="en")
    past = {(e.type, e.status, e.date) for e in analysis.events if not e.reported_by}
    assert ("meeting", "held", "2024-09") in past
