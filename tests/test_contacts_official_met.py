"""An official a leader met, named right after the contact's verb, is its counterpart though
the sentence goes on to name another leader in a clause of its own ("Xi ha incontrato martedì
Volodin, presidente della Duma, in un incontro che anticipa la visita di Putin prevista per la
prossima settimana"): the leaders-outrank-officials rule holds only within the contact's
clause, and a plan told after the other contact's word ("la visita … prevista") leaves the
sentence's own contact held."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2025-08-26"
PAIR = {"xi-jinping", "vyacheslav-volodin"}

MET = [
    ("it", "Il presidente cinese Xi Jinping ha incontrato martedì Vyacheslav Volodin, presidente "
           "della Duma russa, in un incontro che anticipa la visita ufficiale del presidente "
           "Vladimir Putin prevista per la prossima settimana in Cina."),
    ("en", "Chinese President Xi Jinping met Vyacheslav Volodin, chairman of the Russian State "
           "Duma, in Beijing on Tuesday, days before the state visit of President Vladimir "
           "Putin planned for next week."),
    ("ru", "Председатель КНР Си Цзиньпин встретился во вторник с Вячеславом Володиным, "
           "председателем Государственной думы, накануне визита президента Владимира Путина, "
           "запланированного на следующую неделю."),
    ("zh", "国家主席习近平26日会见俄罗斯国家杜马主席沃洛金，此前普京总统将于下周访华。"),
]


@pytest.mark.parametrize(("lang", "text"), MET)
def test_an_official_met_before_another_leader_named_is_the_counterpart(lang: str,
                                                                         text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [(e.type, e.status, set(e.participants)) for e in events][:1] == [
        ("meeting", "held", PAIR)], (lang, [e.to_json() for e in events])


@pytest.mark.parametrize(("lang", "text"), [
    # both leaders in the contact's own clause: the official is an attendee, not a party
    ("it", "Il presidente cinese Xi Jinping ha incontrato Vladimir Putin e Vyacheslav Volodin."),
    ("en", "Xi Jinping met Vladimir Putin at the Kremlin, with Vyacheslav Volodin present."),
])
def test_two_leaders_in_the_contact_clause_still_outrank_an_official(lang: str,
                                                                     text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert set(events[0].participants) == {"xi-jinping", "vladimir-putin"}, \
        [e.to_json() for e in events]
