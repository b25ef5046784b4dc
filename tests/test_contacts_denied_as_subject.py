"""A contact named first, as its sentence's subject, and denied by the predicate after the
names and titles of its parties ("A meeting between the Russian President … and the Azerbaijani
President … in St Petersburg is not planned") is no contact, past the usual reach of a
denial and past the commas that list its parties; so is one said not to come ("不会与…会晤",
"不在计划之中"). A contact held, with another's postponement told after it, stays held."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

DENIED = [
    ("en", "A meeting between Russian President Vladimir Putin and Kazakh President "
           "Kassym-Jomart Tokayev in Astana later this month is not planned, the Kremlin said."),
    ("en", "A call between French President Emmanuel Macron and Chinese President Xi Jinping "
           "on the sidelines of the forum is not on the agenda this week, officials said."),
    ("it", "Un incontro tra il presidente francese Emmanuel Macron e il cancelliere tedesco "
           "Olaf Scholz a margine del Consiglio europeo di giugno non è previsto."),
    ("it", "Un colloquio tra il presidente russo Vladimir Putin e il presidente kazako "
           "Kassym-Jomart Tokayev ad Astana nei prossimi giorni non è in programma."),
    ("ru", "Встреча президента России Владимира Путина и президента Казахстана Касым-Жомарта "
           "Токаева на полях форума в Астане на этой неделе не планируется, сообщил Песков."),
    ("zh", "佩斯科夫表示，俄罗斯总统普京与哈萨克斯坦总统托卡耶夫在阿斯塔纳的会晤不在计划之中。"),
    ("zh", "佩斯科夫表示，普京本周不会与托卡耶夫会晤。"),
]

HELD = [
    ("en", "A meeting between Russian President Vladimir Putin and Kazakh President "
           "Kassym-Jomart Tokayev took place in Astana on Monday, and a visit of the Kyrgyz "
           "president was postponed."),
    ("it", "Un incontro tra il presidente russo Vladimir Putin e il presidente kazako "
           "Kassym-Jomart Tokayev si è svolto lunedì ad Astana, mentre la visita del "
           "presidente kirghiso è stata rinviata."),
]


@pytest.mark.parametrize(("lang", "text"), DENIED)
def test_a_contact_denied_after_its_parties_is_none(lang: str, text: str) -> None:
    events = analyze_texts((text, "2024-06-10"), lang=lang).events
    assert events == [], (lang, [(e.type, e.status, e.participants) for e in events])


@pytest.mark.parametrize(("lang", "text"), HELD)
def test_a_held_contact_before_another_called_off_stays_held(lang: str, text: str) -> None:
    events = analyze_texts((text, "2024-06-10"), lang=lang).events
    assert [(e.type, e.status, sorted(e.participants)) for e in events if e.reported_by] == [
        ("meeting", "held", ["kassym-jomart-tokayev", "vladimir-putin"])], lang
