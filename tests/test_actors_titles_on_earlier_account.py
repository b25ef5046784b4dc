"""An account of an undated document that names too few people to tell when it was set ("A
Downing Street spokesperson said: The Prime Minister spoke to the President of the United
States this afternoon") reads its titles on the day the document's earlier accounts were set,
which named David Cameron and Barack Obama, not today (found on a real Nevis Pages repost of a
Downing Street readout, held-out 4 English h4en-001: the spokesperson's account came out as a
Starmer-Trump call beside the Cameron-Obama one). The Chinese text stays one account, so the
class is not there.

Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

TEXTS = {
    "en": "PM call with President Obama\n\nPrime Minister David Cameron spoke with the US "
          "President about Syria and Iran.\n\nA Downing Street spokesperson said:\n\nThe Prime "
          "Minister spoke to the President of the United States this afternoon. They discussed "
          "Syria and the Iranian nuclear talks.",
    "it": "Telefonata del premier con il presidente Obama\n\nIl primo ministro David Cameron ha "
          "parlato con il presidente americano di Siria e Iran.\n\nUn portavoce di Downing "
          "Street ha dichiarato:\n\nIl primo ministro ha avuto oggi pomeriggio una telefonata "
          "con il presidente degli Stati Uniti. Hanno discusso della Siria e dei negoziati sul "
          "nucleare iraniano.",
    "ru": "Телефонный разговор премьер-министра с президентом Обамой\n\nПремьер-министр Дэвид "
          "Кэмерон обсудил с президентом США Сирию и Иран.\n\nПредставитель Даунинг-стрит "
          "заявил:\n\nПремьер-министр сегодня днем провел телефонный разговор с президентом "
          "Соединенных Штатов. Они обсудили Сирию и переговоры по иранской ядерной программе.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_later_account_reads_titles_on_the_documents_day(lang: str) -> None:
    events = analyze_texts((TEXTS[lang], None), lang=lang).events
    people = {a for e in events for a in e.participants}
    assert "barack-obama" in people
    assert "donald-trump" not in people


def test_the_spokespersons_account_is_the_same_call() -> None:
    events = analyze_texts((TEXTS["en"], None), lang="en").events
    assert [(sorted(e.participants), e.part_of_day) for e in events] == [
        (["barack-obama", "david-cameron"], "afternoon")]


def test_an_account_naming_people_of_today_keeps_today() -> None:
    text = (TEXTS["en"] + "\n\nA Downing Street spokesperson said:\n\nPrime Minister Keir "
            "Starmer spoke to President Donald Trump this morning about trade.")
    events = analyze_texts((text, None), lang="en").events
    assert ["donald-trump", "keir-starmer"] in [sorted(e.participants) for e in events]
