"""Contacts mentioned as one subject's calls with a list of counterparts ("the U.S. president
spoke to Trudeau and López Obrador in separate phone calls") are one contact with each, the
subject named before the verb standing for the host, dated the reported contact's eve where
the sentence says it came a day before; and a news story resumed after the readouts it
quotes ("The big picture: Biden's conversation with Johnson came a day after …") goes on
about its first stretch's contact, which it mentions others beside. Texts written for these
tests (en/it/ru/zh)."""

import hashlib

import pytest
from test_contacts import analyze_texts

from readouts.ingest import PreparedText
from readouts.pipeline import analyze_document, link_results

PAGE = "2021-01-23"
EXPECTED = [("andres-manuel-lopez-obrador", "2021-01-22", False),
            ("boris-johnson", "2021-01-23", True), ("justin-trudeau", "2021-01-22", False)]


def _with_biden(events: list) -> list[tuple[str, str, bool]]:
    return sorted((next(a for a in e.participants if a != "joe-biden"), e.date,
                   bool(e.reported_by)) for e in events if "joe-biden" in e.participants)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Biden and Boris Johnson spoke by phone on Saturday. The call came a day after the "
           "U.S. president spoke to Canadian Prime Minister Justin Trudeau and Mexico's Andrés "
           "Manuel López Obrador in separate phone calls."),
    ("it", "Biden e Boris Johnson si sono sentiti sabato al telefono. La telefonata è arrivata "
           "un giorno dopo che il presidente americano ha parlato con il premier canadese Justin "
           "Trudeau e con il messicano Andrés Manuel López Obrador in due telefonate separate."),
    ("ru", "Байден и Борис Джонсон провели телефонный разговор в субботу. Звонок состоялся на "
           "следующий день после того, как американский президент поговорил с премьер-министром "
           "Канады Джастином Трюдо и президентом Мексики Андресом Мануэлем Лопесом Обрадором."),
    ("zh", "拜登23日与英国首相约翰逊通电话。此前一天，拜登分别同加拿大总理特鲁多和墨西哥总统"
           "洛佩斯·奥夫拉多尔通电话。"),
])
def test_a_subjects_calls_with_a_list_are_one_each(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    assert _with_biden(events) == EXPECTED
    assert all("joe-biden" in e.participants for e in events)


RESUMED = """Biden and Johnson talk trade and climate in first call

President Biden spoke with British Prime Minister Boris Johnson on Saturday, their first call \
since the inauguration, according to readouts from both governments.

What the White House said: "President Joseph R. Biden, Jr. spoke today with Prime Minister \
Boris Johnson of the United Kingdom. The President conveyed his desire to strengthen the \
special relationship and discussed cooperation on climate change."

What Downing Street said: "The Prime Minister spoke to President Biden this evening. The \
Prime Minister congratulated President Biden on his inauguration and they discussed the \
shared challenge of climate change."

The big picture: Biden's conversation with Johnson came a day after the U.S. president spoke \
to Canadian Prime Minister Justin Trudeau and Mexico's Andrés Manuel López Obrador in \
separate phone calls.
"""


def test_a_resumed_story_goes_on_about_its_contact() -> None:
    meta = {"date": PAGE, "url": "https://www.axios.com/2021/01/23/biden-johnson-call"}
    prepared = PreparedText("test", hashlib.sha256(RESUMED.encode()).hexdigest(), RESUMED, meta)
    analysis = link_results([analyze_document(prepared, lang="en")])
    readouts = analysis.documents[0].readouts
    assert [(r.source, r.kind) for r in readouts] == [
        ("axios", "news"), ("whitehouse", "readout"), ("uk-gov", "readout"), ("axios", "news")]
    assert len({r.event for r in readouts}) == 1
    assert _with_biden(analysis.events) == EXPECTED
