"""A leader of another state named after a title and a comma ("Oltre che con il presidente
russo, Macron, ha poi telefonato a Zelensky", "After speaking with the Russian president,
Macron then called") begins the next clause: he is no apposition of the title, which still
names its own holder (an Italian class open from earlier stops, read as an aside: Putin went
missing). Chinese sets no title before a comma so."""

from __future__ import annotations

import pytest

from readouts.extract.people.actors import actor_index

NEXT_CLAUSE = [
    ("it", "Oltre che con il presidente russo, Macron, ha poi telefonato al presidente ucraino "
           "Volodymyr Zelensky."),
    ("en", "After speaking with the Russian president, Macron then called Ukrainian President "
           "Volodymyr Zelensky."),
    ("ru", "Помимо президента России, Макрон затем позвонил президенту Украины Владимиру "
           "Зеленскому."),
]


@pytest.mark.parametrize(("lang", "text"), NEXT_CLAUSE)
def test_another_states_leader_after_the_comma_is_no_apposition(lang: str, text: str) -> None:
    found = {m.actor for m in actor_index().find(text, lang, "2022-03-01")}
    assert found == {"vladimir-putin", "emmanuel-macron", "volodymyr-zelenskyy"}, (lang, found)


APPOSED = [
    ("it", "Il presidente francese, Emmanuel Macron, ha telefonato al presidente russo, "
           "Vladimir Putin.", {"emmanuel-macron", "vladimir-putin"}),
    ("it", "La presidente della Commissione europea, Ursula von der Leyen, ha incontrato il "
           "presidente russo, Vladimir Putin.", {"ursula-von-der-leyen", "vladimir-putin"}),
    ("en", "The French President, Emmanuel Macron, called the Russian President, Vladimir "
           "Putin.", {"emmanuel-macron", "vladimir-putin"}),
]


@pytest.mark.parametrize(("lang", "text", "people"), APPOSED)
def test_a_states_own_leader_after_the_comma_is_its_apposition(lang: str, text: str,
                                                              people: set[str]) -> None:
    found = [m.actor for m in actor_index().find(text, lang, "2022-03-01")]
    assert set(found) == people and len(found) == len(people), (lang, found)
