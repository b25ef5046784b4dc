"""A story of one leader's calls with several others in turn tells each: a later sentence
adding a call with a new partner ("Кроме того, Путин позвонил Токаеву", "Затем президент
переговорил с …", "Третий телефонный разговор Путин провёл с …", "Then … talked with …",
"随后，习近平同…通电话") is another call, and a head of state named by his country alone ("с
главой Узбекистана") is that country's leader."""

from __future__ import annotations

from test_contacts import analyze_texts, held

FOLLOW_UP = [
    ("ru", "Президент России Владимир Путин во вторник провёл телефонный разговор с президентом "
           "Казахстана Касым-Жомартом Токаевым. Стороны обсудили подготовку визита.\n\n"
           "Кроме того, Путин позвонил президенту Узбекистана Шавкату Мирзиёеву. Лидеры "
           "обсудили энергетику.", "shavkat-mirziyoyev"),
    ("ru", "Президент России Владимир Путин во вторник провёл телефонный разговор с президентом "
           "Казахстана Касым-Жомартом Токаевым.\n\nЗатем российский лидер переговорил с главой "
           "Узбекистана Шавкатом Мирзиёевым.", "shavkat-mirziyoyev"),
    ("ru", "Президент России Владимир Путин во вторник провёл телефонный разговор с президентом "
           "Казахстана Касым-Жомартом Токаевым.\n\nТретий телефонный разговор Путин провёл с "
           "лидером Таджикистана Эмомали Рахмоном.", "emomali-rahmon"),
    ("ru", "Президент России Владимир Путин во вторник провёл телефонный разговор с президентом "
           "Казахстана Касым-Жомартом Токаевым.\n\nТакже Путин поговорил о Ближнем Востоке с "
           "президентом Таджикистана Эмомали Рахмоном: «Обсудили последние события».",
     "emomali-rahmon"),
    ("ru", "Президент России Владимир Путин во вторник провёл телефонный разговор с президентом "
           "Казахстана Касым-Жомартом Токаевым.\n\nРанее российский лидер созвонился с главой "
           "Узбекистана.", "shavkat-mirziyoyev"),
    ("en", "Russian President Vladimir Putin held a phone call with Kazakh President "
           "Kassym-Jomart Tokayev on Tuesday.\n\nThen the Russian leader talked with Uzbek "
           "President Shavkat Mirziyoyev.", "shavkat-mirziyoyev"),
    ("en", "Russian President Vladimir Putin held a phone call with Kazakh President "
           "Kassym-Jomart Tokayev on Tuesday.\n\nHis third phone call was held with Tajik "
           "President Emomali Rahmon.", "emomali-rahmon"),
    ("zh", "国家主席习近平14日同哈萨克斯坦总统托卡耶夫通电话。\n\n随后，习近平同乌兹别克斯坦总统"
           "米尔济约耶夫通电话。", "shavkat-mirziyoyev"),
]


def test_a_later_call_with_a_new_partner_is_another_call() -> None:
    for lang, text, other in FOLLOW_UP:
        analysis = analyze_texts((text, "2025-10-14"), lang=lang)
        calls = {frozenset(e.participants) for e in analysis.events
                 if e.type == "phone_call" and e.status == "held"}
        subject = "xi-jinping" if lang == "zh" else "vladimir-putin"
        assert calls == {frozenset({subject, "kassym-jomart-tokayev"}),
                         frozenset({subject, other})}, (lang, text, analysis.events)
        main = analysis.documents[0].readouts[0].event
        assert main is not None and "kassym-jomart-tokayev" in main, (lang, main)


def test_a_head_named_without_his_country_names_nobody() -> None:
    text = ("Глава Росатома Алексей Лихачёв рассказал о проекте.\n\nПрезидент России Владимир "
            "Путин провёл телефонный разговор с президентом Казахстана Касым-Жомартом Токаевым.")
    events = held(analyze_texts((text, "2025-10-14"), lang="ru"))
    assert [set(e.participants) for e in events] == [{"vladimir-putin",
                                                      "kassym-jomart-tokayev"}], events


def test_our_third_call_is_still_the_reported_one() -> None:
    text = ("Президент России Владимир Путин провёл телефонный разговор с президентом США "
            "Дональдом Трампом. Это был их третий телефонный разговор с начала года.")
    calls = [e for e in analyze_texts((text, "2025-05-19"), lang="ru").events
             if e.type == "phone_call"]
    assert [set(e.participants) for e in calls] == [{"vladimir-putin", "donald-trump"}], calls
