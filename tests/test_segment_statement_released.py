# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A source that released, issued or published a statement ("The Kremlin released a statement
on the call as well", "the White House released only a short one-paragraph statement", "Il
Cremlino ha pubblicato una breve dichiarazione", «Кремль опубликовал заявление», "克里姆林宫
发布声明") gives a statement, whatever words stand between the verb and the noun; so does its
statement named with its name inside ("在克里姆林宫的声明中"; the other languages name the
source after the noun, "nella dichiarazione del Cremlino", «в заявлении Кремля», already read).
A text named by its loose compound ("the Kremlin statement said") still names no kind. Found
on real American Military News, Independent and i4cc items. Every text here is written for
these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

RELEASED = {
    "en": "Trump and Putin spoke by phone on Tuesday.\n\n“The two presidents agreed that the suffering in the region has gone on for far too long and that every party must do what it can to end it,” the White House said in a statement.\n\nThe Kremlin released a short statement on the call as well. “The two leaders discussed the prospects of coordinating the actions of Russia and the United States in the fight against terrorism in the region,” the Kremlin statement said.\n",
    "it": "Trump e Putin si sono sentiti al telefono martedì.\n\n«I due presidenti hanno convenuto che le sofferenze nella regione durano da troppo tempo e che ogni parte deve fare il possibile per porvi fine», ha detto la Casa Bianca in una dichiarazione.\n\nIl Cremlino ha pubblicato a sua volta una breve dichiarazione. «I due leader hanno discusso le prospettive di coordinamento delle azioni di Russia e Stati Uniti nella lotta al terrorismo nella regione», si legge nel testo del Cremlino.\n",
    "ru": "Трамп и Путин во вторник поговорили по телефону.\n\n«Два президента согласились, что страдания в регионе длятся слишком долго и что каждая сторона должна сделать всё, чтобы положить им конец», — говорится в заявлении Белого дома.\n\nКремль опубликовал короткое заявление о разговоре. «Лидеры обсудили перспективы координации действий России и США в борьбе с терроризмом в регионе», — отмечается в тексте Кремля.\n",
    "zh": "特朗普与普京周二通电话。\n\n白宫发表声明称，两国总统同意，该地区的苦难已持续太久，各方都应尽力结束这一局面。\n\n克里姆林宫也发布了一份简短声明。克里姆林宫表示，两国领导人讨论了俄美在该地区协调反恐行动的前景。\n",
}

INSIDE = {
    "zh": "特朗普与普京周五通电话。\n\n白宫发表声明称，两国领导人讨论了贸易和地区局势。声明还说，双方同意保持联系。\n\n在克里姆林宫的声明中，普京警告不要“外部干涉”该国内政，称只有该国人民有权决定其内部事务。\n",
}


def _kinds(text: str, lang: str, source: str) -> set[str]:
    return {a.kind for a in split_accounts(text, {}, lang) if a.source == source}


@pytest.mark.parametrize("lang", sorted(RELEASED))
def test_a_statement_released_is_a_statement(lang: str) -> None:
    assert _kinds(RELEASED[lang], lang, "kremlin") == {"statement"}
    assert _kinds(RELEASED[lang], lang, "whitehouse") == {"statement"}


@pytest.mark.parametrize("lang", sorted(INSIDE))
def test_a_statement_named_with_its_source_inside_is_a_statement(lang: str) -> None:
    assert _kinds(INSIDE[lang], lang, "kremlin") == {"statement"}


def test_the_loose_compound_alone_names_no_kind() -> None:
    text = RELEASED["en"].replace("The Kremlin released a short statement on the call as well. ", "")
    assert _kinds(text, "en", "kremlin") == {"readout"}
