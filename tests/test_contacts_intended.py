"""A contact a leader intends, hopes or is expected to hold ("намерен провести переговоры",
"或于28日通电话", "intends to hold talks") is planned, not held; a later sentence about "this
meeting" or a later contact of one leader with a minister does not make a story of an
announced contact one of a held contact. A welcome ceremony for a visiting leader is a
ceremony, not the visit; talks held after it are the meeting."""

from __future__ import annotations

from test_contacts import analyze_texts

from readouts.model import Event

LUKA_PUTIN = {"alexander-lukashenko", "vladimir-putin"}
MACRON_ZELENSKY = {"emmanuel-macron", "volodymyr-zelenskyy"}
XI_MACRON = {"xi-jinping", "emmanuel-macron"}


def _reported(text: str, lang: str, published: str = "2024-11-02") -> list[Event]:
    return [e for e in analyze_texts((text, published), lang=lang).events if e.reported_by]


INTENDED = [
    ("ru", "Президент Белоруссии Александр Лукашенко намерен провести переговоры с Владимиром "
           "Путиным в режиме видеосвязи. Об этом он сказал журналистам.", "video_call"),
    ("ru", "Александр Лукашенко надеется провести онлайн-переговоры с российским лидером "
           "Владимиром Путиным, рассказал он журналистам.", "video_call"),
    ("ru", "Лукашенко выразил желание провести телефонный разговор с Владимиром Путиным.",
     "phone_call"),
    ("zh", "据俄媒报道，克里姆林宫称，俄总统普京与白俄罗斯总统卢卡申科或于周五通电话。",
     "phone_call"),
    ("zh", "白俄罗斯总统卢卡申科打算本周末与俄罗斯总统普京视频会晤。", "video_call"),
    ("en", "Belarusian President Alexander Lukashenko intends to hold talks with Vladimir Putin "
           "by video link, he told reporters.", "video_call"),
    ("it", "Il presidente bielorusso Aleksandr Lukashenko intende avere un colloquio in "
           "videoconferenza con Vladimir Putin, ha detto ai giornalisti.", "video_call"),
]


def test_a_contact_intended_or_expected_is_planned() -> None:
    for lang, text, kind in INTENDED:
        events = _reported(text, lang)
        assert len(events) == 1, (lang, text, [e.to_json() for e in events])
        assert (events[0].status, events[0].type) == ("planned", kind), (lang, events[0].to_json())
        assert set(events[0].participants) == LUKA_PUTIN, (lang, events[0].participants)


ANNOUNCED_THEN_THIS = [
    ("zh", "法国总统府今天表示，总统马克龙(Emmanuel Macron)将于11月17日在巴黎与乌克兰总统泽连斯基"
           "(Volodymyr Zelensky)会晤。爱丽舍宫补充说，马克龙与泽连斯基的本次会晤旨在"
           "巩固盟友联盟。"),
    ("ru", "Президент Франции Эммануэль Макрон встретится с Владимиром Зеленским в Париже 17 "
           "ноября. В Елисейском дворце добавили, что эта встреча Макрона и Зеленского "
           "призвана укрепить коалицию."),
    ("en", "French President Emmanuel Macron will meet Volodymyr Zelensky in Paris on November "
           "17. The Elysee added that this meeting of Macron and Zelensky aims to strengthen the "
           "coalition."),
    ("it", "Il presidente francese Emmanuel Macron incontrerà Volodymyr Zelensky a Parigi il 17 "
           "novembre. L'Eliseo ha aggiunto che questo incontro tra Macron e Zelensky punta a "
           "rafforzare la coalizione."),
]


def test_this_meeting_after_an_announced_one_is_the_announced_one() -> None:
    for lang, text in ANNOUNCED_THEN_THIS:
        events = _reported(text, lang, "2025-11-14")
        assert events and events[0].status == "planned", (lang, [e.to_json() for e in events])
        assert set(events[0].participants) == MACRON_ZELENSKY, (lang, events[0].participants)
        assert not [e for e in events if e.status == "held"], (lang, [e.to_json() for e in events])


ANNOUNCED_THEN_MINISTER = [
    ("ru", "Лукашенко заявляет, что встретится с Путиным в ближайшее время\n\nАлександр "
           "Лукашенко заявляет о возможности его встречи с президентом России Владимиром "
           "Путиным в ближайшее время. Об этом сообщили по итогам встречи главы государства с "
           "министром иностранных дел Владимиром Макеем."),
    ("en", "Lukashenko says he will meet Putin soon\n\nAlexander Lukashenko says he will meet "
           "Russian President Vladimir Putin soon. He said so after a meeting with Foreign "
           "Minister Vladimir Makei."),
]


def test_a_later_meeting_of_one_leader_leaves_the_announced_contact_the_story() -> None:
    for lang, text in ANNOUNCED_THEN_MINISTER:
        events = _reported(text, lang)
        assert events and events[0].status == "planned", (lang, [e.to_json() for e in events])
        assert set(events[0].participants) == LUKA_PUTIN, (lang, events[0].participants)


CEREMONY = [
    ("zh", "国家主席习近平14日上午在人民大会堂东门外广场举行仪式，欢迎法国总统马克龙对我国进行国事"
           "访问。军乐团奏两国国歌。", "ceremony", "morning"),
    ("zh", "习近平举行仪式欢迎法国总统访华\n\n国家主席习近平14日下午在人民大会堂举行仪式，"
           "欢迎法国总统马克龙对我国进行国事访问。", "ceremony", "afternoon"),
    # talks named with it: the meeting
    ("zh", "国家主席习近平14日下午在人民大会堂举行仪式，欢迎法国总统马克龙，随后两国元首举行会谈。",
     "meeting", "afternoon"),
]


def test_a_welcome_ceremony_for_a_visit_is_a_ceremony() -> None:
    for lang, text, kind, daypart in CEREMONY:
        events = _reported(text, lang, "2023-04-14")
        assert events, (lang, text)
        event = events[0]
        assert (event.type, event.status, event.part_of_day) == (kind, "held", daypart), \
            (lang, event.to_json())
        assert set(event.participants) == XI_MACRON, (lang, event.participants)
