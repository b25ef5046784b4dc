"""A caption whose line ends with the picture's age after a full stop ("Владимир Путин во
время телефонного разговора. Архивное фото", "… during a phone call. File photo") is page
furniture, and so is the agency's credit above it ("© РИА Новости / …"): read as the story's
lead, the caption's call took the headline's other people as parties, and gave calls that
never happened (found on a real RIA Novosti item, held-out 11, where Pashinyan told Putin of
his meeting with Trump and Aliyev). The marks are ``archive_marks`` in
knowledge/captions.yaml."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.ingest.captions import caption_spans
from readouts.pipeline import analyze_document, link_results

PAGES = {
    "ru": ("Путин рассказал Эрдогану о переговорах с Си Цзиньпином и Моди",
           "© РИА Новости / Иван Петров",
           "Владимир Путин во время телефонного разговора. Архивное фото",
           "МОСКВА, 3 сен — Президент России Владимир Путин и президент Турции Реджеп Тайип "
           "Эрдоган провели телефонный разговор, сообщили в Кремле."),
    "en": ("Putin briefs Erdogan on talks with Xi Jinping and Modi",
           "© Reuters / John Smith",
           "Vladimir Putin during a telephone conversation. File photo",
           "MOSCOW, September 3 - Russian President Vladimir Putin and Turkish President Recep "
           "Tayyip Erdogan held a telephone conversation. The sides discussed the situation "
           "in Syria."),
    "it": ("Putin informa Erdogan sui colloqui con Xi Jinping e Modi",
           "© Ansa Foto / Mario Rossi",
           "Vladimir Putin durante una conversazione telefonica. Foto d'archivio",
           "MOSCA, 3 settembre - Il presidente russo Vladimir Putin e il presidente turco Recep "
           "Tayyip Erdogan hanno avuto una conversazione telefonica. Le parti hanno discusso della "
           "situazione in Siria."),
    "zh": ("普京向埃尔多安通报与习近平和莫迪会晤情况",
           "© 路透社 / 张三",
           "普京在通电话。资料图片",
           "新华社莫斯科9月3日电 俄罗斯总统普京3日与土耳其总统埃尔多安通电话。"
           "双方讨论了叙利亚局势。"),
}
CALL = ["recep-tayyip-erdogan", "vladimir-putin"]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_caption_closed_by_an_archive_mark_is_dropped(lang: str) -> None:
    title, credit, caption, lead = PAGES[lang]
    text = "\n".join((title, credit, caption, lead))
    assert [text[a:b].strip() for a, b in caption_spans(text)] == [credit, caption]


@pytest.mark.parametrize("lang", ["en", "it", "ru"])  # zh: a headline's "通报" is typed apart
def test_the_call_is_the_leads_not_the_captions(lang: str) -> None:
    text = "\n\n".join(PAGES[lang])
    analysis = link_results([analyze_document(p, "2025-09-03", lang=lang)
                             for p in prepare(RawInput("page.txt", text.encode()))])
    calls = [sorted(e.participants) for e in analysis.events if e.type == "phone_call"]
    assert calls == [CALL], [e.to_json() for e in analysis.events]


@pytest.mark.parametrize("line", [
    "Путин и Макрон провели переговоры. Архивное фото показали журналистам.",
    "The leaders met in Paris. File photos were shown to reporters.",
])
def test_a_sentence_about_archive_photos_is_no_caption(line: str) -> None:
    text = "Title\n\n" + line + "\n\nMore text follows here."
    assert caption_spans(text) == []
