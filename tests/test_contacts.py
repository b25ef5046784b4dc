"""Contacts: type, principals, date, part of day, duration, place, initiator, attendees,
earlier and planned contacts, in it/en/ru/zh; and linking across documents."""

from __future__ import annotations

import hashlib

import pytest

from readouts.extract.contacts.contacts import ContactFacts
from readouts.ingest import PreparedText
from readouts.ingest.chinese_script import to_simplified
from readouts.model import Analysis, Event
from readouts.pipeline import analyze_document, link_results


def analyze_texts(*docs: tuple[str, str | None], lang: str | None = None) -> Analysis:
    results = []
    for text, published in docs:
        digest = hashlib.sha256(text.encode()).hexdigest()
        meta = {"date": published} if published else {}
        results.append(analyze_document(PreparedText("test", digest, text, meta), lang=lang))
    return link_results(results)


def reported_facts(text: str, lang: str, published: str) -> dict:
    """The facts of the first account that reports a contact, as its readout keeps them."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    doc = analyze_document(PreparedText("test", digest, text, {"date": published}), lang=lang)
    return next(r.facts for r in doc.document.readouts if r.facts)


def held(analysis: Analysis) -> list[Event]:
    return [e for e in analysis.events if e.status == "held" and e.reported_by]


def only_event(analysis: Analysis) -> Event:
    events = held(analysis)
    assert len(events) == 1, [e.to_json() for e in analysis.events]
    return events[0]


def test_italian_phone_call_yesterday_evening_with_duration_and_attendee() -> None:
    text = ("Il presidente del Consiglio Giorgia Meloni ha avuto ieri sera un colloquio "
            "telefonico con il presidente ucraino Volodymyr Zelensky, su richiesta della parte "
            "ucraina. Il colloquio è durato quasi un'ora. Alla conversazione ha partecipato "
            "anche il ministro degli Esteri Antonio Tajani.")
    event = only_event(analyze_texts((text, "2024-05-10")))
    assert event.type == "phone_call"
    assert set(event.participants) == {"giorgia-meloni", "volodymyr-zelenskyy"}
    assert event.date == "2024-05-09" and event.date_precision == "day"
    assert event.part_of_day == "evening"
    assert event.duration_minutes == 60
    assert event.initiated_by == "volodymyr-zelenskyy"
    assert event.attendees == ["antonio-tajani"]


def test_title_resolves_through_roles_at_the_date() -> None:
    text = ("Il presidente degli Stati Uniti ha avuto oggi una telefonata con il presidente "
            "cinese Xi Jinping. I due leader hanno parlato di commercio.")
    early = only_event(analyze_texts((text, "2022-03-18")))
    late = only_event(analyze_texts((text, "2026-03-18")))
    assert "joe-biden" in early.participants
    assert "donald-trump" in late.participants


def test_english_video_call_with_request_and_ended_ago_trap() -> None:
    text = ("President Biden held a virtual meeting with President Xi Jinping of the People's "
            "Republic of China this morning at the request of the Chinese side. The talks, "
            "which ended two hours ago, covered Taiwan and trade.")
    event = only_event(analyze_texts((text, "2021-11-16")))
    assert event.type == "video_call"
    assert event.part_of_day == "morning"
    assert event.duration_minutes is None  # "ended two hours ago" is not a duration
    assert event.initiated_by == "xi-jinping"


def test_russian_phone_call_at_american_initiative_lasting_two_hours() -> None:
    text = ("Состоялся телефонный разговор Владимира Путина с Президентом США Дональдом "
            "Трампом. Разговор, который состоялся по инициативе американской стороны, "
            "продолжался около двух часов. Лидеры договорились встретиться в ближайшее время.")
    analysis = analyze_texts((text, "2025-03-18"))
    event = only_event(analysis)
    assert event.type == "phone_call"
    assert set(event.participants) == {"vladimir-putin", "donald-trump"}
    assert event.duration_minutes == 120
    assert event.date == "2025-03-18"


def test_chinese_yingyue_and_attendees_listed_last() -> None:
    text = ("新华社北京3月18日电 3月18日晚，国家主席习近平应约同美国总统拜登视频通话。"
            "习近平指出，中美应当相互尊重。王毅等参加视频通话。")
    event = only_event(analyze_texts((text, "2022-03-19")))
    assert event.type == "video_call"
    assert event.date == "2022-03-18"
    assert event.part_of_day == "evening"
    assert event.initiated_by == "joe-biden"
    assert event.attendees == ["wang-yi"]


def test_chinese_meeting_place() -> None:
    text = "当地时间11月16日下午，国家主席习近平在利马同美国总统拜登举行会晤。"
    event = only_event(analyze_texts((text, "2024-11-17")))
    assert event.type == "meeting"
    assert event.location == "Lima"
    assert event.date == "2024-11-16" and event.part_of_day == "afternoon"


def test_earlier_and_planned_contacts_are_mentioned() -> None:
    text = ("Aide to the President Yury Ushakov: The telephone conversation between Vladimir "
            "Putin and Joseph Biden lasted just over an hour. It followed the December 7 "
            "videoconference and the December 30 telephone conversation between the two "
            "presidents. The leaders agreed to meet in person in the spring.")
    analysis = analyze_texts((text, "2022-02-12"))
    reported = only_event(analysis)
    assert reported.duration_minutes == 60
    mentioned = [e for e in analysis.events if not e.reported_by]
    dates = {(e.date, e.type, e.status) for e in mentioned}
    assert ("2021-12-07", "video_call", "held") in dates
    assert ("2021-12-30", "phone_call", "held") in dates
    assert any(e.status == "planned" for e in mentioned)


def test_linking_across_languages_and_a_day_of_time_zone() -> None:
    english = ("President Joseph R. Biden, Jr. spoke with President Xi Jinping of the People's "
               "Republic of China this evening. The call lasted about 90 minutes.")
    chinese = "9月10日上午，国家主席习近平应约同美国总统拜登通电话。"
    analysis = analyze_texts((english, "2021-09-09"), (chinese, "2021-09-10"))
    event = only_event(analysis)
    assert len(event.reported_by) == 2
    assert event.date == "2021-09-10"


def test_governments_outvote_a_compilation_intro_on_type() -> None:
    intro = ("Il presidente Vladimir Putin e il presidente Xi Jinping hanno avuto oggi una "
             "telefonata, secondo le prime notizie di stampa.")
    kremlin = ("Владимир Путин провёл переговоры в режиме видеоконференции с Председателем КНР "
               "Си Цзиньпином.")
    xinhua = "国家主席习近平同俄罗斯总统普京举行视频会晤。"
    analysis = analyze_texts((intro, "2021-12-15"), (kremlin, "2021-12-15"),
                             (xinhua, "2021-12-15"))
    event = only_event(analysis)
    assert event.type == "video_call"
    assert len(event.reported_by) == 3


def test_one_account_of_several_calls_reports_each() -> None:
    text = ("President Biden spoke this evening with President Zelenskyy of Ukraine about the "
            "fire at the nuclear plant. President Biden also spoke this evening with "
            "Administrator of the National Nuclear Security Administration Jill Hruby.")
    analysis = analyze_texts((text, "2022-03-03"))
    events = held(analysis)
    people = [set(e.participants) for e in events]
    assert {"joe-biden", "volodymyr-zelenskyy"} in people
    assert any("jill-hruby" in p for p in people)
    readout = analysis.documents[0].readouts[0]
    assert readout.event == events[0].id or readout.event in {e.id for e in events}
    assert all(readout.id in e.reported_by for e in events)


# -- every rule in every language ---------------------------------------------------------
TYPES = [
    ("it", "Il presidente Sergio Mattarella ha avuto oggi una videoconferenza con il presidente "
           "francese Emmanuel Macron.", "video_call"),
    ("en", "President Biden held a secure video call today with President Putin of Russia.",
     "video_call"),
    ("ru", "Владимир Путин провёл переговоры в режиме видеоконференции с Председателем КНР "
           "Си Цзиньпином.", "video_call"),
    ("zh", "国家主席习近平同俄罗斯总统普京举行视频会晤。", "video_call"),
    ("it", "Il presidente del Consiglio Giorgia Meloni ha incontrato a Washington il presidente "
           "Joe Biden.", "meeting"),
    ("en", "President Biden met with President Xi Jinping in Woodside, California.", "meeting"),
    ("ru", "Владимир Путин провёл переговоры с Председателем КНР Си Цзиньпином в Пекине.",
     "meeting"),
    ("zh", "国家主席习近平在利马同美国总统拜登举行会晤。", "meeting"),
    ("it", "Il presidente Sergio Mattarella ha inviato un messaggio di congratulazioni al "
           "presidente Emmanuel Macron.", "message"),
    ("en", "President Biden sent a letter to President Zelenskyy of Ukraine.", "message"),
    ("ru", "Владимир Путин направил поздравительное послание Председателю КНР Си Цзиньпину.",
     "message"),
    ("zh", "国家主席习近平致电俄罗斯总统普京，祝贺他当选。", "message"),
]


def test_contact_types_in_four_languages() -> None:
    for lang, text, expected in TYPES:
        event = only_event(analyze_texts((text, "2024-05-16"), lang=lang))
        assert event.type == expected, (lang, text, event.type)


INITIATORS = [
    ("it", "Il presidente Sergio Mattarella ha avuto un colloquio telefonico con il presidente "
           "francese Emmanuel Macron, su richiesta della parte francese.", "2024-05-16",
     "emmanuel-macron"),
    ("en", "At the request of the Ukrainian side, President Biden spoke today with President "
           "Zelenskyy of Ukraine.", "2022-03-30", "volodymyr-zelenskyy"),
    ("ru", "Состоялся телефонный разговор Владимира Путина с Президентом США Дональдом "
           "Трампом. Разговор, который состоялся по инициативе американской стороны, "
           "продолжался около двух часов.", "2025-03-18", "donald-trump"),
    ("zh", "国家主席习近平应约同美国总统特朗普通电话。", "2025-06-05", "donald-trump"),
]


def test_initiator_in_four_languages() -> None:
    for lang, text, published, expected in INITIATORS:
        event = only_event(analyze_texts((text, published), lang=lang))
        assert event.initiated_by == expected, (lang, event.initiated_by)


ATTENDEES = [
    ("it", "Il presidente del Consiglio Giorgia Meloni ha avuto un colloquio telefonico con il "
           "presidente Volodymyr Zelensky. Alla conversazione ha partecipato il ministro degli "
           "Esteri Antonio Tajani.", "2024-05-10", ["antonio-tajani"]),
    ("en", "President Biden spoke today with President Zelenskyy of Ukraine. Secretary of State "
           "Antony Blinken joined the call.", "2022-03-30", ["antony-blinken"]),
    ("ru", "Состоялся телефонный разговор Владимира Путина с Президентом США Дональдом "
           "Трампом. В разговоре принял участие помощник Президента Юрий Ушаков.",
     "2025-03-18", ["yury-ushakov"]),
    ("zh", "国家主席习近平同美国总统拜登视频通话。王毅等参加视频通话。", "2022-03-18",
     ["wang-yi"]),
]


def test_attendees_in_four_languages() -> None:
    for lang, text, published, expected in ATTENDEES:
        event = only_event(analyze_texts((text, published), lang=lang))
        assert event.attendees == expected, (lang, event.attendees)
        assert not set(expected) & set(event.participants)


PLACES = [
    ("it", "Il presidente del Consiglio Giorgia Meloni ha incontrato a Washington il presidente "
           "Joe Biden.", "Washington"),
    ("en", "President Biden met with President Xi Jinping in Geneva on Tuesday.", "Geneva"),
    ("ru", "Владимир Путин провёл переговоры с Председателем КНР Си Цзиньпином в Пекине.",
     "Beijing"),
    ("zh", "国家主席习近平在利马同美国总统拜登举行会晤。", "Lima"),
    # a building in the city: Chinese writes the city and the hall as one word
    ("zh", "国家主席习近平在北京人民大会堂会见意大利总统马塔雷拉。", "Beijing"),
    ("en", "Vladimir Putin held talks with Prime Minister Narendra Modi in the Kremlin.",
     "Moscow"),
]


def test_place_in_four_languages() -> None:
    for lang, text, expected in PLACES:
        event = only_event(analyze_texts((text, "2024-05-16"), lang=lang))
        assert event.location == expected, (lang, event.location)


ROLES = [
    ("it", "Il presidente degli Stati Uniti ha avuto una telefonata con il presidente cinese "
           "Xi Jinping."),
    ("en", "The President of the United States spoke with President Xi Jinping of China "
           "today."),
    ("ru", "Состоялся телефонный разговор Председателя КНР Си Цзиньпина с Президентом США."),
    ("zh", "国家主席习近平同美国总统通电话。"),
]


def test_a_role_resolves_to_its_holder_at_the_date_in_four_languages() -> None:
    for lang, text in ROLES:
        early = only_event(analyze_texts((text, "2022-03-18"), lang=lang))
        late = only_event(analyze_texts((text, "2026-03-18"), lang=lang))
        assert set(early.participants) == {"joe-biden", "xi-jinping"}, (lang, early)
        assert set(late.participants) == {"donald-trump", "xi-jinping"}, (lang, late)


MENTIONED = [
    ("it", "Il presidente del Consiglio Giorgia Meloni ha avuto una telefonata con il "
           "presidente Volodymyr Zelensky. Il colloquio segue l'incontro del 12 maggio e la "
           "telefonata del 3 giugno. Meloni ha invitato Zelensky a visitare Roma il prossimo "
           "autunno.", "2024-06-20",
     {("2024-05-12", "meeting"), ("2024-06-03", "phone_call")}),
    ("en", "President Biden spoke with President Xi Jinping of China. It followed their "
           "November 15 meeting and the April 2 phone call. The leaders agreed to meet in "
           "person next year.", "2024-07-10",
     {("2023-11-15", "meeting"), ("2024-04-02", "phone_call")}),
    ("ru", "Состоялся телефонный разговор Владимира Путина с Джозефом Байденом. Разговор стал "
           "продолжением видеоконференции 7 декабря и телефонного разговора 30 декабря. "
           "Лидеры договорились о встрече, которая состоится весной.", "2022-02-12",
     {("2021-12-07", "video_call"), ("2021-12-30", "phone_call")}),
    ("zh", "国家主席习近平同俄罗斯总统普京通电话。双方回顾了12月15日的视频会晤和2月4日的"
           "会晤。习近平邀请普京明年访华。", "2022-02-25",
     {("2021-12-15", "video_call"), ("2022-02-04", "meeting")}),
]


def test_earlier_and_planned_contacts_in_four_languages() -> None:
    for lang, text, published, earlier in MENTIONED:
        analysis = analyze_texts((text, published), lang=lang)
        reported = only_event(analysis)
        assert reported.date == published
        mentioned = [e for e in analysis.events if not e.reported_by]
        assert {(e.date, e.type) for e in mentioned if e.status == "held"} == earlier, lang
        assert any(e.status == "planned" for e in mentioned), lang
        assert all(set(e.participants) == set(reported.participants) for e in mentioned)


BETWEEN = [
    ("it", "La presidenza ucraina ha commentato la conversazione tra il presidente degli Stati "
           "Uniti Joe Biden e il presidente russo Vladimir Putin."),
    ("en", "President Zelenskyy welcomed the conversation between President Joseph Biden and "
           "President Vladimir Putin, after a meeting with Prime Minister Andrej Plenkovic."),
    ("ru", "Владимир Зеленский прокомментировал разговор между Президентом США Джо Байденом и "
           "Президентом России Владимиром Путиным."),
    ("zh", "乌克兰总统泽连斯基评论了美国总统拜登同俄罗斯总统普京的视频通话。"),
]


def test_a_third_partys_account_names_the_principals_between_in_four_languages() -> None:
    for lang, text in BETWEEN:
        event = only_event(analyze_texts((text, "2021-12-08"), lang=lang))
        assert set(event.participants) == {"joe-biden", "vladimir-putin"}, (lang, event)
        # the noun's own medium; a bare "conversazione"/"разговор" is a call, as in a lead
        # (each language's weak_types); English "conversation" says no medium
        expected = {"zh": "video_call", "en": "other"}.get(lang, "phone_call")
        assert event.type == expected, (lang, event.type)


NEIGHBOURS = [
    ("it", "Il presidente Trump ha parlato in mattinata con il presidente Xi Jinping. La "
           "telefonata è durata un'ora.", "2026-09-17", {"donald-trump", "xi-jinping"}),
    ("en", "On January 6, Vladimir Putin had several telephone conversations with heads of "
           "state. The Russian President spoke with President of Belarus Alexander Lukashenko "
           "and President of Kazakhstan Kassym-Jomart Tokayev.", "2022-01-07",
     {"vladimir-putin", "alexander-lukashenko", "kassym-jomart-tokayev"}),
    ("ru", "Владимир Путин провёл телефонные разговоры с главами государств ОДКБ. Президент "
           "России поговорил с Президентом Казахстана Касым-Жомартом Токаевым и Президентом "
           "Белоруссии Александром Лукашенко.", "2022-01-07",
     {"vladimir-putin", "alexander-lukashenko", "kassym-jomart-tokayev"}),
    ("zh", "习近平主席当天分别通电话。习近平同俄罗斯总统普京、哈萨克斯坦总统托卡耶夫交谈。",
     "2022-01-07", {"xi-jinping", "vladimir-putin", "kassym-jomart-tokayev"}),
]


def test_principals_from_the_sentence_next_to_the_lead_in_four_languages() -> None:
    for lang, text, published, expected in NEIGHBOURS:
        events = held(analyze_texts((text, published), lang=lang))
        assert {p for e in events for p in e.participants} == expected, (lang, events)
        assert all(len(e.participants) == 2 for e in events)


UNSAID_MEDIUM = [
    ("it", "A Roma il presidente del Consiglio Giorgia Meloni ha raggiunto un accordo "
           "sull'energia con il presidente Recep Tayyip Erdogan."),
    ("en", "This week in Seoul, President Donald J. Trump reached a trade deal with President "
           "Xi Jinping of China."),
    ("ru", "Владимир Путин достиг договорённости с Президентом Казахстана Касым-Жомартом "
           "Токаевым о поставках газа."),
    ("zh", "国家主席习近平同美国总统特朗普达成协议，双方将降低关税。"),
]


def test_a_contact_whose_medium_is_unsaid_is_other_in_four_languages() -> None:
    for lang, text in UNSAID_MEDIUM:
        event = only_event(analyze_texts((text, "2025-11-01"), lang=lang))
        assert event.type == "other", (lang, event.type)
        assert len(event.participants) == 2


DATELINES = [
    ("it", "ROMA, 3 febbraio 2026 - Il presidente della Repubblica Sergio Mattarella ha avuto "
           "ieri sera una telefonata con il presidente francese Emmanuel Macron."),
    ("en", "WASHINGTON, February 3, 2026 - President Donald Trump spoke yesterday evening with "
           "President Emmanuel Macron of France."),
    ("ru", "МОСКВА, 3 февраля 2026 - Владимир Путин вчера вечером провёл телефонный разговор с "
           "Президентом Франции Эммануэлем Макроном."),
    ("zh", "新华社北京2026年2月3日电 国家主席习近平昨晚同法国总统马克龙通电话。"),
]


def test_the_date_next_to_the_contact_beats_the_dateline_in_four_languages() -> None:
    for lang, text in DATELINES:
        event = only_event(analyze_texts((text, None), lang=lang))
        assert (event.date, event.part_of_day) == ("2026-02-02", "evening"), (lang, event)
        assert "emmanuel-macron" in event.participants


OFFICIALS = [
    ("it", "Il ministro degli Esteri Antonio Tajani ha avuto un colloquio telefonico con il "
           "ministro degli Esteri cinese Wang Yi. Tajani ha trasmesso i saluti del presidente "
           "Sergio Mattarella.", {"antonio-tajani", "wang-yi"}),
    ("en", "Secretary Blinken spoke today with Foreign Minister Wang Yi of China. Secretary "
           "Blinken conveyed President Biden's concerns.", {"antony-blinken", "wang-yi"}),
    ("ru", "Состоялся телефонный разговор Сергея Лаврова с Министром иностранных дел КНР Ван "
           "И по инициативе китайской стороны. Лавров передал приветствие Президента России "
           "Владимира Путина.",
     {"sergei-lavrov", "wang-yi"}),
    ("zh", "外交部长王毅同美国国务卿布林肯通电话。王毅转达了习近平主席的问候。",
     {"wang-yi", "antony-blinken"}),
]


def test_officials_talk_without_their_leaders_in_four_languages() -> None:
    for lang, text, expected in OFFICIALS:
        event = only_event(analyze_texts((text, "2023-06-01"), lang=lang))
        assert set(event.participants) == expected, (lang, event.participants)


def test_a_between_phrase_after_the_contact_is_another_contact() -> None:
    text = ("During the phone call, President Putin and President Xi Jinping recalled the "
            "meeting between Sergei Lavrov and Wang Yi.")
    event = only_event(analyze_texts((text, "2023-06-01")))
    assert set(event.participants) == {"vladimir-putin", "xi-jinping"}


GENERIC_TITLES = [
    ("it", "Incontro con il presidente cinese Xi Jinping\n\nIl presidente del Consiglio Giorgia "
           "Meloni ha avuto oggi una videoconferenza con il presidente cinese Xi Jinping."),
    ("en", "Meeting with US President Joseph Biden\n\nVladimir Putin held talks via "
           "videoconference with President of the United States Joseph Biden."),
    ("ru", "Переговоры с Председателем КНР Си Цзиньпином\n\nВладимир Путин провёл переговоры в "
           "режиме видеоконференции с Председателем КНР Си Цзиньпином."),
    ("zh", "习近平同俄罗斯总统普京举行会谈\n\n国家主席习近平在北京同俄罗斯总统普京举行视频会晤。"),
]


def test_the_lead_names_the_medium_a_generic_title_leaves_out_in_four_languages() -> None:
    for lang, text in GENERIC_TITLES:
        event = only_event(analyze_texts((text, "2021-12-07"), lang=lang))
        assert event.type == "video_call", (lang, event.type)


SEVERAL_NAMED = [
    ("it", "Il presidente del Consiglio Giorgia Meloni ha avuto una telefonata con il presidente "
           "Volodymyr Zelensky. Dopo l'incontro con il presidente francese Emmanuel Macron, "
           "Meloni ha annunciato una telefonata con il presidente Joe Biden prevista per il 9 "
           "dicembre.", "2024-12-05", {"giorgia-meloni", "joe-biden"}),
    ("en", "President Zelenskyy welcomed the conversation between President Joseph Biden and "
           "President Vladimir Putin. After a meeting with Croatian Prime Minister Andrej "
           "Plenkovic, Volodymyr Zelenskyy said he would discuss it in his phone conversation "
           "with Joseph Biden scheduled for December 9.", "2021-12-08",
     {"volodymyr-zelenskyy", "joe-biden"}),
    ("ru", "Состоялся телефонный разговор Владимира Путина с Президентом Казахстана "
           "Касым-Жомартом Токаевым. После встречи с Президентом Белоруссии Александром "
           "Лукашенко Владимир Путин сообщил, что телефонный разговор с Президентом Франции "
           "Эммануэлем Макроном состоится 9 декабря.", "2024-12-05",
     {"vladimir-putin", "emmanuel-macron"}),
    ("zh", "国家主席习近平同俄罗斯总统普京通电话。习近平在会见法国总统马克龙后表示，将于12月9日"
           "同美国总统拜登通电话。", "2024-12-05", {"xi-jinping", "joe-biden"}),
]


def test_a_planned_contact_among_several_names_takes_the_one_at_its_cue() -> None:
    for lang, text, published, expected in SEVERAL_NAMED:
        planned = [e for e in analyze_texts((text, published), lang=lang).events
                   if e.status == "planned"]
        assert len(planned) == 1, (lang, planned)
        assert set(planned[0].participants) == expected, (lang, planned[0].participants)
        assert planned[0].date == published[:8] + "09" and planned[0].type == "phone_call"


def test_a_planned_contact_dated_by_a_span_and_placed_in_four_languages() -> None:
    cases = [
        ("President Biden spoke today with Prime Minister Meloni of Italy. The two leaders "
         "agreed to meet in Rome next month.", "2025-04", "Rome"),
        ("Il Presidente Meloni ha avuto oggi un colloquio telefonico con il Presidente "
         "Zelensky. I due leader hanno concordato di incontrarsi a Roma il mese prossimo.",
         "2025-04", "Rome"),
        ("Владимир Путин провёл телефонный разговор с Председателем КНР Си Цзиньпином. "
         "Договорились встретиться в Пекине в мае.", "2025-05", "Beijing"),
        ("国家主席习近平同俄罗斯总统普京通电话。双方同意5月在北京会晤。", "2025-05", "Beijing"),
        ("President Trump spoke today with Prime Minister Meloni. President Trump accepted an "
         "invitation to visit Rome later this year.", "2025", None),
    ]
    for text, when, place in cases:
        planned = [e for e in analyze_texts((text, "2025-03-14")).events
                   if e.status == "planned"]
        assert len(planned) == 1, (text, planned)
        assert (planned[0].date, planned[0].location) == (when, place), text


# --- Mentioned contacts: the classes of false mentions and the good ones kept ----------

def mentioned_facts(lang: str, ref: str, side: str, reported: tuple[str, list[str]],
                    *lines: str) -> list[ContactFacts]:
    """The contacts mentioned_contacts finds in ``lines``, after a first sentence that
    reports ``reported`` (its type and parties; no reported contact where none are given)."""
    from readouts.extract.contacts.mentioned import mentioned_contacts
    from readouts.extract.people.actors import actor_index
    from readouts.model import Mention, Sentence

    texts = ["(lead)", *lines]
    sentences = [Sentence(i, t) for i, t in enumerate(texts)]
    mentions = [[Mention(m.actor, m.text, i, m.start, m.end)
                 for m in actor_index().find(t, lang, ref, side)] for i, t in enumerate(texts)]
    kind, people = reported
    main = [ContactFacts(type=kind, participants=people, date=ref, date_precision="day")] \
        if people else []
    return mentioned_contacts(sentences, mentions, lang, ref, main)


def _mentioned(lang: str, ref: str, side: str, reported: tuple[str, list[str]],
               *lines: str) -> list[dict[str, object]]:
    """The mentioned contacts of an account whose first sentence reports ``reported``."""
    return [f.as_dict() for f in mentioned_facts(lang, ref, side, reported, *lines)]


_US_CN = ("phone_call", ["joe-biden", "xi-jinping"])
_CN_US = ("phone_call", ["xi-jinping", "joe-biden"])
_RU_CN = ("video_call", ["vladimir-putin", "xi-jinping"])
_IT_US = ("phone_call", ["giorgia-meloni", "joe-biden"])


def _pick(found: list[dict[str, object]], **want: object) -> list[dict[str, object]]:
    return [f for f in found if all(f[k] == v for k, v in want.items())]


# A. teams, officials, advisers, delegations, commanders: not the leaders' contact
def test_mentioned_group_contacts_are_dropped_in_four_languages() -> None:
    assert _mentioned("en", "2024-06-12", "US", _US_CN,
                      "The presidents agreed that their teams will hold follow-up "
                      "consultations in the coming weeks.") == []
    assert _mentioned("en", "2024-06-12", "US", _US_CN,
                      "Both sides noted the recent talks at the level of deputy foreign "
                      "ministers.") == []
    assert _mentioned("zh", "2024-06-12", "CN", _CN_US,
                      "两国元首同意双方工作组尽快举行新一轮磋商。") == []
    assert _mentioned("zh", "2024-06-12", "CN", _CN_US,
                      "双方同意恢复两军战区领导通话。") == []
    assert _mentioned("ru", "2024-06-12", "RU", _RU_CN,
                      "Стороны договорились провести в следующем месяце встречу делегаций "
                      "двух стран.") == []
    assert _mentioned("it", "2024-06-12", "IT", _IT_US,
                      "I due leader hanno concordato che le rispettive delegazioni si "
                      "incontreranno il mese prossimo.") == []


def test_mentioned_leaders_contact_next_to_a_group_word_is_kept() -> None:
    found = _mentioned("en", "2024-06-12", "US", _US_CN,
                       "The leaders agreed to meet in person next month.")
    assert _pick(found, type="meeting", status="planned", date="2024-07")
    # the teams' work since a leaders' meeting: the meeting is the leaders'
    found = _mentioned("zh", "2024-06-12", "CN", _CN_US,
                       "两国元首肯定双方团队自利马会晤以来所作努力。")
    assert [f["participants"] for f in found] == [["xi-jinping", "joe-biden"]]
    found = _mentioned("ru", "2024-06-12", "RU", _RU_CN,
                       "Президенты договорились провести следующую встречу в Москве.")
    assert _pick(found, type="meeting", status="planned", location="Moscow")
    found = _mentioned("it", "2024-06-12", "IT", _IT_US,
                       "I due leader si incontreranno a Roma il mese prossimo.")
    assert _pick(found, type="meeting", status="planned", location="Rome")


# B. an official named as the party: no padding with the reported contact's principals
def test_mentioned_official_visit_keeps_only_the_official() -> None:
    found = _mentioned("en", "2024-06-12", "US", _US_CN,
                       "The presidents agreed that Secretary Blinken will visit Beijing "
                       "later this year.")
    assert [f["participants"] for f in found] == [["antony-blinken"]]
    found = _mentioned("zh", "2024-06-12", "CN", _CN_US,
                       "俄罗斯总统助理乌沙科夫介绍说，通话由美方提议。")
    assert found == []  # a call with one official named: no contact to speak of
    found = _mentioned("ru", "2024-06-12", "RU", _RU_CN,
                       "Помощник Президента Юрий Ушаков сообщил, что ранее состоялся "
                       "телефонный разговор.")
    assert all(f["participants"] != ["vladimir-putin", "xi-jinping"] for f in found)
    found = _mentioned("it", "2024-06-12", "IT", _IT_US,
                       "Blinken visiterà Roma il mese prossimo.")
    assert [f["participants"] for f in found] == [["antony-blinken"]]


# C. the reported contact referred to ("this call", "今天的通话", "our 37th meeting")
def test_mentioned_deictic_reference_to_the_reported_contact_is_dropped() -> None:
    assert _mentioned("en", "2024-06-12", "US", _US_CN,
                      "Both leaders said today's call would send a positive signal.") == []
    assert _mentioned("en", "2021-12-15", "RU", _RU_CN,
                      "Xi said this was their second videoconference this year and their "
                      "38th meeting since 2013.") == []
    assert _mentioned("zh", "2024-06-12", "CN", _CN_US,
                      "两国元首认为，这次通话将为两国关系注入动力。") == []
    assert _mentioned("zh", "2021-12-15", "CN", ("video_call", ["xi-jinping", "vladimir-putin"]),
                      "习近平表示，很高兴同你举行今年第三次视频会晤。") == []
    assert _mentioned("ru", "2024-06-12", "RU", _RU_CN,
                      "Лидеры отметили, что этот телефонный разговор был откровенным.") == []
    assert _mentioned("ru", "2024-06-12", "RU", _RU_CN,
                      "Президенты высоко оценили сегодняшние переговоры.") == []
    assert _mentioned("it", "2024-06-12", "IT", _IT_US,
                      "I due leader hanno definito questo colloquio molto cordiale.") == []


def test_mentioned_earlier_contact_beside_a_deictic_one_is_kept() -> None:
    found = _mentioned("en", "2024-06-12", "US", _US_CN,
                       "This call follows their meeting in Bali in November 2022.")
    assert [(f["type"], f["date"], f["location"]) for f in found] == \
        [("meeting", "2022-11", "Bali")]
    found = _mentioned("zh", "2023-11-16", "CN", ("meeting", ["xi-jinping", "joe-biden"]),
                       "今天我们在利马再次会晤，我希望在巴厘岛会晤基础上取得新成果。")
    assert [(f["type"], f["status"], f["date"], f["location"]) for f in found] == \
        [("meeting", "held", None, "Bali")]
    found = _mentioned("ru", "2024-06-12", "RU", _RU_CN,
                       "Этот телефонный разговор продолжил встречу в Пекине 16 мая.")
    assert [(f["type"], f["date"], f["location"]) for f in found] == \
        [("meeting", "2024-05-16", "Beijing")]
    found = _mentioned("it", "2024-06-12", "IT", _IT_US,
                       "Questo colloquio segue l'incontro a Roma del 3 maggio.")
    assert [(f["type"], f["date"], f["location"]) for f in found] == \
        [("meeting", "2024-05-03", "Rome")]


# D. a year bounding a range, and "today", date no earlier contact
def test_mentioned_range_years_and_today_are_no_dates() -> None:
    assert _mentioned("en", "2024-06-12", "US", _US_CN,
                      "They reviewed progress made since 2013.") == []
    assert _mentioned("zh", "2024-06-12", "CN", _CN_US,
                      "这是2013年以来两国元首第四十次会晤。") == []
    assert _mentioned("en", "2024-06-12", "US", _US_CN,
                      "The leaders confirmed what was said during the telephone "
                      "conversation today.") == []
    assert _mentioned("ru", "2024-06-12", "RU", _RU_CN,
                      "Телефонный разговор состоялся сегодня.") == []
    assert _mentioned("it", "2024-06-12", "IT", _IT_US,
                      "La telefonata si è svolta oggi.") == []


def test_mentioned_real_earlier_years_are_kept() -> None:
    found = _mentioned("en", "2024-06-12", "US", _US_CN,
                       "The two presidents first met in 2011.")
    assert [(f["type"], f["date"]) for f in found] == [("meeting", "2011")]
    found = _mentioned("ru", "2024-06-12", "RU", _RU_CN,
                       "Предыдущая встреча лидеров прошла в Пекине в 2023 году.")
    assert _pick(found, type="meeting", date="2023", location="Beijing")
    found = _mentioned("zh", "2024-06-12", "CN", _CN_US,
                       "去年11月，我和总统先生在旧金山会晤。")
    assert [(f["date"], f["location"]) for f in found] == [("2023-11", "San Francisco")]
    found = _mentioned("it", "2024-06-12", "IT", _IT_US,
                       "I due leader si erano già incontrati a Roma nel 2022.")
    assert _pick(found, type="meeting", date="2022", location="Rome")


# E. a place belongs to the contact cue nearest it
def test_mentioned_place_binds_to_the_nearest_cue() -> None:
    found = _mentioned("en", "2024-06-12", "US", _US_CN,
                       "After a meeting with the Chancellor in Berlin, Biden said he will hold a "
                       "phone call with Xi Jinping on June 20.")
    assert [(f["type"], f["date"], f["location"]) for f in found] == \
        [("phone_call", "2024-06-20", None)]
    found = _mentioned("en", "2022-02-04", "RU", _RU_CN,
                       "We attended the opening ceremony of the 2008 Olympics held in China, "
                       "and you attended the opening ceremony of the 2014 Games in Sochi.")
    assert [(f["date"], f["location"]) for f in found] == [("2008", None), ("2014", "Sochi")]
    found = _mentioned("ru", "2024-06-12", "RU", _RU_CN,
                       "Ранее лидеры встретились в Пекине 16 мая, а 20 мая провели "
                       "телефонный разговор.")
    assert sorted((f["type"], f["location"]) for f in found) == \
        [("meeting", "Beijing"), ("phone_call", None)]
    found = _mentioned("zh", "2024-06-12", "CN", _CN_US,
                       "双方回顾了5月16日在北京的会晤和5月20日的通话。")
    assert sorted((f["type"], f["location"]) for f in found) == \
        [("meeting", "Beijing"), ("phone_call", None)]
    found = _mentioned("it", "2024-06-12", "IT", _IT_US,
                       "Dopo l'incontro a Roma del 3 maggio, i due leader hanno avuto una "
                       "telefonata il 20 maggio.")
    assert sorted((f["type"], f["location"]) for f in found) == \
        [("meeting", "Rome"), ("phone_call", None)]


# F. no participants at all
def test_mentioned_contact_with_nobody_is_dropped() -> None:
    assert _mentioned("zh", "2024-06-12", "CN", ("other", []),
                      "昨天，第十届运动会火炬传递仪式在北京举行。") == []
    assert _mentioned("en", "2024-06-12", "US", ("other", []),
                      "A torch-lighting ceremony was held in Rome yesterday.") == []
    assert _mentioned("ru", "2024-06-12", "RU", ("other", []),
                      "Вчера в Москве прошла церемония зажжения огня.") == []
    assert _mentioned("it", "2024-06-12", "IT", ("other", []),
                      "Ieri a Roma si è svolta la cerimonia di accensione della fiaccola.") == []
    # the principals attending: kept
    found = _mentioned("en", "2024-06-12", "US", _US_CN,
                       "We attended the opening ceremony of the 2008 Olympics together.")
    assert _pick(found, type="ceremony", date="2008")


# G. places missed: "旧金山会晤以来", "在巴厘岛进行了会晤", "the meeting in Bali where"
def test_mentioned_locations_next_to_the_contact_noun() -> None:
    found = _mentioned("zh", "2024-06-12", "CN", _CN_US, "旧金山会晤以来，两国关系总体稳定。")
    assert [(f["type"], f["location"]) for f in found] == [("meeting", "San Francisco")]
    found = _mentioned("zh", "2024-06-12", "CN", _CN_US,
                       "拜登表示，去年我同习近平主席在巴厘岛进行了重要会晤。")
    assert [(f["date"], f["location"]) for f in found] == [("2023", "Bali")]
    found = _mentioned("en", "2024-06-12", "US", _US_CN,
                       "Building on the November 2022 meeting in Bali where they agreed on "
                       "principles, the leaders spoke about trade.")
    assert [(f["date"], f["location"]) for f in found] == [("2022-11", "Bali")]
    found = _mentioned("ru", "2024-06-12", "RU", _RU_CN,
                       "Лидеры вспомнили прошлую встречу в Сочи.")
    assert [f["location"] for f in found] == ["Sochi"]
    found = _mentioned("it", "2024-06-12", "IT", _IT_US,
                       "I due leader hanno ricordato il precedente incontro a Roma.")
    assert [f["location"] for f in found] == ["Rome"]
    # no place named: none made up
    found = _mentioned("zh", "2024-06-12", "CN", _CN_US, "两国元首回顾了上次会晤以来的进展。")
    assert [f["location"] for f in found] == [None]


def test_a_contact_ahead_of_or_in_the_coming_weeks_is_planned_in_four_languages() -> None:
    ita = ("phone_call", ["giorgia-meloni", "donald-trump"])
    found = _mentioned("it", "2026-10-14", "ITA", ita,
                       "I due leader resteranno in contatto in vista del vertice del G20 di "
                       "novembre.")
    assert _pick(found, status="planned", date="2026-11", date_precision="month")
    found = _mentioned("it", "2026-10-14", "ITA", ita,
                       "Trump ha invitato Meloni alla Casa Bianca per una visita nelle "
                       "prossime settimane.")
    assert _pick(found, type="visit", status="planned")
    found = _mentioned("en", "2024-06-12", "USA", _US_CN,
                       "President Biden and President Xi are expected to meet in person in "
                       "the coming weeks.")
    assert _pick(found, status="planned")
    found = _mentioned("ru", "2024-06-12", "RUS", _RU_CN,
                       "Владимир Путин посетит Пекин с визитом в ближайшие недели.")
    assert _pick(found, type="visit", status="planned")
    found = _mentioned("zh", "2024-06-12", "CHN", _CN_US,
                       "双方欢迎美方国务卿近期访华。")
    assert all(f["status"] == "planned" for f in found)
    # "前夕" looks back as often as ahead: a video call before the festival was held
    found = _mentioned("zh", "2025-02-24", "CHN", _RU_CN,
                       "习近平指出，春节前夕我同总统先生视频会晤。")
    assert not _pick(found, status="planned")


def test_a_commission_or_council_meeting_is_no_leaders_contact() -> None:
    assert _mentioned("en", "2022-01-02", "UKR", ("phone_call", ["volodymyr-zelenskyy",
                                                                "joe-biden"]),
                      "Zelenskyy welcomed the proposal to hold a meeting of the NATO-Ukraine "
                      "Commission in the coming days.") == []


def _initiator_of(body: str, origin: str, published: str) -> str | None:
    import hashlib

    from readouts.ingest import PreparedText
    from readouts.pipeline import analyze_document, link_results

    prepared = PreparedText(origin=origin, sha256=hashlib.sha256(body.encode()).hexdigest(),
                            body=body)
    events = [e for e in link_results([analyze_document(prepared, published)]).events
              if e.reported_by]
    assert len(events) == 1
    return events[0].initiated_by


def test_the_latter_who_asked_for_the_contact_is_the_person_named_last() -> None:
    assert _initiator_of("Giorgia Meloni ha avuto un colloquio telefonico con Xi Jinping, su "
                         "richiesta di quest'ultimo.\n\nSi è parlato di commercio.\n",
                         "it.txt", "2026-03-10") == "xi-jinping"
    assert _initiator_of("President Biden spoke with President Zelenskyy at the latter's "
                         "request.\n\nThe leaders discussed security.\n",
                         "en.txt", "2022-03-10") == "volodymyr-zelenskyy"
    assert _initiator_of("Владимир Путин провёл телефонный разговор с Президентом Франции "
                         "Эмманюэлем Макроном по просьбе последнего.\n\nОбсуждалась "
                         "ситуация на Украине.\n", "ru.txt", "2022-03-10") == "emmanuel-macron"
    assert _initiator_of("国家主席习近平同法国总统马克龙通电话，通话在后者请求下举行。\n\n"
                         "双方就乌克兰问题交换意见。\n", "zh.txt", "2022-03-10") == \
        "emmanuel-macron"
    # a named requester wins over the order of names
    assert _initiator_of("Giorgia Meloni ha avuto un colloquio telefonico con Xi Jinping, su "
                         "richiesta della presidente Meloni.\n\nSi è parlato di commercio.\n",
                         "it2.txt", "2026-03-10") == "giorgia-meloni"


def test_bilaterale_is_a_meeting_only_as_a_noun() -> None:
    from readouts.extract.contacts.contacts import contact_type

    assert contact_type("Nel bilaterale a margine del G20 Meloni e Modi hanno parlato di "
                        "energia.", "it") == "meeting"
    assert contact_type("L'interscambio bilaterale ha raggiunto nel 2025 i 71,6 miliardi di "
                        "dollari.", "it") is None


OTHER_CALLS_DURATION = [
    ("it", "La presidente del Consiglio Giorgia Meloni ha avuto oggi un colloquio telefonico con "
           "il presidente ucraino Volodymyr Zelensky. Nei giorni scorsi il colloquio tra "
           "Emmanuel Macron e Vladimir Putin era durato due ore.", "2025-03-05"),
    ("en", "President Biden spoke today with President Zelenskyy of Ukraine. Earlier this week "
           "the call between Emmanuel Macron and Vladimir Putin lasted two hours.",
     "2022-03-30"),
    ("ru", "Владимир Путин провёл телефонный разговор с Президентом Турции Реджепом Тайипом "
           "Эрдоганом. Накануне разговор Эммануэля Макрона и Джо Байдена продолжался два часа.",
     "2022-03-30"),
    ("zh", "国家主席习近平同法国总统马克龙通电话。此前，拜登同普京的通话持续了两个小时。",
     "2022-03-30"),
]


def test_a_duration_of_another_call_is_not_the_contacts_in_four_languages() -> None:
    for lang, text, published in OTHER_CALLS_DURATION:
        event = only_event(analyze_texts((text, published), lang=lang))
        assert event.duration_minutes is None, (lang, event.duration_minutes)
        # the same sentence about the contact itself does give its duration
        own = text.split(". " if lang != "zh" else "。")[0]
        follow = {"it": ". Il colloquio è durato due ore.", "en": ". The call lasted two hours.",
                  "ru": ". Разговор продолжался два часа.", "zh": "。通话持续了两个小时。"}[lang]
        event = only_event(analyze_texts((own + follow, published), lang=lang))
        assert event.duration_minutes == 120, (lang, event.duration_minutes)


CALLERS = [
    # a calling verb between the two principals, in the body or a headline
    ("it", "Giorgia Meloni ha telefonato al presidente ucraino Volodymyr Zelensky per fare il "
           "punto sui negoziati di pace.", "2025-03-05", "giorgia-meloni"),
    ("it", "Meloni chiama Zelensky\n\nLa presidente del Consiglio ha avuto un colloquio "
           "telefonico con il presidente ucraino Volodymyr Zelensky.", "2025-03-05",
     "giorgia-meloni"),
    ("en", "President Biden called President Zelenskyy of Ukraine on Tuesday to discuss "
           "security assistance.", "2022-03-30", "joe-biden"),
    ("ru", "Президент Турции Реджеп Тайип Эрдоган позвонил Владимиру Путину: в ходе "
           "телефонного разговора обсуждалась ситуация в регионе.", "2022-03-30",
     "recep-tayyip-erdogan"),
    ("zh", "法国总统马克龙致电国家主席习近平，双方通电话，就乌克兰局势交换意见。", "2022-03-08",
     "emmanuel-macron"),
    # who placed it, said in a later clause
    ("it", "Erdogan e Putin hanno avuto un colloquio telefonico. A chiamare è stato il "
           "presidente turco Recep Tayyip Erdogan, secondo il Cremlino.", "2023-06-24",
     "recep-tayyip-erdogan"),
    # the side or the role that asked
    ("it", "Il presidente russo Vladimir Putin e il presidente turco Recep Tayyip Erdogan hanno "
           "avuto un colloquio telefonico, su iniziativa della parte turca.", "2023-06-24",
     "recep-tayyip-erdogan"),
    ("it", "Il presidente russo Vladimir Putin ha avuto un colloquio telefonico con Recep "
           "Tayyip Erdogan su richiesta del presidente turco.", "2023-06-24",
     "recep-tayyip-erdogan"),
    ("en", "President Macron and President Putin held a phone call on Friday, initiated by the "
           "French side.", "2022-03-04", "emmanuel-macron"),
    ("ru", "Состоялся телефонный разговор Владимира Путина с Президентом Турции Реджепом "
           "Тайипом Эрдоганом. Разговор прошёл по инициативе российского президента.",
     "2022-03-30", "vladimir-putin"),
    ("ru", "Владимир Путин провёл телефонный разговор с Президентом Франции Эммануэлем "
           "Макроном по инициативе России.", "2022-03-30", "vladimir-putin"),
    ("ru", "Состоялся телефонный разговор Владимира Путина с Президентом США Дональдом "
           "Трампом по инициативе американской стороны.", "2025-03-18", "donald-trump"),
    # the one thanked for the call made it
    ("it", "La presidente del Consiglio Giorgia Meloni ha avuto un colloquio telefonico con il "
           "presidente Volodymyr Zelensky. Zelensky ha ringraziato Meloni per la telefonata e "
           "per il sostegno dell'Italia.", "2025-03-05", "giorgia-meloni"),
    ("en", "President Biden spoke with President Zelenskyy of Ukraine. Zelenskyy thanked Biden "
           "for the call and for the aid.", "2022-03-30", "joe-biden"),
    # 应约 after a weekday and a date in brackets, or inside a spokesperson's answer
    ("zh", "国家主席习近平星期四(7月28日)晚应约同美国总统拜登通电话。双方就中美关系交换了意见。",
     "2022-07-29", "joe-biden"),
    ("zh", "外交部发言人答记者问。\n\n问：请介绍中法领导人通话情况。\n\n答：国家主席习近平"
           "应约同法国总统马克龙通电话。双方就乌克兰局势交换意见。", "2022-03-08",
     "emmanuel-macron"),
]


def test_who_placed_the_call_in_four_languages() -> None:
    for lang, text, published, expected in CALLERS:
        event = only_event(analyze_texts((text, published), lang=lang))
        assert event.initiated_by == expected, (lang, text[:40], event.initiated_by)


def test_a_calls_noun_or_a_neutral_verb_names_no_caller() -> None:
    for lang, text, published in [
        ("en", "Readout of President Biden's Calls with President Zelenskyy of Ukraine\n\n"
               "President Biden spoke with President Zelenskyy of Ukraine this evening.",
         "2022-03-03"),
        ("it", "Meloni sente Zelensky\n\nLa presidente del Consiglio ha avuto un colloquio "
               "telefonico con il presidente ucraino Volodymyr Zelensky.", "2025-03-05"),
        ("zh", "国家主席习近平同法国总统马克龙通电话。双方就乌克兰局势交换意见。", "2022-03-08"),
    ]:
        event = only_event(analyze_texts((text, published), lang=lang))
        assert event.initiated_by is None, (lang, event.initiated_by)


SAID_ON = [
    ("en", "The Kremlin said on Wednesday that France had asked for the phone call between "
           "President Emmanuel Macron and President Vladimir Putin. The two leaders spoke by "
           "phone on Tuesday for two hours.", "2025-07-02", "2025-07-01"),
    ("it", "Il Cremlino ha detto mercoledì che la telefonata tra il presidente Emmanuel Macron e "
           "il presidente Vladimir Putin è stata chiesta dalla Francia. I due leader si sono "
           "sentiti al telefono martedì per due ore.", "2025-07-02", "2025-07-01"),
    ("ru", "В Кремле заявили в среду, что телефонный разговор Владимира Путина и Эммануэля "
           "Макрона состоялся по просьбе Франции. Телефонный разговор прошёл во вторник.",
     "2025-07-02", "2025-07-01"),
]


def test_the_day_a_spokesman_spoke_is_not_the_contacts_in_three_languages() -> None:
    for lang, text, published, expected in SAID_ON:
        event = only_event(analyze_texts((text, published), lang=lang))
        assert event.date == expected, (lang, event.date)


def test_a_wire_dateline_dates_the_contact_and_its_relative_words() -> None:
    from readouts.extract.contacts.contacts import wire_date

    assert wire_date(["MOSCA, 19 MAG – La Russia raggiungerà i suoi obiettivi."], "it",
                     "2025-05-20") == "2025-05-19"
    assert wire_date(["WASHINGTON, Sept 10 (Reuters) - The call was candid."], "en",
                     "2021-09-11") == "2021-09-10"
    assert wire_date(["МОСКВА, 3 июл — РИА Новости. Разговор был долгим."], "ru",
                     "2025-07-04") == "2025-07-03"
    assert wire_date(["新华社北京7月28日电 国家主席习近平同美国总统拜登通电话。"], "zh",
                     "2022-07-29") == "2022-07-28"
    # a date inside prose is no dateline
    assert wire_date(["Il presidente ha ricordato il vertice del 19 maggio."], "it",
                     "2025-05-20") is None
    text = ("ROMA, 03 FEB - La presidente del Consiglio Giorgia Meloni e il presidente ucraino "
            "Volodymyr Zelensky hanno avuto ieri una conversazione telefonica.")
    event = only_event(analyze_texts((text, "2026-02-05"), lang="it"))
    assert event.date == "2026-02-02"  # "ieri" from the dateline's day, not the page's


def test_part_of_day_read_in_the_leads_paragraph_in_four_languages() -> None:
    for lang, text, published, part in [
        ("en", "President Biden spoke with President Putin of Russia. The call began at "
               "11:04am local time and lasted fifty minutes.", "2021-12-30", "morning"),
        ("it", "La presidente del Consiglio Giorgia Meloni ha avuto un colloquio telefonico con "
               "il presidente Volodymyr Zelensky. La telefonata è iniziata attorno alle 16.",
         "2025-03-05", "afternoon"),
        ("ru", "Состоялся телефонный разговор Владимира Путина с Президентом США Дональдом "
               "Трампом. Разговор начался в 17:00 мск.", "2025-03-18", "afternoon"),
        ("zh", "国家主席习近平同美国总统拜登通电话。通话于北京时间上午9时开始。", "2022-07-28",
         "morning"),
    ]:
        event = only_event(analyze_texts((text, published), lang=lang))
        assert event.part_of_day == part, (lang, event.part_of_day)


EXACT_LATER = [
    ("it", "Il presidente russo Vladimir Putin e il presidente americano Donald Trump hanno "
           "avuto un colloquio telefonico durato oltre due ore. Secondo il Cremlino la "
           "telefonata è durata 2 ore e 5 minuti.", "2025-05-19"),
    ("en", "President Trump spoke by phone with President Putin of Russia for more than two "
           "hours. According to the Kremlin, the call lasted 2 hours and 5 minutes.",
     "2025-05-19"),
    ("ru", "Состоялся телефонный разговор Владимира Путина с Президентом США Дональдом "
           "Трампом, который продолжался более двух часов. Как уточнил помощник, разговор "
           "длился 2 часа 5 минут.", "2025-05-19"),
    ("zh", "俄罗斯总统普京同美国总统特朗普通电话，通话持续了两个多小时。"
           "乌沙科夫表示，此次通话持续了2小时05分钟。", "2025-05-19"),
]


def test_an_exact_length_said_after_a_bound_wins_in_four_languages() -> None:
    for lang, text, published in EXACT_LATER:
        event = only_event(analyze_texts((text, published), lang=lang))
        assert event.duration_minutes == 125, (lang, event.duration_minutes)


def test_who_asked_said_later_in_the_account_and_not_in_a_question() -> None:
    for lang, text, published, expected in [
        ("en", "President Biden spoke by phone with President Putin of Russia. The leaders "
               "discussed Ukraine. Putin requested the call, which Biden accepted.",
         "2021-12-30", "vladimir-putin"),
        ("zh", "国家主席习近平同美国总统特朗普通电话。外交部发言人表示，此次通话是美方发起的。",
         "2025-11-25", "donald-trump"),
        # a question asks who called; a quoted 应约 is a word talked about
        ("zh", "国家主席习近平同美国总统拜登通电话。"
               "有记者问：这次通话是应美方要求还是中方主动提议？",
         "2021-02-11", None),
        ("zh", "国家主席习近平同美国总统拜登通电话。值得注意的是，标题里没有提到“应约”二字。",
         "2021-02-11", None),
    ]:
        event = only_event(analyze_texts((text, published), lang=lang))
        assert event.initiated_by == expected, (lang, text[-30:], event.initiated_by)


def test_the_aide_or_spokesman_telling_of_a_call_is_never_a_party() -> None:
    texts = [
        ("Il portavoce del Cremlino Dmitry Peskov ha detto che la telefonata di Putin è "
         "durata un'ora.", "it"),
        ("Kremlin spokesman Dmitry Peskov told reporters that Putin's phone call had lasted "
         "an hour.", "en"),
        ("Пресс-секретарь президента Дмитрий Песков сообщил, что телефонный разговор Путина "
         "продолжался час.", "ru"),
        ("外交部发言人毛宁表示，习近平主席的通话持续了一个小时。", "zh"),
    ]
    for text, lang in texts:
        analysis = analyze_texts((text, "2025-03-18"), lang=lang)
        people = {p for e in analysis.events for p in e.participants}
        assert not people & {"dmitry-peskov", "mao-ning"}, (lang, people)


# "X also spoke with B" after a report of A–B: X's contact is with B, the principal the
# sentence names, not with A; said to be earlier, it is mentioned, not reported.
ALSO_WITH_THE_OTHER = [
    ("zh", "俄罗斯外交部今天说，俄罗斯总统普京和印度总理莫迪通电话，讨论了双边关系。"
           "美国总统拜登也与莫迪通了电话，讨论了莫迪对基辅的访问。"),
    ("en", "The Kremlin said today that President Putin spoke by phone with Prime Minister "
           "Modi about bilateral ties. President Biden also spoke by phone with Modi about "
           "his trip to Kyiv."),
    ("it", "Il Cremlino ha detto oggi che il presidente Putin ha avuto un colloquio telefonico "
           "con il premier Modi. Anche il presidente Biden ha avuto un colloquio telefonico "
           "con Modi sul suo viaggio a Kiev."),
    ("ru", "Сегодня президент Путин провёл телефонный разговор с премьер-министром Моди. "
           "Президент Байден также провёл телефонный разговор с Моди о его поездке в Киев."),
]


@pytest.mark.parametrize(("lang", "text"), ALSO_WITH_THE_OTHER)
def test_also_spoke_with_the_other_principal(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2024-08-27"), lang=lang)
    pairs = {frozenset(e.participants) for e in analysis.events}
    assert frozenset({"vladimir-putin", "narendra-modi"}) in pairs
    assert frozenset({"joe-biden", "vladimir-putin"}) not in pairs
    assert frozenset({"joe-biden", "narendra-modi"}) in pairs


def test_a_call_said_to_be_earlier_is_mentioned() -> None:
    text = ("俄罗斯外交部今天说，俄罗斯总统普京和印度总理莫迪通电话。"
            "稍早前，美国总统拜登也与莫迪通了电话。")
    analysis = analyze_texts((text, "2024-08-27"), lang="zh")
    biden = [e for e in analysis.events if "joe-biden" in e.participants]
    assert [set(e.participants) for e in biden] == [{"joe-biden", "narendra-modi"}]
    assert not biden[0].reported_by


# An earlier time carried on by "之后"/"afterwards": the caller of that earlier call is not the
# reported call's initiator.
SEQUEL_CALLS = [
    ("zh", "法国总统马克龙8日与乌克兰总统泽连斯基再次通电话，讨论了核电站安全。"
           "双方还谈到了人道援助。两人保持定期联系。"
           "上周，马克龙曾与俄罗斯总统普京就核电站安全交换看法，之后，马克龙致电泽连斯基。"),
    ("en", "French President Macron spoke by phone with Ukrainian President Zelensky on "
           "Tuesday about the nuclear plant. They also discussed aid. They keep in regular "
           "touch. Last week Macron had met Putin in Moscow, and afterwards Macron called "
           "Zelensky."),
    ("it", "Il presidente francese Macron ha avuto martedì un colloquio telefonico con il "
           "presidente ucraino Zelensky sulla centrale nucleare. Hanno parlato anche di aiuti. "
           "I due restano in contatto. La settimana scorsa Macron aveva visto Putin a Mosca, "
           "dopodiché Macron ha telefonato a Zelensky."),
    ("ru", "Президент Франции Макрон во вторник провёл телефонный разговор с президентом "
           "Украины Зеленским. Обсуждалась и помощь. Они поддерживают контакт. На прошлой "
           "неделе Макрон встречался с Путиным, после этого Макрон позвонил Зеленскому."),
]


@pytest.mark.parametrize(("lang", "text"), SEQUEL_CALLS)
def test_an_earlier_call_carried_on_lends_no_initiator(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2022-03-09"), lang=lang)
    calls = [e for e in held(analysis)
             if set(e.participants) == {"emmanuel-macron", "volodymyr-zelenskyy"}]
    assert calls
    assert [e.initiated_by for e in calls] == [None] * len(calls)


# Taiwan and Hong Kong wording, written in Traditional characters and read after conversion:
# 視訊 is video, 電話連線 a phone call (the lead's planned 會談 is another contact), the side
# that 主動提出 the call asked for it.
TAIWAN_WORDING = [
    ("中國國家主席習近平今天下午透過視訊與俄羅斯總統普丁舉行會談。",
     "video_call", {"xi-jinping", "vladimir-putin"}, None),
    ("國家主席習近平與俄羅斯總統普京今天透過視像通話，共同出席了能源項目的啟動儀式。",
     "video_call", {"xi-jinping", "vladimir-putin"}, None),
    ("美國總統川普明天將與烏克蘭總統澤倫斯基會談，不過他今晨發文表示，與俄羅斯總統普廷進行"
     "電話連線，對話時間很長。", "phone_call", {"donald-trump", "vladimir-putin"}, None),
    ("川普總統9日與俄羅斯總統普亭通電話。克宮幕僚鄂夏柯夫說，兩人通話持續一小時，且是華府"
     "方面主動提出。", "phone_call", {"donald-trump", "vladimir-putin"}, "donald-trump"),
    ("川普與普廷16日通話。克里姆林宮幕僚表示，這通電話為俄方主動提出。",
     "phone_call", {"donald-trump", "vladimir-putin"}, "vladimir-putin"),
    # a question which side asked says nothing
    ("川普與普廷16日通電話。記者問，這次通話是由俄方主動提議還是應美方要求進行的？",
     "phone_call", {"donald-trump", "vladimir-putin"}, None),
]


@pytest.mark.parametrize(("traditional", "kind", "pair", "initiator"), TAIWAN_WORDING)
def test_taiwan_wording(traditional: str, kind: str, pair: set[str],
                        initiator: str | None) -> None:
    text, _ = to_simplified(traditional, {})
    event = [e for e in held(analyze_texts((text, "2025-10-17"), lang="zh"))
             if set(e.participants) == pair]
    assert [(e.type, e.initiated_by) for e in event] == [(kind, initiator)]


# The same side asking for the call, said in the other languages.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Trump spoke by phone with Putin on Monday. The call was initiated by the "
           "American side, an aide said."),
    ("ru", "Путин провёл телефонный разговор с Трампом. Разговор состоялся по инициативе "
           "американской стороны."),
])
def test_the_side_that_asked_for_the_call(lang: str, text: str) -> None:
    event = [e for e in held(analyze_texts((text, "2025-10-17"), lang=lang))
             if set(e.participants) == {"donald-trump", "vladimir-putin"}]
    assert [e.initiated_by for e in event] == ["donald-trump"]


# An opening clause setting the scene names a leader who is no party of the contact reported
# after it.
SCENE_FIRST = [
    ("zh", "在乌克兰总统泽连斯基17日访问白宫前夕，美国总统特朗普16日与俄罗斯总统普京通电话。"),
    ("en", "Ahead of Zelensky's visit to the White House on Friday, President Trump spoke by "
           "phone with President Putin on Thursday."),
    ("it", "Alla vigilia della visita di Zelensky alla Casa Bianca, il presidente Trump ha "
           "avuto giovedì un colloquio telefonico con il presidente Putin."),
    ("ru", "Накануне визита Зеленского в Белый дом, который состоится в пятницу, президент "
           "Трамп в четверг провёл телефонный разговор с президентом Путиным."),
]


@pytest.mark.parametrize(("lang", "text"), SCENE_FIRST)
def test_a_scene_setting_clause_names_no_party(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2025-10-17"), lang=lang))
    assert set(event.participants) == {"donald-trump", "vladimir-putin"}


# The one who called is the leader named in the calling clause, not the subject of a clause
# before it.
CALLER_OF_ITS_CLAUSE = [
    ("zh", "法国总统马克龙8日与乌克兰总统泽连斯基再次通电话。双方谈到了人道援助。"
           "上周，俄罗斯总统普京就核电站安全问题与马克龙交换看法，之后，马克龙致电泽连斯基。"),
    ("en", "French President Macron spoke by phone with Ukrainian President Zelensky on "
           "Tuesday. They discussed aid. Last week Putin discussed the nuclear plant with "
           "Macron; afterwards, Macron called Zelensky."),
    ("it", "Il presidente francese Macron ha avuto martedì un colloquio telefonico con il "
           "presidente ucraino Zelensky. Hanno parlato di aiuti. La settimana scorsa Putin ha "
           "discusso della centrale con Macron; dopodiché, Macron ha telefonato a Zelensky."),
    ("ru", "Президент Франции Макрон во вторник провёл телефонный разговор с президентом "
           "Украины Зеленским. Обсуждалась помощь. На прошлой неделе Путин обсуждал АЭС с "
           "Макроном; после этого, Макрон позвонил Зеленскому."),
]


@pytest.mark.parametrize(("lang", "text"), CALLER_OF_ITS_CLAUSE)
def test_the_caller_is_named_in_the_calling_clause(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2022-03-09"), lang=lang)
    pairs = {frozenset(e.participants) for e in analysis.events}
    assert frozenset({"vladimir-putin", "volodymyr-zelenskyy"}) not in pairs


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "La presidente del Consiglio ha rivolto un invito al presidente Erdogan a recarsi "
           "in Italia nella prima metà del 2025 per una nuova sessione del Vertice "
           "intergovernativo."),
    ("en", "The Prime Minister extended an invitation to President Erdogan to come to Italy "
           "in the first half of 2025 to hold talks in Rome."),
])
def test_an_invitation_to_come_is_a_planned_contact(lang: str, text: str) -> None:
    call = ("phone_call", ["giorgia-meloni", "recep-tayyip-erdogan"])
    found = _mentioned(lang, "2024-10-22", "ITA", call, text)
    assert found and all(f["status"] == "planned" for f in found), found


ANOTHER_CONTACTS_REQUEST = [
    ("it", "Giorgia Meloni ha avuto oggi un colloquio telefonico con Emmanuel Macron. A marzo, "
           "su invito di Macron, Meloni ha compiuto una visita di Stato in Francia."),
    ("en", "President Biden spoke today with President Macron of France. In March, at the "
           "invitation of President Macron, Biden paid a state visit to France."),
    ("ru", "Джо Байден провёл телефонный разговор с Эммануэлем Макроном. В марте по "
           "приглашению Макрона Байден посетил Францию с государственным визитом."),
    ("zh", "美国总统拜登今天同法国总统马克龙通电话。"
           "今年3月，应马克龙邀请，拜登对法国进行国事访问。"),
]


@pytest.mark.parametrize(("lang", "text"), ANOTHER_CONTACTS_REQUEST)
def test_the_invitation_to_another_contact_beside_the_lead_is_not_the_calls_request(
        lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2024-10-10"), lang=lang)
    calls = [e for e in held(analysis) if e.type == "phone_call"]
    assert [(e.date, e.initiated_by) for e in calls] == [("2024-10-10", None)]
