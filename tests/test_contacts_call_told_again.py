"""A later account of the same two, telling their contact by a word naming no medium ("nel
corso del colloquio", "during the talks") after the document's story of a call, tells that
call again: the event stays a call, never a meeting voted in by the official account
(found on a real Libero item whose Palazzo Chigi stretch turned Macron's call to Conte into
a meeting). Texts written for these tests (it/en)."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize("text", [
    "Macron chiama Conte\n\nEmmanuel Macron ha chiamato ieri il premier Giuseppe Conte. I due "
    "hanno parlato dei migranti.\n\nIl comunicato di Palazzo Chigi\n\nNel corso del colloquio "
    "il presidente Conte e il presidente Macron hanno parlato dei migranti.\n",
    "Macron calls Conte\n\nEmmanuel Macron called Italian Prime Minister Giuseppe Conte on "
    "Wednesday. They discussed migration.\n\nThe statement of Palazzo Chigi\n\nDuring the "
    "talks Prime Minister Conte and President Macron discussed migration.\n",
])
def test_the_official_account_tells_the_call_again(text: str) -> None:
    events = analyze_texts((text, "2018-06-14")).events
    told = [(e.type, sorted(e.participants), len(e.reported_by)) for e in events if e.reported_by]
    assert told == [("phone_call", ["emmanuel-macron", "giuseppe-conte"], 2)]
