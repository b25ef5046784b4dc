"""A capitalised word after a title that the same document writes in lower case is that
word, not an unknown person's name: a Title Case headline ("Saudi Crown Prince Discuss
Regional Security", the body saying "discussed") or a subhead run on after the headline
("l'emiro del Qatar Confronto anche su ...", the body saying "un confronto") minted
'discuss-regional-security' and 'confronto' as the contact's parties: phantoms beside the
real contact. A name the document never writes in lower case is still a newcomer."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

COMMON = [
    ("en", "Trump, Saudi Crown Prince Discuss Regional Security In Phone Call\n\n"
           "U.S. President Donald Trump spoke by phone with Saudi Crown Prince Mohammed bin "
           "Salman on Tuesday. The two leaders discussed regional security and trade.",
     "2017-06-20"),
    ("it", "Erdogan incontra domani l'emiro del Qatar Confronto anche su questioni regionali\n\n"
           "Il presidente turco Recep Tayyip Erdogan incontrerà domani l'emiro del Qatar, lo "
           "sceicco Tamim bin Hamad al Thani. È atteso anche un confronto sulla crisi del "
           "Golfo.", "2018-11-08"),
]


@pytest.mark.parametrize(("lang", "text", "page"), COMMON)
def test_a_common_word_after_a_title_is_no_newcomer(lang: str, text: str, page: str) -> None:
    analysis = analyze_texts((text, page), lang=lang)
    people = {a for e in analysis.events for a in e.participants}
    assert not {a for a in people if a.startswith(("discuss", "confronto"))}, \
        (lang, [e.to_json() for e in analysis.events])
    assert len(analysis.events) == 1, (lang, [e.to_json() for e in analysis.events])


def test_a_name_never_written_in_lower_case_stays_a_newcomer() -> None:
    text = ("La presidente del Consiglio Giorgia Meloni ha incontrato a Roma il primo ministro "
            "di Tuvalu, Feleti Teo. Il colloquio è durato un'ora.")
    analysis = analyze_texts((text, "2024-03-05"), lang="it")
    assert any("feleti-teo" in e.participants for e in analysis.events), \
        [e.to_json() for e in analysis.events]
