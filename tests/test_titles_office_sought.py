"""A title inside an election phrase names the office sought, not its holder: "победа на
выборах президента США" told in November 2008 is Obama's victory, and no mention of Bush,
the president on that day (found on a real NEWSru item, where Bush became the addressee of
Medvedev's congratulations: a contact that never happened)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

ELECTIONS = [
    ("ru", "Президент РФ Дмитрий Медведев в ходе телефонного разговора с Бараком Обамой в "
           "субботу поздравил его с яркой победой на выборах президента США и с успехом его "
           "партии."),
    ("en", "Russian President Dmitry Medvedev, in a phone call with Barack Obama on Saturday, "
           "congratulated him on his clear victory in the election of the US president and on "
           "his party's success."),
    ("it", "Il presidente russo Dmitry Medvedev, nel colloquio telefonico con Barack Obama di "
           "sabato, si è congratulato con lui per la netta vittoria nelle elezioni del "
           "presidente degli Stati Uniti."),
    ("zh", "俄罗斯总统梅德韦杰夫8日在同奥巴马通电话时，祝贺他在美国总统选举中获得胜利。"),
]


@pytest.mark.parametrize(("lang", "text"), ELECTIONS)
def test_the_office_of_an_election_is_no_person(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2008-11-08"), lang=lang)
    mentioned = {m.actor for d in analysis.documents for r in d.readouts for m in r.mentions}
    assert "george-w-bush" not in mentioned, (lang, mentioned)
    parties = {p for e in analysis.events for p in e.participants}
    assert parties == {"dmitry-medvedev", "barack-obama"}, (lang, parties)


def test_the_president_named_outside_an_election_is_the_holder() -> None:
    """Outside an election phrase the same title still names the one in office."""
    text = ("Президент РФ Дмитрий Медведев в субботу провел телефонный разговор с президентом "
            "США.")
    analysis = analyze_texts((text, "2008-11-08"), lang="ru")
    assert {p for e in analysis.events for p in e.participants} == {"dmitry-medvedev",
                                                                    "george-w-bush"}
