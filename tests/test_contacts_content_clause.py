"""A leader named in the clause of what will be said in a call ("will tell his Russian
counterpart Vladimir Putin in a phone call later that he and Ukrainian President Volodymyr
Zelenskiy need to take a step", "in una telefonata più tardi che lui e Zelensky") is its
content, not the counterpart: the call is with the one told (found on a real Devdiscourse item,
heldout8 h8en-027, whose Erdogan-Putin call came out as Erdogan's with Zelenskiy)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

PAGE = "2022-03-25"

TOLD = [
    ("en", "Turkish President Tayyip Erdogan said on Friday he will tell his Russian counterpart "
           "Vladimir Putin in a phone call later that he and Ukrainian President Volodymyr "
           "Zelenskiy need to take a step."),
    ("it", "Il presidente turco Tayyip Erdogan ha detto venerdì che dirà al suo omologo russo "
           "Vladimir Putin in una telefonata più tardi che lui e il presidente ucraino Volodymyr "
           "Zelensky devono fare un passo."),
    ("ru", "Президент Турции Тайип Эрдоган заявил в пятницу, что скажет своему российскому "
           "коллеге Владимиру Путину в телефонном разговоре позднее, что он и президент Украины "
           "Владимир Зеленский должны сделать шаг."),
]


@pytest.mark.parametrize(("lang", "text"), TOLD)
def test_the_one_told_in_the_call_is_its_party(lang: str, text: str) -> None:
    reported = [e for e in analyze_texts((text, PAGE), lang=lang).events if e.reported_by]
    assert reported and set(reported[0].participants) == {
        "recep-tayyip-erdogan", "vladimir-putin"}, (lang, [e.to_json() for e in reported])


def test_a_call_with_the_one_named_after_it_stays() -> None:
    text = ("Turkish President Tayyip Erdogan held a phone call on Friday with Ukrainian "
            "President Volodymyr Zelenskiy, who said that Putin must stop the war.")
    reported = [e for e in analyze_texts((text, PAGE), lang="en").events if e.reported_by]
    assert reported and set(reported[0].participants) == {
        "recep-tayyip-erdogan", "volodymyr-zelenskyy"}, [e.to_json() for e in reported]
