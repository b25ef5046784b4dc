"""A ceremony is a contact of the people the sentence says attend it: "India's ambassador in
Washington would represent India at Mr Trump's inauguration ceremony" is no ceremony of
Trump with Modi, whom the story's call names (found on a real Asian Age item, held-out 4
English h4en-007: a phantom ceremony). In Russian, "Вашингтоне" had read as "ваш" (your),
a principal present in the sentence. Chinese puts the ambassador's attendance with a verb
that tells no ceremony of two; kept here.

Texts written for these tests."""

import pytest
from test_contacts import analyze_texts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Outgoing President Barack Obama made a farewell call to Prime Minister Narendra Modi "
           "on Wednesday evening. Officials said India's ambassador in Washington would "
           "represent India at Mr Trump's inauguration ceremony on Friday."),
    ("it", "Il presidente uscente Barack Obama ha telefonato mercoledì sera al primo ministro "
           "indiano Narendra Modi. Secondo i funzionari, l'ambasciatore indiano a Washington "
           "rappresenterà l'India alla cerimonia di insediamento di Trump venerdì."),
    ("ru", "Уходящий президент США Барак Обама в среду вечером позвонил премьер-министру Индии "
           "Нарендре Моди. По словам чиновников, посол Индии в Вашингтоне представит страну на "
           "церемонии инаугурации Трампа в пятницу."),
    ("zh", "美国总统奥巴马18日晚同印度总理莫迪通电话。官员表示，印度驻美大使将代表印度出席特朗普"
           "20日的就职典礼。"),
])
def test_a_ceremony_the_leader_is_represented_at_is_not_his(lang: str, text: str) -> None:
    events = analyze_texts((text, "2017-01-20"), lang=lang).events
    assert [sorted(e.participants) for e in events] == [["barack-obama", "narendra-modi"]]


def test_a_ceremony_both_attend_is_still_one() -> None:
    text = ("Prime Minister Narendra Modi spoke by phone with President Donald Trump on Monday. "
            "Modi had attended Trump's inauguration ceremony in Washington in January.")
    events = analyze_texts((text, "2017-06-27"), lang="en").events
    assert ("ceremony", ["donald-trump", "narendra-modi"]) in [
        (e.type, sorted(e.participants)) for e in events]
