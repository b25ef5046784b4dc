"""A tone word after who talked: "the conversation between the two leaders was candid",
"беседа глав государств носила деловой характер". The talkers stand between the noun and
its verb in English, Italian and Russian; Chinese names them before the noun."""

from __future__ import annotations

import pytest

from readouts.extract.tags.tone import characterize


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Officials said the conversation between the two leaders was candid and "
               "constructive.", ["candid", "constructive"]),
        ("en", "The meeting of the two presidents was business-like.", ["business-like"]),
        ("it", "Fonti di governo riferiscono che il colloquio tra i due leader è stato cordiale "
               "e costruttivo.", ["cordial", "constructive"]),
        ("it", "La telefonata fra i due presidenti è stata franca.", ["frank"]),
        ("ru", "По словам помощника, беседа глав государств носила деловой характер.",
         ["business-like"]),
        ("ru", "Разговор двух президентов был откровенным.", ["frank"]),
        ("zh", "外交部说，两国元首的通话是建设性的。", ["constructive"]),
    ],
)
def test_tone_after_the_talkers(lang: str, text: str, expected: list[str]) -> None:
    assert characterize(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The talks between the two leaders will be constructive, aides hope."),
        ("it", "Il dialogo tra i due leader dovrà essere costruttivo."),
        ("ru", "Переговоры двух президентов будут конструктивными, надеются в Кремле."),
    ],
)
def test_a_hoped_tone_after_the_talkers_does_not_count(lang: str, text: str) -> None:
    assert characterize(text, lang) == []
