# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A sentence that credits the sentences before it ("Lo rende noto la Casa Bianca", "This
was announced by the White House", "Об этом сообщили в Белом доме") opens no account of its
own: after an agency's lead it is the news item citing its source, and the account that
item quotes later is still found; after a long quotation it gives that quotation to the
source it names. in it/en/ru (a Chinese item credits its source before, "据…报道"). Every
text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry

IT = """\
Il colloquio tra Joe Biden e Xi Jinping si è concluso alle 11.20 ora di Washington. Lo rende noto la Casa Bianca. La telefonata è durata un'ora e quaranta minuti.

Secondo il resoconto dell'agenzia Xinhua, Xi ha detto che "i due Paesi devono rispettarsi a vicenda e cercare un terreno comune, perché il confronto non conviene a nessuno e danneggia il mondo intero". Il resoconto aggiunge che Xi ha chiesto "passi concreti sul commercio, a partire dai dazi imposti negli ultimi anni alle merci cinesi".

Le borse asiatiche hanno chiuso in rialzo.
"""

EN = """\
The call between Joe Biden and Xi Jinping ended at 11.20am Washington time. This was announced by the White House. It lasted an hour and forty minutes.

According to the Xinhua readout, Xi said that "the two countries must respect each other and seek common ground, because confrontation serves no one and harms the whole world". The readout added that Xi asked for "concrete steps on trade, starting with the tariffs imposed on Chinese goods in recent years".

Asian stock markets closed higher.
"""

RU = """\
Разговор Джо Байдена и Си Цзиньпина завершился в 11:20 по вашингтонскому времени. Об этом сообщили в Белом доме. Он продлился час сорок минут.

Как сообщает агентство Синьхуа, Си заявил, что «две страны должны уважать друг друга и искать общую почву, потому что противостояние никому не выгодно и вредит всему миру». В сообщении также говорится, что Си призвал к «конкретным шагам в торговле, начиная с пошлин, введённых на китайские товары в последние годы».

Азиатские биржи закрылись ростом.
"""


@pytest.mark.parametrize(("text", "lang"), [(IT, "it"), (EN, "en"), (RU, "ru")])
def test_a_lead_crediting_its_source_stays_the_news_item(text: str, lang: str) -> None:
    got = [(a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)]
    assert got == [("unknown", None, "news"), ("xinhua", "CHN", "readout"),
                   ("unknown", None, "news")]


@pytest.mark.parametrize(("text", "source"), [
    ("Lo rende noto la Casa Bianca.", "whitehouse"),
    ("This was announced by the White House.", "whitehouse"),
    ("Об этом сообщили в Белом доме.", "whitehouse"),
])
def test_the_crediting_sentence_names_its_source_as_crediting_the_text_before(
        text: str, source: str) -> None:
    said = speaker_of(text, registry().named_all(text))
    assert said is not None and said.how == "back" and said.source is not None
    assert said.source.id == source


QUOTED_IT = """\
Biden e Xi si sono sentiti al telefono per quasi due ore, la prima volta da marzo.

"I due capi di Stato hanno avuto uno scambio approfondito e sincero sulle relazioni tra Cina e Stati Uniti e su questioni di comune interesse, e hanno concordato di restare in contatto". Lo riferisce la televisione di Stato cinese Cctv. Secondo la Cctv, Xi ha aggiunto che "chi gioca con il fuoco finisce per bruciarsi".

Le borse asiatiche hanno chiuso in rialzo.
"""

QUOTED_EN = """\
Biden and Xi spoke by phone for almost two hours, their first call since March.

"The two heads of state had an in-depth and candid exchange on China-US relations and on issues of common interest, and agreed to stay in touch." This was reported by the Chinese state broadcaster CCTV. According to CCTV, Xi added that "those who play with fire will get burned".

Asian stock markets closed higher.
"""

QUOTED_RU = """\
Байден и Си почти два часа говорили по телефону, впервые с марта.

«Главы двух государств провели углублённый и откровенный обмен мнениями о китайско-американских отношениях и вопросах, представляющих взаимный интерес, и договорились оставаться на связи». Об этом сообщил китайский телеканал CCTV. По данным CCTV, Си добавил, что «тот, кто играет с огнём, обожжётся».

Азиатские биржи закрылись ростом.
"""


@pytest.mark.parametrize(("text", "lang"), [(QUOTED_IT, "it"), (QUOTED_EN, "en"),
                                            (QUOTED_RU, "ru")])
def test_a_long_quotation_credited_after_it_is_its_source_s(text: str, lang: str) -> None:
    found = split_accounts(text, {}, lang)
    got = [(a.source, a.side) for a in found]
    assert got == [("unknown", None), ("cctv", "CHN"), ("unknown", None)]
    assert found[1].text.lstrip().startswith(("\"", "«"))  # the quotation is CCTV's


CLAIMED_IT = """\
Biden e Xi si sono sentiti al telefono per novanta minuti, la prima volta da febbraio.

Biden ha auspicato che la "competizione" tra i due Paesi non diventi "conflitto". Al suo omologo ha assicurato che gli Stati Uniti vogliono "evitare che in futuro si crei alcuna situazione di conflitto indesiderato tra le due potenze". Lo ha riferito ai giornalisti un funzionario della Casa Bianca.

Secondo il resoconto dell'agenzia Xinhua, Xi ha detto che "la politica americana sulla Cina pone da tempo serie difficoltà nei rapporti tra i due Paesi e non è nell'interesse dei due popoli". Il resoconto aggiunge che Xi ha chiesto "rispetto reciproco e una gestione adeguata delle divergenze tra le due potenze".
"""

CLAIMED_EN = """\
Biden and Xi spoke by phone for ninety minutes, their first call since February.

Biden hoped that "competition" between the two countries would not become "conflict". He assured his counterpart that the United States wants "to make sure no unintended conflict between the two powers arises in the future". This was reported by a White House official.

According to the Xinhua readout, Xi said that "U.S. policy on China has long caused serious difficulties in relations between the two countries and is not in the interest of the two peoples". The readout added that Xi called for "mutual respect and proper handling of the differences between the two powers".
"""

CLAIMED_RU = """\
Байден и Си полтора часа говорили по телефону, впервые с февраля.

Байден выразил надежду, что «конкуренция» двух стран не перерастёт в «конфликт». Он заверил собеседника, что США хотят «не допустить в будущем никакого непреднамеренного конфликта между двумя державами». Об этом журналистам сообщили в Белом доме.

Как сообщает агентство Синьхуа, Си заявил, что «политика США в отношении Китая давно создаёт серьёзные трудности в отношениях двух стран и не отвечает интересам двух народов». В сообщении также говорится, что Си призвал к «взаимному уважению и должному урегулированию разногласий между двумя державами».
"""


@pytest.mark.parametrize(("text", "lang"), [(CLAIMED_IT, "it"), (CLAIMED_EN, "en"),
                                            (CLAIMED_RU, "ru")])
def test_quoted_sentences_credited_after_them_are_their_source_s(text: str, lang: str) -> None:
    found = split_accounts(text, {}, lang)
    assert [a.source for a in found] == ["unknown", "whitehouse", "xinhua"]
    assert found[1].text.startswith(("Biden ha auspicato", "Biden hoped", "Байден выразил"))
