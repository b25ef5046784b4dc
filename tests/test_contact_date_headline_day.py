"""A headline naming the contact with its full day ("PM call with President Trump of the
United States: 21 December 2025", as gov.uk titles readouts) gives the contact's own day: the
lead's relative word ("spoke to the President yesterday afternoon"), counted from that day or
from a page published the day after, does not move it back a day (found on a real Wired-Gov
repost of a Downing Street readout, held-out 11, dated 20 December for a call of the 21st)."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results

PAGES = [
    ("en", "PM call with President Macron of France: 14 March 2025",
     "The Prime Minister spoke to the President of France, Emmanuel Macron, yesterday "
     "afternoon.\nThe leaders discussed support for Ukraine."),
    ("it", "Colloquio telefonico del Presidente Meloni con il Presidente Macron: 14 marzo 2025",
     "La Presidente del Consiglio Giorgia Meloni ha avuto ieri pomeriggio un colloquio "
     "telefonico con il Presidente della Repubblica francese Emmanuel Macron.\nI due leader "
     "hanno discusso del sostegno all'Ucraina."),
    ("ru", "Телефонный разговор с Президентом Франции Эммануэлем Макроном: 14 марта 2025 года",
     "Владимир Путин вчера днём провёл телефонный разговор с Президентом Франции Эммануэлем "
     "Макроном.\nЛидеры обсудили ситуацию на Украине."),
]


@pytest.mark.parametrize(("lang", "title", "body"), PAGES, ids=[p[0] for p in PAGES])
@pytest.mark.parametrize("published", ["2025-03-15", None])
def test_the_headline_day_is_the_contacts(lang: str, title: str, body: str,
                                          published: str | None) -> None:
    text = f"{title}\n\n{body}"
    analysis = link_results([analyze_document(p, published, lang=lang)
                             for p in prepare(RawInput("page.txt", text.encode()))])
    reported = [e for e in analysis.events if e.reported_by]
    assert [(e.type, e.date) for e in reported] == [("phone_call", "2025-03-14")], \
        [e.to_json() for e in reported]


def test_an_undated_headline_leaves_the_leads_day() -> None:
    text = ("PM call with President Macron of France\n\nThe Prime Minister spoke to the "
            "President of France, Emmanuel Macron, yesterday afternoon.")
    analysis = link_results([analyze_document(p, "2025-03-15", lang="en")
                             for p in prepare(RawInput("page.txt", text.encode()))])
    assert [e.date for e in analysis.events if e.reported_by] == ["2025-03-14"]
