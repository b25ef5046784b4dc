# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A leader named by his title and country alone ("il premier greco", "the Greek prime
minister", "премьер-министр Греции", "希腊总理") speaks for that country when his own words
are quoted, in it/en/ru/zh, for every country of the knowledge base (no list of leaders);
beside another side's leader quoted at length in the same paragraph, his words count
however short a remark they are (two sides' words set side by side). The guards: a
minister so named is no leader, and a short remark of each side stays the writer's. Every
text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.titled_leaders import titled_at, titled_last

IT = """\
Erdogan e Mitsotakis dopo il terremoto

Ieri il presidente turco Erdogan ha ringraziato il premier greco per la telefonata ricevuta dopo il sisma nell'Egeo. "Offro a tutta la Grecia il cordoglio mio e del popolo turco, e la Turchia è pronta ad aiutare chi ha perso la casa in queste ore", ha dichiarato Erdogan. "Due vicini che si aiutano nel dolore valgono più di molte parole", ha aggiunto il presidente turco. "Le nostre differenze oggi passano in secondo piano", ha risposto il premier greco.
"""

EN = """\
Erdogan and Mitsotakis after the earthquake

On Friday Turkish President Erdogan thanked the Greek leader for his call after the earthquake in the Aegean. “I offer all of Greece my condolences and those of the Turkish people, and Turkey stands ready to help those who lost their homes today,” Erdogan said. “Two neighbours helping each other in grief matter more than many words,” he added. “Our differences can wait on a day like this,” the Greek prime minister said.
"""

RU = """\
Эрдоган и Мицотакис после землетрясения

В пятницу президент Турции Эрдоган поблагодарил греческого лидера за звонок после землетрясения в Эгейском море. «Я выражаю всей Греции соболезнования от себя и от турецкого народа, Турция готова помочь всем, кто сегодня лишился крова», — заявил Эрдоган. «Наши разногласия сегодня отходят на второй план», — сказал премьер-министр Греции.
"""

ZH = """\
埃尔多安与米佐塔基斯通话

土耳其总统埃尔多安周五感谢希腊领导人在爱琴海地震后致电慰问。“我代表我本人和土耳其人民向全体希腊人民表示哀悼，土耳其随时准备帮助今天失去家园的人们，也愿意立即派出救援队伍和医疗人员协助当地的搜救工作，”埃尔多安说。“在这样的日子里，我们两国之间的分歧可以先放在一边，”希腊总理表示。
"""


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [(a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)]


@pytest.mark.parametrize(("text", "lang"), [(IT, "it"), (EN, "en"), (RU, "ru"), (ZH, "zh")])
def test_a_leader_named_by_title_and_country_speaks_beside_the_other_side(
        text: str, lang: str) -> None:
    assert _accounts(text, lang) == [("unknown", None, "news"),
                                     ("turkey-presidency", "TUR", "statement"),
                                     ("greece-pm", "GRC", "statement")]


@pytest.mark.parametrize(("words", "side"), [
    ("il premier greco", "GRC"), ("la presidente slovena", "SVN"),
    ("the Greek prime minister", "GRC"), ("премьер-министр Греции", "GRC"),
    ("希腊总理", "GRC"), ("the Mexican president", "MEX"),
])
def test_a_title_and_a_country_name_the_countrys_leader(words: str, side: str) -> None:
    assert titled_at(words, 4) == side
    assert titled_last(f"parole di {words}") == side


def test_a_minister_so_named_is_no_leader() -> None:
    assert titled_last("il ministro degli Esteri greco") is None
    assert titled_last("the Greek foreign minister") is None


def test_a_short_remark_of_each_side_stays_the_writers() -> None:
    text = ("Erdogan e Mitsotakis\n\nIl presidente turco ha chiamato il premier greco. "
            "\"Siamo vicini\", ha detto il presidente turco. \"Grazie\", ha risposto il premier greco.\n")
    assert _accounts(text, "it") == [("unknown", None, "news")]
