"""Indian and wire English: a call "held last evening" was the evening before the page's
day, and the one who "dialled" the other placed it ("According to the White House
statement, PM Modi dialled Trump"); found on a real IANS repost. Italian, Russian and
Chinese say these with words the data already reads ("ieri sera", "вчера вечером", "昨晚")."""

import pytest
from test_contacts import analyze_texts


def test_last_evening_is_the_evening_before() -> None:
    text = ("Prime Minister Narendra Modi and US President Donald Trump held a telephonic "
            "conversation last evening and exchanged New Year greetings.")
    events = analyze_texts((text, "2019-01-09"), lang="en").events
    assert [(e.date, e.part_of_day) for e in events if e.reported_by] == [
        ("2019-01-08", "evening")]


@pytest.mark.parametrize("verb", ["dialled", "dialed"])
def test_the_one_who_dialled_placed_the_call(verb: str) -> None:
    text = (f"Prime Minister Narendra Modi {verb} US President Donald Trump on Tuesday to "
            "exchange New Year greetings.")
    events = analyze_texts((text, "2019-01-09"), lang="en").events
    assert [(e.type, e.initiated_by) for e in events if e.reported_by] == [
        ("phone_call", "narendra-modi")]
