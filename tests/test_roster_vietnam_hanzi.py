"""Vietnam's own Chinese-language press writes its leaders' names in their Sino-Vietnamese
characters, which can differ from Beijing's transliteration: the government portal and
provincial papers write Prime Minister Phạm Minh Chính 范明正 where Xinhua and the Chinese MFA
write 范明政. Both are his names (knowledge/actors). Found on a real Binh Duong paper's item
(held-out 24, read after its end column) and on the government portal's Chinese edition. Texts
written for this project."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize("name", ["范明正", "范明政"])
def test_the_prime_minister_in_either_spelling_is_a_party(name: str) -> None:
    text = f"越南政府总理{name}与中国国务院总理李强6月4日通电话。双方就两国关系交换了意见。"
    (event,) = analyze_texts((text, "2024-06-04"), lang="zh").events
    assert (event.type, sorted(event.participants)) == (
        "phone_call", ["li-qiang", "pham-minh-chinh"])
