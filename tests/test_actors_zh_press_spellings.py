"""A leader written the way one Chinese-language press writes him ("萨科奇" in a China News
Service caption, "沙柯吉" in Taiwan's press, beside the usual "萨科齐") is the known person,
not a newcomer; the spellings are knowledge (knowledge/actors.yaml). Found on a real Chinese
item (held-out 16, h16zh-007: Hu Jintao's talks with Sarkozy credited to a 'sa-keqi').
Texts written for these tests (zh)."""

import pytest
from test_contacts import analyze_texts, only_event


@pytest.mark.parametrize("name", ["萨科奇", "薩科奇", "沙柯吉"])
def test_a_press_spelling_names_the_known_leader(name: str) -> None:
    text = f"中国国家主席胡锦涛26日上午在人民大会堂与来访的法国总统{name}举行会谈。"
    event = only_event(analyze_texts((text, "2007-11-26"), lang="zh"))
    assert set(event.participants) == {"hu-jintao", "nicolas-sarkozy"}
