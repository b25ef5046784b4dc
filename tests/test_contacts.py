"""Contacts: type, principals, date, part of day, duration, place, initiator, attendees,
earlier and planned contacts, in it/en/ru/zh; and linking across documents."""

from __future__ import annotations

import hashlib

from readouts.ingest import PreparedText
from readouts.model import Analysis, Event
from readouts.pipeline import analyze_document, link_results


def analyze_texts(*docs: tuple[str, str | None], lang: str | None = None) -> Analysis:
    results = []
    for text, published in docs:
        digest = hashlib.sha256(text.encode()).hexdigest()
        meta = {"date": published} if published else {}
        results.append(analyze_document(PreparedText("test", digest, text, meta), lang=lang))
    return link_results(results)


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
