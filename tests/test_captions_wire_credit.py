"""A wire photo's caption, one long line closed after its last full stop by the agency's
slashed credit ("epa10535498 US President Joe Biden speaks on the phone … 21 March 2023.
EPA/OLIVER CONTERAS / POOL"), is page furniture: its picture's day and people give no
contact, and the story's lead stays the lead. Found on a real Giornale di Brescia item whose
caption between the headline and the lead left the page with no contact at all."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.ingest.captions import caption_spans
from readouts.pipeline import analyze_document, link_results

_SPEAKS = {
    "it": "Il presidente degli Stati Uniti Joe Biden parla al telefono mentre arriva sul prato "
          "sud della Casa Bianca, dopo un discorso al vertice sul clima al dipartimento "
          "dell'Interno a Washington, Stati Uniti, 21 marzo 2023.",
    "en": "US President Joe Biden speaks on the phone as he arrives on the South Lawn of the "
          "White House, after delivering remarks at a climate summit at the Department of the "
          "Interior in Washington, DC, USA, 21 March 2023.",
    "ru": "Президент США Джо Байден разговаривает по телефону, прибыв на Южную лужайку Белого "
          "дома после выступления на климатическом саммите в министерстве внутренних дел в "
          "Вашингтоне, США, 21 марта 2023 года.",
    "zh": ("2023年3月21日，美国总统拜登在白宫南草坪通电话，"
           "此前他在华盛顿内政部举行的气候峰会上发表讲话。"),
}
PAGES = {
    "it": ("Biden parla con Macron, 'conversazione cordiale'",
           "epa11223344 " + _SPEAKS["it"] + " EPA/MARIO ROSSI / POOL",
           "WASHINGTON, 16 SET - Joe Biden ha parlato al telefono con Emmanuel Macron. Lo "
           "riferisce la Casa Bianca."),
    "en": ("Biden speaks with Macron in 'cordial' call",
           "epa11223344 " + _SPEAKS["en"] + " EPA/JOHN SMITH / POOL",
           "WASHINGTON, Sept 16 - Joe Biden spoke by phone with Emmanuel Macron, the White "
           "House said."),
    "ru": ("Байден поговорил с Макроном",
           "epa11223344 " + _SPEAKS["ru"] + " EPA/ИВАН ПЕТРОВ / POOL",
           "ВАШИНГТОН, 16 сентября - Джо Байден провел телефонный разговор с Эммануэлем "
           "Макроном, сообщил Белый дом."),
    "zh": ("拜登同马克龙通电话",
           _SPEAKS["zh"] + "EPA/POOL",
           "新华社华盛顿9月16日电 美国总统拜登16日同法国总统马克龙通电话，白宫发表声明说。"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_wire_caption_closed_by_its_slashed_credit_is_dropped(lang: str) -> None:
    text = "\n".join(PAGES[lang])
    assert [text[a:b].strip() for a, b in caption_spans(text)] == [PAGES[lang][1]]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_story_keeps_its_call_and_the_caption_gives_none(lang: str) -> None:
    text = "\n".join(PAGES[lang])
    analysis = link_results([analyze_document(p, "2024-09-16", lang=lang)
                             for p in prepare(RawInput("page.txt", text.encode()))])
    assert [(e.type, sorted(e.participants), e.date) for e in analysis.events] == [
        ("phone_call", ["emmanuel-macron", "joe-biden"], "2024-09-16")], \
        [e.to_json() for e in analysis.events]


@pytest.mark.parametrize("line", [
    "I colloqui sono ripresi a Ginevra. Russia/Ucraina",  # a tag, no agency
    "The talks resumed. Reuters/Ipsos poll results are due on Monday, the agency said.",
])
def test_prose_ending_in_a_slash_is_kept(line: str) -> None:
    assert caption_spans(f"Title\n{line}\nMore text follows here.") == []
