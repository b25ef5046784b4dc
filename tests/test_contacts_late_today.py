"""A story that opens on background only (an old quarrel, a hook) and names its contact as
today's a few sentences on ("dopo l'articolata conversazione telefonica odierna", "after
today's phone call", «после сегодняшнего телефонного разговора», "今天的通话") reports that
contact. The guard: a story whose opening tells a contact keeps it. Every text here is
written for these tests."""

from __future__ import annotations

import pytest
from test_contacts import analyze_texts

LATE = {
    "it": ("Sono passati cinque mesi da quando il presidente del Consiglio Mario Draghi aveva "
           "definito il presidente turco Recep Tayyip Erdogan un dittatore, alimentando le "
           "tensioni tra Roma e Ankara e provocando la convocazione dell'ambasciatore italiano "
           "ad Ankara per chiarimenti. Pace fatta tra Draghi ed Erdogan? Pare di sì. Lo "
           "suggerisce la nota diffusa da Palazzo Chigi dopo l'articolata conversazione "
           "telefonica odierna."),
    "en": ("Five months have passed since Prime Minister Mario Draghi called Turkish President "
           "Recep Tayyip Erdogan a dictator, stoking tensions between Rome and Ankara and "
           "leading Turkey to summon the Italian ambassador for an explanation. The quarrel "
           "went on for weeks, with statements from both capitals, an angry exchange in the "
           "European Parliament and a long silence between the two governments. Have Draghi "
           "and Erdogan made peace? It seems so. That is what the note from Palazzo Chigi "
           "suggests "
           "after today's long phone call."),
    "ru": ("Прошло пять месяцев с тех пор, как премьер-министр Италии Марио Драги назвал "
           "президента Турции Реджепа Тайипа Эрдогана диктатором, что обострило отношения Рима "
           "и Анкары и привело к вызову итальянского посла для объяснений. Ссора длилась "
           "неделями: заявления обеих столиц, резкий обмен репликами в Европейском парламенте и "
           "долгое молчание между двумя правительствами. Драги и Эрдоган помирились? Похоже, "
           "что да. Об этом говорит заявление правительства Италии после "
           "сегодняшнего телефонного разговора."),
    "zh": ("五个月前，意大利总理德拉吉称土耳其总统埃尔多安为独裁者，罗马与安卡拉关系随之紧张，"
           "土方还召见了意大利大使要求解释，两国之间的这场风波一度持续发酵了好几个星期之久。"
           "这场争吵持续了数周。"
           "两国首都相继发表声明，欧洲议会里也有激烈交锋，两国政府之间随后长时间保持沉默。"
           "德拉吉和埃尔多安和解了吗？看来是的。意大利政府在今天的通话后发表的声明表明了这一点。"),
}


@pytest.mark.parametrize("lang", sorted(LATE))
def test_the_contact_named_as_today_s_is_the_news(lang: str) -> None:
    analysis = analyze_texts((LATE[lang], "2021-09-08"), lang=lang)
    assert [(e.type, sorted(e.participants), e.date) for e in analysis.events
            if e.reported_by] == [
        ("phone_call", ["mario-draghi", "recep-tayyip-erdogan"], "2021-09-08")]
