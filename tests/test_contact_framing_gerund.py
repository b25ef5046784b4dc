"""A leader's quoted words framed by the verb of the contact in a form that tells no tense
of its own: the gerund after the quote ("Così Mattarella, incontrando al Quirinale il
presidente palestinese", "ricevendo a Palazzo Chigi", «сказал Маттарелла, встречаясь с
президентом Палестины») or the infinitive inside a press conference's opening words ("è
stato un grande piacere ricevere a Palazzo Chigi il Cancelliere"). The press met so is no
contact ("incontrando i giornalisti")."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

PAIR = {"mahmoud-abbas", "sergio-mattarella"}

FRAMED = {
    "it-incontrando": ("it", "Roma, 9 ott. - \"Siamo lieti di accoglierla di nuovo nel nostro "
                             "Paese\". Lo ha detto il presidente della Repubblica Sergio "
                             "Mattarella incontrando al Quirinale il presidente palestinese "
                             "Abu Mazen."),
    "it-ricevendo": ("it", "\"L'Italia sostiene da sempre il dialogo\". Così il capo dello "
                           "Stato Sergio Mattarella, ricevendo al Quirinale il presidente "
                           "palestinese Abu Mazen."),
    "it-ricevere": ("it", "Presidente Mattarella. Buonasera. Oggi è stato un vero piacere "
                          "ricevere al Quirinale il presidente palestinese Abu Mazen, con cui "
                          "abbiamo parlato a lungo."),
    "ru-встречаясь": ("ru", "«Мы рады снова видеть вас в нашей стране», — сказал президент "
                            "Италии Серджо Маттарелла, встречаясь с президентом Палестины "
                            "Махмудом Аббасом."),
}


@pytest.mark.parametrize("case", sorted(FRAMED))
def test_a_quote_framed_by_the_contact_s_gerund_or_infinitive_is_the_meeting(case: str) -> None:
    lang, text = FRAMED[case]
    event = only_event(analyze_texts((text, "2025-10-09"), lang=lang))
    assert (event.type, set(event.participants)) == ("meeting", PAIR), event.to_json()


def test_the_english_participle_still_tells_the_meeting() -> None:
    text = ("\"We are glad to welcome you back,\" Italian President Sergio Mattarella said, "
            "meeting Palestinian President Mahmoud Abbas at the Quirinale.")
    event = only_event(analyze_texts((text, "2025-10-09"), lang="en"))
    assert set(event.participants) == PAIR


@pytest.mark.parametrize("text", [
    "\"I rapporti con il Quirinale sono ottimi\". Lo ha detto la premier Giorgia Meloni "
    "incontrando i giornalisti a Toronto.",
    "\"I rapporti con il Quirinale sono ottimi\". Così la premier Giorgia Meloni, incontrando "
    "la stampa a Toronto.",
])
def test_meeting_the_press_is_no_contact(text: str) -> None:
    analysis = analyze_texts((text, "2025-10-09"), lang="it")
    assert not [e for e in analysis.events if e.status == "held"], \
        [e.to_json() for e in analysis.events]
