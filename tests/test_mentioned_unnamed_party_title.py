"""A planned contact between one party named by title and another named in full ("l'incontro
tra la premier e il presidente francese Emmanuel Macron", "a meeting between the prime
minister and French President Emmanuel Macron"): the unnamed party is the story's leader
that title fits, read between the contact's word and the named one, not the first leader
of the sentence before. Two titles joined by "e"/"and" are two people's. Found on a real
Italian news item where the head of government's planned meeting with the head of state
went to the US president named earlier."""

import pytest
from test_contacts import analyze_texts

TEXTS = {
    "it": "Joe Biden ha sentito Giorgia Meloni. Nel pomeriggio è previsto l'incontro tra la "
          "premier e il presidente francese Emmanuel Macron.",
    "en": "Joe Biden spoke with Giorgia Meloni. A meeting between the prime minister and "
          "French President Emmanuel Macron is expected next week.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_title_between_the_contact_and_the_named_party(lang: str) -> None:
    analysis = analyze_texts((TEXTS[lang], "2023-03-11"))
    planned = [tuple(sorted(e.participants)) for e in analysis.events
               if e.status == "planned"]
    assert planned == [("emmanuel-macron", "giorgia-meloni")], (lang, planned)
