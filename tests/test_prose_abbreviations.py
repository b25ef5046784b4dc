"""The quoted-text pass cuts no sentence at an abbreviation's full stop: an agency dateline
("Milano, 5 giu. (LaPresse) –", "New York, 2 apr. - La", "Nov. 15, 2023", "МОСКВА, 5 янв.
(ТАСС) –"), a small letter after it ("т. е.", "ca. due ore") or a title before a name
("Mr. Putin", "On. Tajani", "проф. Иванова"; sentences.yaml `titles`), in it/en/ru, so a
dateline is never an account of its own. A full stop before a capital still ends a sentence. Every
text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.prose import sentences


@pytest.mark.parametrize(("text", "first"), [
    ("Milano, 5 giu. (LaPresse) – Xi ha parlato con Trump. Poi è partito.",
     "Milano, 5 giu. (LaPresse) – Xi ha parlato con Trump."),
    ("New York, 2 apr. - La Casa Bianca ha confermato. Nulla di più.",
     "New York, 2 apr. - La Casa Bianca ha confermato."),
    ("The two met on Nov. 15, 2023 in California. They talked for hours.",
     "The two met on Nov. 15, 2023 in California."),
    ("МОСКВА, 5 янв. (ТАСС) – Разговор длился ок. двух часов. Лидеры договорились.",
     "МОСКВА, 5 янв. (ТАСС) – Разговор длился ок. двух часов."),
    ("Mr. Trump spoke with Mr. Putin in a call. They agreed to meet.",
     "Mr. Trump spoke with Mr. Putin in a call."),
    ("L'On. Tajani ha sentito il sen. Rossi al telefono. Poi è partito.",
     "L'On. Tajani ha sentito il sen. Rossi al telefono."),
    ("Доклад проф. Иванова обсудили на встрече. Все довольны.",
     "Доклад проф. Иванова обсудили на встрече."),
])
def test_an_abbreviation_ends_no_sentence(text: str, first: str) -> None:
    found = sentences(text, 0, len(text))
    assert text[found[0].start:found[0].end] == first
    assert len(found) == 2


def test_a_dateline_is_no_account_of_its_own() -> None:
    text = ("Milano, 5 giu. (LaPresse) – Nella telefonata con Trump, Xi ha sottolineato che "
            "«per correggere la rotta delle relazioni è necessario governare bene la nave ed "
            "eliminare ogni interferenza, il che è di particolare importanza». È quanto si "
            "legge in una nota del ministero degli Esteri cinese.\n\n"
            "Il Cremlino ha fatto sapere che Putin non ha ancora parlato con Trump. Il "
            "Cremlino ha aggiunto che una telefonata non è in programma.\n")
    drafts = split_accounts(text, {}, "it")
    assert not any(d.text.strip() == "Milano, 5 giu." for d in drafts)
