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


# Xinhua's picture caption, a long line with the leaders' day and a position mark, closed by the
# agency and its photographer in brackets ("(Xinhua/Huang Jingwen)"): the caption of a welcome
# ceremony came out as the contact of a page whose talks the next line tells, and a file photo
# of another meeting dated a phone call. Found on three real items (two People's Daily Online
# pages relaying Xinhua, one China Military Online page).
_CEREMONY = {
    "en": "Chinese President Xi Jinping (R) holds a welcoming ceremony for Brazilian President "
          "Luiz Inacio Lula da Silva in Beijing, capital of China, March 4, 2025, before their "
          "talks at the Great Hall of the People in the morning. (Xinhua/Li Ming)",
    "it": "Il presidente cinese Xi Jinping (a destra) tiene una cerimonia di benvenuto per il "
          "presidente brasiliano Luiz Inacio Lula da Silva a Pechino, 4 marzo 2025, prima dei "
          "colloqui nella Grande Sala del Popolo. (Xinhua/Li Ming)",
    "ru": "Председатель КНР Си Цзиньпин (справа) проводит церемонию встречи президента "
          "Бразилии Луиса Инасиу Лулы да Силвы в Пекине, 4 марта 2025 года, перед переговорами "
          "в Доме народных собраний. (Xinhua/Li Ming)",
    "zh": "2025年3月4日，国家主席习近平在北京人民大会堂东门外广场举行欢迎仪式，欢迎巴西总统"
          "卢拉。（新华社记者李明摄）",
}
_TALKS = {
    "en": "BEIJING, March 5 (Xinhua) -- Chinese President Xi Jinping and Brazilian President "
          "Luiz Inacio Lula da Silva held talks in Beijing on Wednesday.",
    "it": "PECHINO, 5 mar (Xinhua) - Il presidente cinese Xi Jinping ha tenuto colloqui con il "
          "presidente brasiliano Luiz Inacio Lula da Silva mercoledì a Pechino.",
    "ru": "ПЕКИН, 5 марта (Синьхуа) -- Председатель КНР Си Цзиньпин в среду провел переговоры с "
          "президентом Бразилии Луисом Инасиу Лулой да Силвой в Пекине.",
    "zh": "新华社北京3月5日电 国家主席习近平5日在北京人民大会堂同巴西总统卢拉举行会谈。",
}


@pytest.mark.parametrize("lang", sorted(_CEREMONY))
def test_a_caption_closed_by_the_agency_and_its_photographer_is_dropped(lang: str) -> None:
    text = "\n\n".join(("Xi, Lula hold talks", _CEREMONY[lang], _TALKS[lang]))
    spans = [text[a:b].strip() for a, b in caption_spans(text)]
    assert spans == [_CEREMONY[lang]], spans
    analysis = link_results([analyze_document(p, "2025-03-05", lang=lang)
                             for p in prepare(RawInput("page.txt", text.encode()))])
    assert [(e.type, e.date) for e in analysis.events] == [("meeting", "2025-03-05")], \
        [e.to_json() for e in analysis.events]


def test_the_agency_alone_in_brackets_still_closes_prose() -> None:
    line = ("Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula "
            "da Silva in Beijing on Wednesday. (Xinhua)")
    assert caption_spans(f"Xi, Lula hold talks\n{line}\nMore text follows here.") == []
