"""An honorific that names one person ("Елбасы", "Elbasy": Kazakhstan's first president) is
that person, as his name is: a call to him is a call with Nazarbayev, not a call with no one.
Found on a real Kazakh news item (a congratulation by phone)."""

from __future__ import annotations

from test_contacts import analyze_texts, only_event


def test_russian_elbasy_is_nazarbayev() -> None:
    text = ("Президент Узбекистана Шавкат Мирзиёев позвонил Елбасы и поздравил его с "
            "праздником.\n\nСобеседники обсудили двустороннее сотрудничество и график "
            "предстоящих встреч.\n")
    event = only_event(analyze_texts((text, "2020-11-30"), lang="ru"))
    assert (event.type, set(event.participants), event.initiated_by) == (
        "phone_call", {"shavkat-mirziyoyev", "nursultan-nazarbayev"}, "shavkat-mirziyoyev")


def test_english_elbasy_is_nazarbayev() -> None:
    text = ("Uzbek President Shavkat Mirziyoyev phoned Elbasy on Monday to congratulate him on "
            "the holiday.\n\nThe two discussed bilateral cooperation and the schedule of "
            "upcoming visits.\n")
    event = only_event(analyze_texts((text, "2020-11-30"), lang="en"))
    assert (event.type, set(event.participants)) == (
        "phone_call", {"shavkat-mirziyoyev", "nursultan-nazarbayev"})
