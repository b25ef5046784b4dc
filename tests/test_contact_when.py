"""When the reported contact took place: which date and part of day of a story are its own.

Texts written for this project; each class in every language where it exists.
"""

from __future__ import annotations

import hashlib

import pytest

from readouts.extract.time.dates import find_dates, starts_a_gap
from readouts.extract.time.dayparts import clock_part, find_part_of_day
from readouts.ingest import PreparedText
from readouts.model import Event
from readouts.pipeline import analyze_document, link_results


def reported(text: str, published: str | None, lang: str) -> Event:
    """The contact the document's first account reports."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    meta = {"date": published} if published else {}
    analysis = link_results([analyze_document(PreparedText("test", digest, text, meta),
                                              lang=lang)])
    events = {e.id: e for e in analysis.events}
    ids = [r.event for d in analysis.documents for r in d.readouts if r.event in events]
    if not ids:  # a planned contact is mentioned, not reported
        assert len(analysis.events) == 1, [e.to_json() for e in analysis.events]
        return analysis.events[0]
    return events[ids[0]]


# A dateline gives the story's day; a later sentence naming the call gives the call's own.
DATELINE_THEN_DAY = [
    ("it", "ROMA, 2 apr. - Palazzo Chigi ha confermato il colloquio telefonico tra la presidente "
           "del Consiglio Giorgia Meloni e il presidente Donald Trump. Nessun altro dettaglio è "
           "stato diffuso. Nel corso della telefonata del 28 marzo i due avevano parlato di "
           "dazi.", "2025-04-02", "2025-03-28"),
    ("en", "WASHINGTON, April 2 - The White House confirmed the phone call between President "
           "Donald Trump and Prime Minister Giorgia Meloni. No other details were given. The "
           "tone of Friday's call was warm, officials said.", "2025-04-02", "2025-03-28"),
    ("ru", "МОСКВА, 2 апреля. Кремль подтвердил телефонный разговор Владимира Путина и Дональда "
           "Трампа. Других подробностей нет. Телефонный разговор 28 марта длился час.",
     "2025-04-02", "2025-03-28"),
]


@pytest.mark.parametrize(("lang", "text", "published", "day"), DATELINE_THEN_DAY)
def test_a_later_sentence_dates_the_call_before_the_dateline(lang, text, published, day) -> None:
    assert reported(text, published, lang).date == day


# The day a spokesman spoke, then the day the leaders spoke, two sentences on.
SAID_THEN_DAY = [
    ("en", "The Kremlin said on Wednesday that Paris had asked for the phone call between "
           "Vladimir Putin and Emmanuel Macron. Both sides described it as frank. The two "
           "leaders spoke by phone on Tuesday about Ukraine.", "2025-07-02", "2025-07-01"),
    ("it", "Il Cremlino ha detto mercoledì che la telefonata tra Vladimir Putin ed Emmanuel "
           "Macron è stata chiesta da Parigi. Entrambe le parti l'hanno definita franca. Il "
           "colloquio telefonico di martedì ha riguardato l'Ucraina.", "2025-07-02",
     "2025-07-01"),
]


@pytest.mark.parametrize(("lang", "text", "published", "day"), SAID_THEN_DAY)
def test_the_day_words_were_said_gives_way_to_the_talks_day(lang, text, published, day) -> None:
    event = reported(text, published, lang)
    assert event.date == day


# A contact told as past has no day still to come: "tomorrow" is the next meeting's.
HELD_NOT_TOMORROW = [
    ("it", "Putin accolto da Xi, domani il colloquio\n\nIl presidente russo Vladimir Putin è "
           "stato accolto dal presidente cinese Xi Jinping all'aeroporto di Pechino.",
     "2023-10-17"),
    ("en", "Putin welcomed by Xi, talks tomorrow\n\nRussian President Vladimir Putin was "
           "welcomed by Chinese President Xi Jinping at the Beijing airport and they held a "
           "brief meeting.", "2023-10-17"),
]


@pytest.mark.parametrize(("lang", "text", "published"), HELD_NOT_TOMORROW)
def test_a_held_contact_is_not_dated_tomorrow(lang, text, published) -> None:
    assert reported(text, published, lang).date in (None, published)


# A document dated only to the month (--published 2026-09) still dates a held contact by
# its own day; no day is "after" a month (found by the long fuzz profile: it raised).
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "President Donald Trump spoke by phone with President Xi Jinping on September 17."),
    ("it", "Il presidente Donald Trump ha avuto un colloquio telefonico con Xi Jinping il 17 "
           "settembre."),
    ("zh", "9月17日，国家主席习近平同美国总统特朗普通电话。"),
])
def test_a_document_dated_to_the_month_still_dates_the_call(lang: str, text: str) -> None:
    assert reported(text, "2026-09", lang).date == "2026-09-17"


# A planned meeting's weekday is the next one, read in the tense nearest it.
PLANNED_WEEKDAY = [
    ("it", "La presidente del Consiglio Giorgia Meloni dovrebbe incontrare sabato pomeriggio "
           "il cancelliere Friedrich Merz, dopo averlo sentito ieri."),
    ("en", "Prime Minister Giorgia Meloni will meet Chancellor Friedrich Merz on Saturday "
           "afternoon, after they spoke yesterday."),
    ("ru", "Президент России встретится с Председателем КНР в субботу днём, после того как "
           "они поговорили вчера."),
]


@pytest.mark.parametrize(("lang", "text"), PLANNED_WEEKDAY)
def test_a_planned_meetings_weekday_is_the_next_one(lang, text) -> None:
    found = {d.value: d.part_of_day for d in find_dates(text, lang, "2025-05-14")}
    assert found == {"2025-05-17": "afternoon", "2025-05-13": None}


def test_a_planned_meeting_reported_by_a_dateline_story() -> None:
    text = ("Roma, 14 mag. - La presidente del Consiglio Giorgia Meloni dovrebbe incontrare "
            "sabato pomeriggio a Palazzo Chigi il cancelliere tedesco Friedrich Merz.")
    event = reported(text, "2025-05-14", "it")
    assert (event.date, event.part_of_day) == ("2025-05-17", "afternoon")


# Another kind of contact's date or time is not the reported one's.
ANOTHER_KIND = [
    ("it", "Xi Jinping ha avuto un colloquio telefonico con Donald Trump\n\nIl presidente Usa "
           "Donald Trump e il presidente cinese Xi Jinping si erano incontrati a fine ottobre "
           "in Corea del Sud.", "2026-02-04", None),
    ("en", "Xi Jinping held a phone call with Donald Trump\n\nChinese President Xi Jinping and "
           "US President Donald Trump had met in person in late October in South Korea.",
     "2026-02-04", None),
    ("ru", "Путин провел телефонный разговор с Трампом\n\nПрезидент России Владимир Путин "
           "провел телефонный разговор с президентом США Дональдом Трампом. «Лидеры "
           "договорились созвониться снова после встречи с украинской стороной сегодня "
           "вечером», — сказал помощник.", "2025-12-28", None),
]


@pytest.mark.parametrize(("lang", "text", "published", "part"), ANOTHER_KIND)
def test_another_kind_of_contacts_date_and_time_are_not_the_calls(lang, text, published,
                                                                   part) -> None:
    event = reported(text, published, lang)
    assert event.date in (None, published)
    assert event.part_of_day == part


# "The first call since November": the month a gap starts is no contact's.
SINCE = [
    ("en", "their first direct conversation since November", "November"),
    ("it", "la loro prima telefonata dal marzo 2022", "marzo 2022"),
    ("ru", "первый разговор лидеров с сентября 2022 года", "сентября 2022 года"),
    ("zh", "这是双方自2025年11月以来首次通话", "2025年11月"),
]


@pytest.mark.parametrize(("lang", "text", "span"), SINCE)
def test_a_date_after_since_starts_a_gap(lang, text, span) -> None:
    found = [d for d in find_dates(text, lang, "2026-02-04") if span in d.text]
    assert found and starts_a_gap(text, found[0], lang)
    plain = text.replace(span, "").strip()  # a sentence without it names no gap
    assert not any(starts_a_gap(plain, d, lang) for d in find_dates(plain, lang, "2026-02-04"))


def test_a_gap_in_the_lead_does_not_date_the_call() -> None:
    text = ("Chinese state media reported on Wednesday morning that Xi Jinping held a phone call "
            "with President Donald Trump, their first direct conversation since November.")
    event = reported(text, "2026-02-04", "en")
    assert event.date == "2026-02-04"
    assert event.part_of_day is None  # the morning the media reported, not the call's


def test_russian_time_of_day_phrases() -> None:
    assert find_part_of_day("разговор запланирован в вечернее время", "ru") == "evening"
    assert find_part_of_day("встреча пройдет в утреннее время", "ru") == "morning"


def test_italian_clock_after_per_le_and_the_readers_own_zone() -> None:
    assert clock_part("il colloquio è in programma per le 17 ora di Mosca", "it") == "afternoon"
    assert clock_part("il colloquio si è concluso alle 16.50 ora italiana", "it") is None


# A clock time written in another zone than the place's is read in the place's.
ZONED = [
    ("it", "Il vertice comincerà alle 22:30 ora di Mosca.", "America/Anchorage", "morning"),
    ("en", "The summit will begin at 10:30 p.m. Moscow time.", "America/Anchorage", "morning"),
    ("ru", "Саммит начнётся в 22:30 мск.", "America/Anchorage", "morning"),
    ("zh", "会晤将于22时30分莫斯科时间开始。", "America/Anchorage", "morning"),
    ("en", "The call began at 9:00 a.m. ET.", "Europe/Moscow", "afternoon"),
]


@pytest.mark.parametrize(("lang", "text", "zone", "part"), ZONED)
def test_a_time_in_another_zone_is_read_in_the_places(lang, text, zone, part) -> None:
    from datetime import date

    from readouts.extract.time.dayparts import clock_spans
    assert [p for _, _, p in clock_spans(text, lang, zone, date(2025, 8, 15))] == [part]
    assert clock_spans(text, lang, None, None)[0][2] != part  # read as written, it is not


def test_a_summit_in_alaska_timed_in_moscow() -> None:
    text = ("Vladimir Putin e Donald Trump si incontreranno domani ad Anchorage, in Alaska. "
            "L'incontro tra i due leader inizierà alle 22:30 ora di Mosca, con un colloquio a "
            "quattr'occhi.")
    event = reported(text, "2025-08-14", "it")
    assert (event.date, event.part_of_day) == ("2025-08-15", "morning")


# An undated article quoting a post in English: the post's full date dates the article.
QUOTED_POST = [
    ("it", "Colloquio telefonico Modi-Putin\nIl presidente russo Vladimir Putin ha avuto una "
           "conversazione telefonica con il primo ministro indiano Narendra Modi.\n"
           "Had a good call with President Putin today.\n— Narendra Modi (@narendramodi) "
           "August 27, 2024"),
    ("ru", "Телефонный разговор Путина и Моди\nВладимир Путин провел телефонный разговор с "
           "премьер-министром Индии Нарендрой Моди.\nHad a good call with President Putin "
           "today.\n— Narendra Modi (@narendramodi) August 27, 2024"),
    ("zh", "普京与莫迪通电话\n俄罗斯总统普京同印度总理莫迪通电话。\nHad a good call with "
           "President Putin today.\n— Narendra Modi (@narendramodi) August 27, 2024"),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED_POST)
def test_an_undated_article_takes_the_date_of_the_english_post_it_quotes(lang, text) -> None:
    from readouts.extract.time.published import infer_published
    found = infer_published(text, lang)
    assert found is not None and found[:2] == ("2024-08-27", "day")
    assert reported(text, None, lang).date == "2024-08-27"


# The part of day said further on, of the same talk named by a verb ("общался с ... утром").
TALK_VERB_LATER = [
    ("ru", "Владимир Путин провел телефонный разговор с Дональдом Трампом. Разговор длился "
           "почти полтора часа. Песков отметил, что он завершился недавно. Ранее CNN "
           "сообщало, что Трамп общался с Путиным утром в среду."),
    ("en", "President Donald Trump held a phone call with President Vladimir Putin. It lasted "
           "ninety minutes. Aides called it productive. According to CNN, Trump spoke with "
           "Putin on Wednesday morning."),
    ("it", "Donald Trump ha avuto un colloquio telefonico con Vladimir Putin. È durato un'ora "
           "e mezza. Il Cremlino lo ha definito utile. Secondo la Cnn, Trump e Putin si sono "
           "sentiti mercoledì mattina."),
]


@pytest.mark.parametrize(("lang", "text"), TALK_VERB_LATER)
def test_a_later_sentence_naming_the_talk_by_its_verb_gives_its_part_of_day(lang, text) -> None:
    assert reported(text, None, lang).part_of_day == "morning"


# "The night to the 5th": the later calendar day, at night.
NIGHT_TO = [
    ("ru", "Телефонный разговор состоялся в ночь на 5 марта.", "5 марта"),
    ("it", "Il colloquio telefonico si è svolto nella notte tra il 4 e il 5 marzo.", "5 marzo"),
    ("zh", "双方于3月5日凌晨通电话。", "3月5日"),
]


@pytest.mark.parametrize(("lang", "text", "span"), NIGHT_TO)
def test_the_night_to_a_day_is_that_day_at_night(lang, text, span) -> None:
    found = [d for d in find_dates(text, lang, "2025-03-06") if span in d.text]
    assert [(d.value, d.part_of_day) for d in found] == [("2025-03-05", "night")]


# News written on a Friday: "will hold the call on Friday" is today, not next week.
SAME_WEEKDAY = [
    ("ru", "Президент проведет в пятницу международный телефонный разговор."),
    ("en", "The president will hold a phone call on Friday."),
    ("it", "Il presidente avrà venerdì un colloquio telefonico."),
]


@pytest.mark.parametrize(("lang", "text"), SAME_WEEKDAY)
def test_a_coming_weekday_said_that_day_is_today(lang, text) -> None:
    assert [d.value for d in find_dates(text, lang, "2022-05-27")] == ["2022-05-27"]
    assert [d.value for d in find_dates(text, lang, "2022-05-25")] == ["2022-05-27"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "U.S. President Donald Trump and Chinese President Xi Jinping held a meeting last "
           "month in South Korea, the agency recalled."),
    ("it", "Il presidente Donald Trump e il presidente Xi Jinping si sono incontrati il mese "
           "scorso in Corea del Sud."),
    ("ru", "Президент США Дональд Трамп и председатель КНР Си Цзиньпин встретились в прошлом "
           "месяце в Южной Корее."),
    ("zh", "美国总统特朗普和中国国家主席习近平上个月在韩国举行了会晤。"),
])
def test_a_contact_the_lead_dates_by_last_month_takes_that_month(lang: str, text: str) -> None:
    event = reported(text, "2025-11-24", lang)
    assert (event.type, event.date, event.date_precision) == ("meeting", "2025-10", "month")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "This week in Korea, President Trump reached a trade deal with President Xi "
           "Jinping in a meeting."),
    ("it", "Il presidente Trump ha incontrato questa settimana il presidente Xi Jinping."),
])
def test_a_span_holding_the_pages_day_leaves_the_pages_day(lang: str, text: str) -> None:
    assert reported(text, "2025-10-30", lang).date == "2025-10-30"


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("zh", "3月14日上午，国家主席习近平同法国总统马克龙通电话。"
               "习近平指出，中法是全面战略伙伴。",
         "morning"),
        ("zh", "3月14日晚，国家主席习近平同俄罗斯总统普京通电话。两国元首就双边关系交换了意见。",
         "evening"),
        ("ru", "14 марта вечером Владимир Путин провёл телефонный разговор с Президентом Франции "
               "Эммануэлем Макроном. Обсуждалась ситуация на Ближнем Востоке.", "evening"),
    ],
)
def test_a_date_opening_the_lead_with_its_part_of_day_is_no_dateline(
        lang: str, text: str, part: str) -> None:
    event = reported(text, "2025-03-15", lang)
    assert (event.date, event.part_of_day) == ("2025-03-14", part)


@pytest.mark.parametrize(
    ("lang", "text", "day", "part"),
    [
        ("it", "MOSCA, 14 MAR - Vladimir Putin ha avuto un colloquio telefonico con Emmanuel "
               "Macron. I due hanno discusso del Medio Oriente.", "2025-03-14", None),
        ("en", "WASHINGTON, March 14 (Reuters) - President Donald Trump spoke by phone with "
               "French President Emmanuel Macron on Thursday evening.", "2025-03-13", "evening"),
        ("zh", "新华社北京3月14日电 3月13日晚，国家主席习近平同法国总统马克龙通电话。",
         "2025-03-13", "evening"),
    ],
)
def test_a_dateline_still_dates_the_story_not_the_contact(lang: str, text: str, day: str,
                                                          part: str | None) -> None:
    event = reported(text, "2025-03-14", lang)
    assert (event.date, event.part_of_day) == (day, part)
