"""A role the story gives a person it names ("il premier turco Recep Tayyip Erdogan") is that
person where it stands alone, in the headline above all ("Il premier turco: «…»"), whoever the
roster gives it on the day the titles are read (undated, today: the last Turkish premier,
Yildirim). A role given to one person only, whose holder the story does not name; "l'ex
presidente" is no such role. Found on a real Adnkronos item whose Erdogan-Putin call came out
as calls of Yildirim. Texts written for these tests (it/en/ru)."""

import pytest
from test_contacts import analyze_texts

from readouts.extract.people.actors import actor_index
from readouts.extract.people.appositions import appositions

PAIR = ["recep-tayyip-erdogan", "vladimir-putin"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il premier turco: \"Turchia pronta a mediare\"\n\nColloquio telefonico oggi tra il "
           "premier turco Recep Tayyip Erdogan e il presidente russo Vladimir Putin. I due "
           "leader hanno discusso dell'Ucraina."),
    ("en", "Turkish premier: \"Turkey ready to mediate\"\n\nTurkish Prime Minister Recep Tayyip "
           "Erdogan and Russian President Vladimir Putin held a phone call today. The two "
           "leaders discussed Ukraine."),
    ("ru", "Премьер-министр Турции: «Турция готова к посредничеству»\n\nПремьер-министр Турции "
           "Реджеп Тайип Эрдоган и президент России Владимир Путин провели сегодня телефонный "
           "разговор. Лидеры обсудили Украину."),
])
def test_the_headlines_role_is_the_person_the_story_gives_it(lang: str, text: str) -> None:
    events = analyze_texts((text, None), lang=lang).events
    assert all("binali-yildirim" not in e.participants for e in events)
    assert [sorted(e.participants) for e in events if e.reported_by] == [PAIR]


def test_a_role_of_two_people_or_of_a_former_holder_is_given_to_none() -> None:
    index = actor_index()

    def find(text: str) -> list:
        return index.find(text, "it", None, None)  # undated: the roles read today

    assert appositions(["Ieri l'ex presidente americano Joe Biden ha parlato."], find) == {}
    assert appositions(["Il premier turco Recep Tayyip Erdogan, poi il premier turco Binali "
                        "Yildirim."], find) == {}
    assert appositions(["Il premier turco Recep Tayyip Erdogan ha parlato."], find) == {
        "binali-yildirim": "recep-tayyip-erdogan"}
