# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A leader's words a colon opens, told as written on social media with no platform named,
are his post whatever verb or word order tells them: "Ne ha scritto sui social lo stesso
Zelensky: “…”" (the leader after the verb), "Zelensky, via social, aveva replicato con
queste parole: “…”" (a verb of speech, the social media named beside it), "On social media,
Zelensky replied: …", «В соцсетях Зеленский ответил: …», "泽连斯基在社交媒体上回应说：…".
Before, only a verb of writing after the leader ("Trump wrote:") made the post, and these
words stayed the writer's. Found on two real Italian items (RaiNews and Informazione.it
relaying Palazzo Chigi's note and Zelensky's reply). Every text here is written for these
tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

IT_NOTE = """Il premier Mario Draghi ha avuto oggi una telefonata con il presidente ucraino Volodymyr Zelensky, riferisce Palazzo Chigi. "I due leader hanno parlato degli aiuti e della situazione a Mariupol e hanno concordato di restare in stretto contatto nei prossimi giorni", si legge nella nota di Palazzo Chigi.

"""
IT_AFTER = IT_NOTE + """Della telefonata ha anche scritto sui social lo stesso Zelensky: "Prosegue il dialogo con il presidente del Consiglio. Siamo grati per il sostegno dell'Italia e per il coinvolgimento nelle indagini sui crimini commessi"."""
IT_VIA = IT_NOTE + """Zelensky, via social, aveva poi replicato con queste parole: "La prossima volta sposterò il calendario della guerra per fissare un appuntamento con il presidente del Consiglio, perché oggi ci sono stati combattimenti"."""
EN = """Italian Prime Minister Mario Draghi spoke by phone on Tuesday with Ukrainian President Volodymyr Zelensky, Palazzo Chigi said. "The two leaders discussed aid and the situation in Mariupol and agreed to stay in close contact in the coming days," Palazzo Chigi said in a note.

On social media, Zelensky replied with these words: "Next time I will move the calendar of the war to make an appointment with the Prime Minister, because today there was heavy fighting.\""""
RU = """Премьер-министр Италии Марио Драги во вторник провёл телефонный разговор с президентом Украины Владимиром Зеленским, сообщили в Палаццо Киджи. «Лидеры обсудили помощь и ситуацию в Мариуполе и договорились оставаться на связи в ближайшие дни», — говорится в заявлении Палаццо Киджи.

В соцсетях Зеленский ответил так: «В следующий раз я перенесу календарь войны, чтобы договориться о разговоре с премьером, потому что сегодня шли тяжёлые бои»."""
ZH = """意大利总理德拉吉周二与乌克兰总统泽连斯基通电话，意大利总理府称。“两国领导人讨论了援助和马里乌波尔局势，并同意在未来几天保持密切联系，”意大利总理府在声明中说。

泽连斯基在社交媒体上回应说：“下次我会调整战争的日程，以便和总理约好通话时间，因为今天发生了激烈战斗。”"""


def _accounts(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [(a.source, a.side, a.kind) for a in split_accounts(text, {}, lang)]


@pytest.mark.parametrize(("text", "lang"), [
    (IT_AFTER, "it"), (IT_VIA, "it"), (EN, "en"), (RU, "ru"), (ZH, "zh")])
def test_a_leaders_words_on_social_media_are_his_post(text: str, lang: str) -> None:
    found = _accounts(text, lang)
    assert found[-1] == ("unknown", "UKR", "post")
    assert found[0][0] == "palazzo-chigi"
    post = split_accounts(text, {}, lang)[-1]
    assert "Zelensky" in post.text or "Зеленский" in post.text or "泽连斯基" in post.text


@pytest.mark.parametrize(("text", "lang"), [
    (IT_NOTE + """Zelensky ha poi commentato con queste parole: "La prossima volta sposterò il calendario della guerra per fissare un appuntamento con il presidente del Consiglio, perché oggi ci sono stati combattimenti".""", "it"),
    (IT_NOTE + """Del post sui social ha parlato anche il portavoce: "La prossima volta sposteremo il calendario per fissare un appuntamento con il presidente del Consiglio, perché oggi ci sono stati combattimenti".""", "it"),
])
def test_no_social_media_or_no_leader_is_no_post(text: str, lang: str) -> None:
    assert ("unknown", "UKR", "post") not in _accounts(text, lang)
