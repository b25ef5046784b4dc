"""A sentence crediting the one before it to a person named after its verb ("Lo ha detto il
ministro degli Esteri Antonio Tajani", "Об этом заявил Дмитрий Песков", "That was what
Prime Minister Kishida said") makes both that person's words; a sentence someone else is
said to speak keeps its speaker. Texts written for these tests (it/ru/en)."""

import pytest
from test_contacts import analyze_texts


def _speakers(text: str, lang: str) -> list[str | None]:
    analysis = analyze_texts((text, "2023-09-25"), lang=lang)
    return [s.speaker for s in analysis.documents[0].readouts[0].sentences]


@pytest.mark.parametrize(("lang", "text", "who"), [
    ("it", "Sulla questione migratoria \"siamo pronti ad aprire un dialogo con la Francia\". Lo "
           "ha detto il ministro degli Esteri Antonio Tajani, durante una conferenza stampa a "
           "Parigi.", "antonio-tajani"),
    ("ru", "«Контакты на высшем уровне продолжатся». Об этом заявил журналистам "
           "пресс-секретарь президента Дмитрий Песков.", "dmitry-peskov"),
    ("en", "Relations with China must stay stable. That was what Prime Minister Fumio Kishida "
           "said after the talks.", "fumio-kishida"),
])
def test_the_credited_sentence_is_the_named_persons(lang: str, text: str, who: str) -> None:
    assert _speakers(text, lang) == [who, who]


def test_a_sentence_someone_else_speaks_keeps_its_speaker() -> None:
    speakers = _speakers("Emmanuel Macron ha detto che il dialogo è necessario. Lo ha "
                         "ribadito anche Antonio Tajani.", "it")
    assert speakers == ["emmanuel-macron", "antonio-tajani"]
