"""An opening frame that tells the contact ("在…接到马克龙来电后，", "After Macron's call,")
followed by someone's words about another contact ("泽连斯基称，自己经常与马克龙通话", "Zelensky
said they talk every day") is the news: the frame's contact is the lead, not a background
clause before a remark. A plan in a later clause ("并将于下周访问法国") does not make that
held contact planned nor move its day ahead. Found on a real Chinese news item."""

from __future__ import annotations

import pytest

from readouts.extract.contacts.frames import frame_cut
from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results

LEADS = {
    "zh": ("泽连斯基接到马克龙来电",
           "据外媒报道，在记者会上接到法国总统马克龙来电后，乌克兰总统泽连斯基称，"
           "自己经常与马克龙通话，并将于下周访问法国。"),
    "en": ("Zelensky takes Macron's call",
           "After the call with French President Emmanuel Macron, Ukrainian President "
           "Volodymyr Zelensky said they hold phone calls almost every day."),
    "it": ("Zelensky riceve la chiamata di Macron",
           "Dopo la telefonata con il presidente francese Emmanuel Macron, il presidente ucraino "
           "Volodymyr Zelensky ha detto che i due hanno colloqui telefonici quasi ogni giorno."),
    "ru": ("Зеленскому позвонил Макрон",
           "После телефонного разговора с президентом Франции Эммануэлем Макроном президент "
           "Украины Владимир Зеленский сказал, что они проводят телефонные разговоры почти "
           "каждый день."),
}


@pytest.mark.parametrize("lang", sorted(LEADS))
def test_a_frame_before_a_remark_is_not_cut_off(lang: str) -> None:
    assert frame_cut(LEADS[lang][1], lang) == 0


@pytest.mark.parametrize("lang", ["ru", "zh"])
def test_a_frame_before_a_remark_is_the_news(lang: str) -> None:
    title, lead = LEADS[lang]
    text = f"{title}\n\n{lead}\n"
    analysis = link_results([analyze_document(p, "2025-03-20", lang=lang)
                             for p in prepare(RawInput("page.txt", text.encode()))])
    assert [(e.type, e.status, sorted(e.participants)) for e in analysis.events][:1] == [
        ("phone_call", "held", ["emmanuel-macron", "volodymyr-zelenskyy"])], \
        [e.to_json() for e in analysis.events]


def test_a_plan_in_a_later_clause_leaves_the_held_call_s_day_past() -> None:
    lead = ("【本报讯】在19日的记者会上接到法国总统马克龙来电后，乌克兰总统泽连斯基称，"
            "自己经常与马克龙通话，并将于下周访问法国。")
    text = f"泽连斯基接到马克龙来电\n\n{lead}\n"
    analysis = link_results([analyze_document(p, "2025-03-20", lang="zh")
                             for p in prepare(RawInput("page.txt", text.encode()))])
    assert [(e.type, e.status) for e in analysis.events][:1] == [("phone_call", "held")], \
        [e.to_json() for e in analysis.events]
    assert analysis.events[0].date in ("2025-03-19", "2025-03")


@pytest.mark.parametrize(("lang", "lead"), [
    ("zh", "在与普京视频会晤后，习近平与特朗普通电话。"),
    ("en", "After his call with Putin, Xi spoke with Trump by phone."),
])
def test_a_frame_before_the_sentence_s_own_contact_still_cuts(lang: str, lead: str) -> None:
    assert frame_cut(lead, lang) > 0
