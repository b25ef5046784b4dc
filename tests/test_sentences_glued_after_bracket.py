"""A full stop a page lost its space after, following a closing bracket or before an elided
article ("(il mercato comune dell'America meridionale).L'incontro fra la premier…", "(the
common market).The meeting", "(общий рынок).Встреча"): it ends its sentence, so a length told
after it is not read with the clause before (found on a real Teleborsa item, h16it-013, whose
"L'incontro … è durato circa un'ora" was glued to the Quirinale meeting's half hour)."""

import pytest

from readouts.text.sentences import split_sentences

GLUED = [
    ("it", "È stato sollecitato il rapporto Ue-Mercosur (il mercato comune).L'incontro fra la "
           "premier e il presidente è durato circa un'ora."),
    ("en", "They discussed the Mercosur deal (the South American common market).The meeting "
           "between the two leaders lasted about an hour."),
    ("ru", "Обсуждались отношения с Меркосур (общий рынок Южной Америки).Встреча двух лидеров "
           "продолжалась около часа."),
]


@pytest.mark.parametrize(("lang", "text"), GLUED)
def test_a_stop_glued_after_a_bracket_ends_the_sentence(lang: str, text: str) -> None:
    spans = split_sentences(text, lang)
    assert len(spans) == 2, (lang, [text[a:b] for a, b in spans])


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il sito è www.governo.it.L'indirizzo è cambiato."),
    ("en", "Visit news.Yahoo.com for details."),
])
def test_a_web_address_stays_whole(lang: str, text: str) -> None:
    spans = split_sentences(text, lang)
    assert not any(text[a:b].rstrip().endswith(("governo.", "news.")) for a, b in spans)
