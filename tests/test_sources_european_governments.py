"""Governments whose sites publish their leaders' calls but were missing from the registry
(the Czech government's vlada.gov.cz readout came out as unknown news, found on a real
Topolánek-Bush readout): a page on their domain is theirs, with their side, and their
official names in it/en/ru/zh credit a statement to them. Texts written for these tests."""

from __future__ import annotations

import pytest

from readouts.ingest import prepare, read_bytes
from readouts.pipeline import analyze_document
from readouts.segment import split_accounts
from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry


@pytest.mark.parametrize(("url", "source", "side"), [
    ("https://vlada.gov.cz/en/media-centrum/aktualne/prime-minister-spoke-by-phone-1234/",
     "czech-government", "CZE"),
    ("https://www.hrad.cz/en/for-media/press-releases/5678", "czech-president", "CZE"),
    ("https://www.gov.pl/web/primeminister/talks-with-the-president", "poland-government", "POL"),
    ("https://www.prezydent.pl/en/news/telephone-conversation,1234", "poland-president", "POL"),
    ("https://abouthungary.hu/news-in-brief/pm-orban-holds-phone-call", "hungary-government",
     "HUN"),
    ("https://www.government.nl/latest/news/2024/03/05/pm-call", "netherlands-government",
     "NLD"),
    ("http://government.ru/en/news/51234/", "russia-government", "RUS"),
    ("https://english.www.gov.cn/news/202403/12/content_WS65.html", "china-gov", "CHN"),
    ("https://www.kmu.gov.ua/en/news/premier-minister-call", "ukraine-government", "UKR"),
    ("https://www.gov.il/en/departments/news/pm-spoke-with", "israel-pmo", "ISR"),
    ("https://www.pmo.gov.pk/press_release_detailes.php?pr_id=5000", "pakistan-pmo", "PAK"),
    ("https://www.akorda.kz/en/head-of-state-holds-phone-talk", "kazakhstan-akorda", "KAZ"),
    ("https://www.pm.gov.au/media/call-president", "australia-pm", "AUS"),
])
def test_a_government_page_is_that_governments(url: str, source: str, side: str) -> None:
    found = registry().from_url(url)
    assert found is not None and (found.id, found.side) == (source, side)


def test_a_ministry_under_a_parent_government_domain_keeps_its_own_entry() -> None:
    """www.gov.cn is the State Council; the foreign ministry's fmprc.gov.cn stays its own,
    and a provincial site under gov.cn is nobody registered."""
    assert registry().from_url("https://www.fmprc.gov.cn/eng/zxxx/1.html").id == "china-mfa"
    assert registry().from_url("http://www.hunan.gov.cn/news/1.html") is None


@pytest.mark.parametrize(("sentence", "source"), [
    ("The Government of the Czech Republic said the two prime ministers agreed to meet soon.",
     "czech-government"),
    ("Secondo il governo ceco, i due premier hanno parlato della sicurezza energetica.",
     "czech-government"),
    ("Как сообщили в пресс-службе Акорды, стороны обсудили транзит.", "kazakhstan-akorda"),
    ("荷兰政府表示，双方讨论了乌克兰局势。", "netherlands-government"),
])
def test_a_government_named_speaks(sentence: str, source: str) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is not None and said.source is not None and said.source.id == source


def test_a_readout_on_the_czech_government_site_is_its_readout() -> None:
    text = ("Prime Minister Petr Fiala spoke by telephone with the President of France "
            "Emmanuel Macron on Tuesday. The two leaders discussed support for Ukraine and "
            "the energy market.")
    found = split_accounts(text, {"url": "https://vlada.gov.cz/en/media-centrum/1/"}, "en")
    assert [(d.source, d.side, d.kind) for d in found] == [
        ("czech-government", "CZE", "readout")]


def test_a_russian_government_readout_speaks_for_russia() -> None:
    text = ("Председатель Правительства Михаил Мишустин провёл телефонный разговор с "
            "Премьер-министром Казахстана. Стороны обсудили вопросы торгово-экономического "
            "сотрудничества.")
    raw = read_bytes(f"url: http://government.ru/news/50123/\n\n{text}".encode(), "t.txt")
    doc = analyze_document(next(iter(prepare(raw))), "2024-02-01").document
    assert [(r.source, r.side) for r in doc.readouts] == [("russia-government", "RUS")]
