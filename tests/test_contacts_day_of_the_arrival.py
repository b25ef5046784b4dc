"""A lead that leaves its subject unsaid after a sentence naming them with the day ("Lunedì
Meloni si recherà a Parigi. All'arrivo sarà ricevuta da Macron"): that sentence's day is the
contact's, its subject one of the principals.

Texts written for this project; each class in every language where it exists.
"""

from __future__ import annotations

import pytest
from test_contacts import reported_facts


def reported(text: str, lang: str) -> tuple[str | None, list[str]]:
    facts = reported_facts(text, lang, "2023-06-30")
    return facts["date"], sorted(facts["participants"])


ON_ARRIVAL = [
    ("it", "Lunedì la presidente del Consiglio Giorgia Meloni si recherà a Parigi per il "
           "salone. All'arrivo sarà ricevuta da Emmanuel Macron all'Eliseo."),
    ("en", "On Monday Prime Minister Giorgia Meloni will travel to Paris for the fair. There "
           "she will meet Emmanuel Macron at the Elysee."),
    ("ru", "В понедельник премьер-министр Джорджа Мелони прибудет в Париж на выставку. Там "
           "она встретится с Эммануэлем Макроном в Елисейском дворце."),
    ("zh", "意大利总理梅洛尼将于7月3日前往巴黎出席展会。届时她将在爱丽舍宫同法国总统马克龙会晤。"),
]


@pytest.mark.parametrize(("lang", "text"), ON_ARRIVAL)
def test_the_day_of_the_arrival_dates_the_contact(lang: str, text: str) -> None:
    assert reported(text, lang) == ("2023-07-03", ["emmanuel-macron", "giorgia-meloni"])
