"""In Russian a country stands before a title only as an adjective («российский лидер»,
«американскому президенту»); a genitive there hangs on the word before it («Дружественный
России лидер позвонил Трампу»: a leader friendly to Russia, not Russia's leader). The same
headline in the other languages puts the country where no title reads it. Every text here is
written for these tests."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index

FRIENDLY = {
    "ru": "Дружественный России лидер позвонил Трампу",
    "it": "Un leader amico della Russia ha chiamato Trump",
    "en": "A leader friendly to Russia called Trump",
    "zh": "对俄友好的领导人给特朗普打电话",
}


@pytest.mark.parametrize("lang", sorted(FRIENDLY))
def test_a_leader_friendly_to_a_country_is_not_its_leader(lang: str) -> None:
    found = actor_index().find(FRIENDLY[lang], lang, "2025-09-05")
    assert [m.actor for m in found] == ["donald-trump"]


@pytest.mark.parametrize("text", ["Российский лидер позвонил Трампу",
                                  "Трамп позвонил российскому лидеру"])
def test_the_country_s_adjective_before_the_title_names_its_holder(text: str) -> None:
    assert "vladimir-putin" in {m.actor for m in actor_index().find(text, "ru", "2025-09-05")}


SUMMITS = {  # only Russian reads "саммитов" as a contact cue; the others guard
    "ru": ("Шавкат Мирзиёев и Владимир Путин провели телефонный разговор. Президенты обсудили "
           "подготовку и проведение саммитов СНГ и ШОС."),
    "en": ("Shavkat Mirziyoyev and Vladimir Putin held a telephone conversation. The presidents "
           "discussed preparations for the CIS and SCO summits."),
    "it": ("Shavkat Mirziyoyev e Vladimir Putin hanno avuto una conversazione telefonica. I "
           "presidenti hanno discusso la preparazione dei vertici della Csi e della Sco."),
    "zh": "米尔济约耶夫同普京通电话。两国元首讨论了筹备独联体和上合组织峰会事宜。",
}


@pytest.mark.parametrize("lang", sorted(SUMMITS))
def test_summits_of_many_countries_are_no_meeting_of_the_two(lang: str) -> None:
    from test_contacts import analyze_texts
    analysis = analyze_texts((SUMMITS[lang], "2020-07-02"), lang=lang)
    assert [e.type for e in analysis.events] == ["phone_call"]
