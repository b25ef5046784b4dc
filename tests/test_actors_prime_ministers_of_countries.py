"""One plural title over two countries' prime ministers ("The Prime Ministers of Barbados and
Jamaica discussed", as the Caribbean wire CMC writes a call) names each country's head of
government on the day, as "leaders of" already does (found on a real Pride News/CMC item,
dev25 e25-012, which came out with no contact; PTI's "Indian, Pakistani Prime Ministers Talk
over Phone" writes the pair the same way)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("text", "pair"), [
    ("The Prime Ministers of Barbados and Jamaica held a phone call on Wednesday.",
     {"freundel-stuart", "andrew-holness"}),
    ("The Prime Ministers of India and Japan held a phone call on Wednesday.",
     {"narendra-modi", "shinzo-abe"}),
])
def test_prime_ministers_of_two_countries_are_their_heads_of_government(
        text: str, pair: set[str]) -> None:
    events = analyze_texts((text, "2016-09-08"), lang="en").events
    assert [set(e.participants) for e in events] == [pair], [e.to_json() for e in events]

