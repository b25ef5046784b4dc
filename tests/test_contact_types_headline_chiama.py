"""A headline's calling verb in the present ("Netanyahu chiama Meloni", "Scholz calls
Erdogan", «Путин звонит Эрдогану», "马克龙致电习近平") types the contact the body only calls
talks ("ha avuto colloqui con", "held talks with"): a call, its subject the caller; never the
verb of a name ("si chiama") or of a summons ("chiama Draghi al Quirinale"). Found on a real
Affaritaliani item (h15it-021: the call came out a meeting)."""

import pytest
from test_contacts import analyze_texts, only_event

CALLED = {
    "it": ("Israele, Netanyahu chiama Meloni\n\nIl primo ministro israeliano Benjamin Netanyahu "
           "ha avuto oggi colloqui con la presidente del Consiglio Giorgia Meloni sulla crisi.",
           {"benjamin-netanyahu", "giorgia-meloni"}, "benjamin-netanyahu"),
    "en": ("Scholz calls Erdogan over the grain corridor\n\nGerman Chancellor Olaf Scholz held "
           "talks on Tuesday with Turkish President Recep Tayyip Erdogan on the grain corridor.",
           {"olaf-scholz", "recep-tayyip-erdogan"}, "olaf-scholz"),
    "ru": ("Путин звонит Эрдогану\n\nПрезидент России Владимир Путин во вторник провел "
           "переговоры с президентом Турции Реджепом Тайипом Эрдоганом.",
           {"vladimir-putin", "recep-tayyip-erdogan"}, "vladimir-putin"),
}


@pytest.mark.parametrize("lang", sorted(CALLED))
def test_a_headlines_calling_verb_types_talks_as_a_call(lang: str) -> None:
    text, pair, caller = CALLED[lang]
    event = only_event(analyze_texts((text, "2023-10-10"), lang=lang))
    assert (event.type, set(event.participants), event.initiated_by) == (
        "phone_call", pair, caller)


@pytest.mark.parametrize("headline", [
    "Crisi, Mattarella chiama Draghi al Quirinale",
    "Il nuovo vertice si chiama Med9",
])
def test_a_summons_or_a_name_is_no_call(headline: str) -> None:
    text = (f"{headline}\n\nIl presidente Sergio Mattarella ha incontrato oggi Mario Draghi "
            "al Quirinale.")
    event = only_event(analyze_texts((text, "2021-02-03"), lang="it"))
    assert event.type == "meeting"
