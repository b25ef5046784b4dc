"""Inside one document the people of a text are read once (``remembering_names``): the
contact readers ask again of sentences and titles the people reader read. What a text names
depends on its day, side, the people named before it and the roles the story gave its
people; an answer kept for one of these is never given for another. Texts written for these
tests (it/en/ru/zh)."""

import pytest

from readouts.extract.people.actors import actor_index
from readouts.extract.people.appositions import reading_appositions
from readouts.extract.people.reading_scope import remembering_names

# a guarded surname names its person only once the full name was read
GUARDED = [
    ("en", "Powell said the talks were useful.", "Colin Powell", "colin-powell"),
    ("ru", "Пауэлл заявил, что переговоры были полезными.", "Колин Пауэлл", "colin-powell"),
    ("zh", "克里表示，会谈富有成果。", "约翰·克里", "john-kerry"),
]


def _read(text: str, lang: str, on: str | None, side: str | None = None,
          known: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    return [(m.actor, m.start, m.end)
            for m in actor_index().find(text, lang, on, side, known)]


@pytest.mark.parametrize(("lang", "text", "full", "actor"), GUARDED)
def test_an_answer_is_kept_for_its_known_people_only(lang: str, text: str, full: str,
                                                     actor: str) -> None:
    with remembering_names():
        assert actor not in [a for a, _, _ in _read(text, lang, "2003-05-01")]
        assert actor in [a for a, _, _ in _read(text, lang, "2003-05-01",
                                                known=frozenset({actor}))]
        assert actor not in [a for a, _, _ in _read(text, lang, "2003-05-01")]
        assert actor in [a for a, _, _ in _read(f"{full}. {text}", lang, "2003-05-01")]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il presidente americano ha telefonato."),
    ("en", "The US President made a phone call."),
    ("ru", "Президент США провёл телефонный разговор."),
    ("zh", "美国总统通了电话。"),
])
def test_an_answer_is_kept_for_its_day_and_roles_only(lang: str, text: str) -> None:
    outside = [_read(text, lang, day) for day in ("2010-06-01", "2018-06-01", "2022-06-01")]
    assert [a for a, _, _ in outside[0]] == ["barack-obama"]
    with remembering_names():
        assert [_read(text, lang, day) for day in ("2010-06-01", "2018-06-01",
                                                   "2022-06-01")] == outside
        with reading_appositions({"barack-obama": "some-story-person"}):
            assert [a for a, _, _ in _read(text, lang, "2010-06-01")] == ["some-story-person"]
        assert _read(text, lang, "2010-06-01") == outside[0]


def test_the_answers_are_lists_of_their_own() -> None:
    with remembering_names():
        first = actor_index().find("Biden called Putin.", "en", "2022-02-12")
        first.clear()
        assert [m.actor for m in actor_index().find("Biden called Putin.", "en",
                                                    "2022-02-12")] == ["joe-biden",
                                                                       "vladimir-putin"]
