"""A post a page embeds (its text, then the platform's signature line "— Name (@handle)
date") is its author's post on X, in it/en/ru/zh pages alike: the article resumes after it.
The guard: a dash line naming a person with no handle is no signature, and no post. Every
text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

EMBEDS = {
    "en": ("Trump and Xi spoke by phone on Tuesday, both governments said.\n\n"
           "Just had a long and very good call with President Xi of China. Talking trade and "
           "much else!\n\n"
           "— Donald J. Trump (@realDonaldTrump) May 8, 2018\n\n"
           "The White House has not yet released its own account of the call.\n"),
    "it": ("Trump e Xi si sono sentiti al telefono martedì, hanno detto i due governi.\n\n"
           "Just had a long and very good call with President Xi of China. Talking trade and "
           "much else!\n\n"
           "— Donald J. Trump (@realDonaldTrump) 8 maggio 2018\n\n"
           "La Casa Bianca non ha ancora diffuso un proprio resoconto della telefonata.\n"),
    "ru": ("Трамп и Си Цзиньпин во вторник поговорили по телефону, сообщили обе стороны.\n\n"
           "Just had a long and very good call with President Xi of China. Talking trade and "
           "much else!\n\n"
           "— Donald J. Trump (@realDonaldTrump) 8 мая 2018 г.\n\n"
           "Белый дом пока не опубликовал собственного изложения разговора.\n"),
    "zh": ("特朗普与习近平周二通电话，两国政府都证实了这一消息。\n\n"
           "Just had a long and very good call with President Xi of China. Talking trade and "
           "much else!\n\n"
           "— Donald J. Trump (@realDonaldTrump) 2018年5月8日\n\n"
           "白宫尚未发布自己的通话纪要。\n"),
}


@pytest.mark.parametrize("lang", sorted(EMBEDS))
def test_an_embedded_post_is_its_author_s_post(lang: str) -> None:
    drafts = split_accounts(EMBEDS[lang], {}, lang)
    assert [(d.source, d.side, d.kind) for d in drafts] == [
        ("unknown", None, "news"), ("x", "USA", "post"), ("unknown", None, "news")]
    assert drafts[1].text.startswith("Just had a long")


@pytest.mark.parametrize("lang", sorted(EMBEDS))
def test_a_dash_line_with_no_handle_is_no_signature(lang: str) -> None:
    text = EMBEDS[lang].replace(" (@realDonaldTrump)", ",")
    assert {(d.source, d.kind) for d in split_accounts(text, {}, lang)} == {
        ("unknown", "news")}
