"""Quotation marks written the wrong way round hide no lead: a quote opened with a closing
mark ends at the opening one ("sull'”importanza dei negoziati“"), and an opening mark with
only a stop after it ("attraverso i negoziati “.") opens nothing; found on a real
Reportage Online item whose phone call came out as the meeting of a later sentence."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

REVERSED = [
    ("it", "Erdogan ha insistito con Putin sull'”importanza che la Turchia attribuisce alla "
           "cessazione immediata attraverso i negoziati “.\nIl colloquio telefonico è stato anche "
           "l'occasione per i due leader per parlare “dei passi per rafforzare le relazioni”. "
           "Secondo Erdogan, i due Paesi potrebbero fare ulteriori passi in occasione "
           "dell'incontro dello scorso agosto."),
    ("it", "Erdogan ha insistito con Putin sull'importanza dei negoziati “.\nIl colloquio "
           "telefonico è stato anche l'occasione per i due leader per parlare “dei passi per "
           "rafforzare le relazioni”. I due Paesi potrebbero fare altri passi in occasione "
           "dell'incontro dello scorso agosto."),
    ("en", "Erdogan stressed to Putin the ”importance Turkey attaches to an immediate ceasefire "
           "through negotiations“.\nThe phone call was also an opportunity for the two leaders "
           "to discuss “steps to strengthen relations”. The two countries could build on the "
           "economic cooperation agreed at their meeting last August."),
    ("zh", "埃尔多安向普京强调”通过谈判立即停火的重要性“。\n"
           "两国元首在通电话时还讨论了“加强两国关系的步骤”。"
           "双方可在去年8月会晤时商定的经济合作基础上采取进一步措施。"),
]


@pytest.mark.parametrize(("lang", "text"), REVERSED)
def test_reversed_marks_leave_the_call_its_own(lang: str, text: str) -> None:
    events = [e for e in analyze_texts((text, None), lang=lang).events if e.reported_by]
    assert events and events[0].type == "phone_call", (lang, [e.to_json() for e in events])


def test_a_quote_in_the_right_order_still_hides_a_remark() -> None:
    text = ("Giorgia Meloni ha incontrato oggi a Palazzo Chigi Emmanuel Macron. «Ci sentiremo "
            "presto al telefono per fare il punto», ha detto Meloni.")
    events = [e for e in analyze_texts((text, "2025-06-03"), lang="it").events if e.reported_by]
    assert events and events[0].type == "meeting", [e.to_json() for e in events]
