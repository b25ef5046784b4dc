"""A leader named after his title by his given names only, the surname lost ("the President
of Turkey Recep Tayyip", "il presidente turco Recep Tayyip", "Президент Турции Реджеп
Тайип"): the office's holder, whose name opens with those words, not a new person
"recep-tayyip" (a phantom party). Words that open none of his names stay a newcomer. Texts
written for these tests."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index


@pytest.mark.parametrize(("text", "lang"), [
    ("Charles Michel spoke this evening with the President of Turkey Recep Tayyip about the "
     "summit.", "en"),
    ("Michel ha sentito il presidente turco Recep Tayyip sul vertice.", "it"),
    ("Мишель поговорил с Президентом Турции Реджеп Тайип о саммите.", "ru"),
])
def test_given_names_after_the_title_are_the_holder(text: str, lang: str) -> None:
    found = {m.actor for m in actor_index().find(text, lang, "2021-06-24", None)}
    assert "recep-tayyip-erdogan" in found, found
    assert not any(a.startswith("recep-tayyip") and a != "recep-tayyip-erdogan"
                   for a in found), found


def test_words_opening_none_of_the_holder_s_names_stay_a_newcomer() -> None:
    found = {m.actor for m in actor_index().find(
        "Michel spoke with the President of Turkey Recep Ali about the summit.", "en",
        "2021-06-24", None)}
    assert "recep-tayyip-erdogan" not in found, found


def test_given_names_must_open_a_longer_name() -> None:
    index = actor_index()
    assert index.given_name("recep-tayyip-erdogan", "Recep Tayyip")
    assert not index.given_name("recep-tayyip-erdogan", "Recep Tayyip Erdogan")
    assert not index.given_name("recep-tayyip-erdogan", "Tayyip Recep")
