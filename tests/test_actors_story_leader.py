"""A title several offices answer ("il leader indiano", "the Indian leader", "индийский
лидер", "印度领导人") is the person of that country the story already named in one of them
(Prime Minister Modi), not the first office of the title's group (India's president): found
on a real AGI item, heldout10 h10it-011, where 'il leader indiano ha ricordato a Trump la sua
visita in India' gave a phantom Trump-Kovind visit."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

CASES = [
    ("it", "Il primo ministro indiano Narendra Modi ha avuto un colloquio telefonico con "
     "Donald Trump. Il leader indiano ha poi ricordato a Trump la sua visita in India nel "
     "2020."),
    ("en", "Indian Prime Minister Narendra Modi held a phone call with Donald Trump. The "
     "Indian leader then recalled that he had met Trump during his visit to India in 2020."),
    ("ru", "Премьер-министр Индии Нарендра Моди провел телефонный разговор с Дональдом "
     "Трампом. Индийский лидер напомнил о визите Трампа в Индию в 2020 году."),
    ("zh", "印度总理莫迪同特朗普通电话。印度领导人回顾了2020年同特朗普在新德里的会晤。"),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_countrys_leader_is_the_one_the_story_named(lang: str, text: str) -> None:
    events = analyze_texts((text, "2024-11-07"), lang=lang).events
    assert events, lang
    assert all(set(e.participants) <= {"narendra-modi", "donald-trump"} for e in events), \
        [e.to_json() for e in events]


def test_the_head_of_state_when_the_story_names_no_one_of_that_office() -> None:
    text = ("Il cancelliere tedesco Olaf Scholz ha ricevuto a Berlino il leader indiano per "
            "un colloquio di un'ora.")
    events = analyze_texts((text, "2023-03-02"), lang="it").events
    assert events and "olaf-scholz" in events[0].participants, [e.to_json() for e in events]
