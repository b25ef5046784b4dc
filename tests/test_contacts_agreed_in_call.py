"""A meeting agreed during a call ("have agreed to meet soon in their first call", "hanno
concordato di incontrarsi nel corso della loro prima telefonata", "договорились о встрече в
ходе телефонного разговора", "在通电话时同意尽快会晤") is planned; the call in which it was
agreed is held, and it is what the story reports (found on a real STV item quoting No 10)."""

import pytest
from test_contacts import analyze_texts

TEXTS = {
    "en": ("Prime Minister Keir Starmer and President Emmanuel Macron have “agreed to meet "
           "soon” in their first call since the election, the Elysee said. The call lasted "
           "30 minutes.", {"keir-starmer", "emmanuel-macron"}),
    "it": ("Giorgia Meloni e Emmanuel Macron hanno concordato di incontrarsi presto nel corso "
           "della loro prima telefonata dopo le elezioni, ha riferito Palazzo Chigi.",
           {"giorgia-meloni", "emmanuel-macron"}),
    "ru": ("Владимир Путин и Эммануэль Макрон договорились о встрече в ходе своего первого "
           "телефонного разговора после выборов, сообщили в Кремле.",
           {"vladimir-putin", "emmanuel-macron"}),
    "zh": ("习近平与马克龙在通电话时同意尽快举行会晤。", {"xi-jinping", "emmanuel-macron"}),
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_call_a_meeting_was_agreed_in_is_held(lang: str) -> None:
    text, pair = TEXTS[lang]
    reported = [e for e in analyze_texts((text, "2024-07-10"), lang=lang).events
                if e.reported_by]
    assert [(e.type, e.status, set(e.participants)) for e in reported][:1] == [
        ("phone_call", "held", pair)]


def test_a_meeting_agreed_to_with_no_call_is_still_planned() -> None:
    text = ("Prime Minister Keir Starmer and President Emmanuel Macron have agreed to meet "
            "soon in Paris, the Elysee said.")
    reported = [e for e in analyze_texts((text, "2024-07-10"), lang="en").events
                if e.reported_by]
    assert [(e.type, e.status) for e in reported] == [("meeting", "planned")]
