"""Dates and parts of day a story gives something else than its contact: a page's stamp,
the time words were said or posted, a war's start, another call, a year named in passing.
Unknown is null: no date beats a wrong one.

Texts written for this project; each class in every language where it exists.
"""

from __future__ import annotations

import hashlib

import pytest

from readouts.extract.time.dates import find_dates
from readouts.extract.time.published import url_date
from readouts.ingest import PreparedText
from readouts.model import Event
from readouts.pipeline import analyze_document, link_results


def reported(text: str, published: str | None, lang: str, url: str | None = None) -> Event:
    """The contact the document's first account reports."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    meta = {k: v for k, v in (("date", published), ("url", url)) if v}
    analysis = link_results([analyze_document(PreparedText("test", digest, text, meta),
                                              lang=lang)])
    events = {e.id: e for e in analysis.events}
    ids = [r.event for d in analysis.documents for r in d.readouts if r.event in events]
    assert ids, [e.to_json() for e in analysis.events]
    return events[ids[0]]


# An undated page naming a year only in passing: the page may be of that year, the call
# is not dated by it.
YEAR_IN_PASSING = [
    ("it", "Meloni ha parlato al telefono con Erdogan. Prima di oggi, l'ultimo contatto tra i "
           "due risaliva al 2023. Al centro del colloquio la situazione a Gaza."),
    ("en", "Prime Minister Narendra Modi spoke on the phone with President Vladimir Putin. It "
           "was not their first contact in 2024: they had discussed trade in the spring."),
    ("ru", "Владимир Путин провел телефонный разговор с Реджепом Тайипом Эрдоганом. Разговор "
           "состоялся после того, как Эрдоган выразил сожаление за сбитый в 2015 году самолет."),
    ("zh", "习近平同普京通电话。两国元首回顾了2019年以来双边关系的发展。"),
]


@pytest.mark.parametrize(("lang", "text"), YEAR_IN_PASSING)
def test_a_year_named_in_passing_does_not_date_the_contact(lang, text) -> None:
    event = reported(text, None, lang)
    assert event.participants and event.date is None


# A page's stamp above the story ("Modified 30 March"): the page's edit, not the talks.
STAMPED = [
    ("it", "Aggiornato il 30 marzo, 13:23\n\nMeloni e Macron hanno avuto un incontro a Roma. "
           "I colloqui sono durati due ore.", "2024-09-14"),
    ("en", "Last updated March 30, 13:23\n\nPrime Minister Keir Starmer met President "
           "Emmanuel Macron in London. The talks lasted two hours.", "2024-09-14"),
    ("ru", "Обновлено 30 марта, 13:23\n\nВ Сочи завершились переговоры Владимира Путина и "
           "Александра Лукашенко. Они продлились около четырех часов.", "2024-09-14"),
    ("zh", "更新时间：3月30日 13:23\n\n习近平在北京会见普京。两国元首进行了会谈。", "2024-09-14"),
]


@pytest.mark.parametrize(("lang", "text", "published"), STAMPED)
def test_a_page_stamp_is_not_the_contacts_date(lang, text, published) -> None:
    assert reported(text, published, lang).date == published


# The time a leader posted about the call: the post's, not the call's.
POSTED = [
    ("it", "Erdogan ha avuto una conversazione telefonica con Zelensky. Ieri sera Zelensky "
           "aveva scritto su X della telefonata avuta con il presidente turco."),
    ("en", "Recep Tayyip Erdogan held a phone call with Volodymyr Zelensky. Late last night "
           "Zelensky posted on X about his call with the Turkish president."),
    ("ru", "Реджеп Тайип Эрдоган провел телефонный разговор с Владимиром Зеленским. Вечером "
           "Зеленский написал в соцсетях о разговоре с турецким президентом."),
    ("zh", "埃尔多安同泽连斯基通电话。当晚泽连斯基发文介绍了同土耳其总统的通话。"),
]


@pytest.mark.parametrize(("lang", "text"), POSTED)
def test_the_time_of_a_post_about_the_call_is_not_the_calls(lang, text) -> None:
    event = reported(text, None, lang)
    assert event.participants and event.part_of_day is None


# "Another international call in the afternoon", no partner named: not this call's time.
ANOTHER_CALL = [
    ("it", "Putin ha avuto una conversazione telefonica con Erdogan, ha detto Peskov. Nel "
           "pomeriggio è previsto un altro colloquio internazionale, ha aggiunto."),
    ("en", "Vladimir Putin held a phone call with Recep Tayyip Erdogan, Dmitry Peskov said. "
           "Another international call is expected in the afternoon, he added."),
    ("ru", "Владимир Путин провел телефонный разговор с Реджепом Тайипом Эрдоганом, сообщил "
           "Песков. Также он добавил, что во второй половине дня будет еще один "
           "международный разговор."),
    ("zh", "普京同埃尔多安通电话，佩斯科夫表示。他还说，下午普京还将有另一通电话。"),
]


@pytest.mark.parametrize(("lang", "text"), ANOTHER_CALL)
def test_another_calls_time_is_not_this_calls(lang, text) -> None:
    event = reported(text, None, lang)
    assert event.participants and event.part_of_day is None


# The war "which began on 24 February", in the sentence after the lead.
WAR_START = [
    ("it", "Erdogan ha avuto una conversazione telefonica con Zelensky. Al centro della "
           "conversazione telefonica è stata la guerra, iniziata lo scorso 24 febbraio."),
    ("en", "Recep Tayyip Erdogan held a phone call with Volodymyr Zelensky. The phone call "
           "focused on the war, which began on February 24."),
    ("ru", "Реджеп Тайип Эрдоган провел телефонный разговор с Владимиром Зеленским. В ходе "
           "телефонного разговора обсуждался конфликт, начавшийся 24 февраля."),
]


@pytest.mark.parametrize(("lang", "text"), WAR_START)
def test_the_start_of_a_war_does_not_date_the_call(lang, text) -> None:
    assert reported(text, "2022-09-28", lang).date == "2022-09-28"


# A talk named by two words side by side ("telephonic conversation ... yesterday") under a
# dateline: the day after the talk words is the call's.
TALK_PHRASE_YESTERDAY = [
    ("en", "NEW DELHI, Jan 19: President Barack Obama called Prime Minister Narendra Modi to "
           "thank him. During the telephonic conversation between the two leaders yesterday, "
           "Modi thanked Obama for his support.", "2017-01-19", "2017-01-18"),
    ("it", "ROMA, 19 gen - Il presidente Barack Obama ha chiamato il premier Narendra Modi per "
           "ringraziarlo. Durante il colloquio telefonico di ieri tra i due leader, Modi ha "
           "ringraziato Obama per il suo sostegno.", "2017-01-19", "2017-01-18"),
]


@pytest.mark.parametrize(("lang", "text", "published", "day"), TALK_PHRASE_YESTERDAY)
def test_a_day_right_after_a_two_word_talk_is_the_calls(lang, text, published, day) -> None:
    assert reported(text, published, lang).date == day


def test_a_headline_lead_gives_its_part_of_day_without_a_date() -> None:
    text = "习近平12月15日下午同普京举行视频会晤。\n\n习近平说，中俄关系持续高水平发展。"
    event = reported(text, None, "zh")
    assert event.type == "video_call" and event.part_of_day == "afternoon"


@pytest.mark.parametrize(("url", "want"), [
    ("https://example.org/russia/2020/09/14/1863419.html", ("2020-09-14", "day")),
    ("https://example.org/2025-07-02/putin-macron/17303823/", ("2025-07-02", "day")),
    ("https://example.org/politics/2024-05/16/c_1130146.htm", ("2024-05-16", "day")),
    ("https://example.org/date/2019/12/page/374", ("2019-12", "month")),
    ("https://example.org/?p=461044", None),
    ("https://example.org/p/1785737", None),
    ("https://example.org/2019/13/1", None),
    # compact archive paths of Chinese portals: "/2021/0408/", "/20250317/", "/202209/"
    ("https://example.org/n2/2021/0408/c1-34664604.html", ("2021-04-08", "day")),
    ("https://example.org/newsflash/20250317/2824551.html", ("2025-03-17", "day")),
    ("https://example.org/world/202209/51-1397007.html", ("2022-09", "month")),
    ("https://example.org/2025/1234/a.html", None),
    # an article's number that opens like a year to come is no archive path (VietnamPlus)
    ("https://example.org/news/206409.vnp", None),
    ("https://example.org/a/209912/b.html", None),
])
def test_an_archive_address_dates_the_page(url, want) -> None:
    assert url_date(url) == want


def test_an_archive_month_dates_a_day_without_a_year() -> None:
    text = "习近平同普京12月2日举行视频通话，共同启动中俄东线天然气管道。"
    event = reported(text, None, "zh", "https://example.org/date/2019/12/page/374")
    assert event.date == "2019-12-02"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("it", "Oggi pomeriggio Draghi ha sentito Biden."),
    ("en", "Biden called Draghi today, the White House said."),
    ("ru", "Сегодня днем Путин поговорил с Си Цзиньпином."),
    ("zh", "今天下午习近平同普京通电话。"),
])
def test_today_in_a_page_dated_to_the_month_is_no_day(lang, sentence) -> None:
    assert not [d for d in find_dates(sentence, lang, "2022-03") if d.precision == "day"]
    assert [d.value for d in find_dates(sentence, lang, "2022-03-10")] == ["2022-03-10"]


@pytest.mark.parametrize(("sentence", "want"), [
    ("直到今（29）日下午，官方才证实两国元首明（30）上午会晤。",
     [("2025-10-29", "afternoon"), ("2025-10-30", "morning")]),
    ("两国元首台北时间今天(30日)上午10时在釜山会面。", [("2025-10-30", "morning")]),
    ("中方预告后（31）天习近平将与日本首相会晤。", [("2025-10-31", None)]),
    ("前（27）日两国元首通电话。", [("2025-10-27", None)]),
    ("今（12）日两国元首通电话。", []),  # the 12th is not today: no day read
])
def test_a_relative_day_with_its_day_in_brackets(sentence, want) -> None:
    found = [(d.value, d.part_of_day) for d in find_dates(sentence, "zh", "2025-10-29")
             if d.precision == "day"]
    assert found == want


def test_a_meeting_announced_for_tomorrow_in_brackets_is_dated_to_it() -> None:
    text = ("美国总统特朗普此前透露将与中国国家主席习近平在韩国会面。直到今（29）日下午，"
            "中方才证实川习会明（30）上午登场。")
    event = reported(text, "2025-10-29", "zh")
    assert (event.date, event.part_of_day) == ("2025-10-30", "morning")


# The same moment in two zones falling in two parts of the day: a call between the two
# places has no one part of day.
TORN_CLOCKS = [
    ("en", "President Donald Trump spoke to Prime Minister Narendra Modi at 11.30 pm IST "
           "(1 pm Washington time) on Tuesday, the White House said."),
    ("it", "Il presidente Donald Trump ha parlato al telefono con il premier Narendra Modi "
           "alle 23.30 ora indiana (alle 13 ora di Washington)."),
    ("ru", "Дональд Трамп провел телефонный разговор с Нарендрой Моди в 23:30 по индийскому "
           "времени (в 13:00 по вашингтонскому)."),
    ("zh", "特朗普在北京时间23时30分（华盛顿时间10时30分）同习近平通电话。"),
]


@pytest.mark.parametrize(("lang", "text"), TORN_CLOCKS)
def test_a_call_timed_in_two_zones_that_disagree_has_no_part_of_day(lang, text) -> None:
    event = reported(text, None, lang)
    assert event.participants and event.part_of_day is None


# A newsroom's "this evening": the contact's where a principal lives by the newsroom's
# clock or every principal is near it, not for leaders hours away.
NEWSROOM_CLOCK = [
    ("it", "Questa sera Xi Jinping ha parlato al telefono con Vladimir Putin.", None),
    ("it", "Questa sera la presidente del Consiglio Giorgia Meloni ha parlato al telefono con "
           "il presidente Joe Biden.", "evening"),
    ("it", "Questa mattina Vladimir Putin ha incontrato Aleksandr Lukashenko a San "
           "Pietroburgo.", "morning"),
    ("ru", "Сегодня вечером Си Цзиньпин провел телефонный разговор с Дональдом Трампом.", None),
    ("ru", "Сегодня вечером Владимир Путин провел телефонный разговор с Дональдом Трампом.",
     "evening"),
    ("zh", "今晚，普京同特朗普通电话。", None),
    ("zh", "今晚，习近平同特朗普通电话。", "evening"),
]


@pytest.mark.parametrize(("lang", "text", "part"), NEWSROOM_CLOCK)
def test_the_newsrooms_this_evening_is_the_contacts_only_on_its_clock(lang, text, part) -> None:
    event = reported(text, "2026-02-04", lang)
    assert event.participants and event.part_of_day == part


# On the eve of a dated event: the contact's day is the one before.
EVE = [
    ("it", "Alla vigilia dell'incontro di giovedì 15 maggio a Istanbul, la presidente del "
           "Consiglio Giorgia Meloni ha avuto una conversazione telefonica con Erdogan."),
    ("en", "On the eve of the Istanbul talks on Thursday, May 15, Prime Minister Giorgia "
           "Meloni held a phone call with President Recep Tayyip Erdogan."),
    ("ru", "Накануне переговоров в Стамбуле 15 мая Владимир Путин провел телефонный разговор "
           "с Реджепом Тайипом Эрдоганом."),
    ("zh", "在5月15日伊斯坦布尔谈判前夕，普京同埃尔多安通电话。"),
]


@pytest.mark.parametrize(("lang", "text"), EVE)
def test_a_call_on_the_eve_of_a_dated_event_is_the_day_before(lang, text) -> None:
    assert reported(text, "2025-05-15", lang).date == "2025-05-14"


@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("zh", "据“今日俄罗斯”报道，泽连斯基接到马克龙电话。", []),
    ("zh", "今日俄罗斯报道称，两国元首今日通电话。", ["2025-03-20"]),
    ("en", "Biden told USA Today that he spoke with Xi today.", ["2025-03-20"]),
    ("ru", "Об этом сообщило агентство «Россия сегодня».", []),
])
def test_a_relative_word_inside_a_name_is_no_day(lang, sentence, want) -> None:
    assert [d.value for d in find_dates(sentence, lang, "2025-03-20")] == want


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "President Joe Biden welcomed Chancellor Olaf Scholz to the White House today.\n\n"
           "Official news published at https://example.gov/briefing-room/2023/03/03/readout/"),
    ("it", "Il presidente Sergio Mattarella ha ricevuto oggi al Quirinale il presidente "
           "Emmanuel Macron.\n\nFonte: https://example.it/comunicati/2023/03/03/incontro/"),
])
def test_a_repost_is_dated_by_the_original_address_it_names(lang, text) -> None:
    assert reported(text, None, lang).date == "2023-03-03"


# A working meal that is the contact names its part of the day; a meal the talks went on
# over does not.
MEALS = [
    ("it", "Giorgia Meloni ha incontrato Emmanuel Macron a Parigi per una cena di lavoro.",
     "evening"),
    ("en", "Friedrich Merz travelled to Paris to meet Emmanuel Macron for a working dinner.",
     "evening"),
    ("ru", "Владимир Путин и Александр Лукашенко провели встречу за рабочим завтраком.",
     "morning"),
    ("zh", "习近平同普京举行会谈并出席工作晚宴。", "evening"),
    ("ru", "Владимир Путин и Александр Лукашенко провели встречу. После завтрака они "
           "продолжили разговор.", None),
]


@pytest.mark.parametrize(("lang", "text", "part"), MEALS)
def test_a_working_meal_names_the_part_of_day(lang, text, part) -> None:
    event = reported(text, "2025-02-26", lang)
    assert event.participants and event.part_of_day == part


# "A day before the two men arrived": counted from an event, not from the page's day; a
# later sentence's own day dates the call.
EVENT_RELATIVE = [
    ("en", "President Barack Obama telephoned President Raul Castro a day before the two "
           "leaders arrived in Panama, the White House said on Friday. The call took place on "
           "Wednesday, an aide said.", "2015-04-10", "2015-04-08"),
    ("it", "Il presidente Emmanuel Macron ha telefonato a Giorgia Meloni due giorni prima del "
           "vertice, ha riferito l'Eliseo venerdì. La telefonata si è svolta mercoledì.",
     "2015-04-10", "2015-04-08"),
]


@pytest.mark.parametrize(("lang", "text", "published", "day"), EVENT_RELATIVE)
def test_a_span_counted_from_an_event_is_not_counted_from_the_page(lang, text, published,
                                                                   day) -> None:
    assert reported(text, published, lang).date == day


@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("en", "Obama called Castro three days ago.", ["2015-04-07"]),
    ("en", "Obama called Castro two days before, the aide said.", ["2015-04-08"]),
    ("it", "Meloni ha chiamato Macron due giorni fa.", ["2015-04-08"]),
    ("it", "Due giorni dopo il vertice Meloni ha chiamato Macron.", []),
])
def test_ago_spans_alone_still_count_from_the_page(lang, sentence, want) -> None:
    assert [d.value for d in find_dates(sentence, lang, "2015-04-10")] == want


# Two contacts of one day in one sentence, the date written by the first: the part of day
# nearer the second one's word is its own (Chinese fronts the day: "4日下午…视频会晤，晚间又…通话").
TWO_CONTACTS_ONE_DAY = [
    ("zh", "中国国家主席习近平4日下午先与俄罗斯总统普京举行视频会晤，晚间又与美国总统特朗普"
           "通话。特朗普随后发文说，两人谈了很久。"),
]


@pytest.mark.parametrize(("lang", "text"), TWO_CONTACTS_ONE_DAY)
def test_the_part_of_day_nearer_the_calls_own_word_is_its_own(lang, text) -> None:
    event = reported(text, "2026-02-05", lang)
    assert event.type == "phone_call" and event.part_of_day == "evening"


# A telegram sent in the morning, told after the call: the telegram's morning.
TELEGRAM_THEN_CALL = [
    ("ru", "Владимир Путин провел телефонный разговор с Нарендрой Моди. Президент поздравил "
           "его с днем рождения, утром он отправил Моди поздравительную телеграмму."),
    ("it", "Vladimir Putin ha avuto una conversazione telefonica con Narendra Modi. Il "
           "presidente gli ha fatto gli auguri, in mattinata gli aveva inviato un telegramma "
           "di auguri."),
    ("en", "Vladimir Putin had a phone call with Narendra Modi. He wished him a happy "
           "birthday; in the morning Putin had sent Modi a congratulatory telegram."),
]


@pytest.mark.parametrize(("lang", "text"), TELEGRAM_THEN_CALL)
def test_a_telegrams_morning_is_not_the_calls(lang, text) -> None:
    event = reported(text, None, lang)
    assert event.type == "phone_call" and event.part_of_day is None


# The time of another event written onto its noun: the attack's morning, not the call's.
EVENT_TIME = [
    ("en", "Prime Minister Theresa May spoke to President Donald Trump and they discussed the "
           "attack this morning. Trump called to offer condolences over this morning's "
           "cowardly attack."),
    ("it", "La presidente del Consiglio Giorgia Meloni ha avuto una conversazione telefonica "
           "con Emmanuel Macron sull'attentato di questa mattina."),
    ("ru", "Владимир Путин провел телефонный разговор с Эммануэлем Макроном, обсудив теракт "
           "сегодня утром."),
    ("zh", "习近平同马克龙通电话，谈及今晨的袭击。"),
]


@pytest.mark.parametrize(("lang", "text"), EVENT_TIME)
def test_another_events_time_is_not_the_calls(lang, text) -> None:
    event = reported(text, "2017-09-15", lang)
    assert event.participants and event.part_of_day is None


@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("it", "Si sono sentiti per la prima volta da settembre del 2022.", [("2022-09", "month")]),
    ("it", "Si erano visti il 3 settembre del 2022 a Samarcanda.", [("2022-09-03", "day")]),
    ("en", "They last spoke in September of 2022.", [("2022-09", "month")]),
    ("en", "They met on September 3 of 2022 in Samarkand.", [("2022-09-03", "day")]),
])
def test_a_month_and_its_year_joined_by_a_word_are_one_date(lang, sentence, want) -> None:
    """"da settembre del 2022" was read as next September and a bare year."""
    assert [(d.value, d.precision) for d in find_dates(sentence, lang, "2025-07-02")] == want


# A date before "after the talks": the day of what followed them; the talks' own day is told
# further on.
AFTER_THE_TALKS = [
    ("ru", "Нарендра Моди сегодня вылетел домой после переговоров с Джорджей Мелони, "
           "подведя итоги встречи вчера вечером."),
]


@pytest.mark.parametrize(("lang", "text"), AFTER_THE_TALKS)
def test_a_date_before_after_the_talks_is_not_theirs(lang, text) -> None:
    assert reported(text, "2024-06-15", lang).date == "2024-06-14"


COMPACT_MONTH = [
    ("zh", "当地时间9月16日,印度总理莫迪在撒马尔罕与俄罗斯总统普京举行会谈。", "2022-09-16"),
    ("ru", "16 сентября премьер-министр Индии Нарендра Моди провел переговоры с Владимиром "
           "Путиным в Самарканде.", "2022-09-16"),
    ("en", "On September 16, Indian Prime Minister Narendra Modi held talks with Vladimir Putin "
           "in Samarkand.", "2022-09-16"),
    ("it", "Il 16 settembre il premier indiano Narendra Modi ha avuto colloqui con Vladimir "
           "Putin a Samarcanda.", "2022-09-16"),
]


@pytest.mark.parametrize(("lang", "text", "day"), COMPACT_MONTH)
def test_a_compact_archive_month_dates_a_day_without_a_year(lang, text, day) -> None:
    """A page filed under "/202209/" (found on a real Guancha repost) gives its year to
    "9月16日", as "/2022/09/" does."""
    event = reported(text, None, lang, "https://example.org/world/202209/51-1397007.html")
    assert event.date == day, (lang, event.date)
