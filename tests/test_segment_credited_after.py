"""A source's words credited to a text named right after its name ("the Elysee said in a
statement", "L'Eliseo in una nota riferisce", "говорится в сообщении Елисейского дворца",
"据爱丽舍宫消息") are a text relayed, in it/en/ru/zh: set beside another side's account, the
article is cut into both sides' accounts. The guards: one side's words alone leave the
article whole; "据央视新闻报道" is CCTV's, not a newspaper's ("新闻报"). Every text here is
written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

SIDE_BY_SIDE = {
    "en": ("Macron and Putin spoke by phone on Tuesday for two hours.\n\n"
           "The Elysee said in a statement that Macron had called for an immediate ceasefire "
           "and for talks in good faith.\n\n"
           "The Kremlin said that Putin had set out Russia's position in detail. The Kremlin "
           "added that the two leaders agreed to stay in contact.\n"),
    "it": ("Macron e Putin si sono sentiti al telefono martedì per due ore.\n\n"
           "L'Eliseo in una nota riferisce che Macron ha chiesto un cessate il fuoco immediato "
           "e negoziati in buona fede.\n\n"
           "Il Cremlino ha fatto sapere che Putin ha illustrato nel dettaglio la posizione "
           "russa. Il Cremlino ha aggiunto che i due leader resteranno in contatto.\n"),
    "ru": ("Макрон и Путин во вторник два часа говорили по телефону.\n\n"
           "Макрон призвал к немедленному прекращению огня и к добросовестным переговорам, "
           "говорится в сообщении Елисейского дворца.\n\n"
           "Кремль сообщил, что Путин подробно изложил позицию России. Кремль добавил, что "
           "лидеры договорились оставаться на связи.\n"),
    "zh": ("马克龙和普京周二通电话两个小时。\n\n"
           "另据爱丽舍宫消息，马克龙呼吁立即停火并进行真诚谈判。\n\n"
           "克里姆林宫表示，普京详细阐述了俄方立场。克里姆林宫还说，两国领导人同意保持联系。\n"),
}


@pytest.mark.parametrize("lang", sorted(SIDE_BY_SIDE))
def test_a_text_credited_after_its_source_s_name_is_its_account(lang: str) -> None:
    drafts = split_accounts(SIDE_BY_SIDE[lang], {}, lang)
    assert [(d.source, d.side) for d in drafts] == [
        ("unknown", None), ("elysee", "FRA"), ("kremlin", "RUS")]


@pytest.mark.parametrize("lang", sorted(SIDE_BY_SIDE))
def test_one_side_s_credited_words_alone_leave_the_article_whole(lang: str) -> None:
    text = SIDE_BY_SIDE[lang].split("\n\n")
    one_side = "\n\n".join(text[:2]) + "\n"
    assert [(d.source, d.side) for d in split_accounts(one_side, {}, lang)] == [
        ("unknown", None)]


def test_cctv_news_is_cctv_not_a_newspaper() -> None:
    text = ("习近平同普京通电话。\n\n据央视新闻报道，普京介绍了俄方对当前形势的看法。"
            "报道提到，两国元首同意保持密切沟通。\n\n"
            "另据克里姆林宫网站消息，普京向习近平通报了有关情况。克里姆林宫还表示，双方将继续协调。\n")
    drafts = split_accounts(text, {}, "zh")
    assert [(d.source, d.side) for d in drafts] == [
        ("unknown", None), ("cctv", "CHN"), ("kremlin", "RUS")]
