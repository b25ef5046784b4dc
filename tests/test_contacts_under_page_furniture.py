"""A page's furniture above its story (menu entries, buttons, a promotion, the headline and
the byline: lines without a final stop) uses up none of the opening sentences a story may
take to name its contact: the call told in the ninth line is the story's (found on a real
Kyiv Independent page); tests en/it/ru/zh."""

from __future__ import annotations

import pytest

from readouts.ingest import RawInput, prepare
from readouts.pipeline import analyze_document, link_results

MENUS = {
    "en": ["Our new magazine is out.", "Be the first to read it.", "pre-order now",
           "Skip to content", "Featured", "War Analysis Business Culture Opinion Newsletters",
           "Jobs Store Team About"],
    "it": ["Il nuovo mensile è in edicola.", "Abbonati per leggerlo.", "abbonati ora",
           "Vai al contenuto", "In evidenza", "Politica Economia Cultura Opinioni Newsletter",
           "Lavora con noi Negozio Redazione"],
    "ru": ["Вышел наш новый журнал.", "Подпишитесь, чтобы прочитать его.", "подписаться",
           "Перейти к содержанию", "Главное", "Политика Экономика Культура Мнения Рассылки",
           "Вакансии Магазин Редакция"],
    "zh": ["本刊新一期已出版。", "欢迎订阅阅读。", "立即订阅", "跳至正文", "精选",
           "政治 经济 文化 评论 简报", "招聘 商店 关于我们"],
}
PROMO = {  # a long promotion line without a final stop, past the lead's reach
    "en": "Sign up for our newsletter and get the news of the day in your inbox every morning, "
          "with analysis from our correspondents in Kyiv, Brussels and Washington and the "
          "stories that matter across the region, free of charge for every reader who "
          "registers on our site and confirms the address we send the link to",
    "it": "Iscriviti alla nostra newsletter e ricevi le notizie del giorno ogni mattina nella "
          "tua casella, con le analisi dei nostri corrispondenti da Kiev, Bruxelles e "
          "Washington e le storie che contano in tutta la regione, gratis per ogni lettore "
          "che si registra sul sito e conferma l'indirizzo a cui mandiamo il link",
    "ru": "Подпишитесь на нашу рассылку и получайте новости дня каждое утро на почту, с "
          "аналитикой наших корреспондентов в Киеве, Брюсселе и Вашингтоне и историями, "
          "которые важны для всего региона, бесплатно для каждого читателя, который "
          "зарегистрируется на сайте и подтвердит адрес, на который мы пришлем ссылку",
    "zh": "订阅我们的新闻简报，每天早上在您的邮箱中获取当天新闻，"
          "包括我们驻基辅、布鲁塞尔和华盛顿记者的分析"
          "以及整个地区的重要报道，所有在本网站注册并确认我们发送链接的"
          "邮箱地址的读者均可免费获取，"
          "我们还为订阅者提供每周专题、独家访谈、深度调查、数据图表和音频节目，"
          "并在重大新闻发生时第一时间推送快讯，欢迎广大读者踊跃订阅并推荐给您的亲友和同事",
}
STORIES = {
    "en": ["Zelensky thanks outgoing Chancellor Scholz",
           "by A Writer May 6, 2025 4:36 AM 2 min read",
           "President Volodymyr Zelensky spoke with German Chancellor Olaf Scholz in a phone "
           "call on May 5 and thanked him for his support."],
    "it": ["Zelensky ringrazia il cancelliere Scholz", "di Un Autore 6 maggio 2025 4:36",
           "Il presidente Volodymyr Zelensky ha avuto una conversazione telefonica con il "
           "cancelliere tedesco Olaf Scholz il 5 maggio e lo ha ringraziato per il sostegno."],
    "ru": ["Зеленский поблагодарил канцлера Шольца", "Автор Иван Петров 6 мая 2025 4:36",
           "Президент Владимир Зеленский провел телефонный разговор с канцлером Германии "
           "Олафом Шольцем 5 мая и поблагодарил его за поддержку."],
    "zh": ["泽连斯基感谢朔尔茨", "作者 张三 2025年5月6日 4:36",
           "乌克兰总统泽连斯基5月5日同德国总理朔尔茨通电话，感谢他的支持。"],
}


@pytest.mark.parametrize("lang", ["en", "it", "ru", "zh"])
def test_the_call_under_a_pages_menus_is_the_storys(lang: str) -> None:
    text = "\n".join(MENUS[lang][:5] + [PROMO[lang]] + MENUS[lang][5:] + STORIES[lang]) + "\n"
    analysis = link_results([analyze_document(prepare(RawInput("page.txt", text.encode()))[0],
                                              "2025-05-06")])
    reported = [e for e in analysis.events if e.reported_by]
    assert len(reported) == 1, [e.to_json() for e in analysis.events]
    event = reported[0]
    assert set(event.participants) == {"volodymyr-zelenskyy", "olaf-scholz"}
    assert event.type == "phone_call" and event.date == "2025-05-05"
