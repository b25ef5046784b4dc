"""A contact that media reported and a party denied is no contact: the denying verb before
it ("ha smentito che ... ci sia stata una telefonata", "опроверг информацию ... о разговоре")
or a phrase calling it untrue after it ("... are completely false", "не соответствуют
действительности"). A contact that is only the setting of what is denied ("denied threats
during the call") stays held."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

DENIED_BEFORE = [
    ("it", "Il Cremlino ha smentito che, come scritto da alcuni giornali, ieri sera ci sia "
           "stata una telefonata tra Putin e Trump."),
    ("en", "The Kremlin on Monday denied that Vladimir Putin and Donald Trump had spoken by "
           "phone last week."),
    ("ru", "Песков опроверг информацию, появившуюся в СМИ, о телефонном разговоре Путина и "
           "Трампа."),
    ("zh", "克里姆林宫发言人佩斯科夫否认普京与特朗普上周通过电话。"),
]

DENIED_AFTER = [
    ("it", "La notizia di una telefonata tra Putin e Trump è del tutto falsa, ha detto Peskov."),
    ("en", "Reports of a phone call between Putin and Trump are completely false, the Kremlin "
           "said."),
    ("ru", "Сообщения о телефонном разговоре Путина и Трампа не соответствуют "
           "действительности, заявил Песков."),
    ("zh", "佩斯科夫说，关于普京与特朗普通电话的报道不实。"),
]

# the call is where the denied words were said: it was held
SETTING = [
    ("it", "Il Cremlino ha smentito le minacce di Putin nel corso della telefonata di ieri con "
           "Poroshenko."),
    ("en", "Peskov denied that Putin had threatened Poroshenko during their phone call on "
           "Wednesday."),
    ("ru", "Песков опроверг сообщения об угрозах Путина в ходе телефонного разговора с "
           "Порошенко накануне."),
    ("zh", "佩斯科夫否认普京在昨天与波罗申科通话期间发出威胁。"),
]


@pytest.mark.parametrize(("lang", "text"), DENIED_BEFORE + DENIED_AFTER)
def test_a_denied_contact_is_none(lang: str, text: str) -> None:
    events = analyze_texts((text, "2025-02-10"), lang=lang).events
    assert events == [], (lang, [(e.type, e.status, e.participants) for e in events])


@pytest.mark.parametrize(("lang", "text"), SETTING)
def test_a_call_only_the_setting_of_a_denial_stays_held(lang: str, text: str) -> None:
    events = analyze_texts((text, "2014-11-27"), lang=lang).events
    assert [(e.type, e.status, sorted(e.participants)) for e in events] == [
        ("phone_call", "held", ["petro-poroshenko", "vladimir-putin"])], lang
