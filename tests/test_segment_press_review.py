# ruff: noqa: E501 - the pages are written one paragraph a line, as they paste
"""A press review that strings agencies' items and a newspaper's excerpt under numbered
headlines ("1. ADNKRONOS DELLE 19.40: …" over "(Adnkronos) - …", "Estratto dell'articolo
di … per “la Repubblica”") holds each as its own account, the page's own summary first;
an item that opens on a quotation a later sentence credits to a spokesperson ("(ANSA) -
“…”. Lo ha detto il portavoce del cancelliere …, Stefan Kornelius", "So said …", "Об этом
заявил пресс-секретарь …") gives his government's briefing after the agency's credit.
Found on a real Dagospia page (the Meloni-Trump call of May 2025). English and Russian
pages open on an agency's dateline and read as its article: their items' quotations are
tested there. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.layout import title_like

IT = """\
LA TELEFONATA TRA MELONI E TRUMP: PALAZZO CHIGI TACEVA, POI LE AGENZIE HANNO BATTUTO LA NOTIZIA. E OGGI LA CALL CON I LEADER EUROPEI, DECISA DALLA CASA BIANCA.
1. ADNKRONOS DELLE 19.40: IERI TELEFONATA MELONI-TRUMP SULL'UCRAINA
(Adnkronos) - Colloquio telefonico ieri tra Donald Trump e Giorgia Meloni. A quanto apprende l'Adnkronos da fonti di governo, i due leader hanno parlato della guerra in Ucraina e dei dazi.
2. BERLINO, IL FORMATO DELLA CALL È STATO DECISO DAGLI USA
(ANSA) - "Il formato della telefonata di ieri è stato voluto dagli americani, e la presidente del Consiglio italiana ha un ottimo rapporto con il presidente degli Stati Uniti". Lo ha detto il portavoce del cancelliere Friedrich Merz, Stefan Kornelius, in conferenza stampa a Berlino.
Il portavoce ha aggiunto che la prossima telefonata potrebbe avere un altro formato.
3. IL GIALLO DEI TEMPI DELLA TELEFONATA
Estratto dell'articolo di Marco Bianchi per “la Repubblica”
[…] A Palazzo Chigi nessuno voleva confermare la telefonata, almeno fino a sera, quando la notizia è arrivata dalle agenzie e la premier ha scelto di non commentare.
"""

EN = """\
WHAT THE WIRES SAID ON THE STARMER-TRUMP CALL: DOWNING STREET KEPT QUIET UNTIL THE EVENING, THEN THE AGENCIES CARRIED THE NEWS AND THE EUROPEAN CALL FOLLOWED
1. REUTERS AT 7.40 PM: STARMER AND TRUMP SPOKE ON UKRAINE
LONDON, May 12 (Reuters) - Prime Minister Keir Starmer and U.S. President Donald Trump spoke by phone on Sunday about the war in Ukraine and trade, a government source said. The two leaders agreed to speak again after Trump's call with the Kremlin.
2. BERLIN SAYS THE CALL'S FORMAT WAS WASHINGTON'S CHOICE
BERLIN, May 12 (Reuters) - "The format of yesterday's call was what the Americans wanted, and it also reflects the fact that the British prime minister has a very good relationship with the U.S. president and can use his influence." So said Chancellor Friedrich Merz's spokesman Stefan Kornelius at a press conference in Berlin.
The spokesman added that the next call might take a different format.
3. THE PUZZLE OF THE CALL'S TIMING
Excerpt from the article by Jane Roe in The Guardian
[...] Downing Street would not confirm the call until the evening, when the news came from the wires and the Prime Minister chose not to comment.
"""

RU = """\
ЧТО ПИСАЛИ АГЕНТСТВА О РАЗГОВОРЕ ПУТИНА И ТРАМПА: КРЕМЛЬ ДОЛГО МОЛЧАЛ, А ВЕЧЕРОМ НОВОСТЬ ПЕРЕДАЛИ ИНФОРМАГЕНТСТВА
1. ТАСС В 19.40: ПУТИН И ТРАМП ОБСУДИЛИ УКРАИНУ
МОСКВА, 12 мая. /ТАСС/. Президент России Владимир Путин и президент США Дональд Трамп провели телефонный разговор, в ходе которого обсудили ситуацию на Украине и перспективы торговли.
2. В КРЕМЛЕ РАССКАЗАЛИ О ФОРМАТЕ РАЗГОВОРА
МОСКВА, 12 мая. /ТАСС/. «Формат разговора был согласован заранее, беседа прошла в деловой и откровенной атмосфере, и президенты договорились продолжить контакты на разных уровнях в ближайшее время». Об этом заявил пресс-секретарь президента России Дмитрий Песков журналистам.
По его словам, следующий разговор может пройти в другом формате.
"""


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return list(dict.fromkeys((a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)))


def test_a_press_reviews_items_are_each_an_account() -> None:
    assert _accounts(IT, "it") == [
        ("unknown", None, "news"), ("adnkronos", None, "news"), ("ansa", None, "news"),
        ("bundesregierung", "DEU", "briefing"), ("repubblica", None, "news")]


@pytest.mark.parametrize(("text", "lang", "want"), [
    (EN, "en", [("reuters", None, "news"), ("bundesregierung", "DEU", "briefing")]),
    (RU, "ru", [("tass", "RUS", "news"), ("kremlin", "RUS", "briefing")]),
])
def test_an_items_quotation_credited_after_it_is_the_spokespersons(
        text: str, lang: str, want: list[tuple[str, str | None, str]]) -> None:
    assert _accounts(text, lang) == want


@pytest.mark.parametrize("line", ["[…] A Palazzo Chigi nessuno voleva confermare", "[...] Downing Street would not confirm"])
def test_an_excerpt_cut_where_it_opens_is_no_title(line: str) -> None:
    assert not title_like(line)
