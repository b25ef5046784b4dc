"""A request answered by words before any contact's word ("Su richiesta di Sall, Putin ha
affermato che…", "At the request of Macron, Putin informed him about…", "По просьбе Макрона,
Путин проинформировал о…", "应马克龙要求，普京介绍了…"): the Kremlin's way of saying what was
asked in the call, not who asked for the call. Its requester is no initiator.

Found on 2 real items relaying Kremlin notes in Italian: Agenzia Nova (h21it-007, Putin and
Sall: 'su richiesta di Sall, Putin ha affermato' gave Sall as the caller) and LiveSicilia
(Draghi and Putin: '“Su richiesta di Mario Draghi”, si legge nel comunicato del Cremlino,
Vladimir Putin ha fornito informazioni'). Texts written for this project.
"""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

PUTIN, MACRON = "vladimir-putin", "emmanuel-macron"

ANSWERED = [
    ("it", "Il presidente russo Vladimir Putin e il presidente francese Emmanuel Macron hanno "
           "avuto una conversazione telefonica. Lo riferisce il Cremlino. In particolare, su "
           "richiesta di Macron, Putin ha affermato che l'esercito russo garantisce "
           "l'evacuazione dei civili."),
    ("en", "Russian President Vladimir Putin held a telephone conversation with French President "
           "Emmanuel Macron. At the request of Emmanuel Macron, Vladimir Putin informed him "
           "about the talks."),
    ("ru", "Президент России Владимир Путин провёл телефонный разговор с Президентом Франции "
           "Эммануэлем Макроном. По просьбе Эммануэля Макрона, Владимир Путин проинформировал о "
           "ходе переговоров."),
    ("zh", "俄罗斯总统普京同法国总统马克龙通电话。应马克龙要求，普京介绍了谈判进展。"),
]


@pytest.mark.parametrize(("lang", "text"), ANSWERED)
def test_a_request_for_words_names_no_initiator(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2022-03-09"), lang=lang))
    assert set(event.participants) == {PUTIN, MACRON}
    assert event.initiated_by is None, (lang, event.initiated_by)


# Guards: a request for the contact itself, told before the words given in it.
FOR_THE_CONTACT = [
    ("it", "Su richiesta di Macron, il presidente Vladimir Putin e il presidente Emmanuel Macron "
           "hanno avuto una telefonata, nella quale Putin ha illustrato la situazione."),
    ("en", "At the request of Emmanuel Macron, Vladimir Putin held a phone call with him and "
           "informed him about the talks."),
    ("zh", "应马克龙要求，普京同法国总统马克龙通电话，介绍了谈判进展。"),
]


@pytest.mark.parametrize(("lang", "text"), FOR_THE_CONTACT)
def test_a_request_for_the_contact_names_its_initiator(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2022-03-09"), lang=lang))
    assert event.initiated_by == MACRON, (lang, event.initiated_by)
