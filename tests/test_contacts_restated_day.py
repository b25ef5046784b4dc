"""A story that tells its contact first by what followed it (a recording aired, a leak) and
gives its day only further on, the contact told again as the sentence's subject ("La
telefonata in questione è quella dello scorso 20 febbraio", "The call in question took place
last February 20", «Речь идёт о разговоре 20 февраля», "这次通话发生在今年2月20日"): that day
is the contact's, not the page's, however far back the sentence puts it. The guard: a day
given to another contact of the same pair ("Their previous call was on February 20") stays
that one's. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

_FILLER = {
    "it": ("Il documentario è andato in onda su una rete francese. Il Cremlino ha protestato. "
           "Mosca parla di una violazione delle regole diplomatiche. "),
    "en": ("The documentary aired on French television. The Kremlin protested. Moscow spoke "
           "of a breach of diplomatic rules. "),
    "ru": ("Документальный фильм показали по французскому телевидению. Кремль выразил "
           "протест. В Москве заговорили о нарушении дипломатических правил. "),
    "zh": "这部纪录片在法国电视台播出。克里姆林宫提出抗议。莫斯科称这违反了外交规则。",
}

RESTATED = {
    "it": ("La pubblicazione della telefonata tra Emmanuel Macron e Vladimir Putin ha irritato "
           "Mosca. " + _FILLER["it"] + "La telefonata in questione è quella dello scorso 20 "
           "febbraio, quattro giorni prima dell'invasione."),
    "en": ("The release of the phone call between Emmanuel Macron and Vladimir Putin angered "
           "Moscow. " + _FILLER["en"] + "The call in question took place last February 20, "
           "four days before the invasion."),
    "ru": ("Публикация телефонного разговора Эммануэля Макрона и Владимира Путина возмутила "
           "Москву. " + _FILLER["ru"] + "Речь идёт о разговоре 20 февраля, за четыре дня до "
           "начала операции."),
    "zh": ("马克龙与普京通话录音的公开激怒了莫斯科。" + _FILLER["zh"]
           + "这次通话发生在今年2月20日，即冲突爆发前四天。"),
}

ANOTHER = {
    "it": ("La pubblicazione della telefonata tra Emmanuel Macron e Vladimir Putin ha irritato "
           "Mosca. " + _FILLER["it"] + "La precedente telefonata tra i due risaliva al 20 "
           "febbraio."),
    "en": ("The release of the phone call between Emmanuel Macron and Vladimir Putin angered "
           "Moscow. " + _FILLER["en"] + "Their previous call was on February 20."),
}


def _reported_day(text: str, lang: str) -> str | None:
    analysis = analyze_texts((text, "2022-07-07"), lang=lang)
    return next(e.date for e in analysis.events if e.reported_by)


@pytest.mark.parametrize("lang", sorted(RESTATED))
def test_the_contact_told_again_gives_its_day(lang: str) -> None:
    assert _reported_day(RESTATED[lang], lang) == "2022-02-20"


@pytest.mark.parametrize("lang", sorted(ANOTHER))
def test_an_earlier_contact_s_day_stays_its_own(lang: str) -> None:
    assert _reported_day(ANOTHER[lang], lang) != "2022-02-20"


QUOTED = {  # an official's words, quoted: the same contact told again
    "en": ("President Cyril Ramaphosa has finally had his phone call with Volodymyr Zelensky. "
           + _FILLER["en"] + "The ambassador confirmed it to reporters. “The call took place "
           "yesterday evening.”"),
    "it": ("Il presidente Cyril Ramaphosa ha finalmente avuto la sua telefonata con Volodymyr "
           "Zelensky. " + _FILLER["it"] + "L'ambasciatrice lo ha confermato ai giornalisti. "
           "«La telefonata si è svolta ieri sera»."),
}


@pytest.mark.parametrize("lang", sorted(QUOTED))
def test_a_quoted_restatement_gives_the_day(lang: str) -> None:
    analysis = analyze_texts((QUOTED[lang], "2022-04-21"), lang=lang)
    assert [(e.date, e.part_of_day) for e in analysis.events if e.reported_by] == [
        ("2022-04-20", "evening")]
