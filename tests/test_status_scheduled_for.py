"""A contact someone has put on the calendar, told in a past passive ("Il colloquio telefonico
con Xi è stato fissato per la prima settimana di settembre, probabilmente il 3 o il 4", "has
been scheduled for", "назначен на", "定于") is planned, and the days named for it are ahead
of the page, not behind it. Found on a real Repubblica item (a Draghi-Xi call set for early
September came out held on August 4th). Texts written for these tests (it/en/ru/zh)."""

import pytest
from test_contacts import analyze_texts

PAGE = "2021-08-28"


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "ROMA - L'ultima telefonata sarà la più delicata. Il presidente del Consiglio Mario "
           "Draghi la prepara da giorni. La telefonata con il presidente cinese Xi Jinping è stata "
           "fissata per la prima settimana di settembre, forse il 2 o il 3."),
    ("it", "ROMA - Il colloquio tra il premier Mario Draghi e il presidente cinese Xi Jinping è "
           "stato fissato per il 6 settembre."),
    ("en", "Italian Prime Minister Mario Draghi has been preparing for days. His phone call with "
           "Chinese President Xi Jinping has been scheduled for the first week of September, "
           "possibly the 2nd or the 3rd."),
    ("ru", "Премьер-министр Италии Марио Драги готовится уже несколько дней. Телефонный "
           "разговор с председателем КНР Си Цзиньпином назначен на 6 сентября."),
    ("zh", "意大利总理德拉吉已准备多日。他与中国国家主席习近平的通话定于9月6日。"),
])
def test_a_contact_put_on_the_calendar_is_ahead(lang: str, text: str) -> None:
    events = analyze_texts((text, PAGE), lang=lang).events
    main = [e for e in events if set(e.participants) == {"mario-draghi", "xi-jinping"}]
    assert main, [e.to_json() for e in events]
    assert all(e.status == "planned" for e in main), [e.to_json() for e in main]
    assert all(e.date is None or e.date.startswith("2021-09") for e in main), \
        [e.to_json() for e in main]


def test_a_past_contact_on_its_fixed_day_stays_held() -> None:
    """A day fixed long ago for a contact since held is no plan ("L'incontro, fissato da
    settimane, si è svolto ieri")."""
    text = ("ROMA - L'incontro tra il premier Mario Draghi e il presidente cinese Xi Jinping, "
            "fissato da settimane, si è svolto ieri a Roma.")
    events = analyze_texts((text, PAGE), lang="it").events
    main = [e for e in events if set(e.participants) == {"mario-draghi", "xi-jinping"}]
    assert main and all(e.status == "held" for e in main), [e.to_json() for e in events]
