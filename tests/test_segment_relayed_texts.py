# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A government's text an agency carried ("Nel testo, rilanciato dalla Tass, si legge:",
"The text, carried by TASS, reads:", "В тексте, распространённом ТАСС, говорится:",
"经塔斯社转发的文本称："; relay in lang/<lang>/quoting.yaml) is the text the writer named
before it ("stando a una nota del Cremlino"), its publisher's readout, not the agency's
news; with no text named before, the agency stays the source. Every text here is written
for these tests (found on a real La Pressa item quoting the Kremlin's note via RIA
Novosti)."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

IT = """\
Draghi e Putin al telefono

Un'ora circa di colloquio nel pomeriggio tra il premier e il presidente russo. {named}Draghi ha ribadito la disponibilità a contribuire alla pace. Nel testo, rilanciato dalla Tass e da altre agenzie, si legge: «Il presidente russo ha informato il premier italiano sull'andamento dei colloqui tra i rappresentanti russi e ucraini e ha fornito chiarimenti sulla decisione di passare ai rubli nei pagamenti per il gas naturale»."""

EN = """\
Draghi and Putin talk by phone

The Italian premier and the Russian president spoke for about an hour in the afternoon. {named}Draghi offered to help the peace process. The text, carried by TASS and other agencies, reads: “The Russian president briefed the Italian prime minister on the course of the talks between Russian and Ukrainian representatives and explained the decision to switch gas payments to rubles.”"""

RU = """\
Путин и Драги поговорили по телефону

Премьер Италии и президент России около часа говорили по телефону во второй половине дня. {named}Драги заявил о готовности содействовать мирному процессу. В тексте, распространённом ТАСС и другими агентствами, говорится: «Президент России проинформировал итальянского премьера о ходе переговоров российских и украинских представителей и разъяснил решение перевести платежи за газ в рубли»."""

ZH = """\
德拉吉与普京通电话

意大利总理与俄罗斯总统下午通话约一小时。{named}德拉吉表示愿为和平进程作出贡献。经塔斯社转发的文本称：“俄罗斯总统向意大利总理通报了俄乌代表谈判的进展情况，并就天然气付款改用卢布结算的决定作出说明，其中包括意大利在内的一些国家的天然气供应合同将按新的程序执行，双方同意保持联系。”"""

NAMED = {
    "it": "I temi, stando a una nota del Cremlino, sono il negoziato e il “gas”. ",
    "en": "The topics, according to a Kremlin statement, were the talks and “gas”. ",
    "ru": "Темы разговора, согласно сообщению Кремля, – переговоры и «газ». ",
    "zh": "据克里姆林宫声明，通话议题是谈判和“天然气”。",
}
TEXTS = {"it": IT, "en": EN, "ru": RU, "zh": ZH}


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return list(dict.fromkeys((a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)))


@pytest.mark.parametrize("lang", ["it", "en", "ru", "zh"])
def test_a_text_an_agency_carried_is_the_text_named_before_it(lang: str) -> None:
    text = TEXTS[lang].format(named=NAMED[lang])
    assert _accounts(text, lang) == [("unknown", None, "news"), ("kremlin", "RUS", "readout")]


@pytest.mark.parametrize("lang", ["it", "en", "ru", "zh"])
def test_with_no_text_named_before_the_agency_stays_the_source(lang: str) -> None:
    found = _accounts(TEXTS[lang].format(named=""), lang)
    assert ("kremlin", "RUS", "readout") not in found
    assert any(source == "tass" for source, _, _ in found)
