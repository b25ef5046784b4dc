"""More governments that publish accounts of their leaders' contacts (Japan, India, Canada, Korea,
Türkiye, Brazil, Spain): a page on their domain is theirs, with their side,
and their names in it/en/ru/zh credit a statement to them. Texts written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry


@pytest.mark.parametrize(("url", "source", "side"), [
    ("https://japan.kantei.go.jp/101_kishida/statement/202110/_00004.html", "japan-pmo", "JPN"),
    ("https://www.mofa.go.jp/na/na1/us/page1e_000200.html", "japan-mofa", "JPN"),
    ("https://www.pmindia.gov.in/en/news_updates/pm-speaks-with-president/", "india-pmo", "IND"),
    ("https://www.mea.gov.in/press-releases.htm?dtl/1/readout", "india-mea", "IND"),
    ("https://www.pm.gc.ca/en/news/readouts/2024/prime-minister-call", "canada-pm", "CAN"),
    ("https://www.tccb.gov.tr/en/news/542/telephone-call", "turkey-presidency", "TUR"),
    ("https://www.lamoncloa.gob.es/lang/en/presidente/news/", "spain-moncloa", "ESP"),
])
def test_a_government_page_is_that_governments(url: str, source: str, side: str) -> None:
    found = registry().from_url(url)
    assert found is not None and (found.id, found.side) == (source, side)


@pytest.mark.parametrize(("sentence", "source"), [
    ("The Ministry of External Affairs said the two leaders reviewed trade ties.", "india-mea"),
    # India's press names the ministry by its initials once named in full (IANS, PTI)
    ("Talks covered defence and energy cooperation, said MEA.", "india-mea"),
    ("According to the MEA, the two leaders reviewed trade ties.", "india-mea"),
    ("L'ufficio del primo ministro giapponese ha fatto sapere che il colloquio è durato 20 "
     "minuti.", "japan-pmo"),
    ("В администрации президента Турции сообщили, что разговор был продуктивным.",
     "turkey-presidency"),
    ("日本首相官邸表示，双方同意加强合作。", "japan-pmo"),
    # the Turkish presidency named by its seat or its communications office, as Italian
    # agencies do (ANSAmed, LaPresse, Agenzia Nova, ANSA via Dagospia)
    ("La presidenza di Ankara ha fatto sapere che i due leader hanno parlato di Gaza.",
     "turkey-presidency"),
    ("Secondo la presidenza della Repubblica di Turchia, il colloquio è stato cordiale.",
     "turkey-presidency"),
    ("La Direzione per le comunicazioni della Turchia ha riferito che la telefonata è durata "
     "mezz'ora.", "turkey-presidency"),
])
def test_a_government_named_speaks(sentence: str, source: str) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is not None and said.source is not None and said.source.id == source
