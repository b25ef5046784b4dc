"""A story written before the talks: an arrival or a trip under way or ahead whose meeting
with a leader is told in the future, in the arrival's own sentence ("has arrived for a state
visit, during which he will hold talks with …", "должен провести переговоры", "将同…举行会谈")
or further on ("Venerdì incontrerà il presidente …"). THE contact is that planned meeting,
dated only by its own date words (never by the page); the trip is its setting. Found on real
items of four outlets (Adnkronos English, TV Centre, Lianhe Zaobao, Agenzia Dire) that came
out as a held meeting or visit dated by the page; the texts here are written for the test."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

ARRIVED_TALKS_AHEAD = [
    ("en", "Italian President Sergio Mattarella has arrived in Accra for a state visit, during "
           "which he will hold talks with Ghana's President Nana Akufo-Addo, followed by a "
           "joint press conference.", "2024-04-05", {"sergio-mattarella", "nana-akufo-addo"}),
    ("it", "Il presidente Sergio Mattarella è arrivato ad Accra per una visita di Stato, nel "
           "corso della quale terrà colloqui con il presidente ghanese Nana Akufo-Addo, seguiti "
           "da una conferenza stampa.", "2024-04-05", {"sergio-mattarella", "nana-akufo-addo"}),
    ("ru", "Президент России Владимир Путин прибыл в Ханой с государственным визитом, в ходе "
           "которого он проведет переговоры с президентом Вьетнама То Ламом.", "2024-06-19",
     {"vladimir-putin", "to-lam"}),
    ("zh", "俄罗斯总统普京乘专机抵达河内，将同越南国家主席苏林举行会谈并对越南进行国事访问。",
     "2024-06-19", {"vladimir-putin", "to-lam"}),
]


@pytest.mark.parametrize(("lang", "text", "page", "pair"), ARRIVED_TALKS_AHEAD)
def test_an_arrival_with_talks_ahead_is_the_planned_meeting(lang: str, text: str, page: str,
                                                           pair: set[str]) -> None:
    events = [e for e in analyze_texts((text, page), lang=lang).events if e.reported_by]
    assert [(e.type, e.status, set(e.participants), e.date) for e in events] == [
        ("meeting", "planned", pair, None)], (lang, [e.to_json() for e in events])


TRIP_THEN_MEETING = [
    ("it", "Mattarella arriva oggi ad Hanoi per la visita di Stato in Vietnam. In serata il Capo "
           "dello Stato vedrà la comunità italiana. Venerdì il presidente incontrerà il "
           "presidente vietnamita Truong Tan Sang al Palazzo presidenziale.", "2015-11-05",
     {"sergio-mattarella", "truong-tan-sang"}, "2015-11-06"),
    ("en", "Prime Minister Narendra Modi begins a state visit to Vietnam today. He is also set to "
           "address the Indian community in Hanoi. On Saturday, Mr Modi will meet President To "
           "Lam at the Presidential Palace.", "2024-06-19", {"narendra-modi", "to-lam"},
     "2024-06-22"),
    ("ru", "Владимир Путин начал государственный визит во Вьетнам, куда он прибыл ночью. Там он "
           "должен провести встречу с президентом Вьетнама То Ламом.", "2024-06-19",
     {"vladimir-putin", "to-lam"}, None),
    ("zh", "新加坡总理李显龙将在下周一至周六(3月27日至4月1日)对中国进行正式访问。"
           "在北京期间，李显龙将与国务院总理李强会面。", "2023-03-20",
     {"lee-hsien-loong", "li-qiang"}, None),
]


@pytest.mark.parametrize(("lang", "text", "page", "pair", "day"), TRIP_THEN_MEETING)
def test_a_trip_whose_meeting_is_told_ahead_gives_the_meeting(
        lang: str, text: str, page: str, pair: set[str], day: str | None) -> None:
    events = analyze_texts((text, page), lang=lang).events
    told = [(e.type, e.status, set(e.participants), e.date) for e in events]
    assert told == [("meeting", "planned", pair, day)], (lang, told)


HELD = [
    ("President Joe Biden held talks with Prime Minister Narendra Modi at the White House on "
     "Friday, followed by a joint press conference.", "2023-06-24", "2023-06-23"),
    ("Vladimir Putin arrived in Hanoi on Wednesday for a state visit and held talks with "
     "President To Lam.", "2024-06-20", "2024-06-19"),
]


@pytest.mark.parametrize(("text", "page", "day"), HELD)
def test_talks_told_held_stay_held(text: str, page: str, day: str) -> None:
    """A participle after held talks ("followed by") is no future, and talks held on the
    arrival's day are the contact."""
    events = [e for e in analyze_texts((text, page), lang="en").events if e.reported_by]
    assert [(e.type, e.status, e.date) for e in events] == [("meeting", "held", day)]


def test_a_visit_over_keeps_its_meeting_held() -> None:
    """A trip told in the past, with a meeting ahead told after it: the meeting held on the
    trip is the news, the one ahead another contact."""
    text = ("Narendra Modi visited Vietnam last week and met President To Lam in Hanoi. The two "
            "leaders will meet again at the summit in October.")
    events = analyze_texts((text, "2024-06-20"), lang="en").events
    assert [(e.type, e.status) for e in events] == [("meeting", "held"), ("meeting", "planned")]


TOLD_OVER_IN_THE_HEADLINE = [
    ("en", "Putin and Obama met briefly at the G20 summit\n\nVladimir Putin and Barack Obama had "
           "several brief exchanges on their feet during the G20 summit in Hangzhou, the Kremlin "
           "said. A meeting between them will be arranged, but no format has been agreed yet."),
    ("it", "Putin e Obama si sono incontrati brevemente al G20\n\nVladimir Putin e Barack Obama "
           "si sono parlati più volte in piedi durante il vertice del G20 a Hangzhou. L'incontro "
           "sarà concordato, ma il formato non è ancora stato deciso."),
    ("ru", "Путин несколько раз пообщался с Обамой на саммите G20\n\nПутин и Обама несколько раз "
           "кратко побеседовали на ногах на саммите G20 в Ханчжоу. Встреча будет согласовываться, "
           "формат пока не согласован."),
    ("zh", "普京与奥巴马在二十国集团峰会期间进行了简短会面\n\n普京与奥巴马在杭州二十国集团峰会期间"
           "多次站着简短交谈。两人的会晤将另行商定，具体形式尚未确定。"),
]


@pytest.mark.parametrize(("lang", "text"), TOLD_OVER_IN_THE_HEADLINE)
def test_a_headline_telling_the_contact_over_keeps_it_held(lang: str, text: str) -> None:
    """The lead's future ("a meeting will be arranged") reads ahead only where the headline
    tells no contact over: under "met briefly" the story is after it (found on an Izvestia
    item on Putin and Obama at the G20, 2016)."""
    events = [e for e in analyze_texts((text, "2016-09-04"), lang=lang).events if e.reported_by]
    assert [(e.type, e.status) for e in events] == [("meeting", "held")], (lang, events)


def test_a_meeting_named_as_the_ground_of_the_talks_ahead_is_over() -> None:
    """"在海湖庄园会晤、汉堡会晤基础上": meetings the talks ahead build on are held, however
    future the sentence, and no planned meeting of the trip (found on a Xinhua item on
    Trump's 2017 state visit, run by two papers)."""
    text = ("美国总统特朗普抵达北京开始国事访问\n\n美国总统特朗普8日下午抵达北京，开始对中国进行"
            "国事访问。访问期间，两国元首将在海湖庄园会晤、汉堡会晤基础上再次进行战略性沟通。")
    events = analyze_texts((text, "2017-11-09"), lang="zh").events
    assert ("visit", "held", "2017-11-08") in [(e.type, e.status, e.date) for e in events
                                               if e.reported_by]
    assert not [e for e in events if e.type == "meeting" and e.status == "planned"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Dichiarazione di Orbán dopo l'incontro con Fico\n\nAbbiamo atteso questo incontro per "
           "anni: oggi Viktor Orbán e Robert Fico avranno un incontro."),
    ("ru", "Заявление Орбана по итогам встречи с Фицо\n\nМы долго ждали этой встречи: Виктор "
           "Орбан и Роберт Фицо проведут встречу."),
])
def test_a_headline_on_words_after_the_contact_keeps_it_held(lang: str, text: str) -> None:
    """"Press statement following his meeting with Fico" over "we have looked forward to this
    meeting": the contact is over (found on a Hungarian government statement, 2024)."""
    events = [e for e in analyze_texts((text, "2024-01-16"), lang=lang).events if e.reported_by]
    assert [(e.type, e.status) for e in events] == [("meeting", "held")], lang
