"""A headline's "致电" names a call as often as a message; where the lead tells the call in
its own words ("与法国总统马克龙通了电话") it says nothing of who asked (found on real reposts,
heldout5 h5zh-007 and h5zh-010, whose facts leave the initiator null); a lead that says 致电
itself, or 应约, still names the caller."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

DAY = "2020-03-24"


@pytest.mark.parametrize(("text", "caller"), [
    ("习近平致电法国总统马克龙\n\n23日晚，国家主席习近平与法国总统马克龙通了电话。双方就疫情交换了意见。",
     None),
    ("习近平致电法国总统马克龙\n\n国家主席习近平23日致电法国总统马克龙，就疫情表示慰问。",
     "xi-jinping"),
    ("习近平致电法国总统马克龙\n\n23日晚，国家主席习近平应约与法国总统马克龙通电话。",
     "emmanuel-macron"),
])
def test_a_headlines_zhidian_beside_a_plain_lead(text: str, caller: str | None) -> None:
    assert only_event(analyze_texts((text, DAY), lang="zh")).initiated_by == caller
