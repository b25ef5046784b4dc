# ruff: noqa: E501 - the articles are written as pages paste them, long lines wrapped
"""An agency item that tells a government's note in one credited sentence ("– fa sapere
Palazzo Chigi in una nota –") and quotes the other side's leader at length ("“…”, scrive
Zelensky, spiegando: “…”") sets the two sides' texts side by side: each is an account. Four
things hid it, found on a real askanews item (Meloni-Zelensky meeting): the page wrapped its
long lines mid-sentence, cutting the note's source across two lines ("Palazzo" / "Chigi");
the leader the quotation names before "scrive Zelensky" was taken for its author; a post's
author named after the platform and an aside in commas ("ha scritto in un post sul suo
profilo X, corredato dalle foto dell'incontro, il presidente ucraino") was not found; and a
text quoted after a colon was not heard as its source's words. Chinese wraps no names
across spaces and puts the author before the verb ("泽连斯基在X上写道"): no such class. Every
text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.prose import paragraphs
from readouts.segment.sources import registry
from readouts.segment.voices import voice_of

IT = """\
Roma, 14 mar. – La presidente del Consiglio Giorgia Meloni ha ricevuto a Palazzo Chigi il presidente ucraino Volodymyr Zelensky. L'incontro è durato un'ora. Nel corso del colloquio – fa sapere Palazzo
Chigi in una nota – la presidente Meloni ha confermato il pieno sostegno dell'Italia all'Ucraina e ha ricordato la conferenza sulla ricostruzione in programma a luglio. “Ringrazio l'Italia per il suo aiuto costante”, ha scritto in un post sul suo profilo X, corredato dalle foto dell'incontro, il presidente ucraino. “Ho incontrato a Roma la presidente del Consiglio Giorgia Meloni”, scrive Zelensky, spiegando: “Abbiamo parlato della difesa aerea, dell'energia e della ricostruzione. Sono grato al popolo italiano per la sua solidarietà. Insieme possiamo avvicinare una pace giusta e duratura per l'Ucraina e per l'Europa”.
"""

EN = """\
LONDON, March 14 – Prime Minister Keir Starmer hosted Ukrainian President Volodymyr Zelensky at Downing Street on Friday. The meeting lasted an hour. During the talks, the Prime Minister – Downing
Street said in a statement – reaffirmed Britain's full support for Ukraine and welcomed the reconstruction conference planned for July. "I thank Britain for its steady help," wrote on X, alongside photos of the meeting, the Ukrainian president. "In London I met Prime Minister Keir Starmer," wrote Zelensky, explaining: "We discussed air defence, energy and reconstruction. I am grateful to the British people for their solidarity. Together we can bring a just and lasting peace closer for Ukraine and for Europe."
"""

RU = """\
Москва, 14 марта. Президент России Владимир Путин провел в Кремле переговоры с федеральным канцлером Германии Фридрихом Мерцем. Встреча продолжалась около часа. Согласно сообщению пресс-службы
Кремля, Путин подтвердил готовность к диалогу по вопросам энергетики и пригласил гостя на экономический форум в июле. «Благодарю за откровенный разговор», — написал в своем Telegram-канале, опубликовав фотографии встречи, Фридрих Мерц. «В Москве я встретился с президентом Владимиром Путиным», — пишет Мерц, поясняя: «Мы обсудили энергетику, безопасность и торговлю. Я ясно изложил позицию Германии. Только честный диалог может приблизить справедливый мир для Украины и для всей Европы».
"""


@pytest.mark.parametrize(("text", "lang", "note", "post"), [
    (IT, "it", ("palazzo-chigi", "ITA", "readout"), ("x", "UKR", "post")),
    (EN, "en", ("uk-gov", "GBR", "statement"), ("x", "UKR", "post")),
    (RU, "ru", ("kremlin", "RUS", "readout"), ("telegram", "DEU", "post")),
])
def test_a_credited_note_and_a_post_quoted_at_length_are_both_accounts(
        text: str, lang: str, note: tuple[str, str, str], post: tuple[str, str, str]) -> None:
    got = [(a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)]
    assert got == [("unknown", None, "news"), note, post]


def test_a_long_line_wrapped_inside_a_sentence_is_one_paragraph() -> None:
    long = ("Il colloquio è durato un'ora e ha toccato la difesa aerea, l'energia, la ricostruzione "
            "del paese e la conferenza internazionale in programma a luglio; ")
    body = (f"Titolo breve senza punto\n{long}come fa sapere Palazzo\nChigi in una nota ufficiale.\n"
            f"{long}e questa frase finisce.\n{long}e questa annuncia:\n“Testo citato”.")
    spans = [body[s:e] for s, e in paragraphs(body, 0, len(body))]
    assert spans[0] == "Titolo breve senza punto"  # a short line is no wrapped one
    assert spans[1].endswith("Palazzo\nChigi in una nota ufficiale.")
    assert spans[2].endswith("e questa frase finisce.")
    assert spans[3].endswith("annuncia:")  # a colon announces the next line


@pytest.mark.parametrize(("text", "side"), [
    ("“Ho incontrato a Roma la presidente del Consiglio Giorgia Meloni”, scrive Zelensky.", "UKR"),
    ('"In London I met Prime Minister Keir Starmer," wrote Zelensky.', "UKR"),
    ("«Позиция Путина мне теперь ясна», — пишет Мерц.", "DEU"),
])
def test_the_leader_a_quotation_names_is_not_its_author(text: str, side: str) -> None:
    said = speaker_of(text, registry().named_all(text))
    assert said is not None and said.side == side


@pytest.mark.parametrize(("intro", "side"), [
    ("ha scritto in un post sul suo profilo X, corredato dalle foto dell'incontro, il presidente ucraino.", "UKR"),
    ("wrote on X, alongside photos of the meeting, the Ukrainian president.", "UKR"),
    ("написал в своем Telegram-канале, опубликовав фотографии встречи, Фридрих Мерц.", "DEU"),
    ("ha scritto in un post, corredato dalle foto, un giornalista presente all'incontro.", None),
])
def test_a_posts_author_after_the_platform_and_an_aside(intro: str, side: str | None) -> None:
    assert voice_of(registry().get("x"), intro, "x").side == side
