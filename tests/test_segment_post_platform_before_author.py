# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A post credited with the platform named between the verb and its author ("Lo ha scritto
su X Volodymyr Zelensky", "Об этом написал в Telegram Владимир Зеленский") is its author's,
for his side, as "Lo scrive Trump su Truth" is: the platform's name is no author. English
and Chinese put the author before the verb ("Zelensky wrote on X", "泽连斯基在X上写道"), read
already; the guard keeps a post whose writer is no leader sideless. Found on a real Italian
news site's item on a Meloni-Zelensky meeting. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.sources import registry
from readouts.segment.voices import voice_of

IT = """\
“Abbiamo discusso della difesa aerea, della ricostruzione e della conferenza di luglio a Roma: ringrazio l'Italia per il suo sostegno costante”. Lo ha scritto su X Volodymyr Zelensky, dopo l'incontro con Giorgia Meloni. “Insieme siamo più vicini a una pace giusta”.
La presidente del Consiglio ha ricevuto il presidente ucraino a Palazzo Chigi. Nel corso del colloquio, si legge in una nota di Palazzo Chigi, Meloni ha ribadito “il pieno sostegno dell'Italia all'Ucraina” e ha confermato la preparazione della conferenza sulla ricostruzione.
"""

RU = """\
«Обсудили противовоздушную оборону, восстановление страны и июльскую конференцию в Риме. Благодарен Италии за неизменную поддержку», — написал в Telegram Владимир Зеленский после встречи с Джорджей Мелони. «Вместе мы ближе к справедливому миру».
Премьер-министр Италии приняла украинского президента в палаццо Киджи. Как говорится в заявлении Палаццо Киджи, Мелони подтвердила «полную поддержку Италии» и подготовку конференции по восстановлению.
"""


@pytest.mark.parametrize(("text", "lang"), [(IT, "it"), (RU, "ru")])
def test_the_post_of_a_leader_named_after_the_platform_is_his_sides(text: str, lang: str) -> None:
    posts = [(a.source, a.side) for a in split_accounts(text, {}, lang) if a.kind == "post"]
    assert posts and posts[0][1] == "UKR"


@pytest.mark.parametrize(("intro", "side"), [
    ("Lo ha scritto su X Volodymyr Zelensky, dopo l'incontro.", "UKR"),
    ("Об этом написал в Telegram Владимир Зеленский.", "UKR"),
    ("Lo scrive Trump su Truth.", "USA"),
    ("Lo ha scritto su X un giornalista che era presente all'incontro con Meloni.", None),
])
def test_the_platform_between_verb_and_author_is_skipped(intro: str, side: str | None) -> None:
    assert voice_of(registry().get("x"), intro, "x").side == side
