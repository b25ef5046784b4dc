"""The Egyptian presidency publishes its accounts of al-Sisi's contacts as its spokesman's
words ("Lo ha riferito il portavoce della presidenza egiziana, Ahmed Fahmy"): relayed by Italian
agencies (ANSA, Adnkronos, Agenzia Nova) beside Palazzo Chigi's note, it is Egypt's readout,
and a page that relays both holds two accounts. And a wire's dateline under a syndicating
page's headline and byline ("By JANE ROE\\nAssociated Press\\nWASHINGTON (AP) —") makes the
page the wire's item, as it does on the first line. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

from readouts.segment.attribution import speaker_of
from readouts.segment.sources import registry


@pytest.mark.parametrize("sentence", [
    "Lo ha riferito il portavoce della presidenza egiziana, Ahmed Fahmy, in un comunicato.",
    "Secondo la presidenza egiziana, il colloquio ha riguardato la situazione a Gaza.",
    "The Egyptian presidency said the two leaders discussed the situation in Gaza.",
    "В администрации президента Египта сообщили, что лидеры обсудили ситуацию в Газе.",
    "埃及总统府表示，两国领导人讨论了加沙局势。",
])
def test_the_egyptian_presidency_speaks(sentence: str) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is not None and said.source is not None
    assert (said.source.id, said.side) == ("egypt-presidency", "EGY")


def test_its_spokesman_gives_its_readout() -> None:
    """Cairo's spokesman speaks its readout, not a briefing (spokesman_readout)."""
    text = ("(Agenzia) - «Il presidente del Consiglio ha avuto oggi una conversazione "
            "telefonica con il presidente egiziano al-Sisi per ringraziarlo del suo impegno sul "
            "dossier migratorio e per fare il punto sulla crisi in Libia». Lo si legge in una "
            "nota di Palazzo Chigi.\n\n"
            "Il presidente egiziano ha sottolineato «l'importanza di rafforzare la cooperazione "
            "tra i due Paesi» nel corso del colloquio telefonico con la premier. Lo ha riferito "
            "il portavoce della presidenza egiziana, Ahmed Fahmy. «Continuare il coordinamento "
            "con l'Italia sui dossier regionali, dalla sicurezza all'energia», ha aggiunto.\n")
    analysis = analyze_texts((text, "2023-07-20"), lang="it")
    got = [(r.source, r.side, r.kind) for d in analysis.documents for r in d.readouts]
    assert ("egypt-presidency", "EGY", "readout") in got
    assert ("palazzo-chigi", "ITA", "readout") in got


@pytest.mark.parametrize(("text", "source"), [
    ("Biden, Mexican president discuss migration\nBy JANE ROE and JOHN DOE\nAssociated Press\n"
     "WASHINGTON (AP) — President Joe Biden and Mexico's Andres Manuel Lopez Obrador spoke by "
     "phone on Friday about migration at the southern border.\n", "ap"),
    ("UK prime minister speaks with Trump to offer his congratulations\n\nBy Jane Roe and John "
     "Doe\n\n1 minute\n\nLONDON (Reuters) – British Prime Minister Keir "
     "Starmer spoke with U.S. President-elect Donald Trump on Wednesday to offer his "
     "congratulations.\n", "reuters"),
])
def test_a_wire_dateline_under_the_headline_is_the_wires_item(text: str, source: str) -> None:
    analysis = analyze_texts((text, "2024-11-06"), lang="en")
    assert [r.source for d in analysis.documents for r in d.readouts] == [source]


def test_a_wire_named_deep_in_a_story_is_no_dateline() -> None:
    """Only a line opening on the wire's dateline credits the page; a sentence citing it
    later does not."""
    text = ("Biden and Lopez Obrador spoke by phone on Friday about migration at the southern "
            "border, the two governments said.\n\nThe call was first reported by the Associated "
            "Press, which said (AP) sources described it as cordial.\n")
    analysis = analyze_texts((text, "2022-04-29"), lang="en")
    assert all(r.source != "ap" for d in analysis.documents for r in d.readouts)


@pytest.mark.parametrize(("sentence", "source"), [
    # Russian writes the Kremlin's press service with the state's initials as it writes its
    # press secretary ("пресс-секретарь президента РФ", already an official)
    ("«Стороны обсудили двусторонние отношения», — передает пресс-служба президента РФ.",
     "kremlin"),
    ("Как сообщили в пресс-службе президента РФ, разговор был деловым.", "kremlin"),
    # Kyiv's presidential office under its name until 2019 (Poroshenko's years)
    ("В администрации президента Украины сообщили, что разговор был конструктивным.",
     "president-ua"),
    ("The Presidential Administration of Ukraine said the call was constructive.",
     "president-ua"),
    ("L'amministrazione presidenziale ucraina ha fatto sapere che il colloquio è stato "
     "costruttivo.", "president-ua"),
])
def test_an_office_named_as_the_press_of_its_day_speaks(sentence: str, source: str) -> None:
    said = speaker_of(sentence, registry().named_all(sentence))
    assert said is not None and said.source is not None and said.source.id == source
