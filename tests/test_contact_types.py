"""Contact types on wordings real reports use: a bare "colloquio" or "разговор", a meeting
during a visit, a planned contact named after the reported one, in it/en/ru/zh."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

# A word naming a contact without its medium types it only where nothing else does.
BARE_WORDS = [
    ("it", "Il presidente del Consiglio Giorgia Meloni ha avuto ieri un lungo colloquio a "
           "Palazzo Chigi con il cancelliere tedesco Olaf Scholz.", "meeting"),
    ("it", "Il presidente francese Emmanuel Macron ha avuto in serata uno scambio telefonico "
           "con il presidente russo Vladimir Putin.", "phone_call"),
    ("it", "«In una conversazione di mezz'ora con Emmanuel Macron abbiamo parlato della "
           "difesa aerea», ha scritto il presidente ucraino Volodymyr Zelensky.", "phone_call"),
    ("en", "Prime Minister Narendra Modi held a \"warm and detailed conversation\" with "
           "President Vladimir Putin over the phone on Tuesday.", "phone_call"),
    ("ru", "Разговор Владимира Путина и Президента Казахстана Касым-Жомарта Токаева длился "
           "сорок минут.", "phone_call"),
    ("zh", "国家主席习近平今天上午同法国总统马克龙通了电话。", "phone_call"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BARE_WORDS)
def test_a_bare_word_names_the_contact(lang: str, text: str, expected: str) -> None:
    event = only_event(analyze_texts((text, "2024-05-16"), lang=lang))
    assert event.type == expected
    assert len(event.participants) == 2


# The named medium wins over a bare word in the same sentence.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "Nel colloquio telefonico di ieri Meloni e il presidente turco Recep Tayyip "
           "Erdogan hanno parlato di Libia.", "phone_call"),
    ("ru", "Владимир Путин провёл телефонный разговор с Президентом Франции Эммануэлем "
           "Макроном.", "phone_call"),
    ("ru", "Разговор Владимира Путина с Си Цзиньпином прошёл в режиме видеоконференции.",
     "video_call"),
])
def test_a_named_medium_beats_the_bare_word(lang: str, text: str, expected: str) -> None:
    assert only_event(analyze_texts((text, "2024-05-16"), lang=lang)).type == expected


# Two leaders who meet during one's state visit had a meeting: the visit is the trip.
DURING_A_VISIT = [
    ("it", "Xi Jinping e Lula vertice a Pechino\nIl presidente cinese Xi Jinping ha ricevuto "
           "il suo omologo brasiliano Luiz Inacio Lula da Silva nella Grande sala del popolo. "
           "Lula è in visita di Stato in Cina fino a sabato."),
    ("it", "Mattarella incontra Xi a Pechino\nProsegue la visita di Stato in Cina del presidente "
           "della Repubblica Sergio Mattarella, oggi a Pechino."),
    ("en", "President Xi meets President Lula in Beijing\nPresident Xi Jinping met with "
           "President Luiz Inacio Lula da Silva in Beijing on Friday. Lula is on a state visit "
           "to China."),
]


@pytest.mark.parametrize(("lang", "text"), DURING_A_VISIT)
def test_a_meeting_during_a_visit_is_a_meeting(lang: str, text: str) -> None:
    assert only_event(analyze_texts((text, "2023-04-14"), lang=lang)).type == "meeting"


# A planned contact named after the reported one leaves the reported one the lead.
PLANNED_AFTER = [
    ("it", "Il presidente del Consiglio Giorgia Meloni ha avuto oggi una conversazione "
           "telefonica con il presidente ucraino Volodymyr Zelensky in vista della visita che "
           "quest'ultimo compirà a Roma.", "phone_call"),
    ("it", "Il presidente russo Vladimir Putin e il presidente americano Donald Trump hanno "
           "avuto una telefonata e si sentiranno di nuovo la prossima settimana.", "phone_call"),
    ("en", "Prime Minister Narendra Modi today spoke on phone with President Vladimir Putin, "
           "ahead of the annual summit to be held in India later this year.", "phone_call"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PLANNED_AFTER)
def test_a_planned_contact_after_the_reported_one(lang: str, text: str, expected: str) -> None:
    event = only_event(analyze_texts((text, "2024-05-16"), lang=lang))
    assert event.type == expected
    assert len(event.participants) == 2


# A leader's own quoted account of a contact: he is its other party, named where the
# quotation closes.
QUOTED_ACCOUNTS = [
    ("it", "KIEV, 3 MAR - \"In una telefonata di mezz'ora con Emmanuel Macron abbiamo parlato "
           "di difesa aerea. Abbiamo fissato i prossimi passi\". Lo ha scritto sui social il "
           "presidente ucraino Volodymyr Zelensky."),
    ("en", "\"In a long call with President Emmanuel Macron, we discussed air defence. We agreed "
           "on the next steps.\" So wrote President Volodymyr Zelenskyy on Telegram."),
    ("ru", "«В ходе телефонного разговора с Эммануэлем Макроном мы обсудили противовоздушную "
           "оборону. Договорились о следующих шагах», — написал Президент Украины Владимир "
           "Зеленский."),
    ("zh", "“我同马克龙总统通了电话，讨论了防空问题。我们商定了下一步行动。”乌克兰总统泽连斯基"
           "在社交媒体上写道。"),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED_ACCOUNTS)
def test_the_author_of_a_quoted_account_is_a_party(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2024-03-03"), lang=lang))
    assert set(event.participants) == {"emmanuel-macron", "volodymyr-zelenskyy"}


# Who else attended, or made up a delegation, is no other contact of the account.
ATTENDANCE = [
    ("it", "Il presidente russo Vladimir Putin ha incontrato ieri a Soči il presidente turco "
           "Recep Tayyip Erdogan. Anche la delegazione russa all'incontro era ristretta: "
           "c'erano il ministro degli Esteri Sergei Lavrov e il consigliere Yury Ushakov."),
    ("en", "Prime Minister Narendra Modi met President Vladimir Putin in Moscow on Monday. "
           "From the Russian side, the meeting was also attended by Foreign Minister Sergei "
           "Lavrov and presidential aide Yury Ushakov."),
    ("ru", "Владимир Путин встретился в Сочи с Президентом Турции Реджепом Тайипом Эрдоганом. "
           "Во встрече также приняли участие Министр иностранных дел Сергей Лавров и помощник "
           "Президента Юрий Ушаков."),
    ("zh", "国家主席习近平在北京会见俄罗斯总统普京。俄方代表团成员包括外长拉夫罗夫、总统助理"
           "乌沙科夫，他们也参加了会见。"),
]


@pytest.mark.parametrize(("lang", "text"), ATTENDANCE)
def test_attendees_are_no_other_contact(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2024-05-16"), lang=lang))
    assert len(event.participants) == 2
    assert "sergei-lavrov" in event.attendees


# A contact the lead denies, or only calls possible, was not held.
NOT_HELD = [
    ("it", "Non c'è ancora in programma alcuna conversazione telefonica tra il presidente russo "
           "Vladimir Putin e il cancelliere tedesco Olaf Scholz. Il Cremlino resta aperto a un "
           "eventuale colloquio, ha detto il portavoce Dmitry Peskov."),
    ("en", "No call between President Vladimir Putin and Chancellor Olaf Scholz is scheduled, "
           "Kremlin spokesman Dmitry Peskov said. The Kremlin remains open to a possible call."),
    ("ru", "Никаких разговоров Владимира Путина с Олафом Шольцем пока не запланировано, "
           "сообщил Дмитрий Песков. Кремль открыт для возможных контактов."),
    ("zh", "克里姆林宫发言人佩斯科夫说，普京与朔尔茨之间的通话未能举行。"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HELD)
def test_a_denied_or_possible_contact_is_not_held(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2023-01-29"), lang=lang)
    assert not [e for e in analysis.events if e.status == "held"], \
        [e.to_json() for e in analysis.events]


# An account's own contact is its lead's, even when an "also spoke with" one follows.
FIRST_OF_SEVERAL = [
    ("ru", "Путин побеседовал с Токаевым\nПрезиденты России Владимир Путин и Казахстана "
           "Касым-Жомарт Токаев обсудили по телефону вопросы торговли. Разговор состоялся в "
           "субботу, 24 июля. Утром в субботу Путин также провёл телефонный разговор с "
           "Президентом Узбекистана Шавкатом Мирзиёевым и поздравил его с днём рождения.",
     {"vladimir-putin", "kassym-jomart-tokayev"}),
    ("en", "Putin speaks with Tokayev\nPresident Vladimir Putin held a telephone conversation "
           "with President Kassym-Jomart Tokayev of Kazakhstan on Saturday, July 24. On Saturday "
           "morning Putin also had a phone call with President Shavkat Mirziyoyev of Uzbekistan "
           "and wished him a happy birthday.", {"vladimir-putin", "kassym-jomart-tokayev"}),
    ("zh", "普京同托卡耶夫通电话\n7月24日，俄罗斯总统普京同哈萨克斯坦总统托卡耶夫通电话，讨论"
           "贸易问题。当天上午，普京还同乌兹别克斯坦总统米尔济约耶夫通电话，祝贺他的生日。",
     {"vladimir-putin", "kassym-jomart-tokayev"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIRST_OF_SEVERAL)
def test_the_account_reports_its_leads_contact(lang: str, text: str, expected: set) -> None:
    analysis = analyze_texts((text, "2021-07-24"), lang=lang)
    events = {e.id: e for e in analysis.events}
    readout = analysis.documents[0].readouts[0]
    assert set(events[readout.event].participants) == expected


# A contact someone wants to organise is a planned one, not held.
TO_ORGANISE = [
    ("it", "Il portavoce del Cremlino Dmitry Peskov ha detto che Mosca è pronta a organizzare un "
           "incontro tra il presidente russo Vladimir Putin e il presidente americano Donald "
           "Trump."),
    ("en", "Kremlin spokesman Dmitry Peskov said Moscow was ready to organise a meeting between "
           "President Vladimir Putin and President Donald Trump."),
    ("ru", "Пресс-секретарь Кремля Дмитрий Песков заявил, что Москва готова организовать "
           "встречу Владимира Путина и Дональда Трампа."),
    ("zh", "克里姆林宫发言人佩斯科夫说，俄方准备安排会晤，普京与特朗普届时见面。"),
]


@pytest.mark.parametrize(("lang", "text"), TO_ORGANISE)
def test_a_contact_to_organise_is_not_held(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-01-21"), lang=lang)
    assert not [e for e in analysis.events if e.status == "held"], \
        [e.to_json() for e in analysis.events]


# Three leaders in the lead: the contact is its subject's with the one its words name.
THIRD_LEADER = [
    ("it", "Il presidente americano Donald Trump, prima del vertice con il presidente ucraino "
           "Volodymyr Zelensky, ha avuto una telefonata con il presidente russo Vladimir Putin."),
    ("it", "Il presidente americano Donald Trump telefona al presidente russo Vladimir Putin, "
           "dopo il colloquio telefonico della settimana scorsa con Volodymyr Zelensky."),
    ("en", "President Donald Trump, ahead of his talks with President Volodymyr Zelenskyy at "
           "Mar-a-Lago, had a phone call with President Vladimir Putin."),
    ("ru", "Президент США Дональд Трамп перед встречей с Владимиром Зеленским провёл телефонный "
           "разговор с Владимиром Путиным."),
    ("zh", "美国总统特朗普在与乌克兰总统泽连斯基举行会谈前，先与俄罗斯总统普京通电话。"),
]


@pytest.mark.parametrize(("lang", "text"), THIRD_LEADER)
def test_the_contact_of_three_leaders_named(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-12-28"), lang=lang)
    events = {e.id: e for e in analysis.events}
    readout = analysis.documents[0].readouts[0]
    assert set(events[readout.event].participants) == {"donald-trump", "vladimir-putin"}


# A visit paid to a person (a farewell or courtesy visit) is the contact itself, a visit,
# even where the sentence also says one received the other.
COURTESY = [
    ("it", "Papa Francesco ha ricevuto, ieri, in Vaticano, il presidente della Repubblica "
           "Sergio Mattarella nella visita di congedo del capo dello Stato."),
    ("en", "Pope Francis yesterday received President Sergio Mattarella at the Vatican on a "
           "farewell visit at the end of his term."),
    ("ru", "Папа Римский Франциск вчера принял в Ватикане президента Италии Серджо Маттареллу, "
           "прибывшего с прощальным визитом."),
    ("zh", "教皇方济各昨天在梵蒂冈接受意大利总统马塔雷拉的辞行拜会。"),
]


@pytest.mark.parametrize(("lang", "text"), COURTESY)
def test_a_visit_paid_to_a_person_is_a_visit(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2021-12-17"), lang=lang))
    assert event.type == "visit", (lang, event.type)
    assert set(event.participants) == {"pope-francis", "sergio-mattarella"}, (lang, event)
    assert event.date == "2021-12-16", (lang, event.date)


# A talk named by a bare word takes the medium the next sentences give it (Chinese names no
# talk without its medium).
MEDIUM_NEXT = [
    ("it", "Il presidente russo Vladimir Putin e il presidente cinese Xi Jinping avranno una "
           "conversazione prima della fine dell'anno. Secondo una fonte, l'incontro si terrà in "
           "videoconferenza.", "video_call"),
    ("en", "Russian President Vladimir Putin will have a conversation with Chinese President Xi "
           "Jinping before the new year. According to a source, it will be held via video "
           "link.", "video_call"),
    ("ru", "Президент России Владимир Путин и Председатель КНР Си Цзиньпин проведут разговор "
           "до конца года. По данным источника, он пройдёт в режиме видеоконференции.",
     "video_call"),
    ("it", "Il presidente russo Vladimir Putin ha avuto una conversazione con il presidente "
           "cinese Xi Jinping. Il colloquio telefonico è durato un'ora.", "phone_call"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MEDIUM_NEXT)
def test_a_bare_words_medium_said_next(lang: str, text: str, expected: str) -> None:
    analysis = analyze_texts((text, "2022-12-05"), lang=lang)
    readout = analysis.documents[0].readouts[0]
    events = {e.id: e for e in analysis.events}
    assert events[readout.event].type == expected, (lang, events[readout.event].type)
    assert set(events[readout.event].participants) == {"vladimir-putin", "xi-jinping"}


def test_a_medium_of_another_time_does_not_type_the_bare_word() -> None:
    text = ("Il presidente russo Vladimir Putin ha avuto una conversazione con il presidente "
            "cinese Xi Jinping. La precedente videoconferenza si era tenuta a febbraio.")
    event = only_event(analyze_texts((text, "2022-12-05"), lang="it"))
    assert event.type == "phone_call"


# The lead's type is its highest-ranked contact that is not a planned one: a video call the
# two agree to hold later does not make their meeting a video call.
PLANNED_MEDIUM = [
    ("it", "Vladimir Putin ha incontrato oggi al Cremlino Recep Tayyip Erdogan; i due hanno "
           "discusso un'eventuale videoconferenza a tre con altri leader."),
    ("en", "Vladimir Putin met Recep Tayyip Erdogan at the Kremlin today, and the two agreed "
           "to arrange a video call with other leaders."),
    ("ru", "Владимир Путин сегодня встретился в Кремле с Реджепом Тайипом Эрдоганом, лидеры "
           "договорились провести видеоконференцию с другими лидерами."),
    ("zh", "俄罗斯总统普京今天在克里姆林宫会见土耳其总统埃尔多安，双方商定举行视频会议。"),
]


@pytest.mark.parametrize(("lang", "text"), PLANNED_MEDIUM)
def test_a_planned_medium_does_not_type_the_held_contact(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2023-03-10"), lang=lang)
    readout = analysis.documents[0].readouts[0]
    events = {e.id: e for e in analysis.events}
    assert events[readout.event].type == "meeting", (lang, events[readout.event].type)
