"""The one whose death a contact mourns ("expressed his condolences on the passing of former
Premier Li Keqiang", "per la scomparsa dell'ex premier", "в связи с кончиной бывшего премьера",
"对前总理李克强逝世表示哀悼") is never its party: no message to the dead beside the story's
meeting, and a condolence message goes to the living one it names (found on a real Yahoo item,
heldout8 h8en-022, with a phantom Biden-Li Keqiang message)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2023-10-28"
MEETING = {"joe-biden", "wang-yi"}

ALSO = [
    ("en", "President Joe Biden met Chinese Foreign Minister Wang Yi at the White House on "
           "Friday.\n\nThe president also expressed his condolences on the passing of former "
           "Premier Li Keqiang."),
    ("it", "Il presidente Joe Biden ha incontrato venerdì alla Casa Bianca il ministro degli "
           "Esteri cinese Wang Yi.\n\nIl presidente ha anche espresso le sue condoglianze per la "
           "scomparsa dell'ex premier Li Keqiang."),
    ("ru", "Президент США Джо Байден в пятницу встретился в Белом доме с министром иностранных "
           "дел Китая Ван И.\n\nПрезидент также выразил соболезнования в связи с кончиной "
           "бывшего премьера Госсовета КНР Ли Кэцяна."),
    ("zh", "美国总统拜登周五在白宫会见中国外长王毅。\n\n拜登还对前总理李克强逝世表示哀悼。"),
]


@pytest.mark.parametrize(("lang", "text"), ALSO)
def test_the_mourned_is_no_party(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert [set(e.participants) for e in events] == [MEETING], (
        lang, [e.to_json() for e in events])


def test_a_condolence_message_goes_to_the_living() -> None:
    text = ("US President Joe Biden on Saturday sent a message of condolences to Chinese "
            "President Xi Jinping on the death of former Premier Li Keqiang.")
    reported = [e for e in analyze_texts((text, PAGE), lang="en").events if e.reported_by]
    assert reported and set(reported[0].participants) == {"joe-biden", "xi-jinping"}, \
        [e.to_json() for e in reported]
