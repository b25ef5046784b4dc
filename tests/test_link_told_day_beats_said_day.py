"""Accounts of one call merged into one event: a day told of the call ("周一（24日）通电话")
wins over the day another account's words were said ("毛宁25日在例行记者会上表示，…此次通话…"),
which dates the briefing, not the call. Texts written for these tests."""

from __future__ import annotations

from test_contacts import analyze_texts, held

NEWS = ("国家主席习近平周一（24日）与美国总统特朗普通电话，双方讨论了经贸问题。", "2025-11-25")
BRIEFING = ("中国外交部发言人毛宁25日在例行记者会上表示，习近平主席同特朗普总统的通话是美方发起的，"
            "通话气氛积极、友好、有建设性。", "2025-11-25")
NOTA = ("La portavoce Mao Ning ha dichiarato il 25 novembre che la telefonata tra il presidente "
        "Xi Jinping e il presidente Donald Trump è stata avviata dalla parte americana.",
        "2025-11-25")


def test_the_told_day_beats_the_day_a_spokeswoman_spoke() -> None:
    for other in (BRIEFING, NOTA):
        events = held(analyze_texts(NEWS, other))
        assert len(events) == 1, [e.to_json() for e in events]
        assert events[0].date == "2025-11-24"
        assert len(events[0].reported_by) == 2
