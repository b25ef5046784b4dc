"""A caption whose own line ends with its photo credit after a full stop ("…接到马克龙来电。
图源:总统办公室", "… at the Elysee. Photo: Presidential office") is page furniture: the
story is not split at it into a second account, and its lead stays the lead. Found on a
real Chinese news item."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.ingest.captions import caption_spans
from readouts.pipeline import analyze_document, link_results

LEADS = {
    "zh": ("总统接到来电",
           "【本报讯】据外媒报道，乌克兰总统泽连斯基周二接到法国总统马克龙来电，双方讨论了安全局势。",
           "泽连斯基在周二的记者会上接到马克龙来电。图源:乌克兰总统办公室视频截图",
           "“我们经常通话。”泽连斯基说。"),
    "ru": ("Звонок во время брифинга",
           "Президент Франции Эмманюэль Макрон во вторник позвонил президенту Украины "
           "Владимиру Зеленскому, сообщает агентство.",
           "Зеленский говорит по телефону с Макроном. Фото: пресс-служба президента Украины",
           "«Мы часто созваниваемся», — сказал Зеленский."),
    "it": ("La telefonata in diretta",
           "Il presidente francese Emmanuel Macron ha telefonato martedì al presidente ucraino "
           "Volodymyr Zelensky durante una conferenza stampa.",
           "Zelensky risponde alla chiamata di Macron. Foto: Ufficio stampa della presidenza",
           "\"Ci sentiamo spesso\", ha detto Zelensky."),
    "en": ("A call during the briefing",
           "French President Emmanuel Macron called Ukrainian President Volodymyr Zelensky on "
           "Tuesday during a press conference.",
           "Zelensky takes the call from Macron. Photo: Presidential office of Ukraine",
           "\"We talk often,\" Zelensky said."),
}


@pytest.mark.parametrize("lang", sorted(LEADS))
def test_a_caption_closed_by_its_credit_is_dropped(lang: str) -> None:
    title, lead, caption, quote = LEADS[lang]
    text = "\n\n".join((title, lead, caption, quote))
    assert [text[a:b].strip() for a, b in caption_spans(text)] == [caption]


@pytest.mark.parametrize("lang", sorted(LEADS))
def test_the_story_stays_one_account_with_its_lead(lang: str) -> None:
    text = "\n\n".join(LEADS[lang])
    analysis = link_results([analyze_document(p, "2025-03-20", lang=lang)
                             for p in prepare(RawInput("page.txt", text.encode()))])
    assert [len(d.readouts) for d in analysis.documents] == [1]
    held = [e for e in analysis.events if e.status == "held"]
    assert [(e.type, sorted(e.participants), e.initiated_by) for e in held] == [
        ("phone_call", ["emmanuel-macron", "volodymyr-zelenskyy"], "emmanuel-macron")], \
        [e.to_json() for e in analysis.events]


@pytest.mark.parametrize("line", [
    "Путин и Макрон провели переговоры. Фото сделано в Кремле.",
    "The leaders met in Paris. Photographs were taken afterwards.",
])
def test_a_sentence_about_photos_is_no_credit(line: str) -> None:
    text = "Title\n\n" + line + "\n\nMore text follows here."
    assert caption_spans(text) == []
