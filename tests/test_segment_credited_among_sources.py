# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""In a sentence that names several sources, the one whose text is named right before it
speaks ("…, come richiesto dal Cremlino: “…”, si legge in un passaggio della nota diramata da
Palazzo Chigi", "…, as the Kremlin demanded: “…”, according to a passage of the note issued
by Downing Street"); a post credited to a government's official profile ("secondo quanto si
legge nel profilo Twitter ufficiale della presidenza del Consiglio", "according to a post on
the official X account of Downing Street") is that post; and a post told once beside two
sides' texts is one more account, not the writer's aside. Every text here is written for
these tests (found on a real LiveSicilia item whose Palazzo Chigi note and post stayed the
news's)."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

IT = """\
I due leader hanno concordato di restare in contatto

“Presidente, la chiamo per parlare di pace”. Ha esordito così il premier, secondo quanto si legge nel profilo Twitter ufficiale della presidenza del Consiglio, nel colloquio telefonico con il presidente russo.

Naturalmente il tema del colloquio è stata la crisi in Ucraina. Secondo quanto riferisce il Cremlino, il presidente russo ha informato il premier sull'andamento dei colloqui di Istanbul.

“Su richiesta del premier italiano”, si legge nel comunicato del Cremlino, il presidente russo ha fornito informazioni sui colloqui di pace e “sono stati forniti chiarimenti sulla decisione di passare ai rubli nei pagamenti per le forniture di gas naturale”.

Anche il tema del pagamento del gas in rubli, come richiesto dal Cremlino la settimana scorsa, è stato al centro del colloquio: “Il presidente russo ha descritto il nuovo sistema dei pagamenti del gas”, si legge in un passaggio della nota diramata da Palazzo Chigi.
"""
EN = """\
The two leaders agreed to stay in touch

"Mr President, I am calling you to talk about peace." That is how the Prime Minister opened the call, according to a post on the official X account of Downing Street, in his conversation with the Russian president.

Naturally the crisis in Ukraine was the topic of the call. According to the Kremlin, the Russian president briefed the Prime Minister on the progress of the talks in Istanbul.

"At the request of the British Prime Minister," the Kremlin said, the Russian president gave information on the peace talks and "explanations were given on the decision to switch to roubles in payments for natural gas supplies."

The payment for gas in roubles, as the Kremlin demanded last week, was also at the heart of the call: "The Russian president described the new system of gas payments," according to a statement from Downing Street.
"""
TEXTS = {"it": (IT, "palazzo-chigi", "ITA"), "en": (EN, "uk-gov", "GBR")}


@pytest.mark.parametrize("lang", ["it", "en"])
def test_the_source_whose_text_is_named_speaks_among_several(lang: str) -> None:
    text, source, side = TEXTS[lang]
    got = list(dict.fromkeys((a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)))
    assert got == [("unknown", None, "news"), ("x", side, "post"), ("kremlin", "RUS", got[2][2]),
                   (source, side, got[3][2])]
