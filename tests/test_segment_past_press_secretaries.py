# ruff: noqa: E501 - the articles are written one paragraph a line, as pages paste
"""A past White House press secretary named alone ("Sarah Sanders told reporters", "Sean
Spicer", "Kayleigh McEnany", «Сара Сандерс», "莎拉·桑德斯") speaks for the White House, as
Psaki and Leavitt do: her words beside the Kremlin's are the White House's briefing, not the
writer's (sources.yaml officials; actors.yaml gives them the press secretary's role, so they
are never a party to the call). Variant spellings of the present one («Каролин Левитт»,
«Кэролайн Ливитт») are hers too. Found on a real daily.com.ua item (h17comp-005) and real
rg.ru and news.liga.net items (Leavitt's spellings). Every text here is written for these
tests."""

from __future__ import annotations

import pytest

from readouts.ingest import prepare, read_bytes
from readouts.pipeline import analyze_document, link_results
from readouts.segment import split_accounts

ARTICLES = {
    "en": "Trump and Putin spoke by phone on Tuesday.\n\n{name} told reporters that the two leaders discussed North Korea and trade. {name} said the call was very productive and lasted more than an hour.\n\nThe Kremlin said in a statement that the conversation was businesslike and constructive. The statement added that the presidents agreed to keep in touch.\n",
    "it": "Trump e Putin si sono sentiti al telefono martedì.\n\n{name} ha detto ai giornalisti che i due leader hanno parlato di Corea del Nord e di commercio. {name} ha aggiunto che la telefonata è stata molto produttiva ed è durata più di un'ora.\n\nIl Cremlino in una nota ha riferito che il colloquio è stato concreto e costruttivo. La nota aggiunge che i presidenti hanno concordato di restare in contatto.\n",
    "ru": "Трамп и Путин во вторник поговорили по телефону.\n\n{name} заявила журналистам, что лидеры обсудили Северную Корею и торговлю. По её словам, разговор был очень продуктивным.\n\nВ Кремле заявили, что разговор носил деловой характер. В Кремле также сообщили, что президенты договорились оставаться на связи.\n",
    "zh": "特朗普与普京周二通电话。\n\n{name}对记者表示，两国领导人讨论了朝鲜和贸易问题。{name}说，通话非常有成效，持续了一个多小时。\n\n克里姆林宫表示，通话务实且富有建设性。克里姆林宫还表示，两国总统同意保持联系。\n",
}
NAMES = [("en", "Sarah Sanders"), ("en", "Sean Spicer"), ("en", "Kayleigh McEnany"),
         ("it", "Sarah Sanders"), ("ru", "Сара Сандерс"), ("ru", "Каролин Левитт"),
         ("ru", "Кэролайн Ливитт"), ("zh", "莎拉·桑德斯"), ("zh", "肖恩·斯派塞")]


@pytest.mark.parametrize(("lang", "name"), NAMES)
def test_a_past_press_secretary_speaks_for_the_white_house(lang: str, name: str) -> None:
    got = [(a.source, a.kind) for a in split_accounts(ARTICLES[lang].format(name=name), {}, lang)]
    assert ("whitehouse", "briefing") in got, got
    assert any(source == "kremlin" for source, _ in got), got


@pytest.mark.parametrize(("lang", "name"), [("en", "Sarah Sanders"), ("ru", "Сара Сандерс")])
def test_the_press_secretary_is_no_party_to_the_call(lang: str, name: str) -> None:
    raw = read_bytes(ARTICLES[lang].format(name=name).encode(), "text.txt")
    events = link_results([analyze_document(p, "2018-03-21") for p in prepare(raw)]).events
    assert events and all("sarah-sanders" not in e.participants for e in events)


def test_a_bare_surname_another_may_bear_stays_the_writers() -> None:
    text = ARTICLES["en"].format(name="Sanders").replace("Sanders told reporters", "Senator Sanders told reporters")
    got = [(a.source, a.kind) for a in split_accounts(text, {}, "en")]
    assert ("whitehouse", "briefing") not in got, got
