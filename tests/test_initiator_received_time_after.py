"""The one a call was received from placed it, the time told after the call's word and before
its caller ("ha ricevuto una telefonata, ieri, dal presidente della Repubblica", "ha ricevuto
una telefonata ieri sera dal cancelliere", "received a phone call yesterday from"): the
Italian cue allowed the time only before the call's word. Found on two Agenzia Nova wires
(held-out 22 h22it-023, Qatar's emir and Mattarella; held-out 21 h21it-026, Tebboune and
Merkel). Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

RECEIVED = [
    ("it", "L'emiro del Qatar, Tamim bin Hamad al Thani, ha ricevuto una telefonata, ieri, dal "
           "presidente della Repubblica italiana, Sergio Mattarella."),
    ("it", "L'emiro del Qatar, Tamim bin Hamad al Thani, ha ricevuto una telefonata ieri sera "
           "dal presidente della Repubblica italiana, Sergio Mattarella."),
    ("it", "L'emiro del Qatar, Tamim bin Hamad al Thani, ha ricevuto una telefonata, nel "
           "pomeriggio di ieri, dal presidente della Repubblica italiana, Sergio Mattarella."),
    ("en", "The Emir of Qatar, Tamim bin Hamad Al Thani, received a phone call yesterday from "
           "Italian President Sergio Mattarella."),
]


@pytest.mark.parametrize(("lang", "text"), RECEIVED)
def test_the_caller_named_after_the_time_placed_the_call(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2023-10-31"), lang=lang))
    assert event.initiated_by == "sergio-mattarella"


def test_a_call_received_yesterday_and_no_caller_after_it_names_none() -> None:
    text = ("L'emiro del Qatar, Tamim bin Hamad al Thani, e il presidente della Repubblica "
            "italiana, Sergio Mattarella, hanno avuto una telefonata, ieri, dai toni cordiali.")
    assert only_event(analyze_texts((text, "2023-10-31"), lang="it")).initiated_by is None
