"""The person who signs an embedded post ("— Giorgia Meloni (@GiorgiaMeloni) February 12,
2024") is its "I": every sentence of the post is hers, and a contact she tells in the first
person ("Oggi ho accolto a Palazzo Chigi il Presidente …") is hers, never the head of state
her country's side would give a one-party contact. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts
from test_segment_embedded_posts import EMBEDS

from readouts.segment import split_accounts


@pytest.mark.parametrize("lang", sorted(EMBEDS))
def test_the_signer_is_the_post_s_author(lang: str) -> None:
    drafts = split_accounts(EMBEDS[lang], {}, lang)
    assert [d.author for d in drafts] == [None, "Donald J. Trump", None]


@pytest.mark.parametrize("lang", sorted(EMBEDS))
def test_every_sentence_of_the_post_is_the_signer_s(lang: str) -> None:
    analysis = analyze_texts((EMBEDS[lang], "2018-05-08"), lang=lang)
    post = next(r for d in analysis.documents for r in d.readouts if r.kind == "post")
    assert {s.speaker for s in post.sentences} == {"donald-trump"}


WELCOMED = {
    "it": ("La premier Giorgia Meloni ha visto nel pomeriggio il presidente argentino Javier "
           "Milei. In mattinata Milei era salito al Quirinale dal presidente della Repubblica "
           "Sergio Mattarella.\n\n"
           "Oggi ho accolto a Palazzo Chigi il Presidente della Repubblica Argentina @JMilei. "
           "Abbiamo parlato di energia e infrastrutture. Italia e… pic.twitter.com/Xy12Ab — "
           "Giorgia Meloni (@GiorgiaMeloni) February 12, 2024\n"),
    "en": ("Italian Prime Minister Giorgia Meloni saw Argentine President Javier Milei on "
           "Monday afternoon. That morning Milei had called on President Sergio Mattarella.\n\n"
           "Oggi ho accolto a Palazzo Chigi il Presidente della Repubblica Argentina @JMilei. "
           "Italia e… pic.twitter.com/Xy12Ab — Giorgia Meloni (@GiorgiaMeloni) February 12, "
           "2024\n"),
}


@pytest.mark.parametrize("lang", sorted(WELCOMED))
def test_a_leader_s_own_post_tells_her_contact(lang: str) -> None:
    analysis = analyze_texts((WELCOMED[lang], "2024-02-12"), lang=lang)
    post = next(r for d in analysis.documents for r in d.readouts if r.kind == "post")
    assert post.facts is not None
    assert set(post.facts["participants"]) == {"giorgia-meloni", "javier-milei"}
