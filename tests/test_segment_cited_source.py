# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A sentence in which an agency speaks citing another source ("…”, spiega l'agenzia di
stampa russa citando il Cremlino", "TASS reported, citing the Kremlin", "сообщает ТАСС со
ссылкой на Кремль", "塔斯社援引克里姆林宫的通报说") gives the cited source's text, relayed:
that source's account (its usual kind), cut out of the news item even where the agency is
named in the same sentence. Found on a real Italian item carrying a LaPresse story (Draghi's
call with Putin, the Kremlin's words relayed by TASS). In it/en/ru/zh; every text here is
written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry

IT = """\
MILANO – Si è appena conclusa la telefonata tra il presidente del Consiglio e il presidente russo Vladimir Putin. Al centro del colloquio le forniture di energia e la guerra. Lo riporta la Tass. Nel colloquio “è stata ribadita la disponibilità a garantire le forniture secondo i contratti in vigore, senza interruzioni di alcun tipo”, spiega l’agenzia di stampa russa citando il Cremlino. Inoltre Putin ha illustrato al premier “lo stato dei negoziati, il cui ultimo round si è tenuto ieri a Minsk”.

Le borse europee hanno chiuso in calo.
"""

EN = """\
LONDON – The call between the prime minister and Russian President Vladimir Putin has just ended. Energy supplies and the war were at the heart of the talks. This was reported by TASS. In the call “the readiness to keep supplies flowing under the contracts in force, without interruption of any kind, was reaffirmed,” the Russian state news agency said, citing the Kremlin. Putin also briefed the prime minister “on the state of the negotiations, whose last round was held yesterday in Minsk.”

European markets closed lower.
"""

RU = """\
Телефонный разговор премьер-министра Италии и президента России Владимира Путина только что завершился. В центре беседы были поставки энергоносителей и война. «Была подтверждена готовность обеспечивать поставки по действующим контрактам без каких-либо перебоев», – сообщает ТАСС со ссылкой на Кремль. Кроме того, Путин рассказал премьеру «о ходе переговоров, последний раунд которых прошёл вчера в Минске».

Европейские биржи закрылись снижением.
"""

ZH = """\
意大利总理与俄罗斯总统普京的通话刚刚结束。能源供应和战争是通话的重点。塔斯社援引克里姆林宫的通报说：“双方重申将按照现行合同保障能源供应，不会出现任何中断。”通报还说，普京向意大利总理介绍了“在明斯克举行的最新一轮谈判的情况”。

欧洲股市收盘下跌。
"""


@pytest.mark.parametrize(("text", "lang"), [(IT, "it"), (EN, "en"), (RU, "ru"), (ZH, "zh")])
def test_the_source_an_agency_cites_is_its_own_account(text: str, lang: str) -> None:
    accounts = split_accounts(text, {}, lang)
    got = [(a.source, a.side, a.kind) for a in accounts]
    assert got == [("unknown", None, "news"), ("kremlin", "RUS", "readout"),
                   ("unknown", None, "news")]
    assert "Minsk" in accounts[1].text or "Минске" in accounts[1].text or \
        "明斯克" in accounts[1].text  # the quoted sentence after it goes on


@pytest.mark.parametrize("text", [
    "“…”, spiega l’agenzia di stampa russa citando il Cremlino.",
    "“…,” the Russian state news agency said, citing the Kremlin.",
    "«…», – сообщает ТАСС со ссылкой на Кремль.",
    "塔斯社援引克里姆林宫的通报说：“…”",
])
def test_the_speaker_is_the_source_cited_not_the_agency(text: str) -> None:
    said = speaker_of(text, registry().named_all(text))
    assert said is not None and said.how == "cited" and said.source is not None
    assert said.source.id == "kremlin"


def test_an_agency_speaking_alone_is_still_the_agency() -> None:
    text = "“…,” the Russian state news agency said."
    said = speaker_of(text, registry().named_all(text))
    assert said is not None and said.source is not None and said.source.id == "tass"


@pytest.mark.parametrize("text", [
    "The two leaders discussed Ukraine, Xinhua reported, citing the White House's statement and the Kremlin.",
    "I due leader hanno discusso dell'Ucraina, riferisce l'agenzia Xinhua citando la Casa Bianca e il Cremlino.",
])
def test_two_sources_cited_together_are_the_writer_s_report(text: str) -> None:
    said = speaker_of(text, registry().named_all(text))
    assert said is None or said.how != "cited"
