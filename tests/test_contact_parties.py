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
