"""Two calls told as one list of days ("I colloqui sono avvenuti venerdì sera e sabato sera"):
the first day is the reported contact's, wherever the sentence's other contact words
stand; and "consultations" say no medium, so a call's sentence that names them still gives
the call its day and its caller ("a chiamare è stato il presidente del Consiglio italiano
«nell'ambito delle continue consultazioni…»"). Found on a real Corriere della Sera item
(Berlusconi and Gaddafi, May 2009)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

TWO_CALLS = {
    "it": ("L'agenzia ufficiale ha reso note due telefonate tra il premier Giorgia Meloni e il "
           "presidente francese Emmanuel Macron. I colloqui sono avvenuti venerdì sera e sabato "
           "sera, a chiamare è stato il presidente del Consiglio italiano «nell'ambito delle "
           "continue consultazioni tra i due leader»."),
    "en": ("The official agency reported two phone calls between Prime Minister Giorgia Meloni "
           "and French President Emmanuel Macron. The talks took place on Friday evening and "
           "Saturday evening in the regular consultations between the two leaders."),
    "ru": ("Официальное агентство сообщило о двух телефонных разговорах Владимира Путина и "
           "Эммануэля Макрона. Беседы состоялись в пятницу вечером и в субботу вечером в рамках "
           "постоянных консультаций между двумя лидерами."),
    "zh": ("官方通讯社报道，国家主席习近平同法国总统马克龙两次通电话。"
           "通话于周五晚和周六晚进行，是两国元首经常性磋商的一部分。"),
}


@pytest.mark.parametrize("lang", sorted(TWO_CALLS))
def test_the_first_day_of_a_list_is_the_reported_calls(lang: str) -> None:
    event = only_event(analyze_texts((TWO_CALLS[lang], "2024-05-13"), lang=lang))
    assert (event.type, event.date) == ("phone_call", "2024-05-10"), event.to_json()


def test_a_call_sentence_naming_consultations_gives_its_caller_and_evening() -> None:
    event = only_event(analyze_texts((TWO_CALLS["it"], "2024-05-13"), lang="it"))
    assert (event.part_of_day, event.initiated_by) == ("evening", "giorgia-meloni"), \
        event.to_json()


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Giorgia Meloni ha telefonato venerdì al presidente francese Emmanuel Macron, dopo il "
           "vertice di lunedì e di martedì a Bruxelles."),
    ("en", "Giorgia Meloni phoned French President Emmanuel Macron on Friday, after the summit "
           "on Monday and Tuesday in Brussels."),
])
def test_a_list_of_another_things_days_does_not_date_the_call(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2024-05-13"), lang=lang))
    assert event.date == "2024-05-10", event.to_json()
