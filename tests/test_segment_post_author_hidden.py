# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A leader's post quoted whole with the clause that says he wrote it set inside the
quotation ("\"… - ha scritto in un tweet -. …\"", "«…, — написал он в Telegram. — …»"): the
quotation hides his name, so the post is by the leader the paragraph's sentences before it
name ("Il premier spagnolo Pedro Sanchez ha fatto sapere …"), for his side. The guard: with
no leader named before it, the post's side stays unknown, never guessed. Every text here is
written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

IT = """\
Sanchez sente Meloni

Il premier spagnolo Pedro Sanchez ha fatto sapere di aver sentito al telefono la presidente del Consiglio italiana. "Oggi non potrà essere con noi al vertice di Malaga - ha scritto in un tweet -. L'amicizia tra Italia e Spagna resta fondamentale per dare voce al sud dell'Europa nelle scelte dell'Unione. Ci vediamo presto a Roma".
"""

RU = """\
Санчес поговорил с Мелони

Премьер-министр Испании Педро Санчес сообщил, что провёл телефонный разговор с председателем совета министров Италии. «Сегодня она не сможет быть с нами на саммите в Малаге, — написал он в соцсети X. — Дружба Италии и Испании остаётся очень важной, чтобы юг Европы был услышан при выборе пути всего Союза. До скорой встречи в Риме».
"""


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [(a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)]


@pytest.mark.parametrize(("text", "lang"), [(IT, "it"), (RU, "ru")])
def test_a_post_whose_quotation_hides_its_author_is_by_the_leader_named_before(
        text: str, lang: str) -> None:
    assert _accounts(text, lang) == [("unknown", None, "news"), ("x", "ESP", "post")]


def test_with_no_leader_named_before_the_posts_side_stays_unknown() -> None:
    text = IT.replace("Il premier spagnolo Pedro Sanchez ha fatto sapere", "Da Madrid hanno fatto sapere")
    assert ("x", None, "post") in _accounts(text, "it")
