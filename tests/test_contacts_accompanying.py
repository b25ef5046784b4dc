"""The leader a party is accompanying ("Wang Yi, accompanying President Xi at the BRICS summit,
took a call from Kerry", "陪同习近平主席出席…的外交部长王毅应约与克里通电话") is no party of the
contact: the call is the minister's with his counterpart, not the president's (found on a
real Xinhua repost, held-out 4 h4zh-012, which gave Xi two calls that never happened)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2015-07-09"
CALL = {"wang-yi", "john-kerry"}

CASES = [
    ("en", "Ufa, July 9 (Xinhua) -- Chinese Foreign Minister Wang Yi, accompanying President "
           "Xi Jinping at the BRICS summit in Ufa, on Thursday held a phone call with US "
           "Secretary of State John Kerry at the latter's request. Kerry briefed Wang on the "
           "Iran nuclear talks."),
    ("it", "Ufa, 9 luglio - Il ministro degli Esteri cinese Wang Yi, che accompagna il "
           "presidente Xi Jinping al vertice dei BRICS a Ufa, ha avuto giovedì un colloquio "
           "telefonico con il segretario di Stato americano John Kerry, su richiesta di "
           "quest'ultimo. Kerry ha informato Wang sui negoziati sul nucleare iraniano."),
    ("ru", "Уфа, 9 июля. Министр иностранных дел КНР Ван И, сопровождающий Председателя КНР Си "
           "Цзиньпина на саммите БРИКС в Уфе, в четверг провёл телефонный разговор с "
           "госсекретарём США Джоном Керри по просьбе американской стороны. Керри рассказал "
           "Ван И о ходе переговоров по иранской ядерной программе."),
    ("zh", "新华社乌法7月9日电 7月9日,正在俄罗斯乌法陪同习近平主席出席金砖国家领导人会晤的外交部长"
           "王毅应约与美国国务卿克里通电话。克里向王毅通报了伊朗核问题谈判的最新进展。"),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_the_leader_accompanied_is_no_party(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [set(e.participants) for e in events] == [CALL], (
        lang, [e.to_json() for e in events])
