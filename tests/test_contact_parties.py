"""The principals of the reported contact on wordings real reports use, in it/en/ru/zh: a lead
after short opening sentences, the parties of the contact's own clause when a planned or
denied one is named first, "the former prime minister" for the previous holder."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts, only_event

# Short opening sentences (a quoted question, a list of topics) do not use up the lead: the
# contact is said in the fifth sentence, its parties named in the first.
SHORT_OPENING = [
    ("it", "«Si sente? Quanto devo suonare?», chiede sorridendo Giorgia Meloni a Emmanuel Macron. "
           "Poi una foto. Energia e guerra. Nessun altro tema. Sono i temi che i due hanno "
           "affrontato durante un lungo colloquio all'Eliseo."),
    ("en", "\"Can you hear it? How long should I ring?\" Giorgia Meloni asked Emmanuel "
           "Macron. Then a photo. Energy and war. Nothing else. Those were the topics the two "
           "discussed in a long meeting at the Elysee."),
    ("ru", "«Слышно? Сколько звонить?» — спросила Джорджа Мелони у Эммануэля Макрона. Потом фото. "
           "Энергетика и война. Больше ничего. Эти темы они обсудили на долгой встрече в "
           "Елисейском дворце."),
    ("zh", "“听得见吗？要摇多久？”梅洛尼笑着问马克龙。随后合影。能源。战争。两人在爱丽舍宫举行"
           "长时间会谈，讨论了上述议题。"),
]


@pytest.mark.parametrize(("lang", "text"), SHORT_OPENING)
def test_a_lead_after_short_opening_sentences(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2023-06-20"), lang=lang))
    assert event.type == "meeting", (lang, event.type)
    assert set(event.participants) == {"giorgia-meloni", "emmanuel-macron"}, (lang, event)


# A planned or refused call named first, the contact held after it: its parties are the
# ones of its own "between A and B", and the title's planned call adds none.
OWN_CLAUSE = [
    ("it", "Nessuna proposta per organizzare una telefonata tra Putin e Trump",
     "«Nonostante le notizie sull'intenzione del presidente Trump di organizzare una "
     "conversazione telefonica con noi, nessuna richiesta è arrivata», ha detto Ushakov ai "
     "giornalisti dopo il collegamento video tra Vladimir Putin e il presidente cinese Xi "
     "Jinping."),
    ("en", "No proposals yet to organize a phone call between Putin and Trump",
     "\"Despite media reports about President Trump's intention to organize a telephone "
     "conversation with us, no applications have been received,\" Ushakov told reporters "
     "after a video call between Vladimir Putin and Chinese President Xi Jinping."),
    ("ru", "Предложений организовать телефонный разговор Путина и Трампа пока нет",
     "«Несмотря на сообщения о намерении президента Трампа организовать телефонный разговор "
     "с нами, заявок пока не поступало», — сказал Ушаков журналистам после видеоконференции "
     "между Владимиром Путиным и Председателем КНР Си Цзиньпином."),
    ("zh", "尚无安排普京同特朗普通话的提议",
     "乌沙科夫在普京同中国国家主席习近平的视频会晤后对记者表示，尽管有媒体报道特朗普总统打算"
     "安排通话，但尚未收到任何具体请求。"),
]


@pytest.mark.parametrize(("lang", "title", "body"), OWN_CLAUSE)
def test_the_held_contacts_own_parties(lang: str, title: str, body: str) -> None:
    analysis = analyze_texts((f"{title}\n\n{body}", "2025-01-21"), lang=lang)
    readout = analysis.documents[0].readouts[0]
    events = {e.id: e for e in analysis.events}
    event = events[readout.event]
    assert event.type == "video_call", (lang, event.type)
    assert set(event.participants) == {"vladimir-putin", "xi-jinping"}, (lang, event)


# "The former prime minister" is whoever held the office before the holder on the date.
FORMER = [
    ("it", "Giorgia Meloni ha incontrato oggi a Palazzo Chigi l'ex presidente del Consiglio "
           "per un lungo colloquio."),
    ("ru", "Джорджа Мелони сегодня провела во дворце Киджи долгую встречу с бывшим "
           "премьер-министром Италии."),
]


@pytest.mark.parametrize(("lang", "text"), FORMER)
def test_a_former_office_holder(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2022-10-24"), lang=lang))
    assert set(event.participants) == {"giorgia-meloni", "mario-draghi"}, (lang, event)


# "Also" far from the contact, in another clause, adds no contact with the people named
# (the spokesman's president is no party either).
FAR_ALSO = [
    ("it", "Il presidente eletto Donald Trump ha parlato venerdì al telefono con la leader "
           "taiwanese Tsai Ing-wen. Il portavoce del presidente Barack Obama, Josh Earnest, ha "
           "espresso preoccupazione per la telefonata, la prima dal 1979, quando gli Usa "
           "riconobbero il governo di Pechino anche sull'isola."),
    ("en", "President-elect Donald Trump spoke by phone on Friday with Taiwan's leader Tsai "
           "Ing-wen. President Barack Obama's spokesman Josh Earnest voiced concern about the "
           "phone call, the first since 1979, when Washington recognised Beijing's rule over "
           "the island as well as the mainland, and also cut official ties."),
    ("ru", "Избранный президент Дональд Трамп в пятницу провёл телефонный разговор с "
           "лидером Тайваня Цай Инвэнь. Пресс-секретарь президента Барака Обамы Джош Эрнест "
           "выразил обеспокоенность телефонным разговором, первым с 1979 года, когда США "
           "признали правительство в Пекине, а также разорвали связи с островом."),
    ("zh", "当选总统特朗普周五同台湾地区领导人蔡英文通电话。奥巴马总统的发言人欧内斯特对这次"
           "通话表示担忧，这是1979年以来的首次，美国当年承认北京政府，也断绝了同该岛的官方关系。"),
]


@pytest.mark.parametrize(("lang", "text"), FAR_ALSO)
def test_a_far_also_adds_no_contact(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2016-12-05"), lang=lang)
    reported = [e for e in analysis.events if e.reported_by]
    assert [set(e.participants) for e in reported] == [{"donald-trump", "tsai-ing-wen"}], \
        (lang, [e.participants for e in reported])


def test_also_next_to_the_contact_adds_one() -> None:
    text = ("Vladimir Putin ha avuto oggi una telefonata con Recep Tayyip Erdogan. Il "
            "presidente russo ha avuto anche un colloquio telefonico con Emmanuel Macron.")
    analysis = analyze_texts((text, "2023-03-10"), lang="it")
    reported = [set(e.participants) for e in analysis.events if e.reported_by]
    assert {"vladimir-putin", "emmanuel-macron"} in reported


# A contact named by a sentence that names nobody is the story's, not a contact of no one.
NOBODY = [
    ("it", "La notizia della telefonata è stata data per prima dall'agenzia Xinhua, che ne ha "
           "sottolineato il tono franco."),
    ("en", "The news of the phone call was first given by the Xinhua agency, which stressed its "
           "frank tone."),
    ("ru", "Первым о телефонном разговоре сообщило агентство Синьхуа, отметившее его "
           "откровенный тон."),
    ("zh", "新华社最先发布了这次通话的消息，并强调通话坦诚。"),
]


@pytest.mark.parametrize(("lang", "text"), NOBODY)
def test_a_contact_of_nobody_is_not_reported(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2022-07-29"), lang=lang)
    assert not [e for e in analysis.events if e.reported_by], lang


# A first sentence naming the talk by a bare word with one leader gives way to the next one
# that names the contact and both parties.
NEXT_LEAD = [
    ("it", "Secondo la Reuters, fu probabilmente Putin a volere la conversazione. Putin e Trump "
           "hanno parlato al telefono mentre Zelensky volava verso Washington."),
    ("en", "Putin was probably the one behind the conversation, Reuters said. Putin and Trump "
           "spoke by phone as Zelensky was flying to Washington."),
    ("ru", "Путин, вероятно, был инициатором разговора. Путин и Трамп поговорили на фоне "
           "дискуссий о поставках ракет."),
]


@pytest.mark.parametrize(("lang", "text"), NEXT_LEAD)
def test_the_next_sentence_names_the_contact(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2025-10-16"), lang=lang))
    assert event.type == "phone_call", (lang, event.type)
    assert set(event.participants) == {"vladimir-putin", "donald-trump"}, (lang, event)
    assert event.initiated_by is None, (lang, event.initiated_by)  # a guess says nothing


# A page's list of tags above the story ("Путин Макрон Зеленский Россия Франция политика")
# names no contact: the headline under it gives the parties.
TAG_LISTS = [
    ("ru", "Владимир Зеленский Владимир Путин Эммануэль Макрон Россия Украина Франция политика\n\n"
           "Макрон и Путин, по данным СМИ, созвонились второй раз за день. Беседа длилась около "
           "часа."),
    ("en", "Volodymyr Zelensky Vladimir Putin Emmanuel Macron Russia Ukraine France politics\n\n"
           "Macron and Putin spoke by phone for the second time in a day, media reported. The "
           "call lasted about an hour."),
    ("it", "Volodymyr Zelensky Vladimir Putin Emmanuel Macron Russia Ucraina Francia politica\n\n"
           "Macron e Putin si sono sentiti al telefono per la seconda volta in un giorno, "
           "riferiscono i media. Il colloquio è durato circa un'ora."),
    ("zh", "泽连斯基 普京 马克龙 俄罗斯 乌克兰 法国 政治\n\n"
           "据媒体报道，马克龙与普京一天内第二次通电话。通话持续约一小时。"),
]


@pytest.mark.parametrize(("lang", "text"), TAG_LISTS)
def test_a_list_of_tags_is_no_title(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2022-02-20"), lang=lang))
    assert set(event.participants) == {"emmanuel-macron", "vladimir-putin"}, (lang, event)


# A lead telling one leader's two contacts with two others: the one the story goes on about.
TWO_IN_LEAD = [
    ("zh", "国家主席习近平4日下午同俄罗斯总统普京举行视频会晤，晚间又同美国总统特朗普通电话。"
           "特朗普在社交媒体上说，他同习近平讨论了贸易和台湾问题。特朗普称通话时间很长。",
     "phone_call", "donald-trump"),
    ("en", "President Xi Jinping held a video call with Russian President Vladimir Putin on "
           "Wednesday afternoon, and in the evening spoke by phone with US President Donald "
           "Trump. Trump wrote that he and Xi discussed trade and Taiwan. Trump called the "
           "conversation long and thorough.", "phone_call", "donald-trump"),
    ("it", "Il presidente Xi Jinping ha avuto mercoledì pomeriggio una videochiamata con il "
           "presidente russo Vladimir Putin e in serata una telefonata con il presidente Donald "
           "Trump. Trump ha scritto di aver discusso con Xi di commercio e di Taiwan. Trump ha "
           "definito la conversazione lunga.", "phone_call", "donald-trump"),
    ("ru", "Председатель КНР Си Цзиньпин в среду днём провёл видеоконференцию с президентом "
           "России Владимиром Путиным, а вечером телефонный разговор с президентом США Дональдом "
           "Трампом. Трамп написал, что они с Си обсудили торговлю и Тайвань. Трамп назвал "
           "разговор долгим.", "phone_call", "donald-trump"),
    # the story goes on about the first: it stays
    ("en", "President Xi Jinping held a video call with Russian President Vladimir Putin on "
           "Wednesday afternoon, and in the evening spoke by phone with US President Donald "
           "Trump. Putin told Xi that relations were at their best. Putin also invited Xi to "
           "Moscow.", "video_call", "vladimir-putin"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "other"), TWO_IN_LEAD)
def test_of_two_contacts_in_the_lead_the_one_followed(lang: str, text: str, kind: str,
                                                     other: str) -> None:
    analysis = analyze_texts((text, "2026-02-05"), lang=lang)
    told = analysis.documents[0].readouts[0].event  # the other is reported too, second
    main = next(e for e in analysis.events if e.id == told)
    assert set(main.participants) == {"xi-jinping", other}, (lang, main.participants)
    assert main.type == kind, (lang, main.type)


# An opening that recalls another contact ("since their last meeting in Busan") is no lead:
# the contact the account reports is said next.
RECALLED_FIRST = [
    ("en", "Since his last meeting with Xi Jinping in Busan, the two sides have made great "
           "progress on trade, Donald Trump said. Trump and Xi spoke by phone on Monday about "
           "Ukraine and soybeans."),
    ("it", "Dall'ultimo incontro con Xi Jinping a Busan i due paesi hanno fatto grandi progressi "
           "sul commercio, ha detto Donald Trump. Trump e Xi si sono sentiti lunedì al telefono, "
           "parlando di Ucraina e soia."),
    ("ru", "С момента последней встречи с Си Цзиньпином в Пусане стороны добились большого "
           "прогресса в торговле, заявил Дональд Трамп. Трамп и Си в понедельник провели "
           "телефонный разговор об Украине и сое."),
    ("zh", "特朗普说，自上次在釜山同习近平会晤以来，双方在贸易方面取得重大进展。特朗普24日同"
           "习近平通电话，讨论了乌克兰和大豆等问题。"),
]


@pytest.mark.parametrize(("lang", "text"), RECALLED_FIRST)
def test_an_opening_recalling_another_contact_is_no_lead(lang: str, text: str) -> None:
    event = only_event(analyze_texts((text, "2025-11-25"), lang=lang))
    assert event.type == "phone_call", (lang, event.type)
    assert set(event.participants) == {"donald-trump", "xi-jinping"}, (lang, event.participants)


# A meeting announced ("said he would meet Xi at the summit") and then put in doubt ("might
# not happen"), and the Chinese verb "会不会谈到" (whether they will talk about): no meeting
# held.
ANNOUNCED_MEETING = [
    ("en", "Donald Trump said on September 19 that he would meet Xi Jinping at the APEC summit "
           "in South Korea. On October 21 he said the meeting might not happen."),
    ("it", "Donald Trump aveva annunciato il 19 settembre che avrebbe incontrato Xi Jinping al "
           "vertice APEC in Corea del Sud. Il 21 ottobre ha detto che l'incontro potrebbe non "
           "avvenire."),
    ("ru", "Дональд Трамп 19 сентября объявил, что встретится с Си Цзиньпином на саммите АТЭС в "
           "Южной Корее. 21 октября он сказал, что встреча может не состояться."),
    ("zh", "特朗普9月19日宣布，他将在韩国举行的亚太经合组织峰会与习近平会面。10月21日他又说，"
           "“这场会谈也许不会发生”。特朗普说：“我不知道我们会不会谈到台湾。”"),
]


@pytest.mark.parametrize(("lang", "text"), ANNOUNCED_MEETING)
def test_an_announced_meeting_is_not_held(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-10-25"), lang=lang)
    assert [e.status for e in analysis.events] == ["planned"], (lang, analysis.events)


# "His visit to Kyiv last month", in a sentence naming nobody: its host is not said, so it is
# no contact of the principals (nor of the two leaders of the sentence before).
UNNAMED_HOST_VISIT = [
    ("en", "Prime Minister Boris Johnson spoke to President Emmanuel Macron earlier today. They "
           "condemned Putin's war. The Prime Minister told of his visit to Kyiv last month and "
           "of the aid Ukraine needs."),
    ("it", "Il primo ministro Boris Johnson ha parlato oggi al telefono con il presidente "
           "Emmanuel Macron. I due hanno condannato la guerra di Putin. Il primo ministro ha "
           "riferito della sua visita a Kiev del mese scorso e degli aiuti all'Ucraina."),
    ("ru", "Премьер-министр Борис Джонсон провёл сегодня телефонный разговор с президентом "
           "Эммануэлем Макроном. Они осудили войну Путина. Премьер-министр рассказал о своём "
           "визите в Киев в прошлом месяце и о помощи Украине."),
    ("zh", "英国首相约翰逊今天同法国总统马克龙通电话。两人谴责了普京发动的战争。约翰逊介绍了上个月"
           "访问基辅的情况以及对乌克兰的援助。"),
]


@pytest.mark.parametrize(("lang", "text"), UNNAMED_HOST_VISIT)
def test_a_visit_whose_host_is_unnamed_is_no_contact(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2022-05-06"), lang=lang)
    assert [e.type for e in analysis.events] == ["phone_call"], (lang, analysis.events)


# An opening whose only contact is in its scene-setting clause ("After the tense meeting
# between Zelensky and Trump, Macron reaffirmed ...") is no lead: the call said next is.
FRAMED_OPENING = [
    ("en", "PARIS, February 28 (Reuters) - After the tense meeting between Volodymyr Zelensky "
           "and Donald Trump, Emmanuel Macron reaffirmed France's support for Ukraine. Macron "
           "spoke with Zelensky by phone, the Elysee said."),
    ("it", "PARIGI, 28 febbraio - Dopo il teso incontro tra Volodymyr Zelensky e Donald Trump, "
           "Emmanuel Macron ha ribadito il sostegno della Francia all'Ucraina. Macron ha parlato "
           "al telefono con Zelensky, ha fatto sapere l'Eliseo."),
    ("ru", "ПАРИЖ, 28 февраля - После напряжённой встречи Владимира Зеленского и Дональда "
           "Трампа, Эммануэль Макрон подтвердил поддержку Украины. Макрон провёл телефонный "
           "разговор с Зеленским, сообщил Елисейский дворец."),
    ("zh", "据法新社2月28日报道，在乌克兰总统泽连斯基与美国总统特朗普的紧张会谈后，法国总统马克龙"
           "重申支持乌克兰。据爱丽舍宫称，马克龙与泽连斯基通了电话。"),
]


@pytest.mark.parametrize(("lang", "text"), FRAMED_OPENING)
def test_a_framed_opening_is_no_lead(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-03-01"), lang=lang)
    main = next(e for e in analysis.events if e.reported_by)
    assert main.type == "phone_call", (lang, main.type)
    assert set(main.participants) == {"emmanuel-macron", "volodymyr-zelenskyy"}, lang


# "Before" or "after" inside a clause ("Ad aprire le dichiarazioni prima dell'incontro è stato
# Biden") opens no scene-setting clause: the meeting is the sentence's own.
MID_CLAUSE_BEFORE = [
    ("it", "WASHINGTON, 10 maggio - Ad aprire le brevi dichiarazioni prima dell'incontro "
           "bilaterale con Mario Draghi è stato il presidente Joe Biden, che ha salutato l'ospite "
           "come un amico."),
    ("en", "WASHINGTON, May 10 - Opening the short remarks before the bilateral meeting with "
           "Mario Draghi was President Joe Biden, who greeted his guest as a friend."),
    ("ru", "ВАШИНГТОН, 10 мая - Короткое заявление перед началом двусторонней встречи с Марио "
           "Драги сделал президент Джо Байден, назвавший гостя другом."),
]


@pytest.mark.parametrize(("lang", "text"), MID_CLAUSE_BEFORE)
def test_before_inside_a_clause_is_no_scene_setting(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2022-05-10"), lang=lang)
    main = next(e for e in analysis.events if e.reported_by)
    assert main.type == "meeting", (lang, main.type)
    assert set(main.participants) == {"joe-biden", "mario-draghi"}, (lang, main.participants)


# A contact the speaker tells of in the first person ("tomorrow we will have another call with
# Putin", said the Turkish leader) is the speaker's, not of a leader the quote names first.
FIRST_PERSON_QUOTE = [
    ("en", "Turkish President Recep Tayyip Erdogan spoke by phone with Vladimir Putin on "
           "Friday. \"Last week Volodymyr Zelensky was our guest, and tomorrow we will have "
           "another call with Vladimir Putin,\" the Turkish leader said."),
    ("it", "Il presidente turco Recep Tayyip Erdogan ha avuto venerdì una telefonata con "
           "Vladimir Putin. «La settimana scorsa Volodymyr Zelensky è stato nostro ospite, domani "
           "avremo un'altra telefonata con Vladimir Putin», ha detto il leader turco."),
    ("ru", "Президент Турции Реджеп Тайип Эрдоган в пятницу провёл телефонный разговор с "
           "Владимиром Путиным. «На прошлой неделе Владимир Зеленский был нашим гостем, завтра у "
           "нас снова будут телефонные переговоры с Владимиром Путиным», - заявил турецкий "
           "лидер."),
    ("zh", "土耳其总统埃尔多安周五同普京通电话。土耳其领导人说：“上周泽连斯基是我们的客人，明天我将"
           "再次同普京通电话。”"),
]


@pytest.mark.parametrize(("lang", "text"), FIRST_PERSON_QUOTE)
def test_a_first_person_contact_is_the_speakers(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2023-03-10"), lang=lang)
    pairs = {frozenset(e.participants) for e in analysis.events}
    assert frozenset({"volodymyr-zelenskyy", "vladimir-putin"}) not in pairs, lang
    assert pairs == {frozenset({"recep-tayyip-erdogan", "vladimir-putin"})}, (lang, pairs)


# "..., he said" after a sentence naming several: the clause's subject, named first.
HE_SAID = [
    ("en", "Recep Tayyip Erdogan will hold phone talks with Vladimir Putin and Volodymyr "
           "Zelensky, he said on Friday."),
    ("ru", "Реджеп Тайип Эрдоган проведёт телефонные переговоры с Владимиром Путиным и "
           "Владимиром Зеленским, об этом он сообщил в пятницу."),
]


@pytest.mark.parametrize(("lang", "text"), HE_SAID)
def test_he_said_is_the_clauses_subject(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2023-03-10"), lang=lang)
    assert analysis.documents[0].readouts[0].sentences[0].speaker == "recep-tayyip-erdogan"


# A leader named in a clause adding another contact to the lead's ("the French president,
# who later also spoke with Zelensky") is no party of the lead's contact: the counterpart
# named just before is.
ALSO_CLAUSE = [
    ("en", "Yesterday the Russian president broke three years of silence with Emmanuel Macron. "
           "A conversation of over two hours in which the French president, who later also "
           "spoke with Volodymyr Zelensky, made clear he wanted his own dialogue with Moscow."),
    ("it", "Ieri il presidente russo è tornato a parlare con Emmanuel Macron per la prima volta "
           "dal 2022. Una conversazione di oltre due ore nella quale il presidente francese, che "
           "poi ha sentito anche Volodymyr Zelensky, ha fatto capire di volere un proprio "
           "dialogo con Mosca."),
    ("ru", "Вчера российский президент прервал трёхлетнее молчание с Эммануэлем Макроном. Беседа "
           "длилась более двух часов, и французский президент, который затем также поговорил с "
           "Владимиром Зеленским, дал понять, что хочет собственного диалога с Москвой."),
    ("zh", "俄罗斯总统普京昨天打破了与法国总统马克龙长达三年的沉默。这次通话持续两个多小时，马克龙"
           "随后还与泽连斯基通了电话。"),
]


@pytest.mark.parametrize(("lang", "text"), ALSO_CLAUSE)
def test_a_leader_of_an_also_clause_is_no_party(lang: str, text: str) -> None:
    analysis = analyze_texts((text, "2025-07-02"), lang=lang)
    main = next(e for e in analysis.events if e.reported_by)
    assert set(main.participants) == {"emmanuel-macron", "vladimir-putin"}, (lang, main)
