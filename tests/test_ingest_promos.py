"""Promotions glued into a story's paragraphs are no text of it: a teaser of another story
("Leggi anche:", "LEGGI ANCHE", "Read also:", "Читайте также:", "相关阅读：") with its headline,
up to the word that opens the next sentence (all of a line it opens: "Su questo argomento :
…"), and the closing sentences promoting the publisher's channels ("segui il nostro canale
Telegram", "подписывайтесь на наш Telegram-канал", "Follow us on X"). A story's own mention
of a channel stays. Texts written for these tests (it/en/ru/zh)."""

import pytest
from test_contacts import analyze_texts

from readouts.ingest import RawInput, prepare

PAGE = "2018-06-14"


def _body(text: str) -> str:
    return prepare(RawInput("page.txt", ("Titolo\n\n" + text).encode()))[0].body


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Conte ha parlato con Macron. Leggi anche: \"Parole dure\": anche Prodi contro Macron "
     "Secondo quanto si è appreso, i due hanno parlato dei migranti.", "Prodi",
     "Secondo quanto si è appreso"),
    ("Conte ha parlato con Macron. LEGGI ANCHE Prodi attacca Macron sui migranti Il premier "
     "ha poi lasciato Palazzo Chigi.", "Prodi", "Il premier ha poi lasciato"),
    ("Conte spoke with Macron. Read also: Prodi slams Macron over migrants The two leaders "
     "discussed the summit.", "Prodi", "The two leaders discussed"),
    ("Путин поговорил с Макроном. Читайте также: Продеи раскритиковал Макрона По словам "
     "пресс-службы, беседа была деловой.", "Продеи", "По словам пресс-службы"),
    ("普京与马克龙通电话。相关阅读：普京会见某某\n双方讨论了乌克兰问题。", "某某",
     "双方讨论了乌克兰问题"),
    ("Macron ha parlato con Trump.\nSu questo argomento : Zelensky a Londra vede Starmer. Ma "
     "cresce la pressione sul piano\nLa chiamata è durata 40 minuti.", "Zelensky",
     "La chiamata è durata 40 minuti"),
    ("Conte ha parlato con Macron dei migranti. Non perdere le notizie più importanti: segui "
     "il nostro canale Telegram.", "Telegram", "Conte ha parlato con Macron"),
    ("Путин поговорил с Макроном. Не пропустите главное — подписывайтесь на наш "
     "Telegram-канал.", "Telegram", "Путин поговорил с Макроном"),
    ("Conte spoke with Macron about migration. Follow us on X and Telegram.", "Telegram",
     "Conte spoke with Macron"),
])
def test_a_glued_promotion_is_dropped(text: str, gone: str, kept: str) -> None:
    body = _body(text)
    assert gone not in body
    assert kept in body


@pytest.mark.parametrize("text", [
    "Путин провел разговор с Лукашенко. Об этом сообщил Telegram-канал «Пул Первого».",
    "Il premier ha scritto sul suo canale Telegram che la telefonata è stata cordiale.",
    "Read also",  # a story list's heading alone: the line pass reads it
])
def test_a_storys_own_words_stay(text: str) -> None:
    assert _body(text).endswith("\n\n" + text)


def test_the_teasers_people_make_no_contact() -> None:
    text = ("Macron chiama Conte\n\nEmmanuel Macron ha chiamato ieri il premier Giuseppe Conte. "
            "Leggi anche: \"Parole intollerabili\": anche Prodi asfalta Macron Secondo quanto si "
            "è appreso, nel corso del colloquio i due hanno parlato dei migranti.")
    events = analyze_texts((text, PAGE), lang="it").events
    assert all("romano-prodi" not in e.participants for e in events)
    assert [(e.type, sorted(e.participants)) for e in events if e.reported_by] == [
        ("phone_call", ["emmanuel-macron", "giuseppe-conte"])]
