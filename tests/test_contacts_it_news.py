"""News stories of a contact told through its setting: a state visit during which the two
leaders talked, a title naming the talks by a bare word. The contact is the two leaders'
meeting."""

from __future__ import annotations

from test_contacts import analyze_texts, held

MACRON_LULA = {"emmanuel-macron", "luiz-inacio-lula-da-silva"}
PUTIN_XI = {"vladimir-putin", "xi-jinping"}

TRIPS = [
    ("it", "Il presidente Emmanuel Macron ha concluso giovedì la sua visita ufficiale in "
           "Brasile: con il presidente Lula ha parlato di clima, difesa e commercio.",
     MACRON_LULA),
    ("en", "President Vladimir Putin ended his state visit to China, where he had a long talk "
           "with Xi Jinping about energy and trade.", PUTIN_XI),
    ("ru", "Во время государственного визита в Китай Владимир Путин долго беседовал с Си "
           "Цзиньпином об энергетике.", PUTIN_XI),
    ("zh", "俄罗斯总统普京对中国进行国事访问期间，同国家主席习近平长时间交谈。", PUTIN_XI),
]


def test_a_visit_of_two_leaders_is_their_meeting_in_four_languages() -> None:
    for lang, text, expected in TRIPS:
        events = held(analyze_texts((text, "2024-05-16"), lang=lang))
        assert events, (lang, text)
        assert events[0].type == "meeting", (lang, text, events[0].type)
        assert set(events[0].participants) == expected, (lang, text, events[0].participants)


COURTESY = [
    ("it", "La cancelliera Angela Merkel ha reso una visita di congedo al presidente Emmanuel "
           "Macron all'Eliseo."),
    ("en", "Chancellor Angela Merkel paid a farewell visit to President Emmanuel Macron at the "
           "Elysee."),
]


def test_a_visit_paid_to_the_person_stays_a_visit() -> None:
    for lang, text in COURTESY:
        events = held(analyze_texts((text, "2021-11-03"), lang=lang))
        assert events and events[0].type == "visit", (lang, text, events)
        assert set(events[0].participants) == {"angela-merkel", "emmanuel-macron"}


TITLED = [
    ("it", "Colloqui tra Meloni e Modi a Nuova Delhi\n\nLa presidente del Consiglio Giorgia "
           "Meloni ha incontrato oggi il primo ministro indiano Narendra Modi."),
    ("en", "Key points of the talks between Meloni and Modi in New Delhi\n\nPrime Minister "
           "Giorgia Meloni met Indian Prime Minister Narendra Modi today."),
]


def test_a_titles_bare_talks_take_the_type_of_the_lead_naming_the_two() -> None:
    for lang, text in TITLED:
        events = held(analyze_texts((text, "2023-03-02"), lang=lang))
        assert events and events[0].type == "meeting", (lang, text, events)
        assert set(events[0].participants) == {"giorgia-meloni", "narendra-modi"}


LATE = [
    ("it", "Selfie, sorrisi e un nuovo soprannome per l'amicizia tra Roma e Nuova Delhi. Lei "
           "scherza, lui ride: vedersi tra amici è sempre un piacere. Lontani i tempi delle "
           "crisi diplomatiche. Una buona notizia per le imprese italiane. Il colloquio tra "
           "Giorgia Meloni e Narendra Modi si è svolto a margine del vertice di Dubai.",
     "meeting", {"giorgia-meloni", "narendra-modi"}),
    ("en", "Selfies, smiles and a new nickname for the friendship of Rome and New Delhi. The "
           "days of diplomatic rows look far away. Good news for Italian exporters. Business "
           "groups cheered. Giorgia Meloni met Narendra Modi on the sidelines of the summit "
           "in Dubai.", "meeting", {"giorgia-meloni", "narendra-modi"}),
    ("ru", "Селфи, улыбки и новое прозвище для дружбы Рима и Нью-Дели. Времена споров позади. "
           "Хорошая новость для экспортёров. Деловые круги довольны. Джорджа Мелони и Нарендра "
           "Моди провели встречу на полях саммита в Дубае.", "meeting",
     {"giorgia-meloni", "narendra-modi"}),
    ("zh", "自拍、微笑，罗马与新德里的友谊有了新昵称。外交风波似乎已经远去。这对出口商是好消息。"
           "商界对此表示欢迎。梅洛尼与莫迪在迪拜峰会期间举行会晤。", "meeting",
     {"giorgia-meloni", "narendra-modi"}),
]


def test_a_story_naming_its_contact_past_the_opening_in_four_languages() -> None:
    for lang, text, kind, expected in LATE:
        events = held(analyze_texts((text, "2023-12-02"), lang=lang))
        assert events, (lang, text)
        assert events[0].type == kind, (lang, events[0].type)
        assert set(events[0].participants) == expected, (lang, events[0].participants)


PLANS = [
    ("it", "L'ultima volta si erano visti sulla Piazza Rossa. Poi il ritorno in patria. Da "
           "allora le voci si sono moltiplicate. Ora Alexander Lukashenko ha detto che "
           "mercoledì sarà a Mosca per incontrare Vladimir Putin."),
    ("en", "Alexander Lukashenko said he will be in Moscow on Wednesday to meet Vladimir Putin."),
    ("ru", "Александр Лукашенко заявил, что в среду будет в Москве, чтобы встретиться с "
           "Владимиром Путиным."),
]


def test_a_trip_ahead_to_meet_is_no_held_contact_in_three_languages() -> None:
    for lang, text in PLANS:
        analysis = analyze_texts((text, "2023-05-22"), lang=lang)
        assert not held(analysis), (lang, text)
        assert any(e.status == "planned" for e in analysis.events), (lang, analysis.events)


TEASER = [
    ("it", "Il presidente Erdogan sente al telefono i suoi omologhi\n\nDurante il colloquio "
           "telefonico si è parlato del terremoto e della guerra. 20230225. Il presidente "
           "Recep Tayyip Erdogan ha avuto un colloquio telefonico con il presidente russo "
           "Vladimir Putin.", {"recep-tayyip-erdogan", "vladimir-putin"}),
    ("en", "President Erdogan holds phone talks with his counterparts\n\nDuring the phone "
           "call the earthquake and the war were discussed. 20230225. President Recep Tayyip "
           "Erdogan held a phone call with Russian President Vladimir Putin.",
     {"recep-tayyip-erdogan", "vladimir-putin"}),
]


def test_a_teaser_naming_one_gives_way_to_the_lead_naming_two() -> None:
    for lang, text, expected in TEASER:
        events = held(analyze_texts((text, "2023-02-25"), lang=lang))
        assert events and events[0].type == "phone_call", (lang, events)
        assert set(events[0].participants) == expected, (lang, events[0].participants)


TWO_CALLS = [
    ("it", "Il presidente Recep Tayyip Erdogan ha tenuto una conversazione telefonica con il "
           "presidente ucraino Volodymyr Zelensky e il primo ministro britannico Boris Johnson."),
    ("en", "President Recep Tayyip Erdogan held a phone call with Ukrainian President Volodymyr "
           "Zelenskyy and British Prime Minister Boris Johnson."),
    ("ru", "Президент Реджеп Тайип Эрдоган провёл телефонный разговор с президентом Украины "
           "Владимиром Зеленским и премьер-министром Великобритании Борисом Джонсоном."),
]


def test_a_call_listing_two_counterparts_is_two_calls_in_three_languages() -> None:
    for lang, text in TWO_CALLS:
        events = held(analyze_texts((text, "2022-03-05"), lang=lang))
        assert {frozenset(e.participants) for e in events} == {
            frozenset({"recep-tayyip-erdogan", "volodymyr-zelenskyy"}),
            frozenset({"recep-tayyip-erdogan", "boris-johnson"})}, (lang, events)


LEADERS_MET = [
    ("it", "La premier Giorgia Meloni ha ricevuto a Palazzo Chigi il primo ministro spagnolo "
           "Pedro Sánchez.", {"giorgia-meloni", "pedro-sanchez"}, "2024-05-16"),
    ("it", "Al Cairo la presidente del Consiglio ha avuto un faccia a faccia con il presidente "
           "egiziano al-Sisi. Giorgia Meloni ha parlato di migranti.",
     {"giorgia-meloni", "abdel-fattah-el-sisi"}, "2024-05-16"),
    ("it", "Giorgia Meloni accoglie Kyriakos Mitsotakis a Roma per un bilaterale.",
     {"giorgia-meloni", "kyriakos-mitsotakis"}, "2024-05-16"),
    ("en", "Prime Minister Giorgia Meloni met Emir Tamim bin Hamad Al Thani in Doha.",
     {"giorgia-meloni", "tamim-bin-hamad-al-thani"}, "2024-05-16"),
    ("ru", "Джорджа Мелони провела переговоры с премьер-министром Испании Педро Санчесом.",
     {"giorgia-meloni", "pedro-sanchez"}, "2024-05-16"),
    ("zh", "意大利总理梅洛尼在罗马会见西班牙首相桑切斯。", {"giorgia-meloni", "pedro-sanchez"},
     "2024-05-16"),
    ("it", "Il presidente americano Bill Clinton è entrato nel cortile del Quirinale, accolto "
           "dal presidente della Repubblica Oscar Luigi Scalfaro.",
     {"bill-clinton", "oscar-luigi-scalfaro"}, "1994-06-02"),
]


def test_leaders_the_italian_press_reports_meeting_are_known_in_four_languages() -> None:
    for lang, text, expected, published in LEADERS_MET:
        events = held(analyze_texts((text, published), lang=lang))
        assert events and events[0].type == "meeting", (lang, text, events)
        assert set(events[0].participants) == expected, (lang, text, events[0].participants)


VIDEO_LATER = [
    ("it", "Xi Jinping ha parlato al telefono con Vladimir Putin. I due hanno discusso di "
           "energia. La videochiamata tra Putin e Xi è durata un'ora."),
    ("en", "Xi Jinping spoke by phone with Vladimir Putin. They discussed energy. The video "
           "call between Putin and Xi lasted an hour."),
    ("ru", "Си Цзиньпин поговорил по телефону с Владимиром Путиным. Они обсудили энергетику. "
           "Видеоконференция между Путиным и Си Цзиньпином продлилась час."),
    ("zh", "习近平同普京通电话。双方讨论了能源问题。普京与习近平的视频会晤持续一小时。"),
]


def test_a_call_the_next_sentences_name_a_video_call_is_one_in_four_languages() -> None:
    for lang, text in VIDEO_LATER:
        events = held(analyze_texts((text, "2026-02-04"), lang=lang))
        assert events and events[0].type == "video_call", (lang, events)
        assert set(events[0].participants) == PUTIN_XI, (lang, events[0].participants)


def test_an_earlier_video_call_leaves_the_call_a_phone_call() -> None:
    text = ("Xi Jinping ha parlato al telefono con Vladimir Putin. I due hanno discusso di "
            "energia. La precedente videochiamata tra Putin e Xi si era svolta a dicembre.")
    events = held(analyze_texts((text, "2026-02-04"), lang="it"))
    assert events and events[0].type == "phone_call", events


ZELENSKY_STARMER = {"volodymyr-zelenskyy", "keir-starmer"}
BARE_TALK = [
    ("it", "Il presidente Volodymyr Zelensky ha avuto oggi una conversazione con il premier "
           "britannico Keir Starmer prima della dichiarazione rivolta a Donald Trump."),
    ("en", "President Volodymyr Zelensky had a conversation today with British Prime Minister "
           "Keir Starmer before his statement addressed to Donald Trump."),
    ("ru", "Президент Владимир Зеленский сегодня побеседовал с премьер-министром "
           "Великобритании Киром Стармером перед заявлением в адрес Дональда Трампа."),
    ("it", "Zelensky ha sentito Starmer prima del messaggio a Trump\n\nIl presidente ucraino "
           "ha avuto oggi una conversazione con il premier britannico prima della dichiarazione "
           "rivolta al presidente americano."),
]


def test_a_bare_talk_is_with_the_leader_named_at_it_not_in_a_later_clause() -> None:
    for lang, text in BARE_TALK:
        events = held(analyze_texts((text, "2025-03-04"), lang=lang))
        assert events, (lang, text)
        assert {frozenset(e.participants) for e in events} == {frozenset(ZELENSKY_STARMER)}, (
            lang, text, events)


POINT = [
    ("it", "«Lunga vita all'amicizia tra India e Italia». È questo il messaggio del premier "
           "indiano Narendra Modi dopo l'incontro con Giorgia Meloni a margine del vertice."),
    ("en", "\"Long live the friendship of India and Italy.\" That is the message of Prime "
           "Minister Narendra Modi after his meeting with Giorgia Meloni at the summit."),
]


def test_a_leaders_message_as_his_point_is_no_message_sent() -> None:
    for lang, text in POINT:
        events = held(analyze_texts((text, "2024-06-15"), lang=lang))
        assert events and events[0].type == "meeting", (lang, events)
        assert set(events[0].participants) == {"narendra-modi", "giorgia-meloni"}


SENT = [
    ("it", "Il presidente Xi Jinping ha inviato un messaggio di congratulazioni a Vladimir "
           "Putin per la rielezione."),
    ("it", "Messaggio di Giorgia Meloni al presidente Volodymyr Zelensky per il giorno "
           "dell'indipendenza."),
    ("en", "President Xi Jinping sent a message of congratulations to Vladimir Putin on his "
           "re-election."),
]


def test_a_message_sent_is_still_a_message() -> None:
    for lang, text in SENT:
        events = held(analyze_texts((text, "2024-03-18"), lang=lang))
        assert events and events[0].type == "message", (lang, text, events)


INTERACTIONS = [
    ("it", "A margine del vertice il primo ministro Narendra Modi ha avuto un incontro "
           "bilaterale con Giorgia Meloni. Ha anche interagito con il presidente Joe Biden e il "
           "cancelliere Olaf Scholz."),
    ("en", "On the sidelines of the summit Prime Minister Narendra Modi held a bilateral "
           "meeting with Giorgia Meloni. He also had informal interactions with President Joe "
           "Biden and Chancellor Olaf Scholz."),
]


def test_interactions_on_the_sidelines_are_other_contacts_one_per_leader() -> None:
    for lang, text in INTERACTIONS:
        events = held(analyze_texts((text, "2024-06-14"), lang=lang))
        kinds = {frozenset(e.participants): e.type for e in events}
        assert kinds == {
            frozenset({"narendra-modi", "giorgia-meloni"}): "meeting",
            frozenset({"narendra-modi", "joe-biden"}): "other",
            frozenset({"narendra-modi", "olaf-scholz"}): "other"}, (lang, kinds)


ERDOGAN_PUTIN = {"recep-tayyip-erdogan", "vladimir-putin"}
DURING = [
    ("it", "Il presidente turco Recep Tayyip Erdogan ha detto al presidente russo Vladimir "
           "Putin di attendersi passi per calmare le tensioni. Durante una conversazione "
           "telefonica, Erdogan ha invitato Putin a riaprire i negoziati."),
    ("en", "Turkish President Recep Tayyip Erdogan told Russian President Vladimir Putin he "
           "expects steps to calm tensions. During a phone call, Erdogan urged Putin to reopen "
           "negotiations."),
    ("ru", "Президент Турции Реджеп Тайип Эрдоган сказал президенту России Владимиру Путину, "
           "что ждёт шагов к снижению напряжённости. В ходе телефонного разговора, Эрдоган "
           "призвал Путина возобновить переговоры."),
    ("zh", "土耳其总统埃尔多安对俄罗斯总统普京表示，期待缓和紧张局势。"
           "在通话期间，埃尔多安敦促普京重启谈判。"),
]


def test_a_during_clause_names_the_contact_the_sentence_reports_in_four_languages() -> None:
    for lang, text in DURING:
        events = held(analyze_texts((text, "2022-09-30"), lang=lang))
        assert events and events[0].type == "phone_call", (lang, events)
        assert set(events[0].participants) == ERDOGAN_PUTIN, (lang, events[0].participants)


PRESS = [
    ("it", "«L'Europa è un cantiere ancora aperto», ha detto il presidente Sergio Mattarella "
           "durante l'incontro con la stampa."),
    ("en", "\"Europe is still a building site,\" President Sergio Mattarella said when he met "
           "with reporters."),
]


def test_a_meeting_with_the_press_is_no_contact() -> None:
    for lang, text in PRESS:
        assert not held(analyze_texts((text, "2019-09-19"), lang=lang)), (lang, text)
