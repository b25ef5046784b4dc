"""The Gulf's own English spells the emir "Amir" (KUNA and the Kuwait Times: "HH the Amir
Sheikh Nawaf"; QNA; Pakistani papers: "the Amir of Qatar"): the title names the country's emir
on the date, as "Emir" does (lang/en/titles.yaml). Found on a real item of The Nation (Pakistan:
Shehbaz Sharif's call to the "Amir of Qatar" lost) and four Kuwait Times items writing it so.
A given name Amir before a surname names no emir."""

import pytest
from test_contacts import analyze_texts

AMIR = [
    ("Prime Minister Shehbaz Sharif also telephoned the Amir of Qatar on Monday to greet him "
     "on Eid.", {"shehbaz-sharif", "tamim-bin-hamad-al-thani"}),
    ("Pakistani Prime Minister Shehbaz Sharif held talks with Kuwait's Amir on Monday.",
     {"shehbaz-sharif", "nawaf-al-ahmad"}),
]


@pytest.mark.parametrize(("text", "people"), AMIR)
def test_the_amir_is_the_emir_of_the_day(text: str, people: set[str]) -> None:
    events = analyze_texts((text, "2022-05-03"), lang="en").events
    assert any(set(e.participants) == people for e in events), [e.to_json() for e in events]


def test_the_emir_spelling_still_names_him() -> None:
    text = "Prime Minister Shehbaz Sharif also telephoned the Emir of Qatar on Monday."
    events = analyze_texts((text, "2022-05-03"), lang="en").events
    assert any(set(e.participants) == {"shehbaz-sharif", "tamim-bin-hamad-al-thani"}
               for e in events)


def test_a_given_name_amir_is_no_emir() -> None:
    text = ("Israeli Defence Minister Amir Peretz met Palestinian President Mahmoud Abbas in "
            "Ramallah on Monday.")
    events = analyze_texts((text, "2022-05-03"), lang="en").events
    assert not any(p in e.participants for e in events
                   for p in ("tamim-bin-hamad-al-thani", "nawaf-al-ahmad", "sabah-al-ahmad"))
