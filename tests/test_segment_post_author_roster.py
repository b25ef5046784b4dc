# ruff: noqa: E501 - the sentences are written whole, as pages paste them
"""A post's author is any leader the actor roster knows (the holders of sources.yaml's
voice_roles), not only the few named in sources.yaml ("Modi", "Erdogan", "Моди", "莫迪"),
and he may be named after the verb past his title and his country or office ("ha scritto
su X il primo ministro indiano Narendra Modi", "wrote Indian Prime Minister Narendra Modi",
"написал в Telegram премьер-министр Индии Нарендра Моди"). A quotation closed with the
opening mark ("“…“: è quanto ha scritto …", as some Italian pages type it) ends there.
Found on a real MeteoWeb item (h17comp-002: Modi's tweet came with no side). The guards:
a leader named after a title only past a clause of other words ("il presidente dopo il
colloquio con Modi") is no author; a name the roster does not hold gives none. Every text
here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.sources import registry
from readouts.segment.voices import voice_of


def _post_side(text: str) -> str | None:
    x = registry().get("x")
    assert x is not None
    return voice_of(x, text, "X").side


@pytest.mark.parametrize(("text", "side"), [
    ("“Un ottimo colloquio con la presidente del Consiglio”: è quanto ha scritto su X il primo ministro indiano Narendra Modi.", "IND"),
    ("“Great talks with my friend on trade and defence,” wrote Indian Prime Minister Narendra Modi on X.", "IND"),
    ("«Отличная встреча с другом», — написал в соцсети X премьер-министр Индии Нарендра Моди.", "IND"),
    ("«Продуктивный разговор о Газе и Украине», — написал Эрдоган в соцсети X.", "TUR"),
    ("“Colloquio proficuo sulla Siria”, ha scritto su X Erdogan.", "TUR"),
    ("莫迪在社交媒体X上发文说：“与朋友进行了很好的会谈。”", "IND"),
])
def test_a_roster_leader_named_after_the_verb_is_the_post_s_author(text: str, side: str) -> None:
    assert _post_side(text) == side


@pytest.mark.parametrize("text", [
    "“Colloquio proficuo”, ha scritto su X il presidente dopo il colloquio con Modi sulla sicurezza.",
    "“Great talks,” wrote on X the mayor of a small town.",
])
def test_no_author_named(text: str) -> None:
    assert _post_side(text) is None


def test_a_tweet_closed_with_the_opening_mark_is_the_leader_s_post_it() -> None:
    text = ("“Ottimo incontro con Giorgia Meloni. Abbiamo parlato di energia, difesa e cultura e "
            "di come rafforzare i legami economici tra i nostri Paesi“: è quanto ha scritto in un "
            "tweet il primo ministro indiano Narendra Modi. “Lavoreremo insieme anche sul clima,” "
            "ha aggiunto.\n\n"
            "Il bilaterale si è tenuto a margine del vertice.\n\n"
            "Al centro dei colloqui, secondo Palazzo Chigi, “il rafforzamento dei rapporti tra "
            "le due nazioni, la sicurezza energetica e alimentare e il coordinamento in vista "
            "della presidenza indiana del G20 del prossimo anno“.\n")
    got = [(a.source, a.side, a.kind) for a in split_accounts(text, {}, "it")]
    assert got == [("x", "IND", "post"), ("unknown", None, "news"),
                   ("palazzo-chigi", "ITA", "readout")]
