"""A talk told by a bare Russian word, its medium unsaid: the noun «беседа» («провёл беседу»,
«Беседа лидеров состоялась») and «(по)общались», «переговаривались» name a contact of the two
leaders as «разговор» and «побеседовал» do (a call where nothing else says how), and where the
sentence sets it where the two were together («во время заседания», «на полях», «в
кулуарах», «на ногах») a meeting. Before, such a talk named no contact at all. Seen on real
items: Mir 24 (Aliyev and Pashinyan «пообщались во время заседания» in Kazan), Rossiyskaya
Gazeta (Putin and Macron «пообщались» on the G20's sidelines), Izvestia and Vesti (Putin and
Obama «на ногах»), Novorosinform («провел беседу» of a call). A talk given to the press («в
беседе с журналистами») names none; a meeting called off («причины отмены встречи») was never
held. Texts written for these tests."""

import pytest
from test_contacts import analyze_texts

PAGE = "2024-10-10"


@pytest.mark.parametrize(("text", "pair"), [
    ("Президент Казахстана Касым-Жомарт Токаев и президент Узбекистана Шавкат Мирзиёев "
     "пообщались во время заседания Совета глав государств в Душанбе.",
     ["kassym-jomart-tokayev", "shavkat-mirziyoyev"]),
    ("Премьер-министр Армении Никол Пашинян и президент Азербайджана Ильхам Алиев кратко "
     "переговаривались в кулуарах форума.", ["ilham-aliyev", "nikol-pashinyan"]),
    ("Короткая беседа Александра Лукашенко и Касым-Жомарта Токаева состоялась на полях "
     "форума в Астане.", ["alexander-lukashenko", "kassym-jomart-tokayev"]),
    ("Владимир Путин кратко пообщался с президентом Азербайджана Ильхамом Алиевым на ногах.",
     ["ilham-aliyev", "vladimir-putin"]),
])
def test_a_bare_talk_where_the_two_were_is_a_meeting(text: str, pair: list[str]) -> None:
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [(e.type, e.status, sorted(e.participants)) for e in events] == [
        ("meeting", "held", pair)]


@pytest.mark.parametrize("text", [
    "Президент России Владимир Путин провёл беседу с президентом Азербайджана Ильхамом Алиевым.",
    "Владимир Путин и Ильхам Алиев пообщались, сообщили в Кремле.",
])
def test_a_bare_talk_alone_is_a_call(text: str) -> None:
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [(e.type, e.status, sorted(e.participants)) for e in events] == [
        ("phone_call", "held", ["ilham-aliyev", "vladimir-putin"])]


def test_a_call_at_a_forum_stays_a_call() -> None:
    text = ("Владимир Путин поговорил по телефону с Ильхамом Алиевым во время заседания "
            "форума в Москве.")
    events = analyze_texts((text, PAGE), lang="ru").events
    assert [(e.type, sorted(e.participants)) for e in events] == [
        ("phone_call", ["ilham-aliyev", "vladimir-putin"])]


@pytest.mark.parametrize("text", [
    "Президент Казахстана Касым-Жомарт Токаев в беседе с журналистами рассказал о планах.",
    "Пресс-секретарь Дмитрий Песков пообщался с журналистами в Кремле.",
    "Президент США Дональд Трамп не стал объяснять причины отмены встречи с Владимиром Путиным.",
])
def test_no_contact_of_two_leaders(text: str) -> None:
    assert analyze_texts((text, PAGE), lang="ru").events == []
