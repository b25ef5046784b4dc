# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A blog or newsletter reposting another publisher's article: the article's headline line
signed with its publisher after a dash or a bar ("… Recollections Of The Call -- Washington
Post", "… | Reuters") opens that publisher's text, whatever sources the headline names; a
"Read more" line closes the excerpt, and the page's own comment after it is the page's, not
the text the excerpt quoted last (found on a real blog reposting the Washington Post's quote
of a White House readout), in it/en/ru/zh. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

EN = """\
Kremlin And White House Tell Different Stories About The Call -- Washington Post

On Friday the two presidents spoke on the phone for an hour. Reading the two official statements, one wonders whether they heard each other.

Here's how the White House described the call:

President Obama spoke today with President Putin about the crisis in Ukraine. President Obama urged Russia to pull back its forces and to support the elections.

Read more ....

My Comment: each side writes for its own public, and the differences say more about the two capitals than about the call.
"""

IT = """\
Cremlino e Casa Bianca raccontano due telefonate diverse -- Corriere della Sera

Venerdì i due presidenti si sono sentiti al telefono per un'ora. A leggere le due note ufficiali, viene da chiedersi se si siano ascoltati.

Ecco come la Casa Bianca ha descritto la telefonata:

Il presidente Obama ha parlato oggi con il presidente Putin della crisi in Ucraina. Obama ha esortato la Russia a ritirare le sue forze e a sostenere le elezioni.

Continua a leggere

Il nostro commento: ogni parte scrive per il proprio pubblico, e le differenze dicono più delle due capitali che della telefonata.
"""

RU = """\
Кремль и Белый дом рассказывают о разговоре по-разному — Интерфакс

В пятницу президенты час говорили по телефону. Читая два официальных сообщения, трудно поверить, что они слышали друг друга.

Вот как Белый дом описал разговор:

Президент Обама сегодня говорил с президентом Путиным о кризисе на Украине. Обама призвал Россию отвести войска и поддержать выборы.

Читать далее

Наш комментарий: каждая сторона пишет для своей публики, и различия говорят больше о двух столицах, чем о самом разговоре.
"""

ZH = """\
克里姆林宫与白宫对通话说法不一 | 南华早报

周五两国总统通了一小时电话。读了双方的官方通报，让人怀疑他们是否听到了对方的话。

以下是白宫对通话的描述：

奥巴马总统今天与普京总统就乌克兰危机通了电话。奥巴马敦促俄罗斯撤回部队并支持选举。

阅读全文

本站认为，双方各自为本国公众写作，这些差异更多反映了两国首都，而不是通话本身。
"""


@pytest.mark.parametrize(("text", "lang", "publisher"), [
    (EN, "en", "washington-post"), (IT, "it", "corriere"), (RU, "ru", "interfax"),
    (ZH, "zh", "scmp")])
def test_a_reposted_article_and_the_page_s_own_comment(text: str, lang: str, publisher: str) -> None:
    found = split_accounts(text, {}, lang)
    got = [(a.source, a.side, a.kind) for a in found]
    assert got == [(publisher, None, "news"), ("whitehouse", "USA", "readout"),
                   ("unknown", None, "news")]
    assert not found[1].text.rstrip().endswith(("....", "leggere", "далее", "全文"))


# the blog's own headline (and a date line, a photo caption) over the article it reposts:
# a headline that reports the contact is the blog's own short account
HEADS = {
    "en": ("Saturday, March 29, 2014\n\nWashington And Moscow Disagree On What Was Said In The Phone Call Between Obama And Putin\n\nPresident Obama and President Putin (file photos)\n\n",
           "Saturday, March 29, 2014\n\nTwo Capitals, Two Stories\n\nPresident Obama and President Putin (file photos)\n\n"),
    "it": ("Sabato 29 marzo 2014\n\nWashington e Mosca non concordano sulla telefonata tra Obama e Putin\n\nI presidenti Obama e Putin (foto d'archivio)\n\n",
           "Sabato 29 marzo 2014\n\nDue capitali, due storie\n\nI presidenti Obama e Putin (foto d'archivio)\n\n"),
    "ru": ("29 марта 2014\n\nВашингтон и Москва по-разному пересказали телефонный разговор Обамы и Путина\n\nПрезиденты Обама и Путин (архивное фото)\n\n",
           "29 марта 2014\n\nДве столицы, две истории\n\nПрезиденты Обама и Путин (архивное фото)\n\n"),
    "zh": ("2014年3月29日\n\n美俄对奥巴马与普京通电话内容说法不一\n\n奥巴马总统与普京总统（资料图）\n\n",
           "2014年3月29日\n\n两个首都，两种说法\n\n奥巴马总统与普京总统（资料图）\n\n"),
}


@pytest.mark.parametrize(("text", "lang", "publisher"), [
    (EN, "en", "washington-post"), (IT, "it", "corriere"), (RU, "ru", "interfax"),
    (ZH, "zh", "scmp")])
def test_the_blog_s_headline_reporting_the_call_is_its_own_account(
        text: str, lang: str, publisher: str) -> None:
    reports, label = HEADS[lang]
    found = split_accounts(reports + text, {}, lang)
    got = [(a.source, a.side, a.kind) for a in found]
    assert got == [("unknown", None, "news"), (publisher, None, "news"),
                   ("whitehouse", "USA", "readout"), ("unknown", None, "news")]
    assert found[0].text == reports.split("\n\n")[1]
    # a headline that reports no contact is a label over what the page gathers: dropped
    found = split_accounts(label + text, {}, lang)
    assert [a.source for a in found][:2] == [publisher, "whitehouse"]
