"""A title before a family name of several words ("l'emiro Al Thani", "Emir Al Thani") names the
holder of that title on the day whose name ends so, as "Premier Li" names the premier Li: the
words were read as a newcomer "al-thani", later taken for another of the family named in full
(the Qatari prime minister), so the emir's meeting with Meloni came out the prime minister's
(a phantom). Found on a real Agenzia Nova item relaying QNA (2023); 'l'emiro Al Thani' for the
emir seen on 2 more real items (Agenzia Nova on Macron in Doha, 2022; Formiche on the 2022 World
Cup). Left: the article in lower case ("l'emiro al Thani") is no name the title reads."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "L'emiro Al Thani ha sottolineato l'interesse del Qatar."),
    ("it", "Poi l'emiro Al-Thani ha ricevuto i ministri."),
    ("en", "Emir Al Thani stressed Qatar's interest."),
])
def test_the_emir_of_the_day(lang: str, text: str) -> None:
    assert [m.actor for m in actor_index().find(text, lang, "2023-09-11")] == [
        "tamim-bin-hamad-al-thani"]


@pytest.mark.parametrize(("text", "on", "who"), [
    ("Il primo ministro Al Thani ha detto.", "2023-09-11", "mohammed-bin-abdulrahman-al-thani"),
    ("Premier Li said.", "2016-05-01", "li-keqiang"),
])
def test_other_titles_keep_their_holder(text: str, on: str, who: str) -> None:
    lang = "it" if text.startswith("Il") else "en"
    assert [m.actor for m in actor_index().find(text, lang, on)] == [who]
