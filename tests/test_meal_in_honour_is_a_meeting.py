"""A meal a leader gives in another leader's honour is their meeting: "hosted a state banquet for
President Heine", "ha offerto una cena di Stato in onore del re", «дал обед в честь президента»,
"设宴款待普京". A banquet for every leader at a summit, or for a delegation, is no two leaders'
contact. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, reported_facts


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("President Tsai Ing-wen hosted a state banquet for Marshall Islands President Hilda Heine "
     "at the presidential office.", "en", {"tsai-ing-wen", "hilda-heine"}),
    ("Il presidente Sergio Mattarella ha offerto una cena di Stato in onore del re di Spagna "
     "Felipe VI al Quirinale.", "it", {"sergio-mattarella", "felipe-vi"}),
    ("Президент России Владимир Путин дал обед в честь президента Казахстана Касым-Жомарта "
     "Токаева в Кремле.", "ru", {"vladimir-putin", "kassym-jomart-tokayev"}),
    ("国家主席习近平在钓鱼台国宾馆设宴款待俄罗斯总统普京。", "zh",
     {"xi-jinping", "vladimir-putin"}),
])
def test_a_meal_in_a_leaders_honour_is_their_meeting(text: str, lang: str, pair: set) -> None:
    facts = reported_facts(text, lang, "2024-05-16")
    assert (facts["type"], facts["status"]) == ("meeting", "held")
    assert set(facts["participants"]) == pair


@pytest.mark.parametrize(("text", "lang"), [
    ("国家主席习近平举行宴会，欢迎出席峰会的各国领导人和嘉宾。", "zh"),
    ("President Biden hosted a dinner for the leaders attending the summit.", "en"),
])
def test_a_summits_banquet_is_no_pairs_contact(text: str, lang: str) -> None:
    analysis = analyze_texts((text, "2024-05-16"), lang=lang)
    assert not [e for e in analysis.events if len(e.participants) == 2]
