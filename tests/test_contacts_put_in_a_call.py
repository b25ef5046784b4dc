"""English idioms for placing a call ("has put in a long distance call to", "placed a call
to", "made a phone call to") are a call, placed by the subject; a "courtesy call" is a visit
paid in person. The time a leader posted about the call ("Posting on Twitter on Sunday
night, …") is not the call's."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize("verb", ["has put in a long distance call to",
                                  "placed a call to", "made a phone call to"])
def test_placing_a_call(verb: str) -> None:
    text = (f"US President Joe Biden {verb} incoming Prime Minister Anthony Albanese to "
            "congratulate him on his election victory.")
    reported = [e for e in analyze_texts((text, "2022-05-23")).events if e.reported_by]
    assert [(e.type, set(e.participants), e.initiated_by) for e in reported] == [
        ("phone_call", {"joe-biden", "anthony-albanese"}, "joe-biden")]


def test_a_courtesy_call_is_no_phone_call() -> None:
    text = ("Prime Minister Anthony Albanese made a courtesy call to President Joe Biden at the "
            "White House.")
    reported = [e for e in analyze_texts((text, "2022-05-23")).events if e.reported_by]
    assert [e.type for e in reported] != ["phone_call"]


def test_the_time_of_a_post_about_the_call_is_not_the_calls() -> None:
    text = ("US President Joe Biden placed a call to Prime Minister Anthony Albanese. "
            "Posting on Twitter on Sunday night, Mr Albanese flagged his conversation with "
            "his counterpart.")
    reported = [e for e in analyze_texts((text, "2022-05-23")).events if e.reported_by]
    assert [(e.type, e.part_of_day) for e in reported] == [("phone_call", None)]


def test_the_time_of_a_post_on_an_undated_page_is_not_the_calls() -> None:
    text = ("US President Joe Biden placed a call to Prime Minister Anthony Albanese. "
            "Posting on Twitter on Sunday night, Mr Albanese flagged his conversation with "
            "his counterpart.")
    reported = [e for e in analyze_texts((text, None), lang="en").events if e.reported_by]
    assert [(e.type, e.part_of_day) for e in reported] == [("phone_call", None)]
