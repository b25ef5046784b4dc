"""An exchange told only as such ("had a brief interaction with Macron on the sidelines",
"ha interagito con Macron a margine del vertice") that the next sentences name again as a
meeting ("The meeting was conducted in Rome", "L'incontro si è svolto a Roma") is a meeting
(found on a real WION item); a pact of three ("the AUKUS trilateral security pact", "il patto
trilaterale Aukus") makes no contact one of three parties."""

import pytest
from test_contacts import analyze_texts

MET_AGAIN = {
    "en": "Prime Minister Narendra Modi had a brief interaction with French President Emmanuel "
          "Macron on the sidelines of the G20 summit. The meeting was conducted in Rome with "
          "the foreign ministers present.",
    "it": "Il primo ministro Narendra Modi ha brevemente interagito con il presidente francese "
          "Emmanuel Macron a margine del G20. L'incontro si è svolto a Roma alla "
          "presenza dei ministri degli Esteri.",
}


@pytest.mark.parametrize("lang", sorted(MET_AGAIN))
def test_an_exchange_named_a_meeting_next_is_a_meeting(lang: str) -> None:
    events = analyze_texts((MET_AGAIN[lang], "2021-10-30"), lang=lang).events
    assert [(e.type, set(e.participants)) for e in events if e.reported_by] == [
        ("meeting", {"narendra-modi", "emmanuel-macron"})]


@pytest.mark.parametrize("lang", sorted(MET_AGAIN))
def test_an_exchange_alone_stays_an_exchange(lang: str) -> None:
    text = MET_AGAIN[lang].split(". ")[0] + "."
    events = analyze_texts((text, "2021-10-30"), lang=lang).events
    assert [e.type for e in events if e.reported_by] == ["other"]


PACT = {
    "en": "This is the first in-person meeting between the two leaders since the AUKUS "
          "trilateral security pact was announced. Prime Minister Narendra Modi arrived in "
          "Rome on Saturday. He met US President Joe Biden and later held talks with "
          "Chancellor Olaf Scholz.",
    "it": "È il primo incontro di persona tra i due leader dall'annuncio del patto trilaterale "
          "Aukus. Il premier indiano Narendra Modi ha incontrato sabato a Roma il presidente "
          "Joe Biden e il cancelliere Olaf Scholz.",
}


@pytest.mark.parametrize("lang", sorted(PACT))
def test_a_pact_of_three_makes_no_contact_of_three(lang: str) -> None:
    events = analyze_texts((PACT[lang], "2021-10-30"), lang=lang).events
    assert sorted(tuple(sorted(e.participants)) for e in events if e.reported_by) == [
        ("joe-biden", "narendra-modi"), ("narendra-modi", "olaf-scholz")]
