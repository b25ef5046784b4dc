"""One title for two countries' presidents ("Президенты России и США", "the US and Russian
presidents", "i presidenti di Stati Uniti e Russia", "美俄总统", "中美两国元首") names each
country's president on the day (found on a real Huanqiu item whose "美俄总统18日通话" came
out as a call of Putin with Macron, a contact that never happened)."""

from __future__ import annotations

import hashlib

import pytest
from test_contacts import analyze_texts, only_event

from readouts.extract.people.actors import actor_index
from readouts.ingest import PreparedText
from readouts.pipeline import analyze_document

PAIRED = [
    ("ru", "Президенты России и США провели телефонный разговор 18 марта.",
     {"vladimir-putin", "donald-trump"}),
    ("en", "The US and Russian presidents held a phone call on March 18.",
     {"vladimir-putin", "donald-trump"}),
    ("it", "I presidenti di Stati Uniti e Russia hanno avuto una telefonata il 18 marzo.",
     {"vladimir-putin", "donald-trump"}),
    ("zh", "美俄两国总统18日通电话。", {"vladimir-putin", "donald-trump"}),
    ("zh", "中美两国元首18日通电话。", {"xi-jinping", "donald-trump"}),
]


@pytest.mark.parametrize(("lang", "text", "pair"), PAIRED)
def test_a_paired_title_names_both_presidents(lang: str, text: str, pair: set[str]) -> None:
    event = only_event(analyze_texts((text, "2025-03-20"), lang=lang))
    assert set(event.participants) == pair, (lang, event.participants)


def test_the_presidents_on_the_day() -> None:
    """In 2016 the same words are Obama and Putin."""
    found = actor_index().find("Президенты России и США обсудили Сирию.", "ru", "2016-09-05")
    assert {m.actor for m in found} == {"vladimir-putin", "barack-obama"}
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


TITLED = [
    ("en", "Volodymyr Zelensky on the conversation between the Presidents of the United States "
           "and Russia: a personal role for Biden",
     "President of Ukraine Volodymyr Zelensky considers it positive that the conversation "
     "between President of the United States Joe Biden and President of Russia Vladimir Putin "
     "took place. Speaking to the media after a meeting with the Croatian prime minister in "
     "Kyiv, Volodymyr Zelensky said that he would comment on the talks after his phone "
     "conversation with Joe Biden scheduled for December 9."),
]


@pytest.mark.parametrize(("lang", "title", "body"), TITLED)
def test_a_lead_telling_the_titles_pair_again_is_the_lead(lang: str, title: str,
                                                          body: str) -> None:
    """A headline naming the pair by their paired title, over a lead naming them: the lead's
    contact, held, not the planned call a later sentence tells (a corpus item, once paired
    titles were read, led with its Biden-Zelensky call scheduled for December 9)."""
    digest = hashlib.sha256(body.encode()).hexdigest()
    meta = {"date": "2021-12-08", "title": title}
    doc = analyze_document(PreparedText("test", digest, body, meta), lang=lang)
    facts = next(r.facts for r in doc.document.readouts if r.facts)
    assert (facts["status"], set(facts["participants"])) == (
        "held", {"joe-biden", "vladimir-putin"}), (lang, facts)
