"""Two leaders joined as the subjects of one call with a third named after the partner's word
("Macron e Scholz hanno anche parlato con il presidente dell'Ucraina Volodymyr Zelensky",
"Macron and Scholz also spoke with", "Макрон и Шольц также поговорили с", "马克龙和朔尔茨还同
泽连斯基通了电话"): each of the two talked with him, one call each, never a call of the two
with each other; a pair whose third leader stands in another clause ("as Zelensky flew") is
still the pair. Found on a real Tag43 item (h7it-009) whose Macron and Scholz calls with
Zelensky came out as a contact of the two. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, held

PAGE = "2022-03-19"
EACH = [["emmanuel-macron", "volodymyr-zelenskyy"], ["olaf-scholz", "volodymyr-zelenskyy"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Nel corso della giornata, Macron e Scholz hanno anche parlato con il presidente "
           "dell'Ucraina Volodymyr Zelensky, che chiede più armi."),
    ("it", "Il presidente Macron e il cancelliere Scholz si sono sentiti al telefono con il "
           "presidente ucraino Volodymyr Zelensky sabato mattina."),
    ("en", "French President Emmanuel Macron and German Chancellor Olaf Scholz also spoke with "
           "Ukrainian President Volodymyr Zelensky on Saturday."),
    ("ru", "Президент Франции Эмманюэль Макрон и канцлер Германии Олаф Шольц в субботу также "
           "поговорили по телефону с президентом Украины Владимиром Зеленским."),
    ("zh", "法国总统马克龙和德国总理朔尔茨19日还同乌克兰总统泽连斯基通了电话。"),
])
def test_each_of_the_pair_called_the_third(lang: str, text: str) -> None:
    events = held(analyze_texts((text, PAGE), lang=lang))
    assert sorted((e.type, sorted(e.participants)) for e in events) == [
        ("phone_call", pair) for pair in EACH]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian President Vladimir Putin and US President Donald Trump spoke by phone on "
           "Saturday as Zelensky flew to Washington."),
    ("it", "Il presidente russo Vladimir Putin e il presidente Donald Trump hanno parlato al "
           "telefono sabato mentre Zelensky volava a Washington."),
])
def test_a_third_leader_of_another_clause_leaves_the_pair(lang: str, text: str) -> None:
    events = held(analyze_texts((text, "2025-08-16"), lang=lang))
    assert [sorted(e.participants) for e in events] == [["donald-trump", "vladimir-putin"]]


def test_a_talk_with_the_press_is_no_call() -> None:
    text = "Il presidente Macron ha parlato con i giornalisti all'uscita dall'Eliseo."
    assert held(analyze_texts((text, PAGE), lang="it")) == []
