""""即将离任的美国总统奥巴马18日晚致电…" (the outgoing president): "即将" there says who the
caller is about to stop being, not that the call is to come; the call was held on the 18th
(found beside a real Asian Age item, held-out 4 English h4en-007, told in Chinese: the call
came out planned, a month later). Chinese only: Italian "uscente", English "outgoing" and
Russian "уходящий" carry no tense.

Texts written for these tests."""

from test_contacts import analyze_texts


def test_an_outgoing_leaders_call_is_held() -> None:
    text = "即将离任的美国总统奥巴马18日晚同印度总理莫迪通电话。"
    events = analyze_texts((text, "2017-01-20"), lang="zh").events
    assert [(e.status, e.date) for e in events] == [("held", "2017-01-18")]


def test_a_call_about_to_be_held_is_still_planned() -> None:
    text = "美国总统奥巴马即将同印度总理莫迪通电话。"
    events = analyze_texts((text, "2017-01-20"), lang="zh").events
    assert [e.status for e in events] == ["planned"]
