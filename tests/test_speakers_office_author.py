"""A statement or press conference whose title names only the office ("Press Conference by
the Prime Minister", "Conferenza stampa del Presidente del Consiglio", "Пресс-конференция
Президента") is the account's own leader's: he is the "I" of its first-person sentences; a
title naming its author keeps him. Texts written for these tests."""

from __future__ import annotations

import pytest

from readouts.extract.people.speakers import attribute_speakers, statement_author


@pytest.mark.parametrize(("lang", "title", "home"), [
    ("en", "Press Conference by the Prime Minister on the Launch of the New Cabinet",
     "fumio-kishida"),
    ("it", "Conferenza stampa del Presidente del Consiglio sul Consiglio europeo",
     "giorgia-meloni"),
    ("ru", "Пресс-конференция Президента по итогам визита в Китай", "vladimir-putin"),
])
def test_a_title_naming_only_the_office_is_the_home_leaders(lang: str, title: str,
                                                             home: str) -> None:
    assert statement_author(title, [], lang, home) == home


@pytest.mark.parametrize(("lang", "title"), [
    ("en", "Press Conference on the Launch of the New Cabinet"),
    ("en", "The Prime Minister's schedule for the week"),
    ("it", "Il Presidente del Consiglio a Bruxelles"),
])
def test_a_title_with_no_author_marker_names_no_author(lang: str, title: str) -> None:
    assert statement_author(title, [], lang, "someone") is None


def test_a_named_author_wins_over_the_home_leader() -> None:
    title = "Statement by President Joe Biden on His Call with President Xi"
    start = title.index("Joe")
    assert statement_author(title, [("joe-biden", start, start + 9)], "en",
                            "kamala-harris") == "joe-biden"


def test_the_office_holder_speaks_the_first_person_sentences() -> None:
    author = statement_author("Press Conference by the Prime Minister on the New Cabinet", [],
                              "en", "fumio-kishida")
    speakers = attribute_speakers(["The new Cabinet was launched yesterday.",
                                   "I have just spoken with our partners."], "en", [[], []],
                                  author=author)
    assert speakers[-1] == "fumio-kishida"
