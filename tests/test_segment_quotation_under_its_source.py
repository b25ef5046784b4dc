# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A side-by-side of two readouts that names each in a short paragraph of its own ("The
White House leads with Obama condemning …", "The Kremlin readout starts by …") and quotes it
in the paragraph under it, the quotation standing alone: each quotation is the text the
paragraph above named (found on a real RFE/RL comparison), in it/en/ru/zh. A heading
opening with an article or a possessive ("The Lede:", "My Comment:", "Il nodo:") is no
speaker's label, so such a page stays news. The guard: a quotation under a paragraph that
names no government's text stays the writer's. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.turns import find_turns

EN = """\
Two readouts of one call between the American and Russian presidents tell two stories.

The Lede:

The White House leads with the president condemning Moscow's troop build-up.

"President Obama made clear that the build-up of Russian forces along the border is provocative, that it runs against every commitment made this year, and that the United States will respond together with its allies."

The Kremlin readout starts with the situation in the east.

"Mr Putin drew attention to the continued violence of radical groups in the eastern regions, which the authorities in Kyiv have failed to stop, and called for an inclusive dialogue involving all regions."

Both sides open with the place they blame.
"""

IT = """\
Due resoconti della stessa telefonata tra i presidenti americano e russo raccontano due storie.

Il nodo:

La Casa Bianca apre con la condanna del presidente per l'ammassamento di truppe russe.

"Il presidente Obama ha chiarito che l'ammassamento di forze russe lungo il confine è una provocazione, contraria a ogni impegno preso quest'anno, e che gli Stati Uniti risponderanno insieme agli alleati."

Il resoconto del Cremlino parte dalla situazione nell'est.

"Putin ha richiamato l'attenzione sulla violenza dei gruppi radicali nelle regioni orientali, che le autorità di Kiev non hanno saputo fermare, e ha chiesto un dialogo inclusivo con tutte le regioni."

Entrambe le parti aprono con il luogo che accusano.
"""

RU = """\
Два изложения одного разговора президентов США и России рассказывают две разные истории.

Белый дом начинает с осуждения президентом наращивания российских войск.

«Президент Обама ясно дал понять, что наращивание российских сил у границы является провокацией, противоречит всем обязательствам этого года, и что США ответят вместе с союзниками».

Сообщение Кремля начинается с ситуации на востоке.

«Путин обратил внимание на продолжающееся насилие радикальных групп в восточных регионах, которое власти в Киеве не смогли остановить, и призвал к инклюзивному диалогу со всеми регионами».

Обе стороны начинают с места, которое они винят.
"""

ZH = """\
美俄两国总统同一次通话的两份通报，讲述了两个不同的故事。

白宫的通报以总统谴责俄军集结开篇。

「奥巴马总统明确表示，俄罗斯在边境集结部队是一种挑衅，违背了今年作出的所有承诺，美国将与盟友一道作出回应，并继续支持乌克兰政府推进宪法改革和民主选举。」

克里姆林宫的通报则从东部局势谈起。

「普京提请注意东部地区激进团体持续的暴力行为，基辅当局未能加以制止，并呼吁与所有地区开展包容性对话，共同寻求稳定局势的政治解决办法。」

双方都从各自指责的地方谈起。
"""


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (IT, "it"), (RU, "ru"), (ZH, "zh")])
def test_a_quotation_alone_under_the_paragraph_naming_its_text_is_that_text(text: str, lang: str) -> None:
    found = split_accounts(text, {}, lang)
    got = [(a.source, a.side, a.kind) for a in found]
    assert got == [("unknown", None, "news"), ("whitehouse", "USA", "readout"),
                   ("unknown", None, "news"), ("kremlin", "RUS", "readout"),
                   ("unknown", None, "news")]
    assert found[1].text.lstrip()[:1] in "\"«「"


def test_a_quotation_under_a_paragraph_naming_no_government_stays_the_writer_s() -> None:
    text = EN.replace("The White House leads with", "The first readout leads with").replace(
        "The Kremlin readout starts", "The second one starts")
    assert [a.source for a in split_accounts(text, {}, "en")] == ["unknown"]


@pytest.mark.parametrize("text", [
    "The Lede:\n\nThe White House leads with the president.",
    "My Comment: the two readouts could hardly differ more.",
    "Il nodo:\n\nLa Casa Bianca apre con la condanna.",
])
def test_a_heading_opening_with_an_article_is_no_speaker(text: str) -> None:
    assert find_turns(text) == []


def test_a_role_after_the_article_is_still_a_speaker() -> None:
    turns = find_turns("The President: Thank you all for coming.\nQ: Mr President, a question.")
    assert [t.label for t in turns][:1] == ["The President"]
