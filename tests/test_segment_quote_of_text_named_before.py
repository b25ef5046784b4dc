# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A quotation closed by words naming a text but not its publisher ('"…", - говорится в
сообщении.', '"…," the statement said.', '“…”, si legge nella nota.', '“……”，该声明称。')
with no text under way is the words of the government's text the article named before it
("the account published on the White House website"), not the writer's (found on a real
Obozrevatel item quoting the White House); in it/en/ru/zh. Every text here is written for
these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

EN = """\
The Kremlin has published an edited version of the phone conversation between the two presidents.
The summary of the call published on Thursday on the White House website differs from the Russian one.
Thus Obama reminded Putin that all sides must carry out the Minsk agreements. The Russian version speaks only of Ukraine's duties.
"President Obama stressed the importance of working toward a diplomatic resolution of the crisis in Ukraine through the full implementation of the Minsk agreements by all the parties to the conflict," the statement said.
The Russian version also speaks of changes to Ukraine's constitution.
"""

IT = """\
Il Cremlino ha pubblicato una versione ritoccata della telefonata tra i due presidenti.
Il resoconto pubblicato giovedì sul sito della Casa Bianca è diverso da quello russo.
Così Obama ha ricordato a Putin che tutte le parti devono attuare gli accordi di Minsk. Nella versione russa si parla solo dei doveri di Kiev.
“Il presidente Obama ha sottolineato l'importanza di lavorare per una soluzione diplomatica della crisi in Ucraina attraverso la piena attuazione degli accordi di Minsk da parte di tutte le parti in conflitto”, si legge nella nota.
La versione russa parla anche di modifiche alla costituzione ucraina.
"""

RU = """\
Кремль опубликовал отредактированную версию телефонного разговора двух президентов.
Изложение беседы, опубликованное в четверг на сайте Белого дома, отличается от российской версии.
Так, Обама напомнил Путину, что все стороны должны выполнять минские соглашения. В российской версии речь идет только об обязанностях Киева.
"Президент Обама подчеркнул важность работы в направлении дипломатического урегулирования кризиса на Украине путем полного выполнения минских соглашений всеми сторонами конфликта", - говорится в сообщении.
Российская версия также говорит об изменениях в конституции Украины.
"""

ZH = """\
克里姆林宫公布了两国总统通话的删改版本。
白宫网站周四发布的通话新闻稿与俄方版本不同。
奥巴马提醒普京，各方都必须落实明斯克协议。俄方版本只谈到乌克兰的责任。
“奥巴马总统强调，冲突各方必须全面落实明斯克协议，通过外交途径解决乌克兰危机，这一点非常重要，美方将继续同欧洲伙伴密切协调，推动有关各方尽快停火并撤出重型武器，双方还同意就下一步外交努力保持密切沟通”，该声明称。
俄方版本还谈到修改乌克兰宪法。
"""


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (IT, "it"), (RU, "ru"), (ZH, "zh")])
def test_the_quotation_is_the_text_named_before_it(text: str, lang: str) -> None:
    found = split_accounts(text, {}, lang)
    got = [(a.source, a.side, a.kind) for a in found]
    assert got[:2] == [("unknown", None, "news"), ("whitehouse", "USA", "readout")]
    assert "Minsk" in found[1].text or "минских" in found[1].text or "明斯克" in found[1].text


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (IT, "it"), (RU, "ru"), (ZH, "zh")])
def test_with_no_text_named_before_the_quotation_stays_the_writer_s(text: str, lang: str) -> None:
    lines = text.splitlines()
    del lines[1]  # no government's text named before the quotation
    found = split_accounts("\n".join(lines[1:]) + "\n", {}, lang)
    assert [a.source for a in found] == ["unknown"]
