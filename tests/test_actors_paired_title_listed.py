"""One title over two countries listed with a comma or a conjunction ("俄、乌总统",
"俄罗斯和乌克兰总统", a headline's "Russian, Ukrainian presidents") names both presidents,
as "美俄总统" and "the US and Russian presidents" do; read as one country's title it made
the headline of a leader's calls with both name only the second, and the story's lead came
out as that call (found on a real Chinese item: Modi's calls with Putin and Zelensky, told
as "分别与俄、乌总统通话", came out as the call with Zelensky)."""

from __future__ import annotations

import hashlib

import pytest

from readouts.extract.people.actors import actor_index
from readouts.ingest import PreparedText
from readouts.pipeline import analyze_document

LISTED = [
    ("zh", "莫迪分别与俄、乌总统通话"),
    ("zh", "莫迪当天分别与俄罗斯和乌克兰总统通电话"),
    ("en", "Modi holds separate calls with Russian, Ukrainian presidents"),
    ("it", "Modi sente al telefono i presidenti russo e ucraino"),
    ("ru", "Моди провел телефонные разговоры с президентами России и Украины"),
]


@pytest.mark.parametrize(("lang", "text"), LISTED)
def test_a_title_over_two_listed_countries_names_both(lang: str, text: str) -> None:
    found = actor_index().find(text, lang, "2024-03-21")
    assert [m.actor for m in found] == ["narendra-modi", "vladimir-putin",
                                        "volodymyr-zelenskyy"], (lang, found)


APPOSED = [
    ("zh", "俄罗斯与乌克兰总统泽连斯基的会谈没有举行", ["volodymyr-zelenskyy"]),
    ("en", "The US and Russian presidents Joe Biden and Vladimir Putin spoke on Tuesday.",
     ["joe-biden", "vladimir-putin"]),
]


@pytest.mark.parametrize(("lang", "text", "named"), APPOSED)
def test_a_title_with_its_name_after_it_is_that_ones(lang: str, text: str,
                                                     named: list[str]) -> None:
    found = actor_index().find(text, lang, "2024-03-21")
    assert [m.actor for m in found] == named, (lang, found)


HEADLINED = [
    ("zh", "印度总理莫迪分别与俄、乌总统通话",
     "印度总理莫迪20日分别与俄罗斯总统普京和乌克兰总统泽连斯基通了电话，讨论加强与两国的关系。"
     "莫迪祝贺普京在总统选举中获胜，两位领导人还讨论了乌克兰问题。"),
    ("en", "Modi holds separate calls with Russian, Ukrainian presidents",
     "Indian Prime Minister Narendra Modi spoke by phone on Wednesday with Russian President "
     "Vladimir Putin and, separately, with Ukrainian President Volodymyr Zelensky. Modi "
     "congratulated Putin on his re-election, and the two leaders discussed Ukraine."),
]


@pytest.mark.parametrize(("lang", "title", "body"), HEADLINED)
def test_the_headline_of_both_calls_leaves_the_lead_the_first(lang: str, title: str,
                                                              body: str) -> None:
    digest = hashlib.sha256(body.encode()).hexdigest()
    meta = {"date": "2024-03-21", "title": title}
    doc = analyze_document(PreparedText("test", digest, body, meta), lang=lang)
    facts = next(r.facts for r in doc.document.readouts if r.facts)
    assert (facts["type"], set(facts["participants"])) == (
        "phone_call", {"narendra-modi", "vladimir-putin"}), (lang, facts)
