"""A date naming a law or another document ("Law of Ukraine No. 2849-IX of March 31, 2023"
in a site's legal footer, "legge n. 150 del 7 giugno 2000", «Закон № 2849-IX от 31 марта
2023 года») is the document's, not the day of the page: an undated page took it as its own,
and dated its "on Friday" call by it. Found on a real Ukrinform item (held-out 15,
h15en-014: a call dated 31 March 2023). Chinese cites a law by its title, no date after a
number. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

FOOTED = [
    ("en", "Volodymyr Zelensky and Olaf Scholz discussed air defence during a phone call on "
           "Friday.\n\nMaterials marked as advertising are posted under Law of Ukraine No. "
           "2849-IX of March 31, 2023."),
    ("en", "Volodymyr Zelensky and Olaf Scholz discussed air defence during a phone call on "
           "Friday.\n\nAdvertising is posted in accordance with the Law of July 3, 1996."),
    ("it", "Volodymyr Zelensky e Olaf Scholz hanno avuto venerdì un colloquio telefonico sulla "
           "difesa aerea.\n\nI contenuti sono pubblicati ai sensi della legge n. 150 del 7 "
           "giugno 2000."),
    ("ru", "Владимир Зеленский и Олаф Шольц в пятницу провели телефонный разговор о "
           "противовоздушной обороне.\n\nМатериалы размещены в соответствии с Законом Украины "
           "№ 2849-IX от 31 марта 2023 года."),
]


@pytest.mark.parametrize(("lang", "text"), FOOTED)
def test_a_documents_date_does_not_date_the_page(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, None), lang=lang))
    assert sorted(event.participants) == ["olaf-scholz", "volodymyr-zelenskyy"]
    assert event.date is None


def test_a_date_after_no_document_still_dates_the_page() -> None:
    text = ("Volodymyr Zelensky and Olaf Scholz discussed air defence during a phone call on "
            "Friday.\n\nPublished on March 31, 2023.")
    event = only_event(analyze_texts((text, None), lang="en"))
    assert event.date == "2023-03-31"
