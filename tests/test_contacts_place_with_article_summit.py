"""A summit named after a place whose name joins the Arabic article ("the Al-Ula Summit",
"the El-Alamein summit") is a gathering, not the summit of two leaders that a hyphenated pair
of names makes ("the Trump-Putin summit"): "the first official contact between the two sides
since the Al-Ula Summit" tells of no meeting of the two (found on a real Saudi24News item,
held-out 4 English h4en-012). English only: the Italian, Russian and Chinese cues have no
pattern of hyphenated names before the word for summit.

Texts written for these tests."""

from test_contacts import analyze_texts


def test_a_summit_named_after_a_place_with_the_article_is_no_meeting_of_two() -> None:
    text = ("King Salman received a phone call on Monday from the Emir of Qatar, Sheikh Tamim "
            "bin Hamad Al Thani. It was the first official contact between the two sides since "
            "the Al-Ula Summit, which was held last January.")
    events = analyze_texts((text, "2021-04-13"), lang="en").events
    assert [(e.type, e.date) for e in events] == [("phone_call", "2021-04-12")]


def test_a_summit_of_two_named_by_their_names_is_still_one() -> None:
    text = ("President Donald Trump spoke by phone on Monday with President Vladimir Putin. The "
            "two leaders last met at the Trump-Putin summit in Helsinki in July.")
    events = analyze_texts((text, "2018-09-11"), lang="en").events
    assert ("meeting", "2018-07") in [(e.type, e.date) for e in events]
