# ruff: noqa: E501 - the sentences are written whole, as pages paste them
"""A spokesperson named in the clause that credits a quotation, past the verb's listener
and his own role ("«…», ha detto alla stampa russa Dmitri Peskov", "«…», — сказал
журналистам пресс-секретарь президента Дмитрий Песков", "“…,” told reporters Kremlin
spokesman Dmitry Peskov"), speaks for his source, whatever his sentence said of that
source before the quotation ("il Cremlino corre a smentire: «…», ha detto … Peskov").
Found on a real Il Sussidiario item (h17comp-003: Peskov's denial stayed the news item's).
Chinese names the speaker before his verb ("佩斯科夫对记者说"): no such clause there. The
guards: a spokesperson named only inside a later clause ("…, commentando le parole di
Peskov") or after the clause's comma speaks not. Every text here is written for these
tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry


def _speaker(sentence: str) -> str | None:
    said = speaker_of(sentence, registry().named_all(sentence))
    return None if said is None or said.source is None else said.source.id


@pytest.mark.parametrize("sentence", [
    "Il Cremlino ha subito smentito: «Non c'è stata alcuna intesa su una commissione», ha detto alla stampa russa Dmitri Peskov.",
    "«Разговор был деловым и откровенным», — сказал журналистам пресс-секретарь президента Дмитрий Песков.",
    "\"The call was businesslike and frank,\" told reporters on Monday Kremlin spokesman Dmitry Peskov.",
])
def test_the_aide_crediting_a_quotation_speaks(sentence: str) -> None:
    assert _speaker(sentence) == "kremlin"


@pytest.mark.parametrize("sentence", [
    "«Il presidente ha parlato a lungo», ha detto ai giornalisti il leader della Lega, commentando le parole di Peskov.",
    "«Разговор был деловым», — сказал журналистам эксперт, сославшись на слова Пескова.",
    "\"The call was businesslike,\" an analyst told reporters, citing Peskov.",
])
def test_an_aide_named_outside_the_credit_clause_speaks_not(sentence: str) -> None:
    assert _speaker(sentence) is None


def test_a_denial_quoted_from_the_spokesman_is_the_kremlin_s_briefing_it() -> None:
    text = ("Il premier ha raccontato in un'intervista la sua telefonata con Putin e l'impegno "
            "russo a chiarire il caso.\n\n"
            "Poco dopo il Cremlino ha smentito quanto riferito dal premier: «Non escludo che ci sia "
            "stato un malinteso, nella telefonata non si è mai parlato di una commissione», ha detto "
            "alla stampa russa Dmitri Peskov, «perché non ce ne sono le basi».\n")
    got = [(a.source, a.side, a.kind) for a in split_accounts(text, {}, "it")]
    assert got == [("unknown", None, "news"), ("kremlin", "RUS", "briefing")]
