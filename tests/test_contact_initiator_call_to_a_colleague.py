"""A leader's call "to" the other, in the clause that tells it ("Putin, in una telefonata al
collega turco Erdogan, ha discusso", "in a phone call to his Turkish counterpart", «во время
телефонного звонка турецкому коллеге»): the subject placed the call. A call "with" the other
says nothing of who placed it."""

import pytest
from test_contacts import analyze_texts, only_event

TO = {
    "it": "Il presidente russo Vladimir Putin, in una telefonata al collega turco Recep Tayyip "
          "Erdogan, ha discusso oggi della crisi in Siria.",
    "en": "Russian President Vladimir Putin, in a phone call to his Turkish counterpart Recep "
          "Tayyip Erdogan on Tuesday, discussed the crisis in Syria.",
    "ru": "Президент России Владимир Путин во время телефонного звонка турецкому коллеге "
          "Реджепу Тайипу Эрдогану во вторник обсудил кризис в Сирии.",
}
WITH = {
    "it": "Il presidente russo Vladimir Putin, in una telefonata con il collega turco Recep "
          "Tayyip Erdogan, ha discusso oggi della crisi in Siria.",
    "en": "Russian President Vladimir Putin, in a phone call with his Turkish counterpart Recep "
          "Tayyip Erdogan on Tuesday, discussed the crisis in Syria.",
    "ru": "Президент России Владимир Путин в телефонном разговоре с турецким коллегой "
          "Реджепом Тайипом Эрдоганом во вторник обсудил кризис в Сирии.",
}


@pytest.mark.parametrize("lang", sorted(TO))
def test_a_call_to_the_colleague_was_placed_by_the_subject(lang: str) -> None:
    event = only_event(analyze_texts((TO[lang], "2023-03-14"), lang=lang))
    assert (event.type, set(event.participants), event.initiated_by) == (
        "phone_call", {"vladimir-putin", "recep-tayyip-erdogan"}, "vladimir-putin")


@pytest.mark.parametrize("lang", sorted(WITH))
def test_a_call_with_the_colleague_names_no_caller(lang: str) -> None:
    event = only_event(analyze_texts((WITH[lang], "2023-03-14"), lang=lang))
    assert event.initiated_by is None


def test_a_call_that_took_place_between_them_names_no_caller() -> None:
    text = ("Il presidente americano Donald Trump ha discusso oggi della pace in una telefonata "
            "avvenuta poco dopo con il presidente ucraino Volodymyr Zelensky.")
    event = only_event(analyze_texts((text, "2025-02-13"), lang="it"))
    assert event.initiated_by is None
