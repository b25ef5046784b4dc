# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""News items that relay two sides' texts in their running prose, with no line announcing
them: a source named in an oblique case ("— сообщили в Акорде", "со ссылкой на Акорду"),
one side's words quoted and the other's told in a sentence each ("«…», — сообщили в
Акорде. В пресс-службе Кремля отметили, что …"), a government's unnamed officials
speaking ("affermano alcune fonti del dipartimento di Stato", "Fonti di Palazzo Chigi
precisano"), a text credited to leaks from its publisher ("secondo alcune indiscrezioni
trapelate da Palazzo Chigi"), and the text a colon opens named after the agency relaying it
("via Ansa arriva la nota di Palazzo Chigi:", "un lancio dell'Ansa:"). Guards: told in the
writer's words alone, a sentence each stays the writer's; the dative names whom words were
told to, never a speaker. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry


def _said(sentence: str) -> tuple[str, str | None] | None:
    said = speaker_of(sentence, registry().named_all(sentence))
    return None if said is None or said.source is None else (said.source.id, said.side)


@pytest.mark.parametrize(("sentence", "source"), [
    ("«Переговоры прошли в дружественной атмосфере», — сообщили в Акорде.", "kazakhstan-akorda"),
    ("Об этом говорится в сообщении Акорды.", "kazakhstan-akorda"),
    ("Президенты обсудили торговлю, передает агентство со ссылкой на Акорду.", "kazakhstan-akorda"),
    ("В пресс-службе Офиса президента Украины отметили, что беседа была долгой.", "president-ua"),
    ("В канцелярии премьер-министра Индии заявили, что визит состоится.", "india-pmo"),
])
def test_a_russian_source_speaks_in_any_case(sentence: str, source: str) -> None:
    got = _said(sentence)
    assert got is not None and got[0] == source


def test_whom_words_were_told_to_is_no_speaker() -> None:
    sentence = "«Разговор был конструктивным», — заявил пресс-секретарь президента Дмитрий Песков «Интерфаксу»."
    assert "interfax" not in {s.id for s, _, _ in registry().named_all(sentence)}


RU = """\
АСТАНА, 3 мая — Президент Казахстана провел телефонный разговор с президентом России.
Главы государств обсудили торговлю и транзит грузов.
"Разговор прошел по инициативе казахстанской стороны", — сообщили в Акорде.
В пресс-службе Кремля отметили, что лидеры условились о скорой встрече.
"""

IT = """\
ROMA, 3 maggio - Il presidente del Consiglio ha avuto un colloquio telefonico con il presidente egiziano.
I due leader hanno parlato di migrazioni e di energia.
"La telefonata si è svolta su richiesta della parte italiana", ha fatto sapere Palazzo Chigi.
La presidenza egiziana ha riferito che i due leader hanno concordato di vedersi presto.
"""

EN = """\
LONDON, May 3 - The British prime minister held a phone call with the Russian president.
The two leaders discussed grain shipments and prisoners.
"The call was held at the request of the British side," Downing Street said.
The Kremlin said the leaders agreed to keep in touch.
"""

ZH = """\
本报北京5月3日讯 国家主席习近平同俄罗斯总统普京通电话。
两国元首讨论了经贸合作。
中国外交部表示，“此次通话应俄方请求举行，两国元首谈得很好。”
克里姆林宫称，两国元首同意尽快会晤。
"""


@pytest.mark.parametrize(("text", "lang", "sources"), [
    (RU, "ru", ["kazakhstan-akorda", "kremlin"]),
    (IT, "it", ["palazzo-chigi", "egypt-presidency"]),
    (EN, "en", ["uk-gov", "kremlin"]),
    (ZH, "zh", ["china-mfa", "kremlin"]),
])
def test_two_sides_a_sentence_each_one_quoted_are_their_accounts(text: str, lang: str, sources: list[str]) -> None:
    found = split_accounts(text, {}, lang)
    got = [a.source for a in found]
    assert got[1:] == sources, got
    assert found[0].kind in ("news", "readout")


@pytest.mark.parametrize(("text", "lang"), [
    ("Президенты России и Казахстана провели телефонный разговор.\nВ Акорде сообщили, что разговор был долгим.\nВ пресс-службе Кремля отметили, что лидеры условились о встрече.\n", "ru"),
    ("I due presidenti si sono sentiti al telefono.\nPalazzo Chigi ha fatto sapere che la telefonata è stata lunga.\nLa presidenza egiziana ha riferito che i due leader si vedranno presto.\n", "it"),
])
def test_two_sides_a_sentence_each_in_the_writers_words_stay_his(text: str, lang: str) -> None:
    assert len(split_accounts(text, {}, lang)) == 1


IT_OFFICIALS = """\
Obama telefona a Letta

Il presidente americano ha chiamato ieri sera il presidente del Consiglio uscente.

Secondo alcune indiscrezioni trapelate da Palazzo Chigi, il presidente americano si è complimentato per il lavoro svolto.

"L'amicizia tra i due paesi resta solida e profonda, come sempre in questi anni", sottolinea in una nota la Casa Bianca.

"Siamo grati per il lavoro svolto in questi mesi sul piano internazionale, in Libia e in Afghanistan", affermano alcune fonti del dipartimento di Stato americano.
"""


def test_a_governments_officials_speaking_are_its_briefing() -> None:
    found = split_accounts(IT_OFFICIALS, {}, "it")
    assert [(a.source, a.kind) for a in found][1:] == [
        ("palazzo-chigi", "readout"), ("whitehouse", "readout"), ("us-state-dept", "briefing")]


@pytest.mark.parametrize(("sentence", "source"), [
    ("Fonti di Palazzo Chigi precisano che non c'è stato alcun contatto telefonico.", "palazzo-chigi"),
    ("Dal Quirinale precisano che il colloquio è stato cordiale.", "quirinale"),
    ("Il colloquio è stato cordiale, fanno sapere ambienti di Palazzo Chigi.", "palazzo-chigi"),
    ("Inoltre, come riporta l'Ansa, secondo alcune indiscrezioni trapelate da Palazzo Chigi, il presidente si è complimentato con il premier.", "palazzo-chigi"),
])
def test_italian_officials_and_leaks_speak_for_their_source(sentence: str, source: str) -> None:
    got = _said(sentence)
    assert got is not None and got[0] == source


IT_FLASH = """\
Macron telefona a Conte nella notte

Ieri sera la tensione era al massimo.

Alle 8.44 compare un lancio dell'Ansa: "Lunga e cordiale telefonata nella notte tra il presidente francese e il presidente del Consiglio. A chiamare è stato il presidente francese".

Poi la giornata prende un'altra piega, e il vertice di domani torna possibile.

Alle 10, via Ansa arriva la nota di Palazzo Chigi: "Il presidente francese ha detto di non aver voluto offendere l'Italia".
"""


def test_a_colon_opens_the_text_of_its_publisher_not_its_relay() -> None:
    found = split_accounts(IT_FLASH, {}, "it")
    assert [a.source for a in found if a.source != "unknown"] == ["ansa", "palazzo-chigi"]
    assert found[-1].text.startswith("Alle 10, via Ansa arriva la nota di Palazzo Chigi")


EN_BRIEFINGS = """\
BEIJING, May 3 - A foreign ministry spokesman on Tuesday declined to confirm reports of a summit.
A newspaper said earlier that envoys of the two countries were discussing a meeting in Geneva.
Asked about the report, spokesman Wang Wenbin told a briefing that the two presidents had spoken by phone in the winter.
"I have nothing to share with you on that at the moment," Wang said.
It is also reported that the White House press secretary said that Washington was "in close touch" with Beijing but had "nothing to announce on any meeting yet."
"""


def test_fragments_in_reported_speech_are_no_sides_own_words() -> None:
    """A spokesman's reply and the other side's words told in the writer's reported speech,
    with borrowed fragments quoted, are a news item's report of two briefings: it stays
    whole (no account of its own for either side)."""
    assert [a.source for a in split_accounts(EN_BRIEFINGS, {}, "en")] == ["unknown"]


IT_POST_AFTER_READOUT = """\
Il presidente francese ha incontrato il presidente cinese a Pechino. Lo hanno riferito i media statali.
"Nella mattina del 5 maggio il presidente cinese ha incontrato il presidente francese nella Grande Sala del Popolo", ha detto l'agenzia Xinhua.

"Parleremo di commercio e della guerra in Ucraina. Sono lieto di tornare in Cina dopo due anni di scambi intensi tra i nostri governi". Così il presidente francese su X.

Il vertice è durato oltre due ore.
"""

RU_POST_AFTER_READOUT = """\
Президент Казахстана провел телефонный разговор с президентом Узбекистана.
«Главы государств обсудили торговлю, транзит грузов и водные ресурсы региона», — сообщили в Акорде.

«Провел хороший разговор с братом. Договорились о скорой встрече в Ташкенте, о новых совместных проектах в энергетике и о расширении торговли между нашими странами». Об этом написал в Telegram президент Узбекистана Шавкат Мирзиёев.

Ранее лидеры встречались в Астане.
"""


IT_POST_OPENING = """\
"Ho sentito il presidente americano. Una conversazione lunga e utile sulla difesa aerea, sull'energia e sui prossimi passi verso una pace giusta e duratura". Così il presidente ucraino Volodymyr Zelensky su Telegram.

I due leader hanno parlato oggi degli attacchi alle centrali elettriche.
"""


@pytest.mark.parametrize(("text", "lang", "sources"), [
    (IT_POST_AFTER_READOUT, "it", ["xinhua", "x"]),
    (IT_POST_OPENING, "it", ["telegram"]),
    (RU_POST_AFTER_READOUT, "ru", ["kazakhstan-akorda", "telegram"]),
])
def test_a_quotation_opening_its_paragraph_is_the_source_its_back_credit_names(
        text: str, lang: str, sources: list[str]) -> None:
    """A paragraph that opens on a quotation and closes on its credit ("“…”. Così il
    presidente francese su X.", "«…». Об этом написал в Telegram …") gives the credited
    source's words, even where another side's quoted text ran just before it (the quotation
    does not run on from that text) or where it opens the story (no lead of the writer's)."""
    found = split_accounts(text, {}, lang)
    assert [a.source for a in found if a.source != "unknown"] == sources
