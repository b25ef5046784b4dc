"""Who asked for or placed the contact, on the wordings real reports use, in it/en/ru/zh:
"our initiative" said by an aide, a call of X to Y, a call received from X, thanks for the
call in the first person, a message sent by X, "it was X that asked", the one speaking
placed the call, a subject named only by role, a seat for its holder."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

PUTIN, TRUMP, XI, MACRON = "vladimir-putin", "donald-trump", "xi-jinping", "emmanuel-macron"

# "At our initiative", said by an aide or a spokesperson: his side's leader asked.
OURS = [
    ("it", "Vladimir Putin e Donald Trump hanno avuto giovedì una conversazione telefonica di "
           "oltre due ore. «Il colloquio è avvenuto su nostra iniziativa», ha detto il "
           "consigliere del Cremlino Yuri Ushakov.", PUTIN),
    ("en", "Vladimir Putin and Donald Trump held a telephone conversation on Thursday. The call "
           "took place at our initiative, Kremlin aide Yuri Ushakov told reporters.", PUTIN),
    ("ru", "Владимир Путин и Дональд Трамп провели в четверг телефонный разговор, сообщил "
           "помощник президента Юрий Ушаков. «Разговор состоялся по нашей инициативе», — "
           "сказал он.", PUTIN),
    ("zh", "国家主席习近平同美国总统特朗普通电话。外交部发言人毛宁表示，这次通话是应我方请求"
           "举行的。", XI),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OURS)
def test_our_initiative_is_the_speakers_side(lang: str, text: str, expected: str) -> None:
    event = only_event(analyze_texts((text, "2025-10-17"), lang=lang))
    assert set(event.participants) == {PUTIN, TRUMP} if lang != "zh" else {XI, TRUMP}
    assert event.initiated_by == expected, (lang, event.initiated_by)


# The call or message of X to Y, one received from X, one X was thanked for, one X sent.
OF_X_TO_Y = [
    ("it", "Il presidente Emmanuel Macron e il presidente Xi Jinping si sono sentiti al "
           "telefono. Nella telefonata di Macron a Xi si è parlato di commercio.", MACRON),
    ("it", "Il presidente Xi Jinping ha ricevuto ieri una telefonata dal presidente francese "
           "Emmanuel Macron.", MACRON),
    ("it", "Il presidente Xi Jinping ha avuto un colloquio telefonico con Emmanuel Macron. "
           "«Ringrazio il mio amico presidente Macron per la sua telefonata», ha scritto Xi.",
     MACRON),
    ("en", "President Xi Jinping received a phone call from French President Emmanuel Macron "
           "on Tuesday.", MACRON),
    ("en", "President Xi Jinping spoke by phone with Emmanuel Macron. \"I thank my friend "
           "President Macron for his phone call,\" Xi wrote.", MACRON),
    ("ru", "Председатель КНР Си Цзиньпин ответил на звонок Президента Франции Эммануэля "
           "Макрона.", MACRON),
    ("ru", "Си Цзиньпин провёл телефонный разговор с Эммануэлем Макроном. «Благодарю "
           "Президента Макрона за звонок», — сказал Си Цзиньпин.", MACRON),
    ("zh", "国家主席习近平接到法国总统马克龙的电话。两国元首就双边关系交换意见。", MACRON),
    ("zh", "国家主席习近平同法国总统马克龙通电话。习近平感谢马克龙来电。", MACRON),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OF_X_TO_Y)
def test_the_one_whose_call_it_was(lang: str, text: str, expected: str) -> None:
    event = only_event(analyze_texts((text, "2025-03-12"), lang=lang))
    assert set(event.participants) == {XI, MACRON}, (lang, event.participants)
    assert event.initiated_by == expected, (lang, event.initiated_by)


# A message's sender wrote first.
MESSAGES = [
    ("it", "Lo si legge nel messaggio di cordoglio inviato oggi da Xi Jinping al presidente "
           "Sergio Mattarella.", "xi-jinping"),
    ("it", "È quanto si legge nel telegramma di congratulazioni di Vladimir Putin al presidente "
           "Sergio Mattarella.", PUTIN),
    ("en", "Vladimir Putin sent a congratulatory telegram to President Sergio Mattarella on "
           "Monday.", PUTIN),
    ("en", "In a message of condolence from Xi Jinping to President Sergio Mattarella, the "
           "Chinese leader praised the late president.", "xi-jinping"),
    ("ru", "Владимир Путин направил поздравительную телеграмму Президенту Италии Серджо "
           "Маттарелле.", PUTIN),
    ("zh", "国家主席习近平致电意大利总统马塔雷拉，祝贺他再次当选。", "xi-jinping"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MESSAGES)
def test_a_messages_sender_initiated_it(lang: str, text: str, expected: str) -> None:
    event = only_event(analyze_texts((text, "2023-09-26"), lang=lang))
    assert event.type == "message", (lang, event.type)
    assert set(event.participants) == {expected, "sergio-mattarella"}, (lang, event)
    assert event.initiated_by == expected, (lang, event.initiated_by)


# "It was X that asked", "asked by X", "X became the initiator".
ASKED = [
    ("it", "Giuseppe Conte ha avuto ieri sera un incontro riservato con Emmanuel Macron. "
           "L'incontro, ha spiegato il capo dell'Eliseo, è stato chiesto da Conte.",
     "giuseppe-conte"),
    ("it", "Giorgia Meloni ha avuto un colloquio con il presidente Mattarella al Quirinale. "
           "L'incontro era stato proposto dalla presidente Meloni questa mattina.",
     "giorgia-meloni"),
    ("en", "The Kremlin said on Wednesday that it was France that asked for the phone call "
           "between Emmanuel Macron and Vladimir Putin.", MACRON),
    ("ru", "Инициатором телефонного разговора Владимира Путина и Эммануэля Макрона стала "
           "французская сторона, заявил Дмитрий Песков.", MACRON),
    ("zh", "国家主席习近平同法国总统马克龙通电话。此次通话是法方发起的。", MACRON),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ASKED)
def test_the_one_said_to_have_asked(lang: str, text: str, expected: str) -> None:
    event = only_event(analyze_texts((text, "2025-07-02"), lang=lang))
    assert expected in event.participants, (lang, event.participants)
    assert event.initiated_by == expected, (lang, event.initiated_by)


# The one speaking placed the call; the sentence names the one he called.
SELF = [
    ("it", "Il presidente del Consiglio Giuseppe Conte ha parlato alla festa del giornale. "
           "«Macron l'ho chiamato io la sera stessa», ha detto.", "it"),
    ("en", "Prime Minister Giuseppe Conte spoke to reporters in Rome. \"I called Macron the "
           "same evening,\" he said.", "en"),
    ("ru", "Премьер-министр Италии Джузеппе Конте выступил перед журналистами. «Я сам "
           "позвонил Макрону в тот же вечер», — сказал он.", "ru"),
    ("zh", "意大利总理孔特在罗马对记者说：“我当晚就给马克龙总统打了电话。”", "zh"),
]


@pytest.mark.parametrize(("lang", "text", "_"), SELF)
def test_the_speaker_placed_the_call(lang: str, text: str, _: str) -> None:
    event = only_event(analyze_texts((text, "2020-06-14"), lang=lang))
    assert event.type == "phone_call", (lang, event.type)
    assert set(event.participants) == {"giuseppe-conte", MACRON}, (lang, event.participants)
    assert event.initiated_by == "giuseppe-conte", (lang, event.initiated_by)


# A caller named only by role or seat: the other principal was called.
ROLE = [
    ("it", "Mohammed bin Salman e Donald Trump si sono sentiti al telefono più volte. Il "
           "principe ereditario avrebbe fatto numerose telefonate private al presidente "
           "americano.", "mohammed-bin-salman"),
    ("it", "Il premier Giuseppe Conte e il presidente francese Emmanuel Macron hanno avuto un "
           "colloquio telefonico nella notte. Lo ha riferito una ministra francese. A chiamare "
           "è stato il capo dell'Eliseo.", MACRON),
    ("en", "Mohammed bin Salman and Donald Trump spoke by phone several times. The crown "
           "prince made several phone calls to the American president.", "mohammed-bin-salman"),
    ("ru", "Мохаммед бин Сальман и Дональд Трамп несколько раз говорили по телефону. "
           "Наследный принц несколько раз звонил американскому президенту.",
     "mohammed-bin-salman"),
    ("zh", "穆罕默德·本·萨勒曼同特朗普多次通电话。王储多次打电话给美国总统。",
     "mohammed-bin-salman"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROLE)
def test_a_caller_named_by_role(lang: str, text: str, expected: str) -> None:
    event = only_event(analyze_texts((text, "2026-03-01"), lang=lang))
    assert expected in event.participants, (lang, event.participants)
    assert event.initiated_by == expected, (lang, event.initiated_by)


# "Earlier" said of the report, not of the call: the request is this call's.
EARLIER_REPORT = [
    ("en", "Donald Trump and Xi Jinping held a phone call on Thursday. Trump said it lasted "
           "an hour and a half. He called the talks very good. Earlier, Xinhua reported that "
           "the telephone conversation between the two leaders was held at Trump's request.",
     TRUMP),
    ("it", "Donald Trump e Xi Jinping hanno avuto giovedì una telefonata. Trump ha detto che è "
           "durata un'ora e mezza. Ha definito i colloqui molto buoni. In precedenza la Xinhua "
           "aveva riferito che la telefonata si è svolta su richiesta di Trump.", TRUMP),
    ("ru", "Дональд Трамп и Си Цзиньпин в четверг провели телефонный разговор. Трамп сказал, "
           "что он длился полтора часа. Он назвал переговоры очень хорошими. Ранее агентство "
           "Синьхуа сообщило, что телефонный разговор состоялся по просьбе Трампа.", TRUMP),
    ("zh", "美国总统特朗普同国家主席习近平周四通电话。特朗普说通话持续了一个半小时。他称会谈"
           "非常好。此前，新华社报道称，两国元首通话是应美方请求举行的。", TRUMP),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EARLIER_REPORT)
def test_an_earlier_report_of_this_calls_request(lang: str, text: str, expected: str) -> None:
    event = only_event(analyze_texts((text, "2025-06-06"), lang=lang))
    assert event.initiated_by == expected, (lang, event.initiated_by)


def test_a_call_of_another_time_gives_no_initiator() -> None:
    text = ("Donald Trump and Xi Jinping held a phone call on Thursday. They discussed trade "
            "and fentanyl. The leaders talked about tariffs. The previous call, in January, "
            "was held at Trump's request.")
    assert only_event(analyze_texts((text, "2025-06-06"), lang="en")).initiated_by is None


# A guess at who asked is no statement of it; the spokesperson's answer after it is.
HEDGED = [
    ("zh", "国家主席习近平24日晚同美国总统特朗普通电话，外界推测这次是由中方主动发起的。"
           "外交部发言人毛宁表示，据了解，此次通话是美方发起的。", TRUMP),
    ("en", "Xi Jinping and Donald Trump held a phone call on Monday night, prompting "
           "speculation that it was Beijing that asked for the call. A foreign ministry "
           "spokeswoman said the call was initiated by the American side.", TRUMP),
    ("it", "Xi Jinping e Donald Trump hanno avuto lunedì sera una telefonata; si ipotizza che "
           "a chiamare sia stato Xi. La portavoce del ministero degli Esteri ha detto che il "
           "colloquio è avvenuto su richiesta della parte americana.", TRUMP),
    ("ru", "Си Цзиньпин и Дональд Трамп в понедельник провели телефонный разговор, "
           "предположительно по инициативе Пекина. Официальный представитель МИД КНР заявила, "
           "что разговор состоялся по инициативе американской стороны.", TRUMP),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HEDGED)
def test_a_guessed_initiator_is_not_stated(lang: str, text: str, expected: str) -> None:
    event = only_event(analyze_texts((text, "2025-11-25"), lang=lang))
    assert event.initiated_by == expected, (lang, event.initiated_by)


def test_ones_call_to_the_other_before_the_lead() -> None:
    text = ("The White House released a statement regarding President Obama's call to "
            "President Putin. They talked about the fire. President Obama spoke by phone today "
            "with President Putin of Russia to convey his condolences.")
    event = only_event(analyze_texts((text, "2013-04-29"), lang="en"))
    assert set(event.participants) == {"barack-obama", PUTIN}
    assert event.initiated_by == "barack-obama"


# "The dialogue was initiated by Ukraine" with the initiator after the verb.
INITIATED = [
    ("ru", "Владимир Путин и Владимир Зеленский провели первый телефонный разговор. Беседу "
           "инициировала Украина.", "volodymyr-zelenskyy"),
    ("en", "Vladimir Putin and Volodymyr Zelensky held their first phone call. The call was "
           "initiated by Ukraine.", "volodymyr-zelenskyy"),
    ("ru", "Владимир Путин и Владимир Зеленский провели первый телефонный разговор. Путин "
           "инициировал этот разговор.", PUTIN),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INITIATED)
def test_initiated_by_a_country_or_a_leader(lang: str, text: str, expected: str) -> None:
    event = only_event(analyze_texts((text, "2019-07-12"), lang=lang))
    assert event.initiated_by == expected, (lang, event.initiated_by)


# The caller's verb with its object named by a bare title, a phrasal "called up", a name
# holding an abbreviation's dots, a request "made by" a side.
CALLER_WORDING = [
    ("en", "President Trump called the Prime Minister this morning to offer his condolences "
           "after the attack. Prime Minister Theresa May spoke to President Donald Trump.",
     "2017-06-04", {TRUMP, "theresa-may"}, TRUMP),
    ("en", "US president Joe Biden called up Prime Minister Narendra Modi on Monday. They "
           "discussed the situation in Ukraine.", "2024-08-26",
     {"joe-biden", "narendra-modi"}, "joe-biden"),
    ("en", "Prime Minister Narendra Modi and President Donald Trump spoke by phone for half an "
           "hour. The call was arranged at U.S. President Trump's request.", "2025-06-18",
     {TRUMP, "narendra-modi"}, TRUMP),
    ("en", "Narendra Modi and Donald Trump held a phone conversation today, following a request "
           "made by the U.S. side.", "2025-06-18", {TRUMP, "narendra-modi"}, TRUMP),
    ("it", "Narendra Modi e Donald Trump hanno avuto oggi una conversazione telefonica, a "
           "seguito di una richiesta avanzata dalla parte americana.", "2025-06-18",
     {TRUMP, "narendra-modi"}, TRUMP),
    ("it", "Mario Draghi ha avuto una conversazione telefonica, organizzata da parte americana, "
           "con il presidente Joe Biden.", "2021-12-06", {"mario-draghi", "joe-biden"},
     "joe-biden"),
    ("ru", "Нарендра Моди и Дональд Трамп провели сегодня телефонный разговор по просьбе, "
           "поступившей от американской стороны.", "2025-06-18", {TRUMP, "narendra-modi"},
     TRUMP),
]


@pytest.mark.parametrize(("lang", "text", "day", "people", "expected"), CALLER_WORDING)
def test_the_caller_by_the_verbs_wording(lang: str, text: str, day: str, people: set[str],
                                         expected: str) -> None:
    event = only_event(analyze_texts((text, day), lang=lang))
    assert set(event.participants) == people, (lang, event.participants)
    assert event.initiated_by == expected, (lang, event.initiated_by)


def test_a_bare_title_both_principals_hold_names_neither() -> None:
    text = ("Donald Trump and Xi Jinping held a phone call on Thursday. Trump called the "
            "President a good friend.")
    assert only_event(analyze_texts((text, "2025-06-06"), lang="en")).initiated_by is None


# One leader listed among those the other has called: the other placed the call (the caller
# named after the verb in Russian).
LISTED_CALLED = [
    ("en", "Donald Trump spoke to Narendra Modi by phone on Tuesday. Modi is the fifth world "
           "leader, after those of Canada and Mexico, whom Trump has called since taking "
           "office."),
    ("it", "Donald Trump ha avuto martedì un colloquio telefonico con Narendra Modi. Modi è il "
           "quinto leader, dopo quelli di Canada e Messico, che Trump ha chiamato dal suo "
           "insediamento."),
    ("ru", "Дональд Трамп во вторник провёл телефонный разговор с Нарендрой Моди. Моди стал "
           "пятым мировым лидером, которому позвонил Трамп после вступления в должность."),
]


@pytest.mark.parametrize(("lang", "text"), LISTED_CALLED)
def test_listed_among_those_called(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2017-01-25"), lang=lang))
    assert set(event.participants) == {TRUMP, "narendra-modi"}, (lang, event.participants)
    assert event.initiated_by == TRUMP, (lang, event.initiated_by)


# A call announced: the one who will call places it.
ANNOUNCED = [
    ("en", "President Joe Biden will call Prime Minister Giorgia Meloni after the events in "
           "Russia, the National Security Council spokesman said. The phone call may already be "
           "under way."),
    ("it", "Il presidente Joe Biden chiamerà la premier Giorgia Meloni dopo gli eventi in "
           "Russia, ha detto il portavoce del Consiglio per la sicurezza nazionale. La telefonata "
           "potrebbe essere già in corso."),
    ("ru", "Президент США Джо Байден позвонит премьер-министру Италии Джорджи Мелони после "
           "событий в России, сообщил представитель Белого дома. Телефонный разговор, возможно, "
           "уже идёт."),
]


@pytest.mark.parametrize(("lang", "text"), ANNOUNCED)
def test_the_one_who_will_call(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2023-06-26"), lang=lang)
    calls = [e for e in analysis.events if e.type == "phone_call"]
    assert len(calls) == 1, [e.to_json() for e in analysis.events]
    assert set(calls[0].participants) == {"joe-biden", "giorgia-meloni"}, lang
    assert calls[0].initiated_by == "joe-biden", (lang, calls[0].initiated_by)


# The host who invited the other to the meal or meeting they held asked for it.
INVITED = [
    ("it", "Vladimir Putin e Alexander Lukashenko hanno avuto stamattina un incontro informale "
           "a San Pietroburgo. Putin ha invitato il presidente bielorusso a una colazione di "
           "lavoro al museo."),
    ("en", "Vladimir Putin and Alexander Lukashenko held an informal meeting in St Petersburg "
           "this morning. Putin invited the Belarusian president to a working breakfast at the "
           "museum."),
    ("ru", "Владимир Путин и Александр Лукашенко провели утром неформальную встречу в "
           "Санкт-Петербурге. Путин пригласил белорусского президента на рабочий завтрак в "
           "музее."),
    ("zh", "俄罗斯总统普京和白俄罗斯总统卢卡申科今天上午在圣彼得堡举行非正式会晤。普京邀请卢卡申科"
           "共进工作早餐。"),
]


@pytest.mark.parametrize(("lang", "text"), INVITED)
def test_the_host_who_invited(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2022-12-27"), lang=lang))
    assert set(event.participants) == {PUTIN, "alexander-lukashenko"}, (lang, event.participants)
    assert event.initiated_by == PUTIN, (lang, event.initiated_by)


# Who will dial is not always who asked: a request said anywhere outranks the announcement.
ANNOUNCED_REQUESTED = [
    ("en", "Joe Biden and Vladimir Putin held a phone call on Thursday afternoon. Biden will "
           "call Putin to discuss the talks in Geneva, a spokeswoman had said. Putin requested "
           "the call, which Biden accepted."),
    ("it", "Joe Biden e Vladimir Putin hanno avuto giovedì pomeriggio una telefonata. Biden "
           "chiamerà Putin per discutere dei colloqui di Ginevra, aveva detto una portavoce. Il "
           "colloquio è avvenuto su richiesta di Putin."),
    ("ru", "Джо Байден и Владимир Путин провели в четверг телефонный разговор. Байден позвонит "
           "Путину, чтобы обсудить переговоры в Женеве, говорила представительница. Разговор "
           "состоялся по просьбе Путина."),
]


@pytest.mark.parametrize(("lang", "text"), ANNOUNCED_REQUESTED)
def test_a_request_outranks_an_announced_call(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2021-12-30"), lang=lang))
    assert event.initiated_by == PUTIN, (lang, event.initiated_by)


# The seat of a government asked ("по инициативе Белого дома", "应白宫请求"): that country's
# principal did, though no person is named; a country named beside it wins ("the Kremlin says
# France asked").
SEATS = [
    ("it", "Emmanuel Macron e Xi Jinping hanno avuto martedì un colloquio telefonico su "
           "richiesta dell'Eliseo.", MACRON, XI),
    ("en", "Emmanuel Macron and Xi Jinping spoke by phone on Tuesday at the Élysée's request.",
     MACRON, XI),
    ("en", "Vladimir Putin and Donald Trump held a phone call on Tuesday at the request of "
           "the Kremlin, the White House said.", PUTIN, TRUMP),
    ("ru", "Владимир Путин и Дональд Трамп провели во вторник телефонный разговор по "
           "инициативе Белого дома.", TRUMP, PUTIN),
    ("ru", "Телефонный разговор Дональда Трампа и Владимира Путина состоялся по инициативе "
           "Кремля, сообщил Юрий Ушаков.", PUTIN, TRUMP),
    ("zh", "应白宫请求，国家主席习近平同美国总统特朗普通电话。", TRUMP, XI),
    ("zh", "应克宫请求，美国总统特朗普同俄罗斯总统普京通电话。", PUTIN, TRUMP),
]


@pytest.mark.parametrize(("lang", "text", "expected", "other"), SEATS)
def test_a_seat_of_government_asked(lang: str, text: str, expected: str, other: str) -> None:
    event = only_event(analyze_texts((text, "2025-11-04"), lang=lang))
    assert set(event.participants) == {expected, other}, (lang, event.participants)
    assert event.initiated_by == expected, (lang, event.initiated_by)

