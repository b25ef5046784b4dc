"""A title named as an office to fill or in a hypothesis names nobody: "il conferimento
dell'incarico di Presidente del Consiglio", "the post of Prime Minister", "пост премьер-
министра"; "Fossi stato Presidente della Repubblica avrei parlato con Putin", "If I were the
President", "Будь я президентом", "如果我是意大利总统" (the speaker, not the holder)."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.extract.people.actors import actor_index

OFFICES = [
    ("it", "La presidente del Senato riferirà gli esiti delle consultazioni per il conferimento "
           "dell'incarico di Presidente del Consiglio."),
    ("en", "The consultations are about who will hold the post of Prime Minister of Italy."),
    ("ru", "Консультации касаются того, кто займёт пост премьер-министра Италии."),
    ("zh", "如果我是意大利总理，我会与普京通电话。"),
]


@pytest.mark.parametrize(("lang", "text"), OFFICES)
def test_an_office_to_fill_or_supposed_names_nobody(lang: str, text: str) -> None:
    found = [m.actor for m in actor_index().find(text, lang, "2018-04-20")]
    assert "paolo-gentiloni" not in found, (lang, found)


HYPOTHESES = [
    ("it", "Berlusconi: «Fossi stato Presidente della Repubblica avrei parlato con Putin come "
           "nel 2008, allora fu una telefonata di 5 ore»."),
    ("en", "Berlusconi said: «If I were the President of Italy, I would have spoken with Putin "
           "as in 2008, when we had a five-hour phone call»."),
    ("ru", "Берлускони заявил: «Будь я президентом Италии, я бы поговорил с Путиным, как в 2008 "
           "году, когда у нас был пятичасовой телефонный разговор»."),
    ("zh", "贝卢斯科尼说：“如果我是意大利总统，我会像2008年那样与普京通电话，"
           "那次通话持续了5个小时。”"),
]


@pytest.mark.parametrize(("lang", "text"), HYPOTHESES)
def test_a_title_in_a_hypothesis_is_the_speakers_not_the_holders(lang: str, text: str) -> None:
    events = analyze_texts((text, "2023-04-02"), lang=lang).events
    assert events and all("sergio-mattarella" not in e.participants
                          and "giorgio-napolitano" not in e.participants for e in events), \
        (lang, [e.to_json() for e in events])
    assert {"silvio-berlusconi", "vladimir-putin"} == set(events[0].participants), \
        (lang, events[0].to_json())
