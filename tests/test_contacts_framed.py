"""An opening clause that tells another contact ("After his video call with Putin, Xi spoke
by phone with Trump", "После разговора с Путиным Токаев переговорил с Зеленским", "在与普京
视频会晤后，习近平与特朗普通电话"): the sentence reports the contact named after it, with the
people named after it; the clause's own partner is no party of it, nor its medium the type.
Russian writes such a clause without its comma, ended by the partner's name."""

from __future__ import annotations

from test_contacts import analyze_texts

XI_TRUMP = {"xi-jinping", "donald-trump"}
TOKAYEV_ZELENSKY = {"kassym-jomart-tokayev", "volodymyr-zelenskyy"}

FRAMED = [
    ("en", "After his video call with Vladimir Putin, Chinese President Xi Jinping spoke by "
           "phone with US President Donald Trump.", XI_TRUMP),
    ("it", "Dopo la videochiamata con Vladimir Putin, il presidente cinese Xi Jinping ha avuto "
           "una telefonata con il presidente americano Donald Trump.", XI_TRUMP),
    ("zh", "在与俄罗斯总统普京举行视频会晤后，国家主席习近平当天晚些时候与美国总统特朗普通电话。",
     XI_TRUMP),
    ("ru", "После видеоконференции с Владимиром Путиным Си Цзиньпин провел телефонный разговор с "
           "Дональдом Трампом.", XI_TRUMP),
    ("ru", "После телефонного разговора с Владимиром Путиным президент Казахстана Касым-Жомарт "
           "Токаев провел телефонный разговор с Владимиром Зеленским.", TOKAYEV_ZELENSKY),
]


def test_the_contact_after_an_opening_clause_about_another_is_the_one_reported() -> None:
    for lang, text, people in FRAMED:
        events = [e for e in analyze_texts((text, "2026-02-04"), lang=lang).events
                  if e.reported_by]
        assert events, (lang, text)
        assert (events[0].type, events[0].status) == ("phone_call", "held"), \
            (lang, events[0].to_json())
        assert set(events[0].participants) == people, (lang, events[0].participants)


def test_an_opening_clause_naming_the_subject_keeps_him_a_party() -> None:
    # the clause's contact is the subject's own, with someone else: he stays in the call
    text = ("Dopo l'annuncio che Giorgia Meloni incontrerà Ursula von der Leyen, il premier "
            "parla al telefono con il cancelliere tedesco Olaf Scholz.")
    events = [e for e in analyze_texts((text, "2022-10-28"), lang="it").events if e.reported_by]
    assert events and set(events[0].participants) == {"giorgia-meloni", "olaf-scholz"}, \
        [e.to_json() for e in events]


def test_a_comma_less_russian_clause_names_no_party_of_the_call_after_it() -> None:
    # «После беседы с Путиным Трамп созвонился с Зеленским»: Trump called Zelensky, Putin
    # talked with Trump before; no Putin-Zelensky call
    text = ("Путин сегодня проведет международный телефонный разговор\n\nВ Кремле сообщили, "
            "что Владимир Путин сегодня вечером проведет международный телефонный разговор. "
            "Предыдущий звонок Путина состоялся 12 февраля – он говорил с Дональдом Трампом. "
            "Путин пригласил Трампа в Москву. После беседы с Путиным Трамп созвонился с "
            "Зеленским и обсудил с ним дальнейшие шаги.")
    events = analyze_texts((text, "2025-02-20"), lang="ru").events
    pairs = {frozenset(e.participants) for e in events}
    assert frozenset({"vladimir-putin", "volodymyr-zelenskyy"}) not in pairs, \
        [e.to_json() for e in events]


UNNAMED_SUBJECT = [
    ("ru", "Зеленский позвонил Касым-Жомарту Токаеву\n\nПосле разговора с Путиным Глава "
           "государства переговорил по телефону с Владимиром Зеленским. Телефонный разговор "
           "состоялся по инициативе украинской стороны."),
    ("en", "Zelensky calls Kassym-Jomart Tokayev\n\nAfter his call with Putin, the head of state "
           "spoke by phone with Volodymyr Zelensky. The call was held at the request of the "
           "Ukrainian side."),
    ("zh", "泽连斯基同托卡耶夫通电话\n\n在与普京通话之后，这位国家元首又同泽连斯基通了电话。"),
]


def test_an_unnamed_subject_s_earlier_talk_is_his_not_his_new_partner_s() -> None:
    # the head of state (Tokayev, from the headline) spoke with Putin, then with Zelensky:
    # no Putin-Zelensky call, reported or mentioned
    for lang, text in UNNAMED_SUBJECT:
        events = analyze_texts((text, "2022-03-01"), lang=lang).events
        pairs = {frozenset(e.participants) for e in events}
        assert TOKAYEV_ZELENSKY in pairs, (lang, [e.to_json() for e in events])
        assert frozenset({"vladimir-putin", "volodymyr-zelenskyy"}) not in pairs, \
            (lang, [e.to_json() for e in events])
