# ruff: noqa: E501 - the sentences are written whole, as pages paste them
"""A source speaking in the historic present, the news pages' usual tense ("Al centro dei
colloqui, spiega Palazzo Chigi, «…»", "…», concludono le fonti di Palazzo Chigi", "РИА
Новости сообщает, что …", "Кремль отмечает, что …", "the Kremlin explains"), speaks as in
the past tense ("ha spiegato", "сообщило", "explained"). Found on a real MeteoWeb item
(h17comp-002: Palazzo Chigi's quoted words after "spiega Palazzo Chigi" stayed the news
item's) and h12comp-003's RIA Novosti claim. Chinese verbs carry no tense: no class there.
The guards: a present-tense verb with no source named gives no speaker; a Russian wire's
credit of its own sentence ("…, сообщает пресс-служба Кремля.") stays the writer's, as
"…, как сообщает …" does. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry


def _speaker(sentence: str) -> str | None:
    said = speaker_of(sentence, registry().named_all(sentence))
    return None if said is None or said.source is None else said.source.id


@pytest.mark.parametrize(("sentence", "source"), [
    ("Al centro del colloquio, spiega Palazzo Chigi, “la cooperazione energetica e la sicurezza alimentare”.", "palazzo-chigi"),
    ("“Il dialogo proseguirà nelle prossime settimane”, concludono dal Cremlino.", "kremlin"),
    ("L'incontro, evidenzia l'Eliseo, “ha confermato la solidità dell'amicizia tra i due Paesi”.", "elysee"),
    ("РИА Новости сообщает, что Путин не сделал того же для премьеров, которых поздравил Белый дом.", "ria-novosti"),
    ("Кремль отмечает, что стороны договорились продолжить контакты.", "kremlin"),
    ("В Белом доме заявляют, что разговор был деловым.", "whitehouse"),
    ("МИД России подчёркивает, что посол передал поздравления.", "russia-mfa"),
    ("The two leaders agreed to stay in close touch, the Elysee explains.", "elysee"),
    ("The White House stresses that the call was constructive.", "whitehouse"),
])
def test_a_source_speaking_in_the_present_tense_speaks(sentence: str, source: str) -> None:
    assert _speaker(sentence) == source


@pytest.mark.parametrize("sentence", [
    "Эксперт отмечает, что рынки отреагировали спокойно.",
    "L'analista spiega che i mercati hanno reagito con calma.",
    "The analyst explains that markets reacted calmly.",
    # the wire's credit of its own sentence, as "…, как сообщает …"
    "Разговор прошёл по инициативе турецкой стороны, сообщает пресс-служба Кремля.",
])
def test_no_source_speaking(sentence: str) -> None:
    assert _speaker(sentence) is None


def test_two_sides_told_in_the_present_tense_are_set_side_by_side_ru() -> None:
    text = ("Путин и Байден в субботу провели телефонный разговор, который длился около часа.\n\n"
            "В Белом доме заявляют, что Байден предупредил о серьёзных последствиях в случае эскалации. "
            "В Белом доме также отмечают, что президенты договорились продолжить контакты на уровне помощников.\n\n"
            "Кремль сообщает, что Путин изложил российскую позицию по гарантиям безопасности. "
            "Кремль также подчёркивает, что разговор был откровенным и деловым.\n")
    got = [(a.source, a.side) for a in split_accounts(text, {}, "ru")]
    assert got == [("unknown", None), ("whitehouse", "USA"), ("kremlin", "RUS")]


def test_a_note_quoted_after_spiega_is_its_account_beside_a_post_it() -> None:
    text = ("“Colloquio eccellente con il presidente Macron, lavoreremo insieme su energia e "
            "migranti e ci rivedremo presto a Bruxelles”: è quanto ha scritto Meloni su X.\n\n"
            "L'incontro si è svolto a margine del vertice europeo.\n\n"
            "Al centro dei colloqui, spiega l'Eliseo, “il sostegno all'Ucraina, la competitività "
            "europea, una gestione comune dei flussi migratori nel Mediterraneo e il coordinamento "
            "tra i due governi in vista del prossimo Consiglio europeo di dicembre”.\n")
    got = [(a.source, a.side, a.kind) for a in split_accounts(text, {}, "it")]
    assert got == [("x", "ITA", "post"), ("unknown", None, "news"),
                   ("elysee", "FRA", "readout")]


def test_a_wire_crediting_its_own_sentences_in_the_present_stays_one_account_ru() -> None:
    text = ("Президент России Владимир Путин провёл телефонный разговор с президентом Турции "
            "Реджепом Тайипом Эрдоганом, сообщает пресс-служба Кремля.\n\n"
            "Разговор состоялся по инициативе турецкой стороны, сообщает пресс-служба Кремля.\n\n"
            "Лидеры обсудили ситуацию в регионе.\n")
    got = [(a.source, a.kind) for a in split_accounts(text, {}, "ru")]
    assert got == [("unknown", "news")]
