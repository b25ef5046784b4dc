# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A writer's sentence that borrows a phrase of a government's note and credits it in a
clause of up to six words ("… la strada della “de-escalation”, come si legge in un
comunicato di Palazzo Chigi.", "…, as stated in a note issued by Downing Street.") is the
writer's: the government's account starts at its own quoted text after it. Every text here is
written for these tests (found on a real Europa Today item whose news sentence went to
Palazzo Chigi)."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

IT = """\
"Vladimir Putin ha ribadito la disponibilità a garantire forniture stabili di gas all'Italia e ha espresso soddisfazione per l'incontro con gli imprenditori italiani". È quanto scrive il Cremlino in una nota diramata dopo la telefonata tra il presidente russo e il premier.

Nel giorno in cui molti Paesi europei inviano armi a Kiev, l'Italia prova a tenere aperta la strada della "riduzione delle tensioni", come si legge in un comunicato di Palazzo Chigi. "Il presidente del Consiglio ha sottolineato l'importanza di adoperarsi per ridurre le tensioni alla luce delle gravi conseguenze di un inasprimento della crisi. Sono stati concordati un impegno comune per una soluzione durevole e l'esigenza di ricostruire la fiducia", conclude Palazzo Chigi.
"""
EN = """\
"Vladimir Putin reaffirmed his readiness to keep gas supplies to Britain stable and welcomed the results of his recent meeting with British business leaders." This is what the Kremlin wrote in a note issued after the call between the Russian president and the prime minister.

On a day when many European countries are sending weapons to Kyiv, Britain is trying to keep open the path of "lowering tensions", as stated in a note issued by Downing Street. "The Prime Minister stressed the importance of working to lower tensions in light of the grave consequences an escalation of the crisis would have. The leaders agreed on a joint commitment to a lasting solution and on the need to rebuild trust," Downing Street concluded.
"""
RU = """\
«Владимир Путин подтвердил готовность и дальше обеспечивать стабильные поставки газа в Италию и выразил удовлетворение итогами встречи с итальянскими предпринимателями». Об этом говорится в сообщении Кремля, опубликованном после разговора президента России с премьер-министром.

В день, когда многие европейские страны отправляют оружие в Киев, Италия пытается сохранить путь к «снижению напряжённости», как говорится в сообщении на сайте правительства Италии. «Председатель Совета министров подчеркнул важность усилий по снижению напряжённости с учётом тяжёлых последствий обострения кризиса. Стороны договорились о совместной работе ради прочного решения и о необходимости восстановить доверие», – заключили в Палаццо Киджи.
"""
TEXTS = {"it": (IT, "palazzo-chigi", "ITA"), "en": (EN, "uk-gov", "GBR"),
         "ru": (RU, "palazzo-chigi", "ITA")}


@pytest.mark.parametrize("lang", ["it", "en", "ru"])
def test_a_phrase_credited_in_a_clause_stays_the_writers(lang: str) -> None:
    text, source, side = TEXTS[lang]
    accounts = split_accounts(text, {}, lang)
    got = list(dict.fromkeys((a.source, a.side, a.kind) for a in accounts))
    assert got == [("kremlin", "RUS", "readout"), ("unknown", None, "news"),
                   (source, side, "readout")]
    news = next(a for a in accounts if a.kind == "news")
    assert "tension" in news.text or "напряж" in news.text
