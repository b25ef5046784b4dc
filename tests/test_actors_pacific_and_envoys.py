"""People real items name that the roster lacked resolve to them in every script, so a
Chinese name no longer becomes a pinyin newcomer ("帕努埃洛" was "pa-nuailuo") and a guest
named with a given name is not another person: Micronesia's presidents, Jared Kushner."""

import pytest

from readouts.extract.people.actors import actor_index


@pytest.mark.parametrize(("text", "lang", "on", "actor"), [
    ("习近平同密克罗尼西亚联邦总统帕努埃洛会谈", "zh", "2019-12-13", "david-panuelo"),
    ("Xi Jinping held talks with Micronesian President David Panuelo", "en", "2019-12-13",
     "david-panuelo"),
    ("Путин принял Стива Уиткоффа и Джареда Кушнера", "ru", "2026-01-23", "jared-kushner"),
    ("Witkoff e Jared Kushner sono arrivati al Cremlino", "it", "2026-01-23", "jared-kushner"),
])
def test_the_person_is_named(text: str, lang: str, on: str, actor: str) -> None:
    assert actor in [m.actor for m in actor_index().find(text, lang, on, None)]
