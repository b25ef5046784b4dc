"""A wire's dateline opens a text ("新华社北京11月24日电", "MOSCOW, Nov 24 -"); a later sentence
that opens on a full date and runs on past a comma into words ("2025年10月30日，两人在釜山会晤",
"October 30, 2025, the two had met in Busan") tells an earlier contact, and is no dateline: the
call told before it "on Monday (24th)" stays in the page's month, not the earlier meeting's.
Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import reported_facts


@pytest.mark.parametrize(("text", "lang"), [
    ("国家主席习近平周一（24日）同美国总统特朗普通电话。2025年10月30日，两国元首曾在韩国釜山会晤。",
     "zh"),
    ("Chinese President Xi Jinping spoke by phone with US President Donald Trump on Monday, the "
     "24th. October 30, 2025, the two leaders had met in Busan, South Korea.", "en"),
])
def test_a_later_sentence_opening_on_a_date_is_no_dateline(text: str, lang: str) -> None:
    facts = reported_facts(text, lang, "2025-11-25")
    assert (facts["type"], facts["date"]) == ("phone_call", "2025-11-24")


def test_a_dateline_on_its_own_line_still_dates_the_item() -> None:
    text = ("Xi e Trump al telefono\n\n24 novembre 2025, 21:10\n\n"
            "Il presidente cinese Xi Jinping ha avuto oggi un colloquio telefonico con il "
            "presidente americano Donald Trump.")
    facts = reported_facts(text, "it", "2025-11-26")
    assert facts["date"] == "2025-11-24"
