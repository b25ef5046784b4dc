""""同" and "与" inside another word ("同意", "共同", "参与") mark no partner nor a list of
counterparts: "两国领导人同意共同努力，使特朗普与金正恩的会晤取得成功" is a planned Trump-Kim
meeting, not one of the call's leader with each of them (found checking the real Sputnik item on
the Abe-Trump call, heldout8 h8en-002, in Chinese)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

LEAD = "日本首相安倍晋三与美国总统特朗普周一通电话。\n\n"
LINES = [
    "两国领导人同意使特朗普与金正恩的会晤取得成功。",
    "通话中，两国领导人同意共同努力，使特朗普与朝鲜领导人金正恩的会晤取得成功。",
]


@pytest.mark.parametrize("line", LINES)
def test_a_compound_word_names_no_partner(line: str) -> None:
    events = analyze_texts((LEAD + line, "2018-05-28"), lang="zh").events
    mentioned = [e for e in events if not e.reported_by]
    assert [set(e.participants) for e in mentioned] == [{"donald-trump", "kim-jong-un"}], \
        [e.to_json() for e in events]
    assert mentioned[0].status == "planned"
