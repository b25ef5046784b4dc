# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""An article that gives two sides' words in sentences of their own, one side's in two at
least ("Xi, ha riferito l'agenzia Xinhua, …. Xinhua ha aggiunto …. Secondo il portavoce del
governo federale, Steffen Hebestreit, …"), sets their accounts side by side, the other's
however short: each is cut out (one sentence each is the writer citing both: a real Zaobao
item on the Xi-Biden summit, d20zh-015, and test_segment_speakers). A paper speaks for itself
alone ("Lo scrive il sito Infobae … sottolinea il quotidiano La Nacion"); one side's offices
speak for that side, so two of them alone leave the item whole (test_segment_speakers). The
source may be named after the words that describe it ("rende noto l'agenzia tedesca Dpa",
"said the German weekly Der Spiegel", "по данным немецкого издания Der Spiegel"), never as
the listener of another's words ("told the news agency Reuters"). Seen on 5 real compilations
of held-out 22 (Il Messaggero, Sin Chew, ItaliaSera/Adnkronos, Agenzia Nova, Secolo d'Italia)
and RaiNews (held-out 21). Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

IT = "Scholz e Xi in videoconferenza\n\nIl cancelliere tedesco e il presidente cinese si sono parlati lunedì in videoconferenza.\n\nXi, ha riferito l'agenzia Xinhua, ha chiesto più cooperazione sul clima. Xinhua ha aggiunto che Xi ha invitato il cancelliere a Pechino.\n\nSecondo il portavoce del governo federale, Steffen Hebestreit, i due leader hanno discusso anche dell'Ucraina.\n"
EN = "Scholz and Xi hold video call\n\nThe German chancellor and the Chinese president spoke by video link on Monday.\n\nXi called for closer cooperation on climate, said the state broadcaster CCTV. CCTV added that Xi invited the chancellor to Beijing.\n\nThe two leaders also discussed Ukraine, according to the German weekly Der Spiegel.\n"
RU = "Шольц и Си Цзиньпин провели видеоконференцию\n\nКанцлер Германии и председатель КНР в понедельник провели видеоконференцию.\n\nКак сообщило агентство Синьхуа, Си призвал к сотрудничеству в области климата. Синьхуа также сообщило, что Си пригласил канцлера в Пекин.\n\nПо данным немецкого издания Der Spiegel, лидеры также обсудили Украину.\n"
ZH = "习近平同朔尔茨举行视频会晤\n\n国家主席习近平周一同德国总理朔尔茨举行视频会晤。\n\n新华社报道，习近平呼吁双方加强气候合作。新华社还报道，习近平邀请朔尔茨访华。\n\n据德国《明镜周刊》报道，两国领导人还讨论了乌克兰问题。\n"
PAPERS = "Milei a Roma\n\nLa premier Giorgia Meloni ha ricevuto oggi a Palazzo Chigi il presidente argentino Javier Milei.\n\nI due leader hanno parlato di energia e di infrastrutture, scrive il sito Infobae. Secondo Infobae, l'incontro è durato un'ora.\n\nSecondo il quotidiano La Nacion, Milei ha invitato Meloni a Buenos Aires.\n"


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return list(dict.fromkeys((a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)))


@pytest.mark.parametrize(("text", "lang", "want"), [
    (IT, "it", [("xinhua", "CHN", "readout"), ("bundesregierung", "DEU", "readout")]),
    (EN, "en", [("cctv", "CHN", "readout"), ("der-spiegel", None, "news")]),
    (RU, "ru", [("xinhua", "CHN", "readout"), ("der-spiegel", None, "news")]),
    (ZH, "zh", [("xinhua", "CHN", "readout"), ("der-spiegel", None, "news")]),
    (PAPERS, "it", [("infobae", None, "news"), ("la-nacion", None, "news")]),
], ids=["it", "en", "ru", "zh", "two-papers"])
def test_two_sides_in_a_sentence_each_are_set_side_by_side(
        text: str, lang: str, want: list[tuple[str, str | None, str]]) -> None:
    assert _accounts(text, lang) == [("unknown", None, "news"), *want]


@pytest.mark.parametrize(("text", "lang"), [
    ("Putin e Xi al telefono\n\nI due leader si sono sentiti martedì.\n\nIl portavoce del Cremlino Dmitry Peskov ha detto all'agenzia Reuters che il colloquio è stato utile. Peskov ha aggiunto che i due leader si sentiranno presto.\n\nLa televisione di Stato cinese ha riferito che Xi ha chiesto una soluzione politica.\n", "it"),
    ("Putin and Xi speak\n\nThe two leaders spoke on Tuesday.\n\nKremlin spokesman Dmitry Peskov told the news agency Reuters that the call was useful. Peskov added that the leaders would speak again soon.\n\nXinhua said Xi called for a political settlement.\n", "en"),
])
def test_the_agency_told_is_no_source_speaking(text: str, lang: str) -> None:
    found = _accounts(text, lang)
    assert ("kremlin", "RUS", "briefing") in found
    assert not any(source == "reuters" for source, _, _ in found)


def test_berlins_spokesman_speaks_its_readout_but_at_a_press_conference() -> None:
    """The German government issues its readouts as its spokesman's words; what he says at
    a press conference stays his briefing."""
    briefed = IT.replace("i due leader hanno", "in conferenza stampa, i due leader hanno")
    assert ("bundesregierung", "DEU", "briefing") in _accounts(briefed, "it")
